import { Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayOfMonth, monthKey, runLength, weekdayKey, type DayRun, type MonthDays } from './days.ts';

/** A year's days off and make-up workdays, a small block per month that has any; blocks wrap to fit a phone. */
export function MonthBlocks({ months }: { months: readonly MonthDays[] }) {
  const { t } = useTranslation();
  if (months.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendarAdmin.detail.weekendsOnly')} data-testid="calendar-weekends-only" />;

  const single = (date: string) => t('calendarAdmin.days.single', { day: dayOfMonth(date), weekday: t(`calendarAdmin.weekdays.${weekdayKey(date)}`) });
  const run = (r: DayRun) =>
    r.from === r.to ? single(r.from) : t('calendarAdmin.days.range', { from: dayOfMonth(r.from), to: dayOfMonth(r.to) });

  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 12 }} data-testid="calendar-months">
      {months.map((m) => (
        <section
          key={m.month}
          style={{ border: '1px solid rgba(5, 5, 5, 0.08)', borderRadius: 8, padding: '8px 12px', minWidth: 0 }}
          data-testid={`calendar-month-${m.month}`}
        >
          <Typography.Text strong>{t(`calendarAdmin.months.${monthKey(m.month)}`)}</Typography.Text>
          {m.off.map((r) => (
            <div key={r.from} style={{ display: 'flex', alignItems: 'baseline', gap: 6, marginTop: 4 }} data-testid="calendar-off" data-from={r.from} data-to={r.to}>
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {t('calendarAdmin.detail.off')}
              </Tag>
              <span className="ys-break">
                {run(r)}
                {r.from !== r.to && (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 4, fontSize: 12 }}>
                    {t('calendarAdmin.days.count', { count: runLength(r) })}
                  </Typography.Text>
                )}
              </span>
            </div>
          ))}
          {m.work.map((date) => (
            <div key={date} style={{ display: 'flex', alignItems: 'baseline', gap: 6, marginTop: 4 }} data-testid="calendar-work" data-date={date}>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t('calendarAdmin.detail.work')}
              </Tag>
              <span className="ys-break">{single(date)}</span>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
