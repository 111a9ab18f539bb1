// The catalogue's figures on the services page (the same numbers the work report quotes).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getCatalogStats } from '../../../api/catalog-public.ts';
import { useRemote } from '../../../api/useRemote.ts';

const KEYS = ['items', 'fullyOnline', 'mobile', 'bundles'] as const;

export function StatsStrip() {
  const { t } = useTranslation();
  const stats = useRemote(useCallback((signal: AbortSignal) => getCatalogStats(signal), []));
  // Figures are a nicety: when they fail to load the page goes on without them.
  if (stats.error) return null;
  const data = stats.data;
  const value = (key: (typeof KEYS)[number]) => (data ? (key === 'bundles' ? data.bundles.total : data[key]) : undefined);
  return (
    <dl className="ys-stats-strip" aria-label={t('catalogPublic.services.stats.label')} data-testid="catalog-stats">
      {KEYS.map((key) => (
        <div key={key} className="ys-stat" data-stat={key}>
          <dt>{t(`catalogPublic.services.stats.${key}`)}</dt>
          <dd>
            {value(key) === undefined ? <span className="ys-stat-blank">—</span> : value(key)?.toLocaleString()}
            <span className="ys-stat-unit">{t('catalogPublic.services.stats.unit')}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
