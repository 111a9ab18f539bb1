import { Alert, App, Button, Drawer, Flex, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { createUser, updateUser, type CreateUserReply, type Department, type UserSummary } from '../../../api/org.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { RolesEditor, type RoleRow } from './RolesEditor.tsx';

export type UserFormTarget = { mode: 'create' } | { mode: 'edit'; user: UserSummary };

interface Values {
  username: string;
  name: string;
  kind: 'staff' | 'applicant';
  phone?: string;
  idNumber?: string;
  email?: string;
  departmentId: string | null;
  roles: RoleRow[];
}

interface Props {
  target: UserFormTarget;
  departments: readonly Department[];
  onClose: () => void;
  onChanged: () => void;
  /** A new user's one-time initial password. */
  onCreated: (reply: CreateUserReply) => void;
}

const blankToUndefined = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/** Create or edit a user in a drawer (full width on phones). Phone and ID stay masked: blank = unchanged. */
export function UserForm({ target, departments, onClose, onChanged, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const editing = target.mode === 'edit' ? target.user : null;
  const kind = Form.useWatch('kind', form) ?? editing?.kind ?? 'staff';
  const departmentId = Form.useWatch('departmentId', form) ?? null;

  const initialValues: Partial<Values> = editing
    ? {
        username: editing.username,
        name: editing.name,
        kind: editing.kind,
        departmentId: editing.departmentId,
        roles: editing.roles.map((grant) => ({ role: grant.role, departmentId: grant.departmentId })),
      }
    : { kind: 'staff', departmentId: null, roles: [{ role: undefined, departmentId: null }] };

  const save = async (values: Values) => {
    setSaving(true);
    setFailure(null);
    const roles = values.roles.map((row) => ({ role: row.role!, departmentId: row.role === 'applicant' ? null : row.departmentId }));
    const phone = blankToUndefined(values.phone);
    const idNumber = blankToUndefined(values.idNumber);
    const email = blankToUndefined(values.email);
    try {
      if (editing) {
        await updateUser(editing.id, { name: values.name.trim(), departmentId: values.departmentId, roles, phone, idNumber, email, version: editing.version });
        void message.success(t('common.saved'));
      } else {
        const reply = await createUser({
          username: values.username.trim(),
          name: values.name.trim(),
          kind: values.kind,
          departmentId: values.kind === 'applicant' ? null : values.departmentId,
          roles,
          phone: phone ?? null,
          idNumber: idNumber ?? null,
          email: email ?? null,
        });
        onCreated(reply);
      }
      onChanged();
      onClose();
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.error(t('common.versionConflict'));
        onChanged();
        onClose();
        return;
      }
      setFailure(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  const onKindChange = (next: Values['kind']) => {
    if (next === 'applicant') {
      form.setFieldsValue({ departmentId: null, roles: [{ role: 'applicant', departmentId: null }] });
    } else {
      form.setFieldsValue({ roles: [{ role: undefined, departmentId: form.getFieldValue('departmentId') ?? null }] });
    }
  };

  return (
    <Drawer
      open
      title={editing ? t('users.editTitle', { name: editing.name }) : t('users.createTitle')}
      onClose={onClose}
      width="min(560px, 100vw)"
      maskClosable={false}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="user-form-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: Partial<Values>, all: Values) => {
          // Roles not yet given a department follow the user's department.
          if (!('departmentId' in changed) || !changed.departmentId) return;
          const roles = (all.roles ?? []).map((row) => (row && !row.departmentId && row.role !== 'applicant' ? { ...row, departmentId: changed.departmentId ?? null } : row));
          form.setFieldValue('roles', roles);
        }}
        data-testid="user-form"
      >
        <Form.Item
          name="username"
          label={t('users.fields.username')}
          extra={editing ? t('users.usernameFixed') : t('users.usernameHint')}
          rules={[
            { required: true, whitespace: true, min: 3, max: 64 },
            { pattern: /^[a-zA-Z0-9._-]+$/, message: t('users.usernamePattern') },
          ]}
        >
          <Input disabled={Boolean(editing)} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={64} />
        </Form.Item>
        <Form.Item name="name" label={t('users.fields.name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('users.fields.kind')}>
          <Radio.Group disabled={Boolean(editing)} onChange={(event) => onKindChange(event.target.value as Values['kind'])}>
            <Radio.Button value="staff">{t('users.kinds.staff')}</Radio.Button>
            <Radio.Button value="applicant">{t('users.kinds.applicant')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        {kind === 'staff' && (
          <Form.Item name="departmentId" label={t('users.fields.department')} rules={[{ required: true, message: t('users.departmentRequired') }]}>
            <DepartmentSelect departments={departments} data-testid="user-form-department" />
          </Form.Item>
        )}
        <Form.Item
          name="phone"
          label={t('users.fields.phone')}
          extra={editing?.phone ? t('users.maskedKeep', { value: editing.phone }) : undefined}
          rules={[{ pattern: /^1\d{10}$/, message: t('users.phonePattern') }]}
        >
          <Input inputMode="numeric" maxLength={11} autoComplete="off" placeholder={editing ? t('users.blankKeeps') : undefined} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('users.fields.idNumber')}
          extra={editing?.idNumber ? t('users.maskedKeep', { value: editing.idNumber }) : undefined}
          rules={[{ max: 18 }]}
        >
          <Input maxLength={18} autoComplete="off" placeholder={editing ? t('users.blankKeeps') : undefined} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.fields.email')}
          extra={editing?.email ? t('users.maskedKeep', { value: editing.email }) : t('users.emailHelp')}
          rules={[{ type: 'email', message: t('users.emailPattern') }]}
        >
          <Input type="email" maxLength={120} autoComplete="off" placeholder={editing ? t('users.blankKeeps') : undefined} data-testid="user-form-email" />
        </Form.Item>
        <Form.Item label={t('users.fields.roles')} required>
          <RolesEditor departments={departments} defaultDepartmentId={departmentId} kind={kind} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
