import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { listPostChecks, type PostCheckAction, type PostCheckItem } from '../../../api/applications.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { BLOCK_READERS, CASE_READERS, holdsAny } from './access.ts';
import type { DeadlineState } from './deadline.ts';
import { casePath } from './labels.ts';
import { PostCheckDialog } from './PostCheckDialog.tsx';
import { rowActions } from './postChecks.ts';
import { DeadlineTag } from './WorkTags.tsx';
import './work.css';
import { listMark } from '../../../i18n/punctuation.ts';

const RESULTS = ['pending', 'passed', 'failed'] as const;
type Result = (typeof RESULTS)[number];
const resultColors: Record<Result, string> = { pending: 'blue', passed: 'green', failed: 'red' };

const asDeadline = (value: string): DeadlineState => (['normal', 'warning', 'overdue'].includes(value) ? (value as DeadlineState) : 'none');

/** 事后核查: commitment-based approvals to check; a false commitment revokes the licence and bars the applicant. */
export function PostChecksPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const label = useDepartmentLabel();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const result: Result = (RESULTS as readonly string[]).includes(params.get('result') ?? '') ? (params.get('result') as Result) : 'pending';
  const checks = useRemote(useCallback((signal: AbortSignal) => listPostChecks({ result }, signal), [result]));
  const [acting, setActing] = useState<{ check: PostCheckItem; action: PostCheckAction } | null>(null);
  const caseReader = holdsAny(roles, CASE_READERS);
  const narrow = useNarrow();

  // What the server offers the user on each check: its holder decides or hands it over (转办), the office urges.
  const actionsOf = (c: PostCheckItem) => {
    const offered = rowActions(c);
    if (!offered.length) return null;
    return (
      <span className="ys-tags">
        {offered.map((action) => (
          <Button key={action} size="small" danger={action === 'fail'} onClick={() => setActing({ check: c, action })} data-testid={`post-check-${action}`}>
            {t(`work.postChecks.${action}`)}
          </Button>
        ))}
      </span>
    );
  };
  const numberOf = (c: PostCheckItem) =>
    caseReader ? (
      <Link to={casePath(c.applicationId)} className="ys-code">
        {c.number ?? '—'}
      </Link>
    ) : (
      <span className="ys-code">{c.number ?? '—'}</span>
    );
  const resultOf = (c: PostCheckItem) => (
    <div>
      <Tag color={resultColors[c.result]}>{t(`work.postChecks.results.${c.result}`)}</Tag>
      {c.findings && <div className="ys-break ys-muted">{c.findings}</div>}
    </div>
  );
  /** Who holds a pending check: its department's queue, or the person it was handed over to (转办). */
  const heldBy = (c: PostCheckItem) => (c.result === 'pending' && c.holders.length > 0 ? c.holders.map((name) => label(name)).join(listMark()) : null);
  const dueOf = (c: PostCheckItem) =>
    c.result === 'pending' ? (
      <span className="ys-work-deadline">
        {c.dueOn} <DeadlineTag deadline={asDeadline(c.deadline)} dueAt={null} showDue={false} />
      </span>
    ) : (
      c.dueOn
    );

  const columns: TableColumnsType<PostCheckItem> = [
    {
      title: t('work.fields.number'),
      key: 'number',
      render: (_, c) => (
        <div style={{ minWidth: 0 }}>
          {numberOf(c)}
          <div className="ys-break">{c.title}</div>
        </div>
      ),
    },
    { title: t('work.fields.applicant'), dataIndex: 'applicantName', key: 'applicant', render: (name: string) => <span className="ys-break">{name}</span> },
    { title: t('work.fields.department'), dataIndex: 'departmentName', key: 'department', responsive: ['xl'], render: (_, c) => label(c.departmentName, c.departmentId) },
    { title: t('work.postChecks.dueOn'), key: 'dueOn', width: 200, render: (_, c) => dueOf(c) },
    {
      title: t('work.postChecks.result'),
      key: 'result',
      width: 180,
      render: (_, c) => (
        <>
          {resultOf(c)}
          {heldBy(c) && (
            <div className="ys-break ys-muted" data-testid="post-check-holders">
              {t('work.postChecks.heldBy', { names: heldBy(c) })}
            </div>
          )}
        </>
      ),
    },
    { title: t('common.actions'), key: 'actions', width: 220, render: (_, c) => actionsOf(c) },
  ];

  return (
    <div data-testid="post-checks-page">
      <PageHeader
        title={t('work.menu.postChecks')}
        description={t('work.postChecks.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={checks.reload} aria-label={t('common.refresh')} />
            {holdsAny(roles, BLOCK_READERS) && (
              <Button onClick={() => void navigate('/work/commitment-blocks')}>{t('work.menu.blocks')}</Button>
            )}
          </>
        }
      />
      <Segmented
        value={result}
        onChange={(value) => setParams(value === 'pending' ? {} : { result: String(value) })}
        options={RESULTS.map((r) => ({ value: r, label: t(`work.postChecks.results.${r}`) }))}
        style={{ marginBottom: 12 }}
      />
      <Card styles={{ body: { padding: 0 } }}>
        {checks.error && !checks.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={checks.error} onRetry={checks.reload} />
          </div>
        ) : (
          <>
            {narrow ? (
              <div className="ys-work-cards" style={{ paddingTop: 12 }} data-testid="post-checks-cards">
                {(checks.data?.items ?? []).map((c) => (
                  <Card key={c.id} size="small" data-testid="post-check-card">
                    <div className="ys-work-card-head">
                      <span className="ys-work-card-title">{c.title}</span>
                      {resultOf(c)}
                    </div>
                    <dl className="ys-work-facts">
                      <dt>{t('work.fields.number')}</dt>
                      <dd>{numberOf(c)}</dd>
                      <dt>{t('work.fields.applicant')}</dt>
                      <dd>{c.applicantName}</dd>
                      <dt>{t('work.postChecks.dueOn')}</dt>
                      <dd>{dueOf(c)}</dd>
                      {heldBy(c) && (
                        <>
                          <dt>{t('work.fields.holders')}</dt>
                          <dd className="ys-break" data-testid="post-check-holders">
                            {heldBy(c)}
                          </dd>
                        </>
                      )}
                    </dl>
                    {actionsOf(c)}
                  </Card>
                ))}
                {checks.loading && !checks.data && <Card loading size="small" />}
                {checks.data?.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`work.postChecks.empty.${result}`)} />}
              </div>
            ) : (
              <Table<PostCheckItem>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={checks.data?.items ?? []}
                loading={checks.loading}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`work.postChecks.empty.${result}`)} /> }}
                pagination={{ pageSize: 20, hideOnSinglePage: true, style: { padding: '0 16px' } }}
                data-testid="post-checks-table"
              />
            )}
          </>
        )}
      </Card>
      {acting && (
        <PostCheckDialog
          check={acting.check}
          action={acting.action}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            checks.reload();
          }}
        />
      )}
    </div>
  );
}
