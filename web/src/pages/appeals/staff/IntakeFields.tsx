// The seat console's form fields, in the order of a call: the caller's phone first (looked up on leaving the
// field), the name, the line it came in on (the enterprise's USCC, the body reported), what it is about, where,
// and the words. The category suggests its kind (and 水电气热 urgency) until the seat picks one: the suggestion is
// shown, not written into the form (ticketBodyOf falls back to it).
import { Col, Form, Input, Radio, Row, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { KINDS, URGENCIES, type Kind, type Urgency } from '../../../../../common/appeals/vocabulary.ts';
import { validateUscc } from '../../../../../common/ids/index.ts';
import type { Category } from '../../../api/appeals.ts';
import type { Department } from '../../../api/org.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { CategorySelect } from './CategorySelect.tsx';
import { categoryDefaults, isPhone, normalisePhone, type IntakeValues } from './intake.ts';
import { AREAS, bilingual, channelLabel, kindLabel, SEAT_CHANNELS, urgencyLabel } from './labels.ts';

interface Props {
  form: FormInstance<IntakeValues>;
  categories: readonly Category[];
  departments: readonly Department[];
  departmentsLoading: boolean;
  onPhoneLookup: (phone: string) => void;
}

export function IntakeFields({ form, categories, departments, departmentsLoading, onPhoneLookup }: Props) {
  const { t } = useTranslation();
  const channel = Form.useWatch('channel', form);
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  const suggested = categoryDefaults(categories, Form.useWatch('categoryCode', form));

  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="requesterPhone"
            label={t('appealWork.intake.phone')}
            rules={[{ validator: async (_, v: string | undefined) => { const p = normalisePhone(v); if (p !== undefined && !isPhone(p)) throw new Error(t('appealWork.intake.problems.phoneInvalid')); } }]}
          >
            <Input
              autoFocus
              inputMode="tel"
              maxLength={20}
              allowClear
              onBlur={(e) => {
                const p = normalisePhone(e.target.value);
                if (p && isPhone(p)) onPhoneLookup(p);
              }}
              data-testid="intake-phone"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="requesterName" label={t('appealWork.intake.name')}>
            <Input maxLength={50} allowClear data-testid="intake-name" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="channel" label={t('appealWork.fields.channel')}>
        <Radio.Group optionType="button" buttonStyle="solid" options={SEAT_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))} className="ys-appeal-radios" data-testid="intake-channel" />
      </Form.Item>
      {channel === 'email' && (
        <Form.Item name="requesterEmail" label={t('appealWork.intake.email')} rules={[{ type: 'email', message: t('appealWork.intake.problems.emailInvalid') }]}>
          <Input maxLength={120} inputMode="email" data-testid="intake-email" />
        </Form.Item>
      )}
      {channel === 'enterprise' && (
        <Form.Item
          name="enterpriseUscc"
          label={t('appealWork.intake.uscc')}
          rules={[
            ...required(t('appealWork.intake.problems.usccRequired')),
            { validator: async (_, v: string | undefined) => { if (v?.trim() && !validateUscc(v.trim().toUpperCase()).ok) throw new Error(t('appealWork.intake.problems.usccInvalid')); } },
          ]}
        >
          <Input maxLength={18} className="ys-code" data-testid="intake-uscc" />
        </Form.Item>
      )}
      {channel === 'dishonesty' && (
        <Form.Item name="accusedDepartmentId" label={t('appealWork.intake.accused')} extra={t('appealWork.intake.accusedHint')} rules={[{ required: true, message: t('appealWork.intake.problems.accusedRequired') }]}>
          <DepartmentSelect departments={departments} loading={departmentsLoading} data-testid="intake-accused" />
        </Form.Item>
      )}
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item name="categoryCode" label={t('appealWork.fields.category')} rules={[{ required: true, message: t('appealWork.intake.problems.categoryRequired') }]}>
            <CategorySelect categories={categories} placeholder={t('appealWork.intake.categoryHint')} data-testid="intake-category" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="areaCode" label={t('appealWork.fields.area')} rules={[{ required: true, message: t('appealWork.intake.problems.areaRequired') }]}>
            <Select showSearch optionFilterProp="label" options={AREAS.map((a) => ({ value: a.code, label: bilingual({ zh: a.name, en: a.nameEn }) }))} placeholder={t('appealWork.intake.areaHint')} data-testid="intake-area" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="kind"
        label={t('appealWork.fields.kind')}
        dependencies={['categoryCode']}
        rules={[{ validator: async (_, v: Kind | undefined) => { if (!v && !suggested.kind) throw new Error(t('appealWork.intake.problems.kindRequired')); } }]}
      >
        <Suggested suggested={suggested.kind} options={KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} testId="intake-kind" />
      </Form.Item>
      <Form.Item name="urgency" label={t('appealWork.fields.urgency')} extra={t('appealWork.intake.urgencyHint')}>
        <Suggested suggested={suggested.urgency ?? 'normal'} options={URGENCIES.map((u) => ({ value: u, label: urgencyLabel(u) }))} testId="intake-urgency" />
      </Form.Item>
      <Form.Item name="address" label={t('appealWork.fields.address')}>
        <Input maxLength={200} allowClear placeholder={t('appealWork.intake.addressHint')} data-testid="intake-address" />
      </Form.Item>
      <Form.Item name="title" label={t('appealWork.fields.title')} rules={required(t('appealWork.intake.problems.titleRequired'))}>
        <Input maxLength={100} showCount placeholder={t('appealWork.intake.titleHint')} data-testid="intake-title" />
      </Form.Item>
      <Form.Item name="content" label={t('appealWork.fields.content')} rules={required(t('appealWork.intake.problems.contentRequired'))}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} showCount placeholder={t('appealWork.intake.contentHint')} data-testid="intake-content" />
      </Form.Item>
      <Form.Item name="confidential" label={t('appealWork.intake.confidential')} valuePropName="checked" extra={t('appealWork.intake.confidentialHint')}>
        <Switch data-testid="intake-confidential" />
      </Form.Item>
    </>
  );
}

/** Radio buttons showing the seat's choice, or the category's suggestion until they make one. */
function Suggested<T extends Kind | Urgency>({ value, onChange, suggested, options, testId, id }: { value?: T; onChange?: (value: T) => void; suggested?: T; options: { value: T; label: string }[]; testId: string; id?: string }) {
  return <Radio.Group id={id} optionType="button" value={value ?? suggested} onChange={(e) => onChange?.(e.target.value as T)} options={options} className="ys-appeal-radios" data-testid={testId} />;
}
