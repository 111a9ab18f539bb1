import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../../common/api/roles.ts';
import type { Department } from '../../../api/org.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { roleLabel } from '../../../components/format.ts';

export interface RoleRow {
  role?: Role;
  departmentId: string | null;
}

/**
 * The user's roles, each held in a department (the applicant role in none). The same role may be
 * held in several departments; the server refuses exact duplicates.
 */
export function RolesEditor({
  departments,
  defaultDepartmentId,
  kind,
}: {
  departments: readonly Department[];
  defaultDepartmentId: string | null;
  /** Staff hold staff roles; an applicant account holds only the applicant role. */
  kind: 'staff' | 'applicant';
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const options = ROLES.filter((role) => (kind === 'applicant') === (role === 'applicant')).map((role) => ({ value: role, label: roleLabel(role) }));
  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_, rows: RoleRow[] | undefined) => {
            if (!rows || rows.length === 0) throw new Error(t('users.rolesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8} data-testid="roles-editor">
          {fields.map((field) => (
            <div key={field.key} className="ys-role-row">
              <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('users.roleRequired') }]} style={{ margin: 0 }} className="ys-role-row-role">
                <Select
                  options={options}
                  placeholder={t('users.fields.role')}
                  aria-label={t('users.fields.role')}
                  onChange={(role: Role) => {
                    if (role === 'applicant') form.setFieldValue(['roles', field.name, 'departmentId'], null);
                  }}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const role = getFieldValue(['roles', field.name, 'role']) as Role | undefined;
                  return (
                    <Form.Item
                      name={[field.name, 'departmentId']}
                      style={{ margin: 0 }}
                      className="ys-role-row-dept"
                      rules={role === 'applicant' ? [] : [{ required: true, message: t('users.roleDepartmentRequired') }]}
                    >
                      <DepartmentSelect
                        departments={departments}
                        placeholder={role === 'applicant' ? t('users.applicantNoDepartment') : t('users.fields.roleDepartment')}
                        allowClear={false}
                        disabled={role === 'applicant'}
                      />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('users.removeRole')} />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: undefined, departmentId: defaultDepartmentId } satisfies RoleRow)} block>
            {t('users.addRole')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
