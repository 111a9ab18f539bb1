import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from './filters.ts';
import { actionLabels, entityLabels, workflowLabels } from './labels.ts';

interface FilterValues {
  actorId?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const isoWithOffset = (day: Dayjs) => day.format('YYYY-MM-DDTHH:mm:ssZ');
const narrowScreen = () => typeof window !== 'undefined' && window.matchMedia?.('(max-width: 767px)').matches;

/** The audit log's filters; folded away behind a button on phones, where they would fill the screen. */
export function AuditFilterForm({ filters, onApply, onReset }: { filters: AuditFilters; onApply: (next: Partial<AuditFilters>) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => !narrowScreen());
  const active = (['actorId', 'action', 'entity', 'entityId', 'from', 'to'] as const).filter((key) => filters[key]).length;

  const codeOptions = (labels: Readonly<Record<string, ParseKeys>>) =>
    Object.entries(labels).map(([code, label]) => ({ value: code, label: `${t(label)} · ${code}` }));
  // The action filter matches a prefix: one suggestion per workflow takes in all its steps.
  const workflowOptions = Object.entries(workflowLabels).map(([key, label]) => {
    const prefix = `workflow.${key}.`;
    return { value: prefix, label: `${t('auditCodes.workflowAll', { workflow: t(label) })} · ${prefix}` };
  });

  const initialValues: FilterValues = {
    actorId: filters.actorId,
    action: filters.action,
    entity: filters.entity,
    entityId: filters.entityId,
    range: filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null,
  };

  const apply = (values: FilterValues) => {
    const [from, to] = values.range ?? [null, null];
    onApply({
      actorId: values.actorId?.trim() || undefined,
      action: values.action?.trim() || undefined,
      entity: values.entity?.trim() || undefined,
      entityId: values.entityId?.trim() || undefined,
      from: from ? isoWithOffset(from.startOf('day')) : undefined,
      to: to ? isoWithOffset(to.endOf('day')) : undefined,
    });
  };

  return (
    <div className="ys-table-toolbar ys-audit-toolbar">
      <Button className="ys-filters-toggle" icon={<FilterOutlined />} onClick={() => setOpen((value) => !value)} aria-expanded={open}>
        {active ? t('audit.filtersActive', { count: active }) : t('audit.filters')}
      </Button>
      {open && (
        <Form<FilterValues>
          key={JSON.stringify(filters)}
          layout="vertical"
          initialValues={initialValues}
          onFinish={apply}
          className="ys-audit-filters"
          data-testid="audit-filters"
        >
          <Form.Item name="action" label={t('audit.fields.action')}>
            <AutoComplete allowClear options={[...codeOptions(actionLabels), ...workflowOptions]} placeholder={t('audit.actionPlaceholder')} filterOption optionFilterProp="label" popupMatchSelectWidth={false} />
          </Form.Item>
          <Form.Item name="entity" label={t('audit.fields.entity')}>
            <AutoComplete allowClear options={codeOptions(entityLabels)} placeholder={t('audit.entityPlaceholder')} filterOption optionFilterProp="label" popupMatchSelectWidth={false} />
          </Form.Item>
          <Form.Item name="entityId" label={t('audit.fields.entityId')}>
            <Input allowClear />
          </Form.Item>
          <Form.Item name="actorId" label={t('audit.fields.actorId')}>
            <Input allowClear />
          </Form.Item>
          <Form.Item name="range" label={t('audit.fields.range')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
          <Form.Item label=" " colon={false}>
            <div className="ys-filter-buttons">
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button onClick={onReset}>{t('common.reset')}</Button>
            </div>
          </Form.Item>
        </Form>
      )}
    </div>
  );
}
