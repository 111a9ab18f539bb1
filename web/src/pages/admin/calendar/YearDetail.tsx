// One year of 节假日安排: its days off and make-up workdays by month (as the calendar in force counts them), and
// its overrides with new / edit / delete.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCalendarYear, listCalendarOverrides, removeCalendarOverride, type CalendarOverrideRow, type CalendarYear } from '../../../api/calendar.ts';
import { isApiError } from '../../../api/client.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { monthsOf, overrideKind, weekdayKey } from './days.ts';
import { MonthBlocks } from './MonthBlocks.tsx';
import { OverrideDialog } from './OverrideDialog.tsx';

interface Props {
  year: CalendarYear;
  /** An override was added, changed or deleted (the page's warning may change). */
  onChanged: () => void;
}

type Editing = { override?: CalendarOverrideRow } | null;

export function YearDetail({ year, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const days = useRemote(useCallback((signal: AbortSignal) => getCalendarYear(year.year, signal), [year.year]));
  const overrides = useRemote(useCallback((signal: AbortSignal) => listCalendarOverrides(year.year, signal), [year.year]));
  const [editing, setEditing] = useState<Editing>(null);
  const months = useMemo(() => (days.data ? monthsOf(days.data) : []), [days.data]);
  const rows = useMemo(() => overrides.data?.overrides ?? [], [overrides.data]);
  const taken = useMemo(() => new Set(rows.map((o) => o.date)), [rows]);
  const { reload: reloadDays } = days;
  const { reload: reloadOverrides } = overrides;

  const reload = useCallback(() => {
    reloadDays();
    reloadOverrides();
    onChanged();
  }, [reloadDays, reloadOverrides, onChanged]);

  const remove = async (o: CalendarOverrideRow) => {
    try {
      await removeCalendarOverride(o.date, o.version);
      void message.success(t('calendarAdmin.overrides.deleted'));
    } catch (error) {
      void message.error(isApiError(error) ? error.userMessage : String(error));
    }
    reload();
  };

  const dayLabel = (date: string) => `${date} ${t(`calendarAdmin.weekdays.${weekdayKey(date)}`)}`;
  const columns: TableColumnsType<CalendarOverrideRow> = [
    {
      title: t('calendarAdmin.overrides.date'),
      key: 'date',
      render: (_, o) => (
        <div style={{ minWidth: 0 }}>
          <div style={{ whiteSpace: 'nowrap' }}>{dayLabel(o.date)}</div>
          <Typography.Text type="secondary" className="ys-break" style={{ fontSize: 12 }}>
            {o.note}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('calendarAdmin.overrides.kind'),
      key: 'working',
      width: 100,
      render: (_, o) => <Tag color={o.working ? 'blue' : 'red'}>{t(`calendarAdmin.overrides.${overrideKind(o.date, o.working)}`)}</Tag>,
    },
    { title: t('calendarAdmin.overrides.updatedAt'), key: 'updatedAt', responsive: ['lg'], width: 150, render: (_, o) => formatDateTime(o.updatedAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 96,
      align: 'right',
      render: (_, o) => (
        <Space size={0}>
          <Tooltip title={t('common.edit')}>
            <Button type="text" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${o.date}`} onClick={() => setEditing({ override: o })} />
          </Tooltip>
          <Popconfirm
            title={t('calendarAdmin.overrides.deleteConfirm', { date: o.date })}
            description={t('calendarAdmin.overrides.deleteHint')}
            okText={t('calendarAdmin.overrides.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => remove(o)}
          >
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('calendarAdmin.overrides.delete')} ${o.date}`} />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const summary = days.data
    ? t('calendarAdmin.detail.summary', { off: days.data.daysOff.length, work: days.data.extraWorkdays.length, working: days.data.workingDayCount })
    : null;

  return (
    <>
      <Card title={t('calendarAdmin.detail.title', { year: year.year })} style={{ marginTop: 16 }} data-testid="calendar-year-detail">
        {days.error && !days.loading ? (
          <LoadError error={days.error} onRetry={days.reload} />
        ) : (
          <>
            {summary && (
              <Typography.Paragraph type="secondary" data-testid="calendar-year-totals">
                {summary}
              </Typography.Paragraph>
            )}
            {days.data && <MonthBlocks months={months} />}
          </>
        )}
      </Card>
      <Card
        title={t('calendarAdmin.overrides.title')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="calendar-override-add">
            {t('calendarAdmin.overrides.add')}
          </Button>
        }
        style={{ marginTop: 16 }}
        styles={{ body: { padding: 0 } }}
        data-testid="calendar-overrides"
      >
        <Typography.Paragraph type="secondary" style={{ margin: 0, padding: '12px 16px 0' }}>
          {t(year.source === 'official' ? 'calendarAdmin.overrides.officialHint' : 'calendarAdmin.overrides.adminHint')}
        </Typography.Paragraph>
        {overrides.error && !overrides.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={overrides.error} onRetry={overrides.reload} />
          </div>
        ) : (
          <Table<CalendarOverrideRow>
            rowKey="date"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={overrides.loading}
            locale={{ emptyText: t('calendarAdmin.overrides.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }), style: { padding: '0 16px' } }}
            data-testid="calendar-override-table"
          />
        )}
      </Card>
      {editing && (
        <OverrideDialog year={year.year} override={editing.override} taken={taken} onClose={() => setEditing(null)} onDone={reload} />
      )}
    </>
  );
}
