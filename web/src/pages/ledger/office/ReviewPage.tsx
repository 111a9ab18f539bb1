// /office/ledger/review — 销号审核: the closure requests waiting for the office (销号审核中) and the items the province
// still has to close (待自治区销号), oldest deadline first as the server lists them; each opens the task's page,
// where the office approves, submits to the province or sends back with reasons.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Tabs } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TaskState } from '../../../../../common/ledger/vocabulary.ts';
import { listTasks } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { stateLabel } from '../labels.ts';
import { TaskList } from '../TaskList.tsx';
import '../../applications/staff/work.css';
import '../ledger.css';

const TABS = ['reviewing', 'provincial'] as const satisfies readonly TaskState[];

export function ReviewPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') === 'provincial' ? 'provincial' : 'reviewing';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useRemote(useCallback((signal: AbortSignal) => listTasks({ state, page, pageSize: 50 }, signal), [state, page]));
  const counts = useRemote(useCallback((signal: AbortSignal) => Promise.all(TABS.map((s) => listTasks({ state: s, page: 1, pageSize: 1 }, signal).then((r) => r.total))), []));
  const reload = () => {
    list.reload();
    counts.reload();
  };
  return (
    <div data-testid="ledger-review-page">
      <PageHeader title={t('ledger.menu.review')} description={t('ledger.review.description')} extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />} />
      <Tabs
        activeKey={state}
        onChange={(key) => setParams({ state: key })}
        items={TABS.map((s, i) => ({ key: s, label: counts.data ? t('common.counted', { label: stateLabel(s), n: counts.data[i] }) : stateLabel(s) }))}
        data-testid="ledger-review-tabs"
      />
      <Card styles={{ body: { padding: 0 } }}>
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={reload} />
          </div>
        ) : (
          <TaskList
            items={list.data?.items ?? []}
            loading={list.loading}
            loaded={Boolean(list.data)}
            empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(state === 'reviewing' ? 'ledger.review.empty' : 'ledger.review.emptyProvincial')} />}
            testId="ledger-review"
            pagination={{ current: page, pageSize: 50, total: list.data?.total ?? 0, onChange: (next) => setParams({ state, page: String(next) }) }}
          />
        )}
      </Card>
    </div>
  );
}
