// 工单办理: 我的待办 (what this user's queue holds, soonest deadline first, counted by light) and 全部工单 (every
// ticket the viewer may see, newest first, paged by the server), with filters kept in the address.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Select, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KINDS } from '../../../../../common/appeals/vocabulary.ts';
import { listCategories, listTickets } from '../../../api/appeals.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { activeFilters, LIGHTS, MINE_LIMIT, readQueueFilters, ticketsQueryOf, writeQueueFilters, type Light, type QueueFilters } from './filters.ts';
import { CategorySelect } from './CategorySelect.tsx';
import { FILTER_STATES, kindLabel, stateName } from './labels.ts';
import { countKey } from './light.ts';
import { TicketList } from './TicketList.tsx';
import '../../applications/staff/work.css';
import './appeals.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

export function QueuePage() {
  const { t } = useTranslation();
  const { filters, change } = useUrlFilters(readQueueFilters, writeQueueFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  // The light is applied here, so the counts stay those of the whole queue.
  const serverKey = JSON.stringify(ticketsQueryOf(filters));
  const list = useRemote(useCallback((signal: AbortSignal) => listTickets(JSON.parse(serverKey) as ReturnType<typeof ticketsQueryOf>, signal), [serverKey]));
  const categories = useRemote(useCallback((signal: AbortSignal) => listCategories(signal), []));
  const all = categories.data?.categories ?? [];
  const setFilters = (next: Partial<QueueFilters>) => change({ page: 1, ...next });

  const mine = filters.tab === 'mine';
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const counts = useMemo(() => {
    const out: Record<Light, number> = { normal: 0, warning: 0, overdue: 0 };
    for (const item of items) {
      const key = countKey(item);
      if (key) out[key] += 1;
    }
    return out;
  }, [items]);
  const lit = mine && filters.light ? items.filter((i) => countKey(i) === filters.light) : items;
  const shown = mine ? lit.slice((filters.page - 1) * filters.pageSize, filters.page * filters.pageSize) : lit;
  const total = mine ? lit.length : (list.data?.total ?? 0);
  const filtered = Boolean(filters.q) || activeFilters(filters) > 0 || Boolean(filters.light);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('appealWork.queue.noMatch') : mine ? t('appealWork.queue.emptyMine') : t('appealWork.queue.empty')} />;

  const toolbar = (
    <ListToolbar
      search={{
        value: searchText,
        onChange: (event) => setSearchText(event.target.value),
        onSearch: (value) => setFilters({ q: value.trim() || undefined }),
        placeholder: t('appealWork.queue.search'),
        'data-testid': 'appeals-search',
      }}
      filtersLabel={activeFilters(filters) ? t('appealWork.queue.filtersActive', { count: activeFilters(filters) }) : t('appealWork.queue.filters')}
      toggleTestId="appeals-filters-toggle"
      columns={4}
    >
      <Select allowClear value={filters.state} onChange={(state) => setFilters({ state })} placeholder={t('appealWork.fields.state')} aria-label={t('appealWork.fields.state')} options={FILTER_STATES.map((s) => ({ value: s, label: stateName(s) }))} data-testid="appeals-filter-state" />
      <Select allowClear value={filters.kind} onChange={(kind) => setFilters({ kind })} placeholder={t('appealWork.fields.kind')} aria-label={t('appealWork.fields.kind')} options={KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
      <CategorySelect categories={all} parentsSelectable value={filters.categoryCode} onChange={(categoryCode) => setFilters({ categoryCode })} placeholder={t('appealWork.fields.category')} aria-label={t('appealWork.fields.category')} />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        onChange={(range) => setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        placeholder={[t('appealWork.queue.from'), t('appealWork.queue.to')]}
        aria-label={t('appealWork.queue.dates')}
      />
    </ListToolbar>
  );

  return (
    <div data-testid="appeals-queue-page">
      <PageHeader title={t('appealWork.menu.queue')} description={t('appealWork.queue.description')} extra={<Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />} />
      <Tabs
        activeKey={filters.tab}
        onChange={(tab) => change({ tab: tab as QueueFilters['tab'], light: undefined, page: 1 })}
        items={[
          { key: 'mine', label: t('appealWork.queue.mine') },
          { key: 'all', label: t('appealWork.queue.all') },
        ]}
        data-testid="appeals-tabs"
      />
      {mine && (
        <div className="ys-work-counts" role="group" aria-label={t('appealWork.queue.countsLabel')} data-testid="appeals-counts">
          <CountButton label={t('appealWork.queue.allMine')} count={list.data ? items.length : null} active={!filters.light} onClick={() => setFilters({ light: undefined })} />
          {LIGHTS.map((key) => (
            <CountButton key={key} tone={key} label={t(`appealWork.light.${key}`)} count={list.data ? counts[key] : null} active={filters.light === key} onClick={() => setFilters({ light: filters.light === key ? undefined : key })} />
          ))}
        </div>
      )}
      {mine && items.length >= MINE_LIMIT && <Typography.Paragraph type="secondary">{t('appealWork.queue.limited', { count: MINE_LIMIT })}</Typography.Paragraph>}
      <Card styles={{ body: { padding: 0 } }}>
        {toolbar}
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <TicketList
            items={shown}
            loading={list.loading}
            loaded={Boolean(list.data)}
            empty={empty}
            testId="appeals"
            pagination={{ current: filters.page, pageSize: filters.pageSize, total, onChange: (page, pageSize) => setFilters({ page, pageSize }) }}
          />
        )}
      </Card>
    </div>
  );
}

/** A count above the list (null while the queue loads) that filters it by its light. */
function CountButton({ label, count, active, tone, onClick }: { label: string; count: number | null; active: boolean; tone?: Light; onClick: () => void }) {
  return (
    <button type="button" className={`ys-work-count${tone ? ` is-${tone}` : ''}${active ? ' is-active' : ''}`} aria-pressed={active} onClick={onClick} data-testid={`appeals-count-${tone ?? 'all'}`}>
      <span className="ys-work-count-value">{count ?? '—'}</span>
      <span className="ys-work-count-label">{label}</span>
    </button>
  );
}
