import { DeleteOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HOLDER_KIND_LABELS,
  HOLDER_KINDS,
  LICENCE_FIELD_TYPE_LABELS,
  LICENCE_FIELD_TYPES,
} from '../../../../../common/api/registry.ts';
import { isApiError } from '../../../api/client.ts';
import type { Department } from '../../../api/org.ts';
import { createLicenceType, updateLicenceType, type LicenceType } from '../../../api/registry.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { bilingual } from '../labels.ts';
import { useNarrow } from '../useNarrow.ts';
import {
  createBody,
  emptyLicenceType,
  isLockedField,
  suggestKey,
  updateBody,
  valuesOf,
  type LicenceTypeFormValues,
} from './licenceTypeBody.ts';

/**
 * 新增/修改证照类型 (admins): the type's identity, issuing department, validity and number prefix,
 * and its data fields (key, label, type). Once licences of the type exist, existing fields keep
 * their key and type and the holder kind stays; new fields and new labels are fine.
 */
export function LicenceTypeForm({
  type,
  departments,
  onClose,
  onSaved,
  onStale,
}: {
  /** null: a new type. */
  type: LicenceType | null;
  departments: readonly Department[];
  onClose: () => void;
  onSaved: (type: LicenceType) => void;
  /** Someone else saved first (409): reload the list. */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const narrow = useNarrow();
  const [form] = Form.useForm<LicenceTypeFormValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const inUse = Boolean(type?.inUse);

  const save = async (values: LicenceTypeFormValues) => {
    setSaving(true);
    setFailure(null);
    try {
      const saved = type
        ? await updateLicenceType(type.id, updateBody(type, values))
        : await createLicenceType(createBody(values));
      void message.success(
        t(type ? 'registry.licenceTypes.saved' : 'registry.licenceTypes.created', { name: saved.name }),
      );
      onSaved(saved);
      onClose();
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(error.userMessage);
        onStale();
        onClose();
        return;
      }
      setFailure(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      title={
        type
          ? t('registry.licenceTypes.editTitle', { name: type.name })
          : t('registry.licenceTypes.createTitle')
      }
      width={narrow ? '100%' : 720}
      onClose={onClose}
      maskClosable={false}
      destroyOnHidden
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            onClick={() => form.submit()}
            data-testid="licence-type-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {inUse && (
        <Alert
          type="info"
          showIcon
          message={t('registry.licenceTypes.inUseHint')}
          style={{ marginBottom: 16 }}
          data-testid="licence-type-in-use"
        />
      )}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form<LicenceTypeFormValues>
        form={form}
        layout="vertical"
        initialValues={type ? valuesOf(type) : emptyLicenceType()}
        onFinish={(values) => void save(values)}
        data-testid="licence-type-form"
      >
        <div className="ys-form-pair">
          <Form.Item
            name="code"
            label={t('registry.licenceTypes.fields.code')}
            extra={type ? t('registry.licenceTypes.codeFixed') : t('registry.licenceTypes.codeHint')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[
              {
                required: true,
                pattern: /^[A-Z][A-Z0-9_]{1,39}$/,
                message: t('registry.licenceTypes.codeRule'),
              },
            ]}
          >
            <Input
              disabled={Boolean(type)}
              maxLength={40}
              className="ys-code"
              data-testid="licence-type-code"
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('registry.licenceTypes.fields.name')}
            rules={[{ required: true, min: 2, max: 60, whitespace: true }]}
          >
            <Input maxLength={60} data-testid="licence-type-name" />
          </Form.Item>
        </div>
        <Form.Item
          name="holderKind"
          label={t('registry.licenceTypes.fields.holderKind')}
          extra={inUse ? t('registry.licenceTypes.holderFixed') : undefined}
          rules={[{ required: true }]}
        >
          <Radio.Group
            disabled={inUse}
            optionType="button"
            options={HOLDER_KINDS.map((kind) => ({
              value: kind,
              label: bilingual(HOLDER_KIND_LABELS[kind]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="issuingDepartmentId"
          label={t('registry.licenceTypes.fields.issuingDepartment')}
          rules={[{ required: true, message: t('registry.licenceTypes.departmentRequired') }]}
        >
          <DepartmentSelect
            departments={departments}
            allowClear={false}
            data-testid="licence-type-department"
          />
        </Form.Item>
        <div className="ys-form-pair">
          <Form.Item
            name="validityYears"
            label={t('registry.licenceTypes.fields.validityYears')}
            extra={t('registry.licenceTypes.validityHint')}
          >
            <InputNumber
              min={1}
              max={100}
              precision={0}
              style={{ width: '100%' }}
              suffix={t('registry.licenceTypes.years')}
            />
          </Form.Item>
          <Form.Item
            name="numberPrefix"
            label={t('registry.licenceTypes.fields.numberPrefix')}
            extra={t('registry.licenceTypes.prefixHint')}
            rules={[
              {
                required: true,
                pattern: /^[A-Za-z0-9\u4e00-\u9fa5-]{1,20}$/,
                message: t('registry.licenceTypes.prefixRule'),
              },
            ]}
          >
            <Input maxLength={20} data-testid="licence-type-prefix" />
          </Form.Item>
        </div>

        <Typography.Title level={3} style={{ fontSize: 15, margin: '8px 0 4px' }}>
          {t('registry.licenceTypes.fields.fields')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('registry.licenceTypes.fieldsHint')}
        </Typography.Paragraph>
        <Form.List
          name="fields"
          rules={[
            {
              validator: async (_, rows: unknown[]) =>
                rows?.length
                  ? undefined
                  : Promise.reject(new Error(t('registry.licenceTypes.fieldsRequired'))),
            },
          ]}
        >
          {(rows, { add, remove }, { errors }) => (
            <div className="ys-field-rows" data-testid="licence-type-fields">
              {rows.map((row, index) => (
                <FieldRow
                  key={row.key}
                  name={row.name}
                  index={index}
                  type={type}
                  onRemove={() => remove(row.name)}
                />
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ key: suggestKey(form.getFieldValue('fields') ?? []), label: '', type: 'text' })
                }
                data-testid="licence-type-field-add"
              >
                {t('registry.licenceTypes.addField')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

/** One data field: key (fixed once licences exist), label, type, and removing it (not once licences exist). */
function FieldRow({
  name,
  index,
  type,
  onRemove,
}: {
  name: number;
  index: number;
  type: LicenceType | null;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  // Fixed when the row held a key of a type in use when the form opened (such rows cannot be removed,
  // so a row's position still names its original field; new rows come after and stay free). Known
  // from the first render, so the input's lock icon is never added while it is on screen.
  const locked = isLockedField(type, type?.fields[name]?.key);
  return (
    <div className="ys-field-row" data-testid="licence-type-field">
      <span className="ys-field-index" aria-hidden>
        {index + 1}
      </span>
      <Form.Item
        name={[name, 'label']}
        label={t('registry.licenceTypes.fieldLabel')}
        rules={[
          { required: true, whitespace: true, max: 60, message: t('registry.licenceTypes.fieldLabelRule') },
        ]}
      >
        <Input maxLength={60} data-testid="licence-type-field-label" />
      </Form.Item>
      <Form.Item
        name={[name, 'key']}
        label={t('registry.licenceTypes.fieldKey')}
        rules={[
          {
            required: true,
            pattern: /^[a-z][A-Za-z0-9_]{0,39}$/,
            message: t('registry.licenceTypes.fieldKeyRule'),
          },
          ({ getFieldValue }) => ({
            validator: async (_, value: string) => {
              const keys = ((getFieldValue('fields') ?? []) as { key?: string }[]).map((f) => f.key);
              if (value && keys.filter((k) => k === value).length > 1)
                throw new Error(t('registry.licenceTypes.fieldKeyTwice'));
            },
          }),
        ]}
      >
        <Input
          disabled={locked}
          maxLength={40}
          className="ys-code"
          suffix={locked ? <LockOutlined aria-label={t('registry.licenceTypes.locked')} /> : undefined}
          data-testid="licence-type-field-key"
        />
      </Form.Item>
      <Form.Item
        name={[name, 'type']}
        label={t('registry.licenceTypes.fieldType')}
        rules={[{ required: true }]}
      >
        <Select
          disabled={locked}
          options={LICENCE_FIELD_TYPES.map((value) => ({
            value,
            label: bilingual(LICENCE_FIELD_TYPE_LABELS[value]),
          }))}
        />
      </Form.Item>
      <Tooltip title={locked ? t('registry.licenceTypes.cannotRemove') : undefined}>
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          disabled={locked}
          onClick={onRemove}
          aria-label={t('registry.licenceTypes.removeField', { n: index + 1 })}
          className="ys-field-remove"
        />
      </Tooltip>
    </div>
  );
}
