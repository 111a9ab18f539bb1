import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../api/org.ts';
import { DepartmentSelect } from '../../../../components/DepartmentSelect.tsx';
import { eventOptions, themeOptions } from '../labels.ts';

const CODE = /^[0-9A-Z][0-9A-Z-]{3,39}$/;

/** 一件事基本信息: code, name, life or business event, themes, lead department, the promise, guide particulars. */
export function BundleBasics({
  departments,
  codeFixed,
}: {
  departments: readonly Department[];
  codeFixed: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="ys-form-grid">
      <Form.Item
        name="code"
        label={t('catalogAdmin.bundles.fields.code')}
        extra={t('catalogAdmin.item.hints.code')}
        rules={[{ required: true }, { pattern: CODE, message: t('catalogAdmin.item.hints.code') }]}
      >
        <Input
          className="ys-code"
          maxLength={40}
          disabled={codeFixed}
          autoComplete="off"
          spellCheck={false}
          data-testid="bundle-code"
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('catalogAdmin.bundles.fields.name')}
        rules={[{ required: true, whitespace: true, min: 2, max: 60 }]}
      >
        <Input maxLength={60} autoComplete="off" data-testid="bundle-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('catalogAdmin.bundles.kind')} rules={[{ required: true }]}>
        <Select
          options={(['life', 'business'] as const).map((kind) => ({
            value: kind,
            label: t(`catalogAdmin.bundles.kinds.${kind}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="event" label={t('catalogAdmin.bundles.fields.event')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={eventOptions(t('catalogAdmin.lifeEvents'), t('catalogAdmin.businessEvents'))}
          data-testid="bundle-event"
        />
      </Form.Item>
      <Form.Item
        name="themes"
        label={t('catalogAdmin.bundles.fields.themes')}
        rules={[{ required: true, type: 'array', min: 1, max: 4 }]}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={themeOptions()}
          maxCount={4}
          data-testid="bundle-themes"
        />
      </Form.Item>
      <Form.Item
        name="leadDepartmentId"
        label={t('catalogAdmin.bundles.fields.leadDepartment')}
        rules={[{ required: true }]}
      >
        <DepartmentSelect departments={departments} allowClear={false} data-testid="bundle-lead" />
      </Form.Item>
      <Form.Item
        name="promisedLimitDays"
        label={t('catalogAdmin.bundles.fields.promisedLimitDays')}
        rules={[{ required: true }]}
      >
        <InputNumber
          min={0}
          max={365}
          precision={0}
          suffix={t('catalogAdmin.item.units.days')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="keywords"
        label={t('catalogAdmin.bundles.fields.keywords')}
        extra={t('catalogAdmin.item.hints.keywords')}
      >
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          tokenSeparators={[',', '，', '、', ' ']}
          maxCount={20}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('catalogAdmin.bundles.fields.description')}
        className="ys-span-all"
        rules={[{ max: 1000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} showCount />
      </Form.Item>
      <Form.Item name="hallAddress" label={t('catalogAdmin.bundles.fields.hallAddress')}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item name="consultPhone" label={t('catalogAdmin.bundles.fields.consultPhone')}>
        <Input maxLength={40} autoComplete="off" inputMode="tel" />
      </Form.Item>
    </div>
  );
}
