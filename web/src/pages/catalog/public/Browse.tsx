// Browsing the catalogue: one filter at a time (a department, a life or business event, a theme)
// chosen from lists with counts, then the published items and 一件事 bundles, paged.
import { CloseOutlined } from '@ant-design/icons';
import { Button, Empty, Pagination, Segmented, Skeleton, Switch, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_LABELS, isLifeEvent, THEME_LABELS, type EventKey, type Theme } from '../../../../../common/catalog/vocabulary.ts';
import { getFacets, listBundles, listServices, type Facets } from '../../../api/catalog-public.ts';
import { useDepartmentLabel, type DepartmentLabel } from '../../../api/departmentNames.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { BUNDLE_PAGE_SIZE, FACET_KINDS, facetKindOf, hasBrowseFilter, PAGE_SIZE, type FacetKind, type ServiceFilters } from './filters.ts';
import { langOf, vocab, type Lang } from './format.ts';
import { BundleCard, ItemRow } from './ServiceCards.tsx';

interface Choice {
  key: string;
  label: string;
  count: number;
  extra?: string;
  selected: boolean;
  pick: Partial<ServiceFilters>;
}

/** Choices shown before "more": fewer on phones, so the list below stays in reach. */
const FOLDED = { wide: 12, narrow: 8 };

function choicesOf(kind: FacetKind, facets: Facets, filters: ServiceFilters, lang: Lang, bundleLabel: (n: number) => string, departmentLabel: DepartmentLabel): Choice[] {
  if (kind === 'department') {
    return facets.departments
      .filter((d) => d.count > 0)
      .map((d) => ({ key: d.id, label: departmentLabel(d.name, d.id), count: d.count, selected: filters.departmentId === d.id, pick: { departmentId: d.id } }));
  }
  if (kind === 'theme') {
    return facets.themes
      .filter((th) => th.count > 0)
      .map((th) => ({ key: th.theme, label: vocab(THEME_LABELS, th.theme, lang), count: th.count, selected: filters.theme === th.theme, pick: { theme: th.theme as Theme } }));
  }
  return facets.events
    .filter((e) => isLifeEvent(e.event) === (kind === 'life') && e.count + e.bundles > 0)
    .map((e) => ({
      key: e.event,
      label: vocab(EVENT_LABELS, e.event, lang),
      count: e.count,
      extra: e.bundles > 0 ? bundleLabel(e.bundles) : undefined,
      selected: filters.event === e.event,
      pick: { event: e.event as EventKey },
    }));
}

export function Browse({ filters, onChange }: { filters: ServiceFilters; onChange: (next: Partial<ServiceFilters>) => void }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const narrow = useNarrow();
  const departmentLabel = useDepartmentLabel();
  const [kind, setKind] = useState<FacetKind>(() => facetKindOf(filters) ?? 'life');
  const [unfolded, setUnfolded] = useState(false);
  const facets = useRemote(useCallback((signal: AbortSignal) => getFacets(signal), []));
  const { departmentId, event, theme, fullyOnline, page, tab } = filters;
  const items = useRemote(
    useCallback(
      (signal: AbortSignal) => listServices({ departmentId, event, theme, fullyOnline: fullyOnline ? 'true' : undefined, page: tab === 'items' ? page : 1, pageSize: PAGE_SIZE }, signal),
      [departmentId, event, theme, fullyOnline, page, tab],
    ),
  );
  const bundles = useRemote(
    useCallback(
      (signal: AbortSignal) => listBundles({ event, theme, departmentId, page: tab === 'bundles' ? page : 1, pageSize: BUNDLE_PAGE_SIZE }, signal),
      [event, theme, departmentId, page, tab],
    ),
  );
  const clear = { departmentId: undefined, event: undefined, theme: undefined };
  const choices = facets.data ? choicesOf(kind, facets.data, filters, lang, (n) => t('catalogPublic.services.browse.bundleCount', { count: n }), departmentLabel) : [];
  const folded = narrow ? FOLDED.narrow : FOLDED.wide;
  // A chosen entry beyond the fold (from a shared link) unfolds the list, so it can be seen and cleared.
  const showAll = unfolded || choices.findIndex((c) => c.selected) >= folded;
  const visible = showAll ? choices : choices.slice(0, folded);
  const current = facets.data ? choicesOf(facetKindOf(filters) ?? kind, facets.data, filters, lang, () => '', departmentLabel).find((c) => c.selected) : undefined;
  const activeTab = tab;

  const itemList = items.error ? (
    <LoadError error={items.error} onRetry={items.reload} />
  ) : !items.data ? (
    <Skeleton active paragraph={{ rows: 6 }} />
  ) : items.data.total === 0 ? (
    hasBrowseFilter(filters) ? (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogPublic.services.noMatch')} data-testid="services-no-match">
        <Button onClick={() => onChange({ ...clear, fullyOnline: undefined })}>{t('catalogPublic.services.showAll')}</Button>
      </Empty>
    ) : (
      <Empty description={<><div className="ys-empty-title">{t('catalogPublic.services.empty')}</div><div className="ys-soft">{t('catalogPublic.services.emptyHint')}</div></>} data-testid="services-empty" />
    )
  ) : (
    <>
      <ul className={`ys-service-list${items.loading ? ' is-stale' : ''}`} data-testid="service-list">
        {items.data.items.map((item) => (
          <ItemRow key={item.id} item={item} />
        ))}
      </ul>
      <Pager total={items.data.total} page={items.data.page} pageSize={PAGE_SIZE} simple={narrow} onPage={(p) => onChange({ page: p })} />
    </>
  );

  const bundleData = bundles.data;
  const bundleList = bundles.error ? (
    <LoadError error={bundles.error} onRetry={bundles.reload} />
  ) : !bundleData ? (
    <Skeleton active paragraph={{ rows: 4 }} />
  ) : bundleData.total === 0 ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogPublic.services.noBundles')} />
  ) : (
    <>
      <p className="ys-guide-note">{t('catalogPublic.services.bundleHint')}</p>
      <ul className={`ys-bundle-grid${bundles.loading ? ' is-stale' : ''}`} data-testid="bundle-list">
        {bundleData.items.map((bundle) => (
          <BundleCard key={bundle.id} bundle={bundle} />
        ))}
      </ul>
      <Pager total={bundleData.total} page={bundleData.page} pageSize={BUNDLE_PAGE_SIZE} simple={narrow} onPage={(p) => onChange({ page: p })} />
    </>
  );

  return (
    <>
      <section className="ys-panel ys-browse" aria-labelledby="browse-title" data-testid="catalog-browse">
        <div className="ys-browse-head">
          <h2 id="browse-title">{t('catalogPublic.services.browse.title')}</h2>
          <Segmented<FacetKind>
            value={kind}
            onChange={(value) => {
              setKind(value);
              setUnfolded(false);
            }}
            options={FACET_KINDS.map((value) => ({ value, label: t(`catalogPublic.services.browse.${value}`) }))}
            block={narrow}
            data-testid="facet-kinds"
          />
        </div>
        {facets.error ? (
          <LoadError error={facets.error} onRetry={facets.reload} />
        ) : !facets.data ? (
          <Skeleton active title={false} paragraph={{ rows: 2 }} />
        ) : choices.length === 0 ? (
          <p className="ys-soft">{t('catalogPublic.services.browse.none')}</p>
        ) : (
          <div className="ys-facets-wrap">
            <ul className="ys-facets" data-testid="facets">
              {visible.map((choice) => (
                <li key={choice.key}>
                  <button
                    type="button"
                    className={`ys-facet${choice.selected ? ' is-selected' : ''}`}
                    aria-pressed={choice.selected}
                    onClick={() => onChange(choice.selected ? clear : { ...clear, ...choice.pick })}
                  >
                    <span className="ys-facet-label">{choice.label}</span>
                    <span className="ys-facet-count">{choice.count}</span>
                    {choice.extra && <span className="ys-facet-extra">{choice.extra}</span>}
                  </button>
                </li>
              ))}
            </ul>
            {choices.length > folded && (
              <Button type="link" onClick={() => setUnfolded((v) => !v)} data-testid="facets-more">
                {showAll ? t('catalogPublic.services.browse.fewer') : t('catalogPublic.services.browse.more', { count: choices.length - folded })}
              </Button>
            )}
          </div>
        )}
      </section>

      <section className="ys-panel" aria-label={t('catalogPublic.services.tabs.items')}>
        <div className="ys-list-toolbar">
          {current ? (
            <span className="ys-current-filter" data-testid="current-filter">
              {t('catalogPublic.services.current')}
              <strong>{current.label}</strong>
              <Button size="small" type="text" icon={<CloseOutlined />} onClick={() => onChange(clear)} aria-label={t('catalogPublic.services.clear')} />
            </span>
          ) : (
            <span />
          )}
          <label className="ys-online-switch">
            <Switch size="small" checked={Boolean(fullyOnline)} onChange={(on) => onChange({ fullyOnline: on || undefined, tab: 'items' })} />
            {t('catalogPublic.services.onlyOnline')}
          </label>
        </div>
        <Tabs
          activeKey={activeTab}
          onChange={(key) => onChange({ tab: key as ServiceFilters['tab'] })}
          items={[
            { key: 'items', label: `${t('catalogPublic.services.tabs.items')} ${items.data ? items.data.total : ''}`, children: itemList },
            { key: 'bundles', label: `${t('catalogPublic.services.tabs.bundles')} ${bundleData ? bundleData.total : ''}`, children: bundleList },
          ]}
        />
      </section>
    </>
  );
}

function Pager({ total, page, pageSize, simple, onPage }: { total: number; page: number; pageSize: number; simple: boolean; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  return (
    <div className="ys-pager">
      <Pagination current={page} pageSize={pageSize} total={total} simple={simple} showSizeChanger={false} showTotal={simple ? undefined : (n) => t('catalogPublic.services.total', { total: n })} onChange={onPage} />
    </div>
  );
}
