import {
  Alert,
  App,
  AutoComplete,
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_STATUSES, ENTITY_TAGS } from '../../../../../common/api/registry.ts';
import { INDUSTRY_CLASSES } from '../../../../../common/registry/industries.ts';
import { ApiError, isApiError } from '../../../api/client.ts';
import type { Region } from '../../../api/org.ts';
import { createEntity, updateEntity, type Entity } from '../../../api/registry.ts';
import { useSession } from '../../../app/session.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { useNarrow } from '../useNarrow.ts';
import { bilingual, districtOptions, entityStatusLabel, entityTagLabel, sectionOptions } from '../labels.ts';
import { createBody, updateBody, usccHint, valuesOf, type EntityFormValues } from './entityBody.ts';

export type EntityFormTarget = { mode: 'create' } | { mode: 'edit'; entity: Entity };

type Values = Omit<EntityFormValues, 'establishedOn'> & { establishedOn?: Dayjs | null };

/** The server's `registeredCapitalFen` is the form's `registeredCapitalWan`. */
function renameCapital(error: unknown): unknown {
  if (!isApiError(error) || error.errors.length === 0) return error;
  return new ApiError({
    type: error.type,
    title: error.title,
    status: error.status,
    detail: error.detail,
    code: error.code,
    requestId: error.requestId,
    errors: error.errors.map((e) => ({
      ...e,
      path: e.path.replace(/registeredCapitalFen$/, 'registeredCapitalWan'),
    })),
  });
}

/** Register a market entity, or edit one (the USCC is the key and stays). Full width on phones. */
export function EntityForm({
  target,
  regions,
  onClose,
  onSaved,
  onStale,
}: {
  target: EntityFormTarget;
  regions: readonly Region[];
  onClose: () => void;
  onSaved: (entity: Entity) => void;
  /** Someone else saved first (409): reload what is shown. */
  onStale?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roles } = useSession();
  const [form] = Form.useForm<Values>();
  // On phones the calendar is easier than the keyboard; elsewhere a date can be typed.
  const narrow = useNarrow();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const editing = target.mode === 'edit' ? target.entity : null;
  const admin = roles.has('admin');
  const section = Form.useWatch('industrySection', form);
  const override = Form.useWatch('overrideUsccCheck', form) ?? false;
  const uscc = Form.useWatch('uscc', form);
  const hint = editing ? null : usccHint(uscc);

  const initialValues: Partial<Values> = editing
    ? { ...valuesOf(editing), establishedOn: dayjs(editing.establishedOn) }
    : { status: 'active', tags: [] };

  const classOptions = useMemo(
    () =>
      Object.entries(INDUSTRY_CLASSES)
        .filter(([, value]) => !section || value.section === section)
        .map(([code, value]) => ({ value: code, label: `${code} ${value.name}` })),
    [section],
  );

  const save = async (values: Values) => {
    setSaving(true);
    setFailure(null);
    const plain: EntityFormValues = {
      ...values,
      uscc: editing?.uscc ?? values.uscc,
      establishedOn: values.establishedOn?.format('YYYY-MM-DD') ?? '',
    };
    try {
      if (editing) {
        const body = updateBody(editing, plain);
        if (!body) {
          onClose();
          return;
        }
        const saved = await updateEntity(editing.uscc, body);
        void message.success(t('common.saved'));
        onSaved(saved);
      } else {
        const saved = await createEntity(createBody(plain));
        void message.success(t('registry.entities.created', { name: saved.name }));
        onSaved(saved);
      }
      onClose();
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.error(t('common.versionConflict'));
        onStale?.();
        onClose();
        return;
      }
      setFailure(applyProblem(form, renameCapital(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      title={
        editing
          ? t('registry.entities.editTitle', { name: editing.name })
          : t('registry.entities.createTitle')
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
            onClick={() => form.submit()}
            data-testid="entity-form-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
        data-testid="entity-form"
      >
        <Form.Item
          name="uscc"
          label={t('registry.entity.fields.uscc')}
          extra={
            editing
              ? t('registry.entity.usccFixed')
              : hint?.kind === 'checkFails' && admin
                ? `${bilingual(hint.message)}${override ? '' : t('registry.entity.overrideSuggest')}`
                : t('registry.entity.usccHint')
          }
          validateTrigger="onBlur"
          rules={[
            { required: true, whitespace: true, message: t('registry.entity.usccRequired') },
            {
              validator: async (_, value: string | undefined) => {
                const found = usccHint(value);
                if (found.kind === 'invalid') throw new Error(bilingual(found.message));
                // Only an administrator may admit a code failing its check (the server says the same).
                if (found.kind === 'checkFails' && !admin)
                  throw new Error(`${bilingual(found.message)}${t('registry.entity.adminOnly')}`);
              },
            },
          ]}
        >
          <Input
            disabled={Boolean(editing)}
            maxLength={18}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="ys-code"
          />
        </Form.Item>
        {!editing && admin && (
          <>
            <Form.Item
              name="overrideUsccCheck"
              valuePropName="checked"
              extra={t('registry.entity.overrideExtra')}
              style={{ marginTop: -8 }}
            >
              <Checkbox data-testid="entity-override">{t('registry.entity.overrideLabel')}</Checkbox>
            </Form.Item>
            {override && (
              <Form.Item
                name="overrideReason"
                label={t('registry.entity.overrideReason')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    min: 4,
                    max: 200,
                    message: t('registry.entity.overrideReasonRule'),
                  },
                ]}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} showCount />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item
          name="name"
          label={t('registry.entity.fields.name')}
          rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <div className="ys-form-pair">
          <Form.Item
            name="legalRepresentative"
            label={t('registry.entity.fields.legalRepresentative')}
            rules={[{ required: true, whitespace: true, max: 50 }]}
          >
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
          <Form.Item name="registeredCapitalWan" label={t('registry.entity.fields.registeredCapitalWan')}>
            <InputNumber
              min={0}
              max={1e9}
              precision={4}
              style={{ width: '100%' }}
              suffix={t('registry.entity.wan')}
            />
          </Form.Item>
        </div>
        <div className="ys-form-pair">
          <Form.Item
            name="industrySection"
            label={t('registry.entity.fields.industrySection')}
            rules={[{ required: true, message: t('registry.entity.sectionRequired') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={sectionOptions}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item
            name="industryClass"
            label={t('registry.entity.fields.industryClass')}
            rules={[{ pattern: /^\d{4}$/, message: t('registry.entity.classPattern') }]}
          >
            <AutoComplete
              options={classOptions}
              allowClear
              filterOption={(input, option) => String(option?.label ?? '').includes(input.trim())}
              popupMatchSelectWidth={false}
            >
              <Input inputMode="numeric" autoComplete="off" />
            </AutoComplete>
          </Form.Item>
        </div>
        <Form.Item
          name="address"
          label={t('registry.entity.fields.address')}
          rules={[{ required: true, whitespace: true, min: 2, max: 300 }]}
        >
          <Input maxLength={300} autoComplete="off" />
        </Form.Item>
        <div className="ys-form-pair">
          <Form.Item
            name="districtCode"
            label={t('registry.entity.fields.district')}
            rules={[{ required: true, message: t('registry.entity.districtRequired') }]}
          >
            <Select options={districtOptions(regions)} data-testid="entity-district" />
          </Form.Item>
          <Form.Item
            name="establishedOn"
            label={t('registry.entity.fields.establishedOn')}
            rules={[{ required: true, message: t('registry.entity.dateRequired') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
              inputReadOnly={narrow}
            />
          </Form.Item>
        </div>
        <div className="ys-form-pair">
          <Form.Item name="status" label={t('registry.entity.fields.status')}>
            <Select
              options={ENTITY_STATUSES.map((status) => ({ value: status, label: entityStatusLabel(status) }))}
            />
          </Form.Item>
          <Form.Item name="tags" label={t('registry.entity.fields.tags')}>
            <Select
              mode="multiple"
              allowClear
              options={ENTITY_TAGS.map((tag) => ({ value: tag, label: entityTagLabel(tag) }))}
            />
          </Form.Item>
        </div>
      </Form>
    </Drawer>
  );
}
