import type { ParseKeys } from 'i18next';
import type { CreateDepartmentBody } from '../../../api/org.ts';

export type DepartmentKind = CreateDepartmentBody['kind'];

/** Every kind the contract allows, with its label (the Record makes a new kind a type error here). */
export const departmentKinds: Record<DepartmentKind, { label: ParseKeys; color: string }> = {
  government: { label: 'departments.kinds.government', color: 'blue' },
  office: { label: 'departments.kinds.office', color: 'geekblue' },
  department: { label: 'departments.kinds.department', color: 'default' },
  court: { label: 'departments.kinds.court', color: 'purple' },
  procuratorate: { label: 'departments.kinds.procuratorate', color: 'magenta' },
  customs: { label: 'departments.kinds.customs', color: 'cyan' },
  zone: { label: 'departments.kinds.zone', color: 'green' },
};

export function isDepartmentKind(kind: string): kind is DepartmentKind {
  return Object.hasOwn(departmentKinds, kind);
}
