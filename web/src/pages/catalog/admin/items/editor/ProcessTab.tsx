import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemFormValues } from '../itemBody.ts';

/** 受理条件与流程: the acceptance conditions, and the steps with their limits (their sum may not pass the legal limit). */
export function ProcessTab({ readonly }: { readonly: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ItemFormValues>();
  const steps = Form.useWatch('steps', form) ?? [];
  const total = steps.reduce((sum, step) => sum + (Number(step?.limitDays) || 0), 0);
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 15, marginTop: 0 }}>
        {t('catalogAdmin.process.conditions')}
      </Typography.Title>
      <Form.List name="conditions">
        {(rows, { add, remove }) => (
          <div style={{ marginBottom: 24 }} data-testid="conditions-list">
            {rows.length === 0 && (
              <Typography.Paragraph type="secondary">
                {t('catalogAdmin.process.noConditions')}
              </Typography.Paragraph>
            )}
            {rows.map((row, index) => (
              <div key={row.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <span style={{ paddingTop: 5, minWidth: 20 }}>{index + 1}.</span>
                <Form.Item
                  name={row.name}
                  style={{ flex: 1, marginBottom: 12 }}
                  rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                </Form.Item>
                {!readonly && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(row.name)}
                    aria-label={t('catalogAdmin.members.remove')}
                  />
                )}
              </div>
            ))}
            {!readonly && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add('')}
                data-testid="condition-add"
              >
                {t('catalogAdmin.process.addCondition')}
              </Button>
            )}
          </div>
        )}
      </Form.List>
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        {t('catalogAdmin.process.steps')}
      </Typography.Title>
      <Form.List name="steps">
        {(rows, { add, remove }) => (
          <div data-testid="steps-list">
            {rows.length === 0 && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogAdmin.process.noSteps')} />
            )}
            {rows.map((row, index) => (
              <div key={row.key} className="ys-list-row">
                <div className="ys-list-row-head">
                  <span>{t('catalogAdmin.process.stepN', { n: index + 1 })}</span>
                  {!readonly && (
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(row.name)}
                      aria-label={t('catalogAdmin.members.remove')}
                    />
                  )}
                </div>
                <div className="ys-form-grid">
                  <Form.Item
                    name={[row.name, 'name']}
                    label={t('catalogAdmin.process.stepName')}
                    rules={[{ required: true, whitespace: true, min: 2, max: 50 }]}
                  >
                    <Input maxLength={50} autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'limitDays']}
                    label={t('catalogAdmin.process.stepLimit')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber
                      min={0}
                      max={365}
                      suffix={t('catalogAdmin.item.units.days')}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'description']}
                    label={t('catalogAdmin.process.stepDescription')}
                    className="ys-span-all"
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
                  </Form.Item>
                </div>
              </div>
            ))}
            {steps.length > 0 && (
              <Typography.Paragraph type="secondary">
                {t('catalogAdmin.process.stepsTotal', { total })}
              </Typography.Paragraph>
            )}
            {!readonly && (
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', limitDays: 1, description: '' })}
                data-testid="step-add"
              >
                {t('catalogAdmin.process.addStep')}
              </Button>
            )}
          </div>
        )}
      </Form.List>
    </>
  );
}
