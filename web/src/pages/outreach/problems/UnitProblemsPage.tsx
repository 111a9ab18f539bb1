// /work/outreach/problems — 企业问题办理: the problems the office routed to this unit, as cards (made for a phone:
// one thumb, one column), soonest due first; the unit answers each — solved, or explained where it cannot be.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Pagination, Segmented, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listProblems, type ProblemView } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { problemStateLabel } from '../labels.ts';
import { ProblemCard } from './ProblemCard.tsx';
import { AnswerProblemDialog } from './ProblemDialogs.tsx';
import '../../applications/staff/work.css';
import '../outreach.css';

const TABS = ['routed', 'solved', 'explained'] as const;
type Tab = (typeof TABS)[number];
const PAGE_SIZE = 20;

/** Soonest due first for what is open (the server lists newest first). */
const byDue = (a: ProblemView, b: ProblemView) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');

export function UnitProblemsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('routed');
  const [q, setQ] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [answering, setAnswering] = useState<ProblemView | null>(null);
  const list = useRemote(useCallback((signal: AbortSignal) => listProblems({ state: tab, q, page, pageSize: PAGE_SIZE }, signal), [tab, q, page]));
  const items = [...(list.data?.items ?? [])];
  if (tab === 'routed') items.sort(byDue);
  const total = list.data?.total ?? 0;

  return (
    <div data-testid="outreach-unit-problems-page">
      <PageHeader title={t('outreach.menu.unitProblems')} description={t('outreach.unit.description')} extra={<Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />} />
      <div className="ys-outreach-unit-bar">
        <Segmented
          block
          value={tab}
          onChange={(value) => {
            setTab(value as Tab);
            setPage(1);
          }}
          options={TABS.map((s) => ({ value: s, label: s === 'routed' ? t('outreach.unit.todo') : problemStateLabel(s) }))}
          data-testid="unit-problem-tabs"
        />
        <Input.Search
          allowClear
          placeholder={t('outreach.problems.search')}
          aria-label={t('outreach.problems.search')}
          onSearch={(value) => {
            setQ(value.trim() || undefined);
            setPage(1);
          }}
          data-testid="unit-problem-search"
        />
      </div>
      {list.error && !list.loading ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Card loading size="small" />
      ) : items.length === 0 ? (
        <Card size="small">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q ? t('outreach.common.noMatch') : tab === 'routed' ? t('outreach.unit.emptyTodo') : t('outreach.unit.emptyDone')} data-testid="unit-problems-empty" />
        </Card>
      ) : (
        <div className="ys-outreach-unit-cards" data-testid="unit-problems">
          {items.map((p) => (
            <ProblemCard
              key={p.id}
              problem={p}
              linkEnterprise={false}
              actions={
                p.state === 'routed' && (
                  <Button type="primary" block onClick={() => setAnswering(p)} data-testid="problem-answer-button">
                    {t('outreach.problems.answer')}
                  </Button>
                )
              }
            />
          ))}
        </div>
      )}
      {total > PAGE_SIZE && (
        <div className="ys-work-pager ys-outreach-section">
          <Typography.Text type="secondary">{t('common.total', { total })}</Typography.Text>
          <Pagination current={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} simple size="small" />
        </div>
      )}
      {answering && (
        <AnswerProblemDialog
          problem={answering}
          onClose={() => setAnswering(null)}
          onStale={list.reload}
          onDone={() => {
            setAnswering(null);
            list.reload();
          }}
        />
      )}
    </div>
  );
}
