// 申诉审核: the departments' appeals awaiting the office (待审核) and those decided (已处理: 成立 or 驳回),
// each with the rating it is about, the department, the reasons and the evidence; 审核 decides one.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Pagination, Segmented, Skeleton, Tabs, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AppealStatus } from '../../../../../common/api/evaluations.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listAppeals, type AppealsReply } from '../../../api/evaluations.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { AppealItem } from '../staff/AppealsPanel.tsx';
import { LevelTag, LoopStateTag, RatingChannelTag } from '../staff/EvalTags.tsx';
import { appealStatusLabel, dayOf, levelLabel, ratingPath, subjectTitleOf } from '../staff/labels.ts';
import { defaultPageSize, oneOf, positive, writeParams } from '../staff/filters.ts';
import { AppealDecisionDialog } from './AppealDecisionDialog.tsx';
import '../../applications/staff/work.css';
import '../staff/evaluations.css';

type Entry = AppealsReply['items'][number];
const DECIDED = ['upheld', 'dismissed'] as const;

export function AppealsPage() {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const [params, setParams] = useSearchParams();
  const decided = oneOf(params.get('status'), DECIDED);
  const status: AppealStatus = decided ?? 'filed';
  const page = positive(params.get('page'), 1, 100000);
  const list = useRemote(
    useCallback(
      (signal: AbortSignal) => listAppeals({ status, page, pageSize: defaultPageSize }, signal),
      [status, page],
    ),
  );
  const [deciding, setDeciding] = useState<Entry | null>(null);
  const go = (next: { status?: AppealStatus; page?: number }) =>
    setParams(
      writeParams({ status: next.status === 'filed' ? undefined : next.status, page: next.page ?? 1 }),
    );
  const data = list.data;

  const body =
    list.error && !list.loading ? (
      <LoadError error={list.error} onRetry={list.reload} />
    ) : !data ? (
      <Skeleton active paragraph={{ rows: 6 }} />
    ) : data.items.length === 0 ? (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t(status === 'filed' ? 'evalWork.appeals.empty' : 'evalWork.appeals.emptyDecided')}
      />
    ) : (
      <div className="ys-eval-appeal-list" data-testid="eval-appeals-list">
        {data.items.map((entry) => (
          <AppealCard
            key={entry.appeal.id}
            entry={entry}
            onDecide={status === 'filed' ? () => setDeciding(entry) : undefined}
          />
        ))}
        {data.total > data.pageSize && (
          <div className="ys-work-pager">
            <Typography.Text type="secondary">
              {t('evalWork.list.total', { total: data.total })}
            </Typography.Text>
            <Pagination
              current={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={(p) => go({ status, page: p })}
              size="small"
              showSizeChanger={false}
            />
          </div>
        )}
      </div>
    );

  return (
    <div data-testid="eval-appeals-page">
      <PageHeader
        title={t('evalWork.menu.appeals')}
        description={t('evalWork.appeals.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />}
      />
      <Card>
        <Tabs
          activeKey={status === 'filed' ? 'filed' : 'decided'}
          onChange={(key) => go({ status: key === 'filed' ? 'filed' : 'upheld' })}
          items={[
            { key: 'filed', label: t('evalWork.appeals.tabs.filed') },
            { key: 'decided', label: t('evalWork.appeals.tabs.decided') },
          ]}
          data-testid="eval-appeals-tabs"
        />
        {status !== 'filed' && (
          <Segmented<AppealStatus>
            value={status}
            onChange={(value) => go({ status: value })}
            options={DECIDED.map((s) => ({ value: s, label: appealStatusLabel(s) }))}
            style={{ marginBottom: 16 }}
            data-testid="eval-appeals-decided"
          />
        )}
        {body}
      </Card>
      {deciding && (
        <AppealDecisionDialog
          appeal={deciding.appeal}
          subject={`${subjectTitleOf(deciding.rating, label)} · ${levelLabel(deciding.rating.level)} · ${label(deciding.departmentName)}`}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            list.reload();
          }}
          onStale={() => {
            setDeciding(null);
            list.reload();
          }}
        />
      )}
    </div>
  );
}

/** One appeal with the rating it is about. */
function AppealCard({ entry, onDecide }: { entry: Entry; onDecide?: () => void }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const { roles } = useSession();
  const r = entry.rating;
  return (
    <Card size="small" className="ys-eval-appeal-card" data-testid="eval-appeal-card">
      <div className="ys-work-card-head">
        <div style={{ minWidth: 0 }}>
          <Link to={ratingPath(r.id, roles)} className="ys-work-card-title" data-testid="eval-appeal-rating">
            {subjectTitleOf(r, label)}
          </Link>
          <div className="ys-muted">
            <span className="ys-code">{r.subjectNumber ?? '—'}</span> · {label(entry.departmentName)}
          </div>
        </div>
        {onDecide && (
          <Button type="primary" onClick={onDecide} data-testid="eval-appeal-decide">
            {t('evalWork.appeals.decide')}
          </Button>
        )}
      </div>
      <div className="ys-tags" style={{ marginBottom: 8 }} aria-label={t('evalWork.appeals.rating')}>
        <LevelTag level={r.level} />
        <RatingChannelTag channel={r.channel} />
        {r.loop && <LoopStateTag state={r.loop.state} />}
        <span className="ys-muted">{dayOf(r.first.ratedAt)}</span>
      </div>
      {(r.supplement?.comment ?? r.first.comment) && (
        <div className="ys-muted ys-break ys-eval-excerpt">“{r.supplement?.comment ?? r.first.comment}”</div>
      )}
      <AppealItem appeal={entry.appeal} />
    </Card>
  );
}
