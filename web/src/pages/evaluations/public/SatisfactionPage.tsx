// /satisfaction — 政务服务满意度 (public, no sign-in): each department's and hall's 满意率, 好评率, number of
// ratings, 差评 and 实名差评回访整改率 over a period (the last 12 months unless chosen), as a sortable
// table on a desktop and cards on a phone; and 我要点评, an anonymous review of one of them.
import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Select, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getPublicSatisfaction } from '../../../api/evaluations.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { PUBLIC_REVIEW_ID, PublicReviewCard } from './PublicReviewCard.tsx';
import {
  percent,
  PERIODS,
  periodQuery,
  readPeriod,
  satisfactionTone,
  SORT_KEYS,
  sortDepartments,
  type DepartmentRow,
  type SortKey,
  type SortOrder,
} from './satisfaction.ts';
import './satisfaction.css';

export function SatisfactionPage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params.get('period'));
  // Today's date, read once: the period's ends do not move while the page is open.
  const [today] = useState(() => dayjs().format('YYYY-MM-DD'));
  const query = useMemo(() => periodQuery(period, today), [period, today]);
  const remote = useRemote(
    useCallback((signal: AbortSignal) => getPublicSatisfaction(query, signal), [query]),
  );
  const [sort, setSort] = useState<{ key: SortKey; order: SortOrder }>({
    key: 'satisfaction',
    order: 'descend',
  });
  const data = remote.data;
  const rows = useMemo(() => sortDepartments(data?.departments ?? [], sort.key, sort.order), [data, sort]);
  const c = (key: SortKey | 'name') => t(`rate.public.columns.${key}`);

  const figure = (key: SortKey, value: number | null) =>
    key === 'rated' || key === 'bad' ? String(value ?? 0) : percent(value);
  const columns: TableColumnsType<DepartmentRow> = [
    {
      title: c('name'),
      key: 'name',
      render: (_, row) => (
        <span className="ys-sat-name">
          <span className="ys-break">{label(row.name, row.id)}</span>
          {row.hall && (
            <Tag bordered={false} color="blue">
              {t('rate.public.hall')}
            </Tag>
          )}
        </span>
      ),
    },
    ...SORT_KEYS.map((key) => ({
      title: c(key),
      key,
      align: 'right' as const,
      width: key === 'realNameBadRate' ? 150 : 110,
      sorter: true,
      sortOrder: sort.key === key ? sort.order : null,
      sortDirections: ['descend', 'ascend'] as SortOrder[],
      render: (_: unknown, row: DepartmentRow) =>
        key === 'satisfaction' ? (
          <span className={`ys-sat-rate is-${satisfactionTone(row.satisfaction)}`}>
            {percent(row.satisfaction)}
          </span>
        ) : (
          figure(key, row[key])
        ),
    })),
  ];

  const setPeriod = (next: string) => setParams(next === 'last12' ? {} : { period: next }, { replace: true });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rate.public.empty')} />;

  return (
    <div className="ys-sat" data-testid="satisfaction-page">
      <PageHeader
        title={t('rate.public.title')}
        description={t('rate.public.description')}
        extra={
          <>
            <Select
              value={period}
              onChange={setPeriod}
              aria-label={t('rate.public.period')}
              style={{ minWidth: 132 }}
              options={PERIODS.map((p) => ({ value: p, label: t(`rate.public.periods.${p}`) }))}
              data-testid="satisfaction-period"
            />
            <Button icon={<ReloadOutlined />} onClick={remote.reload} aria-label={t('common.refresh')} />
            {/* The review form sits below the whole list: a long scroll on a phone without this. */}
            {data && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() =>
                  document.getElementById(PUBLIC_REVIEW_ID)?.scrollIntoView({ behavior: 'smooth', block: 'start' })
                }
                data-testid="satisfaction-review-jump"
              >
                {t('rate.public.review.title')}
              </Button>
            )}
          </>
        }
      />
      {data && (
        <Typography.Paragraph type="secondary" className="ys-sat-range" data-testid="satisfaction-range">
          {t('rate.public.range', { from: data.from.slice(0, 10), to: data.to.slice(0, 10) })}
        </Typography.Paragraph>
      )}
      {remote.error && !remote.loading ? (
        <LoadError error={remote.error} onRetry={remote.reload} />
      ) : narrow ? (
        <div className="ys-sat-cards" data-testid="satisfaction-cards">
          <label className="ys-sat-sort">
            <span>{t('rate.public.sortBy')}</span>
            <Select
              value={sort.key}
              onChange={(key) => setSort({ key, order: 'descend' })}
              options={SORT_KEYS.map((key) => ({ value: key, label: c(key) }))}
              style={{ flex: 1, minWidth: 0 }}
            />
          </label>
          {!data && <Card loading />}
          {data && rows.length === 0 && <Card>{empty}</Card>}
          {rows.map((row) => (
            <Card key={row.id} size="small" data-testid="satisfaction-card">
              <div className="ys-sat-card-head">
                <span className="ys-sat-name">
                  <span className="ys-break ys-sat-card-title">{label(row.name, row.id)}</span>
                  {row.hall && (
                    <Tag bordered={false} color="blue">
                      {t('rate.public.hall')}
                    </Tag>
                  )}
                </span>
                <span className="ys-sat-card-main">
                  <span className={`ys-sat-rate is-${satisfactionTone(row.satisfaction)}`}>
                    {percent(row.satisfaction)}
                  </span>
                  <span className="ys-muted">{c('satisfaction')}</span>
                </span>
              </div>
              <dl className="ys-sat-card-facts">
                {(['goodRate', 'rated', 'bad', 'realNameBadRate'] as const).map((key) => (
                  <div key={key}>
                    <dt>{c(key)}</dt>
                    <dd>{figure(key, row[key])}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          ))}
        </div>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<DepartmentRow>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={remote.loading}
            pagination={false}
            locale={{
              emptyText: data ? empty : <Skeleton active paragraph={{ rows: 3 }} style={{ padding: 16 }} />,
            }}
            onChange={(_pagination, _filters, sorter) => {
              const one = Array.isArray(sorter) ? sorter[0] : sorter;
              const key = one?.columnKey as SortKey | undefined;
              setSort(
                key && one?.order && SORT_KEYS.includes(key)
                  ? { key, order: one.order }
                  : { key: 'satisfaction', order: 'descend' },
              );
            }}
            scroll={{ x: 720 }}
            data-testid="satisfaction-table"
          />
        </Card>
      )}
      {data && <PublicReviewCard departments={data.departments} />}
    </div>
  );
}
