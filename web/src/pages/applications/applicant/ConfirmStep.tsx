// 确认提交: the applicant checks what goes in (subject, answers, materials), signs the 告知承诺 when the
// item allows it, chooses how the result reaches them (电子证照 or 邮寄), and submits.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Checkbox, Descriptions, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { partitionMaterials, type AskedMaterial, type WizardState } from './draft.ts';
import { answerRows, answerText, langOf } from './presentation.ts';

/** The phone rule of the contract (mobile or landline). */
export const PHONE_PATTERN = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

/** What keeps the confirmation from being sent, by field. */
export function confirmProblems(state: WizardState): { postAddress?: true; contactPhone?: true } {
  return {
    ...(state.delivery === 'post' && !state.postAddress.trim() ? { postAddress: true as const } : {}),
    ...(state.contactPhone.trim() && !PHONE_PATTERN.test(state.contactPhone.trim()) ? { contactPhone: true as const } : {}),
  };
}

export function ConfirmStep({
  subjectName,
  applicantName,
  schema,
  materials,
  state,
  commitmentAllowed,
  onChange,
  showProblems,
}: {
  subjectName: string;
  applicantName: string;
  schema: Record<string, unknown>;
  materials: readonly AskedMaterial[];
  state: WizardState;
  commitmentAllowed: boolean;
  onChange: (patch: Partial<WizardState>) => void;
  /** After a submit was tried: mark what is missing. */
  showProblems: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const c = (key: string) => t(`apply.wizard.confirm.${key}` as 'apply.wizard.confirm.title');
  const { fetched } = partitionMaterials(materials);
  const uploadedCount = Object.values(state.materials).filter((files) => files.length > 0).length;
  const problems = showProblems ? confirmProblems(state) : {};
  const answers = answerRows(schema, state.formData).filter((row) => row.value !== undefined);

  return (
    <div className="ys-apply-confirm" data-testid="apply-confirm">
      <Descriptions column={1} size="small" bordered className="ys-apply-summary">
        <Descriptions.Item label={c('item')}>{subjectName}</Descriptions.Item>
        <Descriptions.Item label={c('subject')}>{applicantName}</Descriptions.Item>
        <Descriptions.Item label={c('materials')}>
          {t('apply.wizard.confirm.materialsCount', { uploaded: uploadedCount, fetched: fetched.length })}
        </Descriptions.Item>
        {answers.map((row) => (
          <Descriptions.Item key={row.key} label={row.title}>
            <span className="ys-break">{answerText(row.value, lang)}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>

      {commitmentAllowed && (
        <section className="ys-apply-commitment" data-testid="apply-commitment">
          <Typography.Title level={3} className="ys-apply-subtitle">
            <SafetyCertificateOutlined aria-hidden /> {c('commitment')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{c('commitmentIntro')}</Typography.Paragraph>
          <blockquote className="ys-apply-commitment-text">{c('commitmentText')}</blockquote>
          <Checkbox checked={state.commitment} onChange={(event) => onChange({ commitment: event.target.checked })} data-testid="commitment-check">
            {c('commitmentCheck')}
          </Checkbox>
        </section>
      )}

      <section className="ys-apply-delivery">
        <Typography.Title level={3} className="ys-apply-subtitle">
          {c('delivery')}
        </Typography.Title>
        <Radio.Group
          value={state.delivery}
          onChange={(event) => onChange({ delivery: event.target.value as WizardState['delivery'] })}
          className="ys-apply-delivery-options"
        >
          <Radio value="electronic" data-testid="delivery-electronic">
            <strong>{c('electronic')}</strong>
            <div className="ys-muted">{c('electronicHint')}</div>
          </Radio>
          <Radio value="post" data-testid="delivery-post">
            <strong>{c('post')}</strong>
          </Radio>
        </Radio.Group>
        {state.delivery === 'post' && (
          <label className="ys-apply-field">
            <span>{c('postAddress')}</span>
            <Input.TextArea
              value={state.postAddress}
              onChange={(event) => onChange({ postAddress: event.target.value })}
              placeholder={c('postAddressPlaceholder')}
              autoSize={{ minRows: 2, maxRows: 4 }}
              maxLength={200}
              status={problems.postAddress ? 'error' : undefined}
              data-testid="post-address"
            />
            {problems.postAddress && <span className="ys-apply-error">{c('postAddressRequired')}</span>}
          </label>
        )}
        <label className="ys-apply-field">
          <span>{c('contactPhone')}</span>
          <Input
            value={state.contactPhone}
            onChange={(event) => onChange({ contactPhone: event.target.value })}
            placeholder={c('contactPhonePlaceholder')}
            inputMode="tel"
            maxLength={20}
            status={problems.contactPhone ? 'error' : undefined}
            data-testid="contact-phone"
          />
          {problems.contactPhone && <span className="ys-apply-error">{c('contactPhoneInvalid')}</span>}
        </label>
      </section>
    </div>
  );
}
