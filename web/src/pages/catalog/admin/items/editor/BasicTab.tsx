import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../../api/org.ts';
import { DepartmentSelect } from '../../../../../components/DepartmentSelect.tsx';
import { eventOptions, targetOptions, themeOptions, typeOptions } from '../../labels.ts';

const CODE = /^[0-9A-Z][0-9A-Z-]{3,39}$/;

/** 基本信息: codes, name, type, target, departments, legal basis, events, themes, keywords. */
export function BasicTab({
  departments,
  codeFixed,
}: {
  departments: readonly Department[];
  codeFixed: boolean;
}) {
  const { t } = useTranslation();
  const codeRule = { pattern: CODE, message: t('catalogAdmin.item.hints.code') };
  return (
    <div className="ys-form-grid">
      <Form.Item
        name="code"
        label={t('catalogAdmin.item.fields.code')}
        extra={t('catalogAdmin.item.hints.code')}
        rules={[{ required: true }, codeRule]}
      >
        <Input
          className="ys-code"
          maxLength={40}
          disabled={codeFixed}
          autoComplete="off"
          spellCheck={false}
          data-testid="item-code"
        />
      </Form.Item>
      <Form.Item
        name="baseCode"
        label={t('catalogAdmin.item.fields.baseCode')}
        rules={[{ required: true }, codeRule]}
      >
        <Input className="ys-code" maxLength={40} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('catalogAdmin.item.fields.name')}
        className="ys-span-all"
        rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}
      >
        <Input maxLength={100} autoComplete="off" data-testid="item-name" />
      </Form.Item>
      <Form.Item name="type" label={t('catalogAdmin.item.fields.type')} rules={[{ required: true }]}>
        <Select options={typeOptions()} />
      </Form.Item>
      <Form.Item name="target" label={t('catalogAdmin.item.fields.target')} rules={[{ required: true }]}>
        <Select options={targetOptions()} />
      </Form.Item>
      <Form.Item
        name="competentDepartmentId"
        label={t('catalogAdmin.item.fields.competentDepartment')}
        rules={[{ required: true }]}
      >
        <DepartmentSelect departments={departments} allowClear={false} data-testid="item-competent" />
      </Form.Item>
      <Form.Item
        name="implementingDepartmentId"
        label={t('catalogAdmin.item.fields.implementingDepartment')}
        rules={[{ required: true }]}
      >
        <DepartmentSelect departments={departments} allowClear={false} data-testid="item-implementing" />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label={t('catalogAdmin.item.fields.legalBasis')}
        className="ys-span-all"
        rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        name="events"
        label={t('catalogAdmin.item.fields.events')}
        rules={[{ type: 'array', max: 6 }]}
      >
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          options={eventOptions(t('catalogAdmin.lifeEvents'), t('catalogAdmin.businessEvents'))}
          maxCount={6}
        />
      </Form.Item>
      <Form.Item
        name="themes"
        label={t('catalogAdmin.item.fields.themes')}
        rules={[{ required: true, type: 'array', min: 1, max: 4 }]}
      >
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          options={themeOptions()}
          maxCount={4}
          data-testid="item-themes"
        />
      </Form.Item>
      <Form.Item
        name="keywords"
        label={t('catalogAdmin.item.fields.keywords')}
        extra={t('catalogAdmin.item.hints.keywords')}
        className="ys-span-all"
        rules={[{ type: 'array', max: 20 }]}
      >
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          tokenSeparators={[',', '，', '、', ' ']}
          maxCount={20}
        />
      </Form.Item>
    </div>
  );
}
