import { Checkbox, Form, Input, InputNumber, Select, Switch, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { derivedFlags } from '../../../../../../../common/catalog/derive.ts';
import { crossRegionOptions, reformModeOptions, stageOptions } from '../../labels.ts';
import type { LicenceType } from '../../../../../api/registry.ts';
import type { ItemFormValues } from '../itemBody.ts';
import { withNote } from '../../../../../i18n/punctuation.ts';

/** 时限与办理: limits, 即办件, visits, online stages with the derived flags live, channels, fees, 通办, reform, 告知承诺, the result licence. */
export function HandlingTab({ licenceTypes }: { licenceTypes: readonly LicenceType[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ItemFormValues>();
  const visits = Form.useWatch('visits', form) ?? 0;
  const stages = Form.useWatch('onlineStages', form) ?? [];
  const mobileChannel = Form.useWatch('mobileChannel', form) ?? false;
  const charged = Form.useWatch(['fee', 'charged'], form) ?? false;
  const commitment = Form.useWatch('commitmentAllowed', form) ?? false;
  const flags = derivedFlags({ onlineStages: stages, visits, mobileChannel });
  const days = t('catalogAdmin.item.units.days');

  return (
    <div className="ys-form-grid">
      <Form.Item
        name="legalLimitDays"
        label={t('catalogAdmin.item.fields.legalLimitDays')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} max={365} precision={0} suffix={days} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="promisedLimitDays"
        label={t('catalogAdmin.item.fields.promisedLimitDays')}
        extra={t('catalogAdmin.item.hints.promised')}
        rules={[{ required: true }]}
      >
        <InputNumber
          min={0}
          max={365}
          precision={0}
          suffix={days}
          style={{ width: '100%' }}
          data-testid="item-promised"
        />
      </Form.Item>
      <Form.Item name="onTheSpot" label={t('catalogAdmin.item.fields.onTheSpot')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="visits"
        label={t('catalogAdmin.item.fields.visits')}
        extra={t('catalogAdmin.item.hints.visits')}
        rules={[{ required: true }]}
      >
        <InputNumber
          min={0}
          max={5}
          precision={0}
          suffix={t('catalogAdmin.item.units.times')}
          style={{ width: '100%' }}
          data-testid="item-visits"
        />
      </Form.Item>
      {visits > 0 && (
        <Form.Item
          name="visitsReason"
          label={t('catalogAdmin.item.fields.visitsReason')}
          className="ys-span-all"
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
        </Form.Item>
      )}
      <Form.Item
        name="onlineStages"
        label={t('catalogAdmin.item.fields.onlineStages')}
        extra={t('catalogAdmin.item.hints.stages')}
        className="ys-span-all"
      >
        <Checkbox.Group options={stageOptions()} data-testid="item-stages" />
      </Form.Item>
      <div className="ys-span-all" style={{ marginBottom: 24 }}>
        <div className="ys-derived" data-testid="item-derived" aria-live="polite">
          <Tag bordered={false} color="geekblue">
            {t('catalogAdmin.item.derived.depth', { depth: flags.onlineDepth })}
          </Tag>
          <Tag
            bordered={false}
            color={flags.fullyOnline ? 'blue' : 'default'}
            data-testid="derived-fully-online"
          >
            {flags.fullyOnline
              ? t('catalogAdmin.item.derived.fullyOnline')
              : t('catalogAdmin.item.derived.notFullyOnline')}
          </Tag>
          <Tag bordered={false} color={flags.mobile ? 'cyan' : 'default'} data-testid="derived-mobile">
            {flags.mobile ? t('catalogAdmin.item.derived.mobile') : t('catalogAdmin.item.derived.notMobile')}
          </Tag>
        </div>
      </div>
      <Form.Item
        name="mobileChannel"
        label={t('catalogAdmin.item.fields.mobileChannel')}
        valuePropName="checked"
      >
        <Switch data-testid="item-mobile" />
      </Form.Item>
      <Form.Item
        name="crossRegion"
        label={t('catalogAdmin.item.fields.crossRegion')}
        rules={[{ required: true }]}
      >
        <Select options={crossRegionOptions()} />
      </Form.Item>
      <Form.Item
        name={['fee', 'charged']}
        label={t('catalogAdmin.item.fields.feeCharged')}
        valuePropName="checked"
        className="ys-span-all"
      >
        <Switch />
      </Form.Item>
      {charged && (
        <>
          <Form.Item name={['fee', 'basis']} label={t('catalogAdmin.item.fields.feeBasis')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
          </Form.Item>
          <Form.Item name={['fee', 'standard']} label={t('catalogAdmin.item.fields.feeStandard')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="reformMode"
        label={t('catalogAdmin.item.fields.reformMode')}
        extra={t('catalogAdmin.item.hints.reformMode')}
      >
        <Select allowClear options={reformModeOptions()} />
      </Form.Item>
      <Form.Item
        name="commitmentAllowed"
        label={t('catalogAdmin.item.fields.commitmentAllowed')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      {commitment && (
        <Form.Item
          name="postCheckMonths"
          label={t('catalogAdmin.item.fields.postCheckMonths')}
          extra={t('catalogAdmin.item.hints.postCheck')}
        >
          <InputNumber
            min={1}
            max={24}
            precision={0}
            suffix={t('catalogAdmin.item.units.months')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      )}
      <Form.Item name="resultLicenceTypeCode" label={t('catalogAdmin.item.fields.resultLicenceTypeCode')} extra={t('catalogAdmin.item.hints.resultLicence')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={licenceTypes.map((type) => ({ value: type.code, label: withNote(type.name, type.code) }))}
          popupMatchSelectWidth={false}
          data-testid="item-result-licence"
        />
      </Form.Item>
    </div>
  );
}
