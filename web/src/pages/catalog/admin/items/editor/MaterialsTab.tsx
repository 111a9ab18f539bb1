import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Form, Input, InputNumber, Select, Space, Switch, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../../api/org.ts';
import type { LicenceType } from '../../../../../api/registry.ts';
import { DepartmentSelect } from '../../../../../components/DepartmentSelect.tsx';
import { materialFormOptions, materialSourceOptions } from '../../labels.ts';
import { blankMaterial, type ItemFormValues } from '../itemBody.ts';
import { withNote } from '../../../../../i18n/punctuation.ts';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** 申请材料: an editable list; a material's source decides whether it names a department or a licence type. */
export function MaterialsTab({
  departments,
  licenceTypes,
  readonly,
}: {
  departments: readonly Department[];
  licenceTypes: readonly LicenceType[];
  readonly: boolean;
}) {
  const { t } = useTranslation();
  const licenceOptions = licenceTypes.map((type) => ({
    value: type.code,
    label: withNote(type.name, type.code),
  }));
  return (
    <Form.List name="materials">
      {(rows, { add, remove, move }) => (
        <div data-testid="materials-list">
          {rows.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogAdmin.materials.empty')} />
          )}
          {rows.map((row, index) => (
            <div key={row.key} className="ys-list-row" data-testid="material-row">
              <div className="ys-list-row-head">
                <span>{t('catalogAdmin.materials.item', { n: index + 1 })}</span>
                {!readonly && (
                  <Space size={4}>
                    <Tooltip title={t('catalogAdmin.members.moveUp')}>
                      <Button
                        size="small"
                        type="text"
                        icon={<ArrowUpOutlined />}
                        disabled={index === 0}
                        onClick={() => move(index, index - 1)}
                        aria-label={t('catalogAdmin.members.moveUp')}
                      />
                    </Tooltip>
                    <Tooltip title={t('catalogAdmin.members.moveDown')}>
                      <Button
                        size="small"
                        type="text"
                        icon={<ArrowDownOutlined />}
                        disabled={index === rows.length - 1}
                        onClick={() => move(index, index + 1)}
                        aria-label={t('catalogAdmin.members.moveDown')}
                      />
                    </Tooltip>
                    <Tooltip title={t('catalogAdmin.members.remove')}>
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(row.name)}
                        aria-label={t('catalogAdmin.members.remove')}
                      />
                    </Tooltip>
                  </Space>
                )}
              </div>
              <MaterialFields name={row.name} departments={departments} licenceOptions={licenceOptions} />
            </div>
          ))}
          {!readonly && (
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add(blankMaterial())}
              data-testid="material-add"
            >
              {t('catalogAdmin.materials.add')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

function MaterialFields({
  name,
  departments,
  licenceOptions,
}: {
  name: number;
  departments: readonly Department[];
  licenceOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ItemFormValues>();
  const source = Form.useWatch(['materials', name, 'source'], form);
  const required = Form.useWatch(['materials', name, 'required'], form) ?? true;
  return (
    <div className="ys-form-grid-3">
      <Form.Item
        name={[name, 'name']}
        label={t('catalogAdmin.materials.name')}
        className="ys-span-all"
        rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}
      >
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name={[name, 'key']}
        label={t('catalogAdmin.materials.key')}
        tooltip={t('catalogAdmin.materials.keyHint')}
        rules={[{ required: true }, { pattern: KEY, message: t('catalogAdmin.materials.keyHint') }]}
      >
        <Input className="ys-code" maxLength={40} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name={[name, 'source']}
        label={t('catalogAdmin.materials.source')}
        rules={[{ required: true }]}
      >
        <Select options={materialSourceOptions()} popupMatchSelectWidth={false} />
      </Form.Item>
      {source === 'department' && (
        <Form.Item name={[name, 'issuingDepartmentId']} label={t('catalogAdmin.materials.issuingDepartment')}>
          <DepartmentSelect departments={departments} />
        </Form.Item>
      )}
      {source === 'licence' && (
        <Form.Item name={[name, 'licenceTypeCode']} label={t('catalogAdmin.materials.licenceType')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={licenceOptions}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      )}
      {source === 'applicant' && <div />}
      <Form.Item name={[name, 'form']} label={t('catalogAdmin.materials.form')}>
        <Select options={materialFormOptions()} />
      </Form.Item>
      <Form.Item name={[name, 'copies']} label={t('catalogAdmin.materials.copies')}>
        <InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name={[name, 'required']}
        label={t('catalogAdmin.materials.required')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      {!required && (
        <Form.Item
          name={[name, 'condition']}
          label={t('catalogAdmin.materials.condition')}
          className="ys-span-all"
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name={[name, 'note']} label={t('catalogAdmin.materials.note')} className="ys-span-all">
        <Input maxLength={300} autoComplete="off" />
      </Form.Item>
      {source && source !== 'applicant' && (
        <Typography.Text
          type="secondary"
          className="ys-span-all"
          style={{ marginTop: -12, marginBottom: 12, fontSize: 12 }}
        >
          {t('catalogAdmin.materials.fetchedHint')}
        </Typography.Text>
      )}
    </div>
  );
}
