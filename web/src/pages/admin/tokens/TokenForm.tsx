import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../../common/api/roles.ts';
import { createToken, type CreateApiTokenReply } from '../../../api/auth.ts';
import type { Department } from '../../../api/org.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { roleLabel } from '../../../components/format.ts';
import { applyProblem } from '../../../components/problemForm.ts';

interface Values {
  name: string;
  roles: Role[];
  departmentId: string;
  expiresAt?: Dayjs | null;
}

interface Props {
  departments: readonly Department[];
  onClose: () => void;
  onCreated: (reply: CreateApiTokenReply) => void;
}

/** A token for a department's system to call the API with: the roles it acts with, in which department. */
export function TokenForm({ departments, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (values: Values) => {
    setSaving(true);
    setFailure(null);
    try {
      const reply = await createToken({
        name: values.name.trim(),
        roles: values.roles,
        departmentId: values.departmentId,
        // The end of the chosen day, with the browser's offset (the contract wants an offset).
        expiresAt: values.expiresAt ? values.expiresAt.endOf('day').format('YYYY-MM-DDTHH:mm:ssZ') : null,
      });
      onCreated(reply);
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
      title={t('tokens.createTitle')}
      okText={t('tokens.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      maskClosable={false}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)} data-testid="token-form">
        <Form.Item name="name" label={t('tokens.fields.name')} extra={t('tokens.nameHint')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('tokens.fields.department')} rules={[{ required: true, message: t('tokens.departmentRequired') }]}>
          <DepartmentSelect departments={departments} />
        </Form.Item>
        <Form.Item name="roles" label={t('tokens.fields.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('tokens.rolesRequired') }]}>
          <Select mode="multiple" options={ROLES.filter((r) => r !== 'applicant').map((role) => ({ value: role, label: roleLabel(role) }))} />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('tokens.fields.expiresAt')} extra={t('tokens.expiresHint')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(dayjs(), 'day')} inputReadOnly />
        </Form.Item>
      </Form>
    </Modal>
  );
}
