import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { issueLicence, type Entity, type Licence, type LicenceType } from '../../../api/registry.ts';
import { applyProblem } from '../../../components/problemForm.ts';
import { useNarrow } from '../useNarrow.ts';
import { issueBody, prefillFields, type FieldValue } from './licenceBody.ts';

type DateValue = Dayjs | null | undefined;

interface Values {
  typeId?: string;
  holderUscc?: string;
  holderIdNumber?: string;
  number?: string;
  issuedOn?: DateValue;
  validTo?: DateValue;
  fields?: Record<string, FieldValue | Dayjs>;
}

const day = (value: DateValue) => (value ? value.format('YYYY-MM-DD') : undefined);

/** Form values (date pickers hold Dayjs) → the plain values the body builder takes. */
function plainFields(type: LicenceType, fields: Values['fields']): Record<string, FieldValue> {
  const plain: Record<string, FieldValue> = {};
  for (const field of type.fields) {
    const value = fields?.[field.key];
    plain[field.key] = dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : (value as FieldValue);
  }
  return plain;
}

/** Prefilled values as the form's controls hold them (dates as Dayjs). */
function formFields(type: LicenceType, holder: Entity | undefined): Record<string, FieldValue | Dayjs> {
  const values: Record<string, FieldValue | Dayjs> = { ...prefillFields(type, holder) };
  for (const field of type.fields) {
    const value = values[field.key];
    if (field.type === 'date' && typeof value === 'string') values[field.key] = dayjs(value);
  }
  return values;
}

/**
 * 签发电子证照: choose the type (only those the user's department issues), the holder (given when
 * opened from an enterprise's file), and fill the type's own fields.
 */
export function IssueLicenceForm({
  types,
  holder,
  onClose,
  onIssued,
}: {
  types: readonly LicenceType[];
  holder?: Entity;
  onClose: () => void;
  onIssued: (licence: Licence) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useDepartmentLabel();
  const [form] = Form.useForm<Values>();
  // On phones the calendar is easier than the keyboard; elsewhere a date can be typed.
  const narrow = useNarrow();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const typeId = Form.useWatch('typeId', form);
  const type = types.find((candidate) => candidate.id === typeId);

  const chooseType = (id: string) => {
    const next = types.find((candidate) => candidate.id === id);
    form.setFieldsValue({ fields: next ? formFields(next, holder) : {} });
  };

  const initialType = types.length === 1 ? types[0] : undefined;
  const initialValues: Values = {
    typeId: initialType?.id,
    holderUscc: holder?.uscc,
    fields: initialType ? formFields(initialType, holder) : {},
  };

  const save = async (values: Values) => {
    if (!type) return;
    setSaving(true);
    setFailure(null);
    try {
      const licence = await issueLicence(
        issueBody(type, {
          typeId: type.id,
          holderUscc: holder?.uscc ?? values.holderUscc,
          holderIdNumber: values.holderIdNumber,
          number: values.number,
          issuedOn: day(values.issuedOn),
          validTo: day(values.validTo),
          fields: plainFields(type, values.fields),
        }),
      );
      void message.success(t('registry.licences.issued', { number: licence.number }));
      onClose();
      onIssued(licence);
    } catch (error) {
      setFailure(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  const validity = type?.validityYears
    ? t('registry.licences.validToYears', { years: type.validityYears })
    : t('registry.licences.validToNone');

  return (
    <Drawer
      open
      title={
        holder ? t('registry.licences.issueFor', { name: holder.name }) : t('registry.licences.issueTitle')
      }
      onClose={onClose}
      width="min(600px, 100vw)"
      maskClosable={false}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            disabled={!type}
            onClick={() => form.submit()}
            data-testid="licence-form-save"
          >
            {t('registry.licences.issueSubmit')}
          </Button>
        </Flex>
      }
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
      {types.length === 0 && (
        <Alert
          type="info"
          showIcon
          message={t('registry.licences.noIssuableTypes')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
        data-testid="licence-form"
      >
        <Form.Item
          name="typeId"
          label={t('registry.licence.fields.type')}
          rules={[{ required: true, message: t('registry.licences.typeRequired') }]}
        >
          <Select
            options={types.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            onChange={chooseType}
            placeholder={t('registry.licences.chooseType')}
            data-testid="licence-type"
          />
        </Form.Item>
        {type && (
          <Typography.Paragraph type="secondary" style={{ marginTop: -12, fontSize: 13 }}>
            {t('registry.licences.issuedBy', { department: type.issuingDepartmentName ? label(type.issuingDepartmentName, type.issuingDepartmentId) : '—' })}
          </Typography.Paragraph>
        )}
        {(!type || type.holderKind === 'entity') && (
          <Form.Item
            name="holderUscc"
            label={t('registry.licence.fields.holderUscc')}
            rules={[
              { required: true, whitespace: true, len: 18, message: t('registry.licences.holderUsccRule') },
            ]}
            extra={holder ? holder.name : undefined}
          >
            <Input
              disabled={Boolean(holder)}
              maxLength={18}
              className="ys-code"
              autoComplete="off"
              spellCheck={false}
            />
          </Form.Item>
        )}
        {type?.holderKind === 'person' && (
          <Form.Item
            name="holderIdNumber"
            label={t('registry.licence.fields.holderIdNumber')}
            rules={[
              { required: true, whitespace: true, len: 18, message: t('registry.licences.holderIdRule') },
            ]}
          >
            <Input maxLength={18} autoComplete="off" spellCheck={false} />
          </Form.Item>
        )}
        {type?.fields.map((field) => (
          <Form.Item
            key={`${type.id}-${field.key}`}
            name={['fields', field.key]}
            label={field.label}
            rules={[
              { required: true, message: t('registry.licences.fieldRequired', { label: field.label }) },
            ]}
          >
            {field.type === 'date' ? (
              <DatePicker style={{ width: '100%' }} inputReadOnly={narrow} />
            ) : field.type === 'number' ? (
              <InputNumber style={{ width: '100%' }} />
            ) : (
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={500} />
            )}
          </Form.Item>
        ))}
        {type && (
          <>
            <div className="ys-form-pair">
              <Form.Item
                name="issuedOn"
                label={t('registry.licence.fields.issuedOn')}
                extra={t('registry.licences.issuedOnHint')}
              >
                <DatePicker style={{ width: '100%' }} inputReadOnly={narrow} />
              </Form.Item>
              <Form.Item name="validTo" label={t('registry.licence.fields.validTo')} extra={validity}>
                <DatePicker style={{ width: '100%' }} inputReadOnly={narrow} />
              </Form.Item>
            </div>
            <Form.Item
              name="number"
              label={t('registry.licence.fields.number')}
              extra={t('registry.licences.numberHint')}
              rules={[{ min: 3, max: 60 }]}
            >
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
