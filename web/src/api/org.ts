// Departments, users and the audit log (contracts: common/api/org.ts).
import type { z } from 'zod';
import type {
  auditQuery,
  auditReply,
  auditRowSchema,
  createDepartmentBody,
  createUserBody,
  createUserReply,
  Department,
  departmentsReply,
  regionsReply,
  resetPasswordReply,
  updateDepartmentBody,
  updateUserBody,
  userSummarySchema,
  usersQuery,
  usersReply,
} from '../../../common/api/org.ts';
import { api } from './client.ts';

export type { Department, Region, UserSummary } from '../../../common/api/org.ts';
export type CreateDepartmentBody = z.input<typeof createDepartmentBody>;
export type UpdateDepartmentBody = z.input<typeof updateDepartmentBody>;
export type UsersQuery = Partial<z.infer<typeof usersQuery>>;
export type UsersReply = z.infer<typeof usersReply>;
export type CreateUserBody = z.input<typeof createUserBody>;
export type CreateUserReply = z.infer<typeof createUserReply>;
export type UpdateUserBody = z.input<typeof updateUserBody>;
export type UserRoleGrant = z.infer<typeof userSummarySchema>['roles'][number];
export type AuditQuery = Partial<z.infer<typeof auditQuery>>;
export type AuditReply = z.infer<typeof auditReply>;
export type AuditRow = z.infer<typeof auditRowSchema>;

const base = '/api/v1/org';
const id = (value: string) => encodeURIComponent(value);

export const listRegions = (signal?: AbortSignal) =>
  api.get<z.infer<typeof regionsReply>>(`${base}/regions`, { signal });
export const listDepartments = (signal?: AbortSignal) =>
  api.get<z.infer<typeof departmentsReply>>(`${base}/departments`, { signal });
export const createDepartment = (body: CreateDepartmentBody) =>
  api.post<Department>(`${base}/departments`, body);
export const updateDepartment = (departmentId: string, body: UpdateDepartmentBody) =>
  api.patch<Department>(`${base}/departments/${id(departmentId)}`, body);

export const listUsers = (query: UsersQuery, signal?: AbortSignal) =>
  api.get<UsersReply>(`${base}/users`, { query, signal });
export const createUser = (body: CreateUserBody) => api.post<CreateUserReply>(`${base}/users`, body);
export const updateUser = (userId: string, body: UpdateUserBody) =>
  api.patch<unknown>(`${base}/users/${id(userId)}`, body);
export const resetPassword = (userId: string) =>
  api.post<z.infer<typeof resetPasswordReply>>(`${base}/users/${id(userId)}/reset-password`);

export const listAudit = (query: AuditQuery, signal?: AbortSignal) =>
  api.get<AuditReply>('/api/v1/audit', { query, signal });
