// A list as a table on a desktop and as cards on a phone, with the same empty and loading states: 企业服务's
// lists, the ledger's task lists and the hotline's ticket lists all show this way.
import { Card, Pagination, Table, Typography, type TableColumnsType } from 'antd';
import type { ExpandableConfig } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNarrow } from '../pages/registry/useNarrow.ts';

export interface ListPaging {
  current: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

interface Props<T> {
  items: readonly T[];
  rowKey: (item: T) => string;
  columns: TableColumnsType<T>;
  /** The phone's card for one item. */
  card: (item: T) => ReactNode;
  loading: boolean;
  /** False until the first answer: no empty text while nothing has been asked yet. */
  loaded: boolean;
  empty: ReactNode;
  pagination: ListPaging | false;
  testId: string;
  expandable?: ExpandableConfig<T>;
  /** A row's class on the desktop (e.g. its deadline light). */
  rowClassName?: (item: T) => string;
  /** The phone's card list's own class, beside ys-work-cards. */
  cardsClassName?: string;
}

export function DataList<T extends object>({
  items,
  rowKey,
  columns,
  card,
  loading,
  loaded,
  empty,
  pagination,
  testId,
  expandable,
  rowClassName,
  cardsClassName,
}: Props<T>) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  if (narrow) {
    return (
      <div
        className={cardsClassName ? `ys-work-cards ${cardsClassName}` : 'ys-work-cards'}
        data-testid={`${testId}-cards`}
      >
        {items.map((item) => (
          <div key={rowKey(item)}>{card(item)}</div>
        ))}
        {loading && !loaded && <Card loading size="small" />}
        {loaded && !loading && items.length === 0 && <div className="ys-work-cards-empty">{empty}</div>}
        {pagination && pagination.total > pagination.pageSize && (
          <div className="ys-work-pager">
            <Typography.Text type="secondary">
              {t('common.total', { total: pagination.total })}
            </Typography.Text>
            <Pagination
              current={pagination.current}
              pageSize={pagination.pageSize}
              total={pagination.total}
              onChange={pagination.onChange}
              simple
              size="small"
            />
          </div>
        )}
      </div>
    );
  }
  return (
    <Table<T>
      rowKey={rowKey}
      size="middle"
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      expandable={expandable}
      rowClassName={rowClassName}
      locale={{ emptyText: loaded ? empty : <div style={{ height: 120 }} /> }}
      pagination={
        pagination
          ? {
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total: number) => t('common.total', { total }),
              ...pagination,
              style: { padding: '0 16px' },
            }
          : false
      }
      data-testid={`${testId}-table`}
    />
  );
}
