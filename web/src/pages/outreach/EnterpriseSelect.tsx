// Picks a market entity from the registry by name (prefix) or full USCC; the value is the USCC. The server
// checks the USCC again and names the enterprise from the registry.
import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchEntities, type Entity } from '../../api/registry.ts';
import { withNote } from '../../i18n/punctuation.ts';

interface Props {
  value?: string;
  onChange?: (uscc: string | undefined) => void;
  /** The chosen enterprise's name when the value comes from elsewhere (a page's own enterprise). */
  initialName?: string;
  id?: string;
  'data-testid'?: string;
}

export function EnterpriseSelect({ value, onChange, initialName, ...rest }: Props) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<Entity[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => {
    clearTimeout(timer.current);
    controller.current?.abort();
  }, []);

  const search = (text: string) => {
    clearTimeout(timer.current);
    const q = text.trim();
    if (q.length === 0) return;
    timer.current = setTimeout(() => {
      controller.current?.abort();
      const next = new AbortController();
      controller.current = next;
      setSearching(true);
      searchEntities({ q: /^[0-9A-Za-z]{18}$/.test(q) ? q.toUpperCase() : q, page: 1, pageSize: 20 }, next.signal)
        .then((reply) => {
          if (!next.signal.aborted) setOptions(reply.items);
        })
        .catch(() => undefined)
        .finally(() => {
          if (!next.signal.aborted) setSearching(false);
        });
    }, 250);
  };

  const known = value && !options.some((o) => o.uscc === value) ? [{ value, label: initialName ? withNote(initialName, value) : value }] : [];
  return (
    <Select
      {...rest}
      showSearch
      allowClear
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      onSearch={search}
      filterOption={false}
      placeholder={t('outreach.common.enterpriseSearch')}
      notFoundContent={searching ? <Spin size="small" /> : t('outreach.common.enterpriseNone')}
      options={[
        ...known,
        ...options.map((entity) => ({
          value: entity.uscc,
          label: withNote(entity.name, entity.uscc),
        })),
      ]}
      optionRender={(option) => {
        const entity = options.find((o) => o.uscc === option.value);
        return entity ? (
          <div className="ys-outreach-entity-option">
            <div className="ys-break">{entity.name}</div>
            <div className="ys-code ys-muted">{entity.uscc}</div>
          </div>
        ) : (
          option.label
        );
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
      style={{ width: '100%' }}
    />
  );
}
