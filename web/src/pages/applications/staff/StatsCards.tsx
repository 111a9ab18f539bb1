// The office's figures for the list's period and department (GET /api/v1/applications/stats).
import { Card, Skeleton } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getApplicationStats, type StatsQuery } from '../../../api/applications.ts';
import { useRemote } from '../../../api/useRemote.ts';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);
const days = (value: number | null) => (value === null ? '—' : String(Math.round(value * 10) / 10));

export function StatsCards({ query }: { query: StatsQuery }) {
  const { t } = useTranslation();
  const { from, to, departmentId } = query;
  const stats = useRemote(useCallback((signal: AbortSignal) => getApplicationStats({ from, to, departmentId }, signal), [from, to, departmentId]));
  if (stats.error) return null;
  const s = stats.data;
  const figures: [string, string, 'good' | 'bad' | null, string?][] = s
    ? [
        [t('work.stats.total'), String(s.total), null],
        [t('work.stats.finished'), String(s.finished), null],
        [t('work.stats.onTimeRate'), percent(s.onTimeRate), s.onTimeRate !== null && s.onTimeRate < 0.95 ? 'bad' : null],
        [t('work.stats.averageWorkingDays'), days(s.averageWorkingDays), null, s.averageWorkingDays === null ? undefined : t('work.stats.workingDaysUnit')],
        [t('work.stats.fullyOnlineShare'), percent(s.fullyOnlineShare), null],
        [t('work.stats.materialsExempted'), String(s.materialsExempted), 'good'],
        [t('work.stats.crossRegion'), String(s.crossRegion), null],
        [t('work.stats.postChecksFailed'), String(s.postChecksFailed), s.postChecksFailed > 0 ? 'bad' : null],
      ]
    : [];
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="work-stats">
      {!s ? (
        <Skeleton active paragraph={{ rows: 1 }} title={false} />
      ) : (
        <div className="ys-work-stats">
          {figures.map(([label, value, tone, unit]) => (
            <div key={label} className="ys-work-stat">
              <div className="ys-work-stat-label">{label}</div>
              <div className={`ys-work-stat-value${tone ? ` is-${tone}` : ''}`}>
                {value}
                {unit && <span className="ys-work-stat-unit">{unit}</span>}
              </div>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
