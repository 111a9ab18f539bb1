import { Tag } from 'antd';
import type { Role } from '../../../common/api/roles.ts';
import { useDepartmentLabel } from '../api/departmentNames.ts';
import { roleLabel } from './format.ts';

const colors: Partial<Record<Role, string>> = {
  admin: 'red',
  office: 'geekblue',
  leader: 'purple',
  applicant: 'green',
};

export interface RoleGrantView {
  role: Role;
  departmentName?: string | null;
  departmentId?: string | null;
}

/** One tag per role; with `withDepartment` the department it is held in follows the role. */
export function RoleTags({ grants, withDepartment = false }: { grants: readonly RoleGrantView[]; withDepartment?: boolean }) {
  const label = useDepartmentLabel();
  return (
    <span className="ys-tags">
      {grants.map((grant, index) => (
        <Tag key={`${grant.role}-${index}`} color={colors[grant.role]} style={{ marginInlineEnd: 0 }}>
          {roleLabel(grant.role)}
          {withDepartment && grant.departmentName ? ` · ${label(grant.departmentName, grant.departmentId)}` : ''}
        </Tag>
      ))}
    </span>
  );
}
