// 办事服务: the public catalogue. A big search box first (people type what they need: 我要开饭店),
// the catalogue's figures, then browsing by department, life event, business event or theme.
import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Browse } from './Browse.tsx';
import { readServiceFilters, writeServiceFilters, type ServiceFilters } from './filters.ts';
import { Examples, SearchResults } from './SearchResults.tsx';
import { StatsStrip } from './StatsStrip.tsx';
import './catalog-public.css';
import './services.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

/** How long typing pauses before the results follow (the address is replaced, not pushed). */
const TYPING_PAUSE_MS = 300;

export function ServicesPage() {
  const { t } = useTranslation();
  const { filters, change } = useUrlFilters(readServiceFilters, writeServiceFilters);
  const [text, setText] = useState(filters.q ?? '');
  const [shownQ, setShownQ] = useState(filters.q);
  // Back/forward or a link changed the search: the box follows the address.
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    if ((filters.q ?? '') !== text.trim()) setText(filters.q ?? '');
  }

  const update = (next: Partial<ServiceFilters>, replace = false) =>
    change({ page: 1, ...next }, { replace });
  const search = (value: string, replace = false) => update({ q: value.trim() || undefined }, replace);

  useEffect(() => {
    const wanted = text.trim() || undefined;
    if (wanted === filters.q) return;
    const timer = window.setTimeout(() => change({ page: 1, q: wanted }, { replace: true }), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, filters, change]);

  const pick = (value: string) => {
    setText(value);
    search(value);
  };

  return (
    <div className="ys-services" data-testid="services-page">
      <section className="ys-services-hero" aria-labelledby="services-title">
        <h1 id="services-title">{t('catalogPublic.services.title')}</h1>
        <p className="ys-services-sub">{t('catalogPublic.services.subtitle')}</p>
        <form
          role="search"
          className="ys-services-search"
          onSubmit={(event) => {
            event.preventDefault();
            search(text);
          }}
        >
          <Input
            size="large"
            allowClear
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t('catalogPublic.services.searchPlaceholder')}
            aria-label={t('catalogPublic.services.searchLabel')}
            prefix={<SearchOutlined aria-hidden />}
            maxLength={100}
            enterKeyHint="search"
            data-testid="services-search"
          />
          <button type="submit" className="ys-services-search-button">
            {t('catalogPublic.services.searchButton')}
          </button>
        </form>
        <Examples onPick={pick} label={t('catalogPublic.services.examplesLabel')} />
      </section>

      {/* While searching, the results come right under the box (phones have little room). */}
      {!filters.q && <StatsStrip />}

      {filters.q ? (
        <SearchResults
          q={filters.q}
          onPick={pick}
          onClear={() => {
            setText('');
            search('');
          }}
        />
      ) : (
        <Browse filters={filters} onChange={(next) => update(next)} />
      )}
    </div>
  );
}
