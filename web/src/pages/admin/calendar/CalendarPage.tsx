// 节假日安排 (/admin/calendar): the years the working-day calendar has data for, official or added by an admin; a
// chosen year's days (?year=) and overrides; 添加年份 when the State Council's notice is out, and a warning while next
// year still lacks it (a deadline running into a year without data cannot be computed — DOMAIN.md "Working days").
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { shanghaiDate } from '../../../../../common/calendar/index.ts';
import { listCalendarOverrides, listCalendarYears, type CalendarYear } from '../../../api/calendar.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { AddYearDialog } from './AddYearDialog.tsx';
import { defaultYear, firstYearToAdd, nextYearLacking } from './days.ts';
import { YearDetail } from './YearDetail.tsx';

export function CalendarPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const today = useMemo(() => shanghaiDate(new Date()), []);
  const nextYear = Number(today.slice(0, 4)) + 1;
  const years = useRemote(useCallback((signal: AbortSignal) => listCalendarYears(signal), []));
  const nextOverrides = useRemote(useCallback((signal: AbortSignal) => listCalendarOverrides(nextYear, signal), [nextYear]));
  const list = useMemo(() => years.data?.years ?? [], [years.data]);

  const asked = Number(params.get('year'));
  const selected = list.find((y) => y.year === asked) ?? list.find((y) => y.year === defaultYear(list, today));
  const select = (year: number) => setParams({ year: String(year) }, { replace: true });
  // Next year's overrides tell a placeholder from a year entered day by day; unread, it counts as a placeholder.
  const nextReady = Boolean(nextOverrides.data || nextOverrides.error);
  const lacking = years.data && nextReady ? nextYearLacking(list, nextOverrides.data?.overrides.length ?? 0, today) : null;

  const { reload: reloadYears } = years;
  const { reload: reloadNext } = nextOverrides;
  const refresh = useCallback(() => {
    reloadYears();
    reloadNext();
  }, [reloadYears, reloadNext]);

  const columns: TableColumnsType<CalendarYear> = [
    { title: t('calendarAdmin.years.year'), dataIndex: 'year', key: 'year', width: 80 },
    {
      title: t('calendarAdmin.years.source'),
      key: 'source',
      width: 120,
      render: (_, y) => <Tag color={y.source === 'official' ? 'green' : 'gold'}>{t(`calendarAdmin.years.${y.source}`)}</Tag>,
    },
    { title: t('calendarAdmin.years.note'), dataIndex: 'note', key: 'note', responsive: ['sm'], render: (note: string) => <span className="ys-break">{note}</span> },
  ];

  return (
    <div data-testid="calendar-page">
      <PageHeader
        title={t('calendarAdmin.menu.label')}
        description={t('calendarAdmin.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={refresh} aria-label={t('common.refresh')} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={!years.data} data-testid="calendar-year-add">
              {t('calendarAdmin.add.button')}
            </Button>
          </>
        }
      />
      {lacking && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={<span className="ys-break">{t('calendarAdmin.nextYearLacking', { year: lacking.year })}</span>}
          description={
            <span className="ys-break">
              {lacking.missing ? t('calendarAdmin.nextYearMissingHint') : t('calendarAdmin.nextYearPlaceholderHint', { year: lacking.year })}
            </span>
          }
          data-testid="calendar-next-year-warning"
        />
      )}
      <Card title={t('calendarAdmin.years.title')} styles={{ body: { padding: 0 } }}>
        {years.error && !years.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={years.error} onRetry={years.reload} />
          </div>
        ) : (
          <Table<CalendarYear>
            rowKey="year"
            size="middle"
            columns={columns}
            dataSource={list}
            loading={years.loading}
            pagination={false}
            rowSelection={{
              type: 'radio',
              columnWidth: 40,
              selectedRowKeys: selected ? [selected.year] : [],
              onChange: (keys) => (keys[0] === undefined ? undefined : select(Number(keys[0]))),
              renderCell: (_, y, __, node) => <span aria-label={t('calendarAdmin.years.view', { year: y.year })}>{node}</span>,
            }}
            onRow={(y) => ({ onClick: () => select(y.year), style: { cursor: 'pointer' } })}
            locale={{ emptyText: t('calendarAdmin.years.empty') }}
            data-testid="calendar-year-table"
          />
        )}
      </Card>
      {selected ? (
        <YearDetail key={selected.year} year={selected} onChanged={reloadNext} />
      ) : (
        years.data &&
        list.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {t('calendarAdmin.detail.pick')}
          </Typography.Paragraph>
        )
      )}
      {adding && (
        <AddYearDialog
          suggestedYear={firstYearToAdd(list, today)}
          onClose={() => setAdding(false)}
          onAdded={(year) => {
            refresh();
            select(year);
          }}
        />
      )}
    </div>
  );
}
