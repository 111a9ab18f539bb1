// What a search finds: items and bundles ranked together, the matched words marked, and what the
// query was split into and expanded to (synonyms), so a surprising hit explains itself.
import { AppstoreOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCatalog } from '../../../api/catalog-public.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { HitRow } from './ServiceCards.tsx';

export const SEARCH_LIMIT = 30;

export function Examples({ onPick, label }: { onPick: (text: string) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="ys-search-examples">
      <span>{label}</span>
      {t('catalogPublic.services.examples')
        .split('|')
        .map((example) => (
          <button key={example} type="button" className="ys-chip" onClick={() => onPick(example)}>
            {example}
          </button>
        ))}
    </div>
  );
}

export function SearchResults({ q, onPick, onClear }: { q: string; onPick: (text: string) => void; onClear: () => void }) {
  const { t, i18n } = useTranslation();
  const search = useRemote(useCallback((signal: AbortSignal) => searchCatalog(q, { limit: SEARCH_LIMIT }, signal), [q]));
  const sep = i18n.language === 'en' ? ', ' : '、';

  if (search.error) return <LoadError error={search.error} onRetry={search.reload} />;
  const data = search.data;
  if (!data) {
    return (
      <div className="ys-panel">
        <Skeleton active paragraph={{ rows: 5 }} />
      </div>
    );
  }
  if (data.hits.length === 0) {
    return (
      <div className="ys-panel" data-testid="search-empty" aria-busy={search.loading}>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <>
              <div className="ys-empty-title">{t('catalogPublic.search.noResult', { q })}</div>
              <div className="ys-soft">{t('catalogPublic.search.noResultHint')}</div>
            </>
          }
        >
          <Examples onPick={onPick} label={t('catalogPublic.search.tryThese')} />
          <Button icon={<AppstoreOutlined />} onClick={onClear} style={{ marginTop: 12 }}>
            {t('catalogPublic.search.browseInstead')}
          </Button>
        </Empty>
      </div>
    );
  }
  return (
    <section className="ys-panel" aria-live="polite" aria-busy={search.loading} data-testid="search-results">
      <div className="ys-search-summary">
        <strong>{t('catalogPublic.search.resultCount', { count: data.hits.length, q })}</strong>
        {data.terms.length > 0 && (
          <span className="ys-soft">
            {t('catalogPublic.search.terms')}
            {data.terms.join(sep)}
          </span>
        )}
        {data.expanded.length > 0 && (
          <span className="ys-soft" data-testid="search-expanded">
            {t('catalogPublic.search.expanded')}
            {data.expanded.join(sep)}
          </span>
        )}
        <Button type="link" size="small" onClick={onClear} className="ys-search-clear">
          {t('catalogPublic.search.clear')}
        </Button>
      </div>
      <ul className={`ys-service-list${search.loading ? ' is-stale' : ''}`}>
        {data.hits.map((hit) => (
          <HitRow key={`${hit.kind}-${hit.id}`} hit={hit} />
        ))}
      </ul>
    </section>
  );
}
