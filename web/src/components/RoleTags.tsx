import { Tag } from 'antd';
import type { Role } from '../../../common/api/roles.ts';
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
}

/** One tag per role; with `withDepartment` the department it is held in follows the role. */
export function RoleTags({ grants, withDepartment = false }: { grants: readonly RoleGrantView[]; withDepartment?: boolean }) {
  return (
    <span className="ys-tags">
      {grants.map((grant, index) => (
        <Tag key={`${grant.role}-${index}`} color={colors[grant.role]} style={{ marginInlineEnd: 0 }}>
          {roleLabel(grant.role)}
          {withDepartment && grant.departmentName ? ` · ${grant.departmentName}` : ''}
        </Tag>
      ))}
    </span>
  );
}
