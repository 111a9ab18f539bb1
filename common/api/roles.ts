// The roles of the platform (DESIGN.md §1). A user holds roles within a department; an applicant
// (enterprise or citizen) holds the applicant role and no department.
export const ROLES = ['applicant', 'clerk', 'approver', 'agent', 'handler', 'inspector', 'office', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  applicant: { zh: '企业/群众', en: 'Applicant' },
  clerk: { zh: '窗口人员', en: 'Window clerk' },
  approver: { zh: '审批人员', en: 'Approver' },
  agent: { zh: '热线坐席', en: 'Hotline agent' },
  handler: { zh: '承办人', en: 'Case handler' },
  inspector: { zh: '执法检查人员', en: 'Inspector' },
  office: { zh: '营商办', en: 'Business-environment office' },
  leader: { zh: '领导', en: 'Leader' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};

/** Data scope (数据范围): which records a role sees, derived from the department tree. */
export type DataScope = 'own' | 'department' | 'subtree' | 'all';

export const ROLE_SCOPES: Record<Role, DataScope> = {
  applicant: 'own',
  clerk: 'subtree',
  approver: 'subtree',
  agent: 'subtree',
  handler: 'subtree',
  inspector: 'subtree',
  office: 'all',
  leader: 'all',
  admin: 'all',
};
