// The body of a list of ratings, shared by 差评处置 and the office's 评价列表: the load error with a retry, cards
// with the pager on phones, the table on desktops; a row opens the rating.
import { Card, Pagination, Table, Typography, type PaginationProps, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { RatingsReply, RatingSummary } from '../../../api/evaluations.ts';
import type { Remote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';

export function RatingsListBody(props: {
  list: Remote<RatingsReply>;
  narrow: boolean;
  columns: TableColumnsType<RatingSummary>;
  card: (r: RatingSummary) => ReactNode;
  emptyText: ReactNode;
  totalText: string;
  pagination: PaginationProps;
  open: (r: RatingSummary) => string;
  rowClassName?: (r: RatingSummary) => string;
  /** data-testid prefix: `<prefix>-cards`, `<prefix>-table`. */
  testId: string;
}) {
  const navigate = useNavigate();
  const { list, narrow, pagination } = props;
  const data = list.data;
  if (list.error && !list.loading) {
    return (
      <div style={{ padding: 16 }}>
        <LoadError error={list.error} onRetry={list.reload} />
      </div>
    );
  }
  if (narrow) {
    return (
      <div className="ys-work-cards" data-testid={`${props.testId}-cards`}>
        {(data?.items ?? []).map(props.card)}
        {list.loading && !data && <Card loading size="small" />}
        {data && data.items.length === 0 && <div className="ys-work-cards-empty">{props.emptyText}</div>}
        {(data?.total ?? 0) > 0 && (
          <div className="ys-work-pager">
            <Typography.Text type="secondary">{props.totalText}</Typography.Text>
            <Pagination {...pagination} showTotal={undefined} size="small" />
          </div>
        )}
      </div>
    );
  }
  return (
    <Table<RatingSummary>
      rowKey="id"
      size="middle"
      columns={props.columns}
      dataSource={data?.items ?? []}
      loading={list.loading}
      locale={{ emptyText: data ? props.emptyText : <div style={{ height: 120 }} /> }}
      pagination={{ ...pagination, style: { padding: '0 16px' } }}
      onRow={(r) => ({
        onClick: (event) => !(event.target as HTMLElement).closest('a') && navigate(props.open(r)),
        className: ['ys-eval-row', props.rowClassName?.(r)].filter(Boolean).join(' '),
      })}
      data-testid={`${props.testId}-table`}
    />
  );
}
