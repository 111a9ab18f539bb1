// 新增 / 修改派单规则: the category (a whole category or one of its sub-categories), the area (city-wide or a
// district), the lead unit and the support units, and a note. Editing sends the rule with the version it was read
// at: a stale one says so and reloads the list; the server's refusals (a rule for that category and area already
// there, a unit that does not exist) go under their fields.
import { App, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createDispatchRule, updateDispatchRule, type Category, type DispatchRule } from '../../../api/appeals-catalog.ts';
import type { Department } from '../../../api/org.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { changedOrGone, FormDialog } from '../../../components/FormDialog.tsx';
import { CategorySelect } from '../staff/CategorySelect.tsx';
import { areaChoices, areaCodeOf, areaKeyOf, CITY_WIDE } from './catalogHelpers.ts';

interface Values {
  categoryCode?: string;
  /** CITY_WIDE or an area code (named as the server names it, so its refusals land here). */
  areaCode?: string;
  leadDepartmentId?: string | null;
  supportDepartmentIds?: string[];
  note?: string;
}

export interface RulePreset {
  categoryCode?: string;
  areaCode?: string | null;
}

interface Props {
  /** The rule being edited; none: a new one (with `preset` filled in). */
  rule?: DispatchRule;
  preset?: RulePreset;
  categories: readonly Category[];
  departments: readonly Department[];
  areas: readonly { code: string; label: string }[];
  onClose: () => void;
  onDone: () => void;
  /** Someone else changed or deleted the rule: the list must be read again. */
  onStale: () => void;
}

export function RuleDialog({ rule, preset, categories, departments, areas, onClose, onDone, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const english = i18n.language === 'en';
  const areaOptions = useMemo(() => areaChoices(areas, t('appealCatalog.rules.cityWide'), rule?.areaCode ?? preset?.areaCode), [areas, t, rule?.areaCode, preset?.areaCode]);
  const unitOptions = useMemo(() => departments.map((d) => ({ value: d.id, label: english ? d.nameEn : d.name })), [departments, english]);

  const initial: Values = rule
    ? { categoryCode: rule.categoryCode, areaCode: areaKeyOf(rule.areaCode), leadDepartmentId: rule.leadDepartmentId, supportDepartmentIds: rule.supportDepartmentIds, note: rule.note }
    : { categoryCode: preset?.categoryCode, areaCode: preset && preset.areaCode !== undefined ? areaKeyOf(preset.areaCode) : undefined, supportDepartmentIds: [], note: '' };

  async function submit(values: Values) {
    const body = {
      categoryCode: values.categoryCode!,
      areaCode: areaCodeOf(values.areaCode ?? CITY_WIDE),
      leadDepartmentId: values.leadDepartmentId!,
      supportDepartmentIds: values.supportDepartmentIds ?? [],
      note: (values.note ?? '').trim(),
    };
    if (rule) await updateDispatchRule(rule.id, { ...body, version: rule.version });
    else await createDispatchRule(body);
    void message.success(t('appealCatalog.rules.saved'));
    onDone();
  }

  return (
    <FormDialog<Values>
      title={t(rule ? 'appealCatalog.rules.editTitle' : 'appealCatalog.rules.addTitle')}
      form={form}
      okText={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      onStale={onStale}
      staleMessage={t('appealCatalog.rules.stale')}
      isStale={rule ? changedOrGone : undefined}
      initialValues={initial}
      testId="rule-dialog"
      testIds={{ form: 'rule-form', submit: 'rule-submit', error: 'rule-error' }}
    >
      <Form.Item name="categoryCode" label={t('appealCatalog.rules.fields.category')} extra={t('appealCatalog.rules.categoryHint')} rules={[{ required: true, message: t('appealCatalog.rules.required.category') }]}>
        <CategorySelect categories={categories} parentsSelectable data-testid="rule-category" />
      </Form.Item>
      <Form.Item name="areaCode" label={t('appealCatalog.rules.fields.area')} extra={t('appealCatalog.rules.areaHint')} rules={[{ required: true, message: t('appealCatalog.rules.required.area') }]}>
        <Select showSearch optionFilterProp="label" options={areaOptions} data-testid="rule-area" />
      </Form.Item>
      <Form.Item name="leadDepartmentId" label={t('appealCatalog.rules.fields.lead')} rules={[{ required: true, message: t('appealCatalog.rules.required.lead') }]}>
        <DepartmentSelect departments={departments} data-testid="rule-lead" />
      </Form.Item>
      <Form.Item
        name="supportDepartmentIds"
        label={t('appealCatalog.rules.fields.support')}
        extra={t('appealCatalog.rules.supportHint')}
        dependencies={['leadDepartmentId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, ids: string[] | undefined) => {
              const lead = getFieldValue('leadDepartmentId') as string | null | undefined;
              if (lead && ids?.includes(lead)) throw new Error(t('appealCatalog.rules.supportIncludesLead'));
            },
          }),
        ]}
      >
        <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={unitOptions} maxCount={10} data-testid="rule-support" />
      </Form.Item>
      <Form.Item name="note" label={t('appealCatalog.rules.fields.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={200} showCount placeholder={t('appealCatalog.rules.notePlaceholder')} data-testid="rule-note" />
      </Form.Item>
    </FormDialog>
  );
}
