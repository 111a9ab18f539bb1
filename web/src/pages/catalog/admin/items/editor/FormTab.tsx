import {
  Alert,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFields, type FormField } from '../../../../../../../common/catalog/form-fields.ts';
import { ItemForm } from '../../../../../components/ItemForm.tsx';
import { prefillOptions } from '../../labels.ts';
import { parseObjectText, printObject } from '../../schemaText.ts';
import { orphanPrefill, type ItemFormValues } from '../itemBody.ts';
import { parseText } from './liveViolations.ts';
import { listMark } from '../../../../../i18n/punctuation.ts';

/** 申请表单: the JSON Schema and UI hints as text, pre-fill per field, and the form as applicants will see it. */
export function FormTab({ readonly }: { readonly: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ItemFormValues>();
  const schemaText = useDeferredValue(Form.useWatch('schemaText', form) ?? '');
  const uiText = useDeferredValue(Form.useWatch('uiSchemaText', form) ?? '');
  const prefill = Form.useWatch('prefill', { form, preserve: true }) ?? {};
  const schema = useMemo(() => parseObjectText(schemaText), [schemaText]);
  const uiSchema = useMemo(() => parseObjectText(uiText, true), [uiText]);
  const fields = useMemo(
    () => (schema.ok ? formFields(schema.value, uiSchema.ok ? uiSchema.value : undefined) : []),
    [schema, uiSchema],
  );
  const orphans = schema.ok ? orphanPrefill(schema.value, prefill) : [];
  const [sample, setSample] = useState<Record<string, unknown>>({});
  // Checked as it is typed, once something is: an untouched preview shows no errors.
  const [touched, setTouched] = useState(false);

  const jsonRule = (blankIsEmpty: boolean) => ({
    validator: async (_: unknown, value: string | undefined) => {
      const parsed = parseObjectText(value ?? '', blankIsEmpty);
      if (!parsed.ok) throw new Error(parseText(parsed));
    },
  });
  const reformat = (name: 'schemaText' | 'uiSchemaText') => {
    const parsed = parseObjectText(form.getFieldValue(name) ?? '', name === 'uiSchemaText');
    if (parsed.ok)
      form.setFieldValue(
        name,
        name === 'uiSchemaText' && Object.keys(parsed.value).length === 0 ? '' : printObject(parsed.value),
      );
  };
  const removeOrphans = () => {
    const next = { ...form.getFieldValue('prefill') } as ItemFormValues['prefill'];
    for (const field of orphans) delete next[field];
    form.setFieldValue('prefill', next);
  };

  const columns: TableColumnsType<FormField> = [
    {
      title: t('catalogAdmin.form.field'),
      key: 'field',
      render: (_, field) => (
        <>
          <div className="ys-break">
            {field.label}
            {field.required && <Typography.Text type="danger"> *</Typography.Text>}
          </div>
          <div className="ys-code ys-muted" style={{ fontSize: 12 }}>
            {field.key} · {t(`catalogAdmin.merged.types.${field.type}`)}
          </div>
        </>
      ),
    },
    {
      title: t('catalogAdmin.form.prefill'),
      key: 'prefill',
      width: '50%',
      render: (_, field) => (
        <Form.Item name={['prefill', field.key]} noStyle>
          <Select
            allowClear
            placeholder={t('catalogAdmin.form.noPrefill')}
            options={prefillOptions()}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      ),
    },
  ];

  return (
    <div data-testid="form-tab">
      <Form.Item
        name="schemaText"
        label={t('catalogAdmin.form.schema')}
        extra={t('catalogAdmin.form.schemaHint')}
        rules={[jsonRule(false)]}
        className="ys-json-text"
      >
        <Input.TextArea
          autoSize={{ minRows: 10, maxRows: 28 }}
          spellCheck={false}
          data-testid="schema-text"
        />
      </Form.Item>
      {!readonly && (
        <Button
          size="small"
          onClick={() => reformat('schemaText')}
          disabled={!schema.ok}
          style={{ marginTop: -12, marginBottom: 16 }}
        >
          {t('catalogAdmin.form.format')}
        </Button>
      )}
      <Form.Item
        name="uiSchemaText"
        label={t('catalogAdmin.form.uiSchema')}
        rules={[jsonRule(true)]}
        className="ys-json-text"
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 16 }}
          spellCheck={false}
          placeholder='{ "remark": { "ui:widget": "textarea" } }'
          data-testid="ui-schema-text"
        />
      </Form.Item>

      <Typography.Title level={2} style={{ fontSize: 15 }}>
        {t('catalogAdmin.form.prefill')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('catalogAdmin.form.prefillHint')}</Typography.Paragraph>
      {orphans.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('catalogAdmin.form.orphanPrefill', { fields: orphans.join(listMark()) })}
          action={
            !readonly && (
              <Button size="small" onClick={removeOrphans}>
                {t('catalogAdmin.form.removeOrphans')}
              </Button>
            )
          }
        />
      )}
      <Table<FormField>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={fields}
        pagination={false}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogAdmin.form.noFields')} />
          ),
        }}
        style={{ marginBottom: 24 }}
        data-testid="prefill-table"
      />

      <Card size="small" title={t('catalogAdmin.form.preview')} data-testid="form-preview">
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('catalogAdmin.form.previewHint')}
        </Typography.Paragraph>
        {schema.ok && uiSchema.ok ? (
          <div className="ys-preview">
            <ItemForm
              schema={schema.value}
              uiSchema={uiSchema.value}
              formData={sample}
              onChange={(data) => {
                setSample(data);
                setTouched(true);
              }}
              liveValidate={touched}
            />
          </div>
        ) : (
          <Typography.Text type="secondary">{t('catalogAdmin.form.previewUnavailable')}</Typography.Text>
        )}
      </Card>
    </div>
  );
}
