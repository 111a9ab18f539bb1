// Picks a published item by searching the catalogue as one types (the list's 事项 filter).
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCatalog, type SearchHit } from '../../../api/catalog-public.ts';

export function ItemPicker({ value, onChange, placeholder }: { value?: string; onChange: (code: string | undefined) => void; placeholder?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!q.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      searchCatalog(q.trim(), { kind: 'item', limit: 20 }, controller.signal)
        .then((reply) => setHits(reply.hits))
        .catch(() => undefined)
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);
  const options = hits.map((hit) => ({ value: hit.code, label: hit.name }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
  return (
    <Select
      allowClear
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={(code: string | undefined) => onChange(code || undefined)}
      loading={loading}
      placeholder={placeholder ?? t('work.fields.item')}
      aria-label={placeholder ?? t('work.fields.item')}
      notFoundContent={q.trim() && !loading ? t('work.list.noItems') : null}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
}
