import { z } from 'zod';
import { roleSchema } from './auth.ts';

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
});

export const departmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  shortName: z.string(),
  kind: z.string(),
  regionCode: z.string(),
  parentId: z.string().nullable(),
  /** The body's own 统一社会信用代码 when recorded (办件编号 start with it). */
  uscc: z.string().nullable(),
  version: z.number().int(),
});

export const regionsReply = z.object({ regions: z.array(regionSchema) });
export const departmentsReply = z.object({ departments: z.array(departmentSchema) });
export type Department = z.infer<typeof departmentSchema>;
export type Region = z.infer<typeof regionSchema>;

// ---- Administration of departments and users ----

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const createDepartmentBody = z.object({
  code: z.string().trim().min(2).max(40).regex(/^[A-Z0-9-]+$/, '编码只能含大写字母、数字和连字符 / code may contain only A–Z, 0–9 and -'),
  name: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().min(2).max(200),
  shortName: z.string().trim().min(1).max(40),
  kind: z.enum(['government', 'office', 'department', 'court', 'procuratorate', 'customs', 'zone']),
  regionCode: z.string().trim().min(6).max(40),
  parentId: z.string().uuid().nullable(),
});
export const updateDepartmentBody = createDepartmentBody.omit({ code: true }).partial().extend({ version: z.number().int().min(1) });

export const userRoleInput = z.object({ role: roleSchema, departmentId: z.string().uuid().nullable() });

export const userSummarySchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  name: z.string(),
  kind: z.enum(['staff', 'applicant']),
  departmentId: z.string().uuid().nullable(),
  departmentName: z.string().nullable(),
  /** Masked: 138****5678. */
  phone: z.string().nullable(),
  /** Masked: 150102********123X. */
  idNumber: z.string().nullable(),
  /** Masked: w***@example.gov.cn (notification copies go here when SMTP is configured). */
  email: z.string().nullable(),
  roles: z.array(z.object({ role: roleSchema, departmentId: z.string().uuid().nullable(), departmentName: z.string().nullable() })),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  lastSignInAt: z.string().nullable(),
  version: z.number().int(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const usersQuery = pageQuery.extend({
  q: z.string().trim().max(64).optional(),
  departmentId: z.string().uuid().optional(),
  role: roleSchema.optional(),
});
export const usersReply = z.object({ items: z.array(userSummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const createUserBody = z.object({
  username: z.string().trim().min(3).max(64).regex(/^[a-zA-Z0-9._-]+$/, '用户名只能含字母、数字和 . _ - / username may contain only letters, digits and . _ -'),
  name: z.string().trim().min(1).max(50),
  kind: z.enum(['staff', 'applicant']).default('staff'),
  phone: z.string().trim().regex(/^1\d{10}$/, '手机号应为 11 位数字 / phone must be 11 digits starting with 1').nullable().optional(),
  idNumber: z.string().trim().max(18).nullable().optional(),
  email: z.string().trim().max(120).email('请填写有效的电子邮箱 / a valid e-mail address').nullable().optional(),
  departmentId: z.string().uuid().nullable(),
  roles: z.array(userRoleInput).min(1).max(20),
});
export const createUserReply = z.object({ user: userSummarySchema, initialPassword: z.string() });
export const updateUserBody = createUserBody.omit({ username: true, kind: true }).partial().extend({
  version: z.number().int().min(1),
  disabled: z.boolean().optional(),
});
export const resetPasswordReply = z.object({ initialPassword: z.string() });

// ---- Audit log (read only) ----
export const auditQuery = pageQuery.extend({
  actorId: z.string().max(64).optional(),
  action: z.string().max(100).optional(),
  entity: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
});
export const auditRowSchema = z.object({
  id: z.string(),
  /** Chain position; null for a row written in the last moment and not yet sealed. */
  seq: z.number().int().nullable(),
  at: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  change: z.unknown(),
  hash: z.string().nullable(),
});
export const auditReply = z.object({ items: z.array(auditRowSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
