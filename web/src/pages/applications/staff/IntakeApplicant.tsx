// 一窗受理, step 2: the channel, who applies (an enterprise by its USCC — the registry's name shown — or a
// person by name, phone and optionally their account), the commitment and how the result is handed out.
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Radio, Space, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_STATUS_LABELS } from '../../../../../common/api/registry.ts';
import { validateUscc } from '../../../../../common/ids/index.ts';
import { isApiError } from '../../../api/client.ts';
import { getEntity, type Entity } from '../../../api/registry.ts';
import { bilingual, channelLabel } from './labels.ts';

export interface ApplicantValues {
  channel: 'window' | 'assisted' | 'crossRegion';
  kind: 'entity' | 'person';
  uscc?: string;
  applicantName?: string;
  applicantUsername?: string;
  contactPhone?: string;
  commitment?: boolean;
  delivery: 'electronic' | 'post';
  postAddress?: string;
}

export const applicantDefaults: ApplicantValues = { channel: 'window', kind: 'entity', delivery: 'electronic', commitment: false };

export function ApplicantForm({
  form,
  commitmentAllowed,
  defaultKind = 'entity',
  entity,
  onEntity,
  onPersonChanged,
}: {
  form: FormInstance<ApplicantValues>;
  /** 告知承诺 may be chosen (items that allow it; never a bundle). */
  commitmentAllowed: boolean;
  /** Who applies, to start with: a 人生事件 bundle or a citizens' item is for a person. */
  defaultKind?: ApplicantValues['kind'];
  entity: Entity | null;
  onEntity: (entity: Entity | null) => void;
  onPersonChanged: () => void;
}) {
  const { t } = useTranslation();
  const kind = Form.useWatch('kind', form) ?? defaultKind;
  const delivery = Form.useWatch('delivery', form) ?? 'electronic';
  const channel = Form.useWatch('channel', form) ?? 'window';
  const [looking, setLooking] = useState(false);

  async function lookUp() {
    const uscc = String(form.getFieldValue('uscc') ?? '').trim().toUpperCase();
    onEntity(null);
    const check = validateUscc(uscc);
    if (!check.ok) {
      form.setFields([{ name: 'uscc', errors: [bilingual(check.message)] }]);
      return;
    }
    setLooking(true);
    try {
      const found = await getEntity(uscc);
      form.setFields([{ name: 'uscc', value: uscc, errors: found.status === 'active' ? [] : [t('work.intake.entityInactive', { status: bilingual(ENTITY_STATUS_LABELS[found.status]) })] }]);
      onEntity(found);
    } catch (error) {
      form.setFields([{ name: 'uscc', errors: [isApiError(error) && error.status === 404 ? t('work.intake.entityNotFound') : isApiError(error) ? error.userMessage : String(error)] }]);
    } finally {
      setLooking(false);
    }
  }

  return (
    <Form form={form} layout="vertical" initialValues={{ ...applicantDefaults, kind: defaultKind }} data-testid="intake-applicant">
      <Form.Item name="channel" label={t('work.intake.channel')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={(['window', 'assisted', 'crossRegion'] as const).map((c) => ({ value: c, label: channelLabel(c) }))}
          data-testid="intake-channel"
        />
      </Form.Item>
      <p className="ys-muted" style={{ marginTop: -12 }}>
        {t(`work.intake.channelHint.${channel}`)}
      </p>
      <Form.Item name="kind" label={t('work.intake.applicantKind')}>
        <Radio.Group
          options={[
            { value: 'entity', label: t('work.intake.kinds.entity') },
            { value: 'person', label: t('work.intake.kinds.person') },
          ]}
          onChange={() => onEntity(null)}
        />
      </Form.Item>
      {kind === 'entity' ? (
        <Form.Item label={t('work.intake.uscc')} required extra={entity ? undefined : t('work.intake.usccHint')}>
          <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
            <Form.Item name="uscc" noStyle rules={[{ required: true, message: t('work.intake.usccRequired') }]}>
              <Input maxLength={18} className="ys-code" onPressEnter={(e) => { e.preventDefault(); void lookUp(); }} onChange={() => onEntity(null)} data-testid="intake-uscc" />
            </Form.Item>
            <Button icon={<SearchOutlined />} loading={looking} onClick={() => void lookUp()} data-testid="intake-uscc-lookup">
              {t('work.intake.lookup')}
            </Button>
          </Space.Compact>
          {entity && (
            <Alert
              style={{ marginTop: 8 }}
              type={entity.status === 'active' ? 'success' : 'error'}
              showIcon
              message={t('work.intake.entityFound', { name: entity.name })}
              description={`${t('work.intake.legalRepresentative')}：${entity.legalRepresentative} · ${bilingual(ENTITY_STATUS_LABELS[entity.status])}`}
              data-testid="intake-entity"
            />
          )}
        </Form.Item>
      ) : (
        <>
          <Form.Item name="applicantName" label={t('work.intake.personName')} rules={[{ required: true, min: 2, message: t('work.intake.personNameRequired') }]}>
            <Input maxLength={100} style={{ maxWidth: 320 }} onBlur={onPersonChanged} data-testid="intake-person-name" />
          </Form.Item>
          <Form.Item name="applicantUsername" label={t('work.intake.username')} extra={t('work.intake.usernameHint')}>
            <Input maxLength={64} style={{ maxWidth: 320 }} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="contactPhone"
        label={t('work.intake.phone')}
        rules={[
          { required: kind === 'person', message: t('work.intake.phoneRequired') },
          { pattern: /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, message: t('work.intake.phoneInvalid') },
        ]}
      >
        <Input maxLength={20} style={{ maxWidth: 320 }} onBlur={onPersonChanged} data-testid="intake-phone" />
      </Form.Item>
      {commitmentAllowed && (
        <Form.Item name="commitment" valuePropName="checked" extra={t('work.intake.commitmentHint')}>
          <Checkbox data-testid="intake-commitment">{t('work.intake.commitment')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="delivery" label={t('work.intake.delivery')}>
        <Radio.Group
          options={[
            { value: 'electronic', label: t('work.result.delivery.electronic') },
            { value: 'post', label: t('work.result.delivery.post') },
          ]}
        />
      </Form.Item>
      {delivery === 'post' && (
        <Form.Item name="postAddress" label={t('work.fields.postAddress')} rules={[{ required: true, whitespace: true, message: t('work.intake.postAddressRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
    </Form>
  );
}
