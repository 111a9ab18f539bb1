import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** 办事指南信息: where and when to apply, consultation and complaint phones. */
export function GuideTab() {
  const { t } = useTranslation();
  return (
    <div className="ys-form-grid">
      <Form.Item name="hallAddress" label={t('catalogAdmin.item.fields.hallAddress')} className="ys-span-all">
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item name="hallHours" label={t('catalogAdmin.item.fields.hallHours')} className="ys-span-all">
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item name="consultPhone" label={t('catalogAdmin.item.fields.consultPhone')}>
        <Input maxLength={40} autoComplete="off" inputMode="tel" />
      </Form.Item>
      <Form.Item name="complaintPhone" label={t('catalogAdmin.item.fields.complaintPhone')}>
        <Input maxLength={40} autoComplete="off" inputMode="tel" />
      </Form.Item>
    </div>
  );
}
