import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHARE_PURPOSES } from '../../../../../common/api/registry.ts';
import type { Department } from '../../../api/org.ts';
import { addSharingRule, type LicenceType, type SharingRuleBody } from '../../../api/registry.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { purposeLabel } from '../labels.ts';
import { resourceOptions } from './share.ts';

/** 新增共享规则: which department may read which resource, for which purposes (admins). */
export function RuleForm({
  departments,
  types,
  onClose,
  onSaved,
}: {
  departments: readonly Department[];
  types: readonly LicenceType[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SharingRuleBody>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (values: SharingRuleBody) => {
    setSaving(true);
    setFailure(null);
    try {
      await addSharingRule({ ...values, note: values.note?.trim() ?? '' });
      void message.success(t('registry.sharing.ruleAdded'));
      onSaved();
      onClose();
    } catch (error) {
      setFailure(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('registry.sharing.addRule')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      width="min(560px, calc(100vw - 24px))"
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form<SharingRuleBody>
        form={form}
        layout="vertical"
        initialValues={{ resource: 'record', purposes: [], note: '' }}
        onFinish={(values) => void save(values)}
        data-testid="rule-form"
      >
        <Form.Item
          name="consumerDepartmentId"
          label={t('registry.sharing.fields.consumer')}
          rules={[{ required: true, message: t('registry.sharing.consumerRequired') }]}
        >
          <DepartmentSelect departments={departments} />
        </Form.Item>
        <Form.Item name="resource" label={t('registry.sharing.fields.resource')} rules={[{ required: true }]}>
          <Select options={resourceOptions(types, 'any', t('registry.share.record'))} />
        </Form.Item>
        <Form.Item
          name="purposes"
          label={t('registry.sharing.fields.purposes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('registry.sharing.purposesRequired') }]}
        >
          <Select
            mode="multiple"
            options={SHARE_PURPOSES.map((purpose) => ({ value: purpose, label: purposeLabel(purpose) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('registry.sharing.fields.note')} rules={[{ max: 200 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
