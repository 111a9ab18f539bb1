// Sign-in, session and API-token contracts shared by server and web.
import { z } from 'zod';
import { ROLES } from './roles.ts';

export const roleSchema = z.enum(ROLES);

export const signInBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const roleGrantSchema = z.object({
  role: roleSchema,
  /** null for applicants, who hold their role outside any department. */
  departmentId: z.string().uuid().nullable(),
  departmentName: z.string().nullable(),
});

export const meSchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  name: z.string(),
  kind: z.enum(['staff', 'applicant']),
  department: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  roles: z.array(roleGrantSchema),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

/** Sign-in and /auth/me answer with the user and the CSRF token to send as `x-csrf-token` on writes. */
export const sessionReply = z.object({
  user: meSchema,
  csrfToken: z.string(),
  /** When the session ends if idle (ISO instant); each request moves it on. */
  idleExpiresAt: z.string(),
  /** When the session ends regardless of activity. */
  expiresAt: z.string(),
});
export type SessionReply = z.infer<typeof sessionReply>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const oidcConfigReply = z.object({ enabled: z.boolean(), label: z.string().nullable() });

export const apiTokenSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  prefix: z.string(),
  roles: z.array(roleSchema),
  departmentId: z.string().uuid(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  roles: z.array(roleSchema).min(1).max(ROLES.length),
  departmentId: z.string().uuid(),
  expiresAt: z.string().datetime({ offset: true }).nullable().optional(),
});
/** The token's secret is shown once, in this reply, and stored only as a hash. */
export const createApiTokenReply = z.object({ token: apiTokenSchema, secret: z.string() });
export const apiTokensReply = z.object({ tokens: z.array(apiTokenSchema) });

/** Password policy, shown to users before they type. */
export const PASSWORD_RULES = {
  zh: '至少 8 位，包含大写字母、小写字母、数字、符号中的三类；不能与用户名相同，不能与最近 5 次密码相同',
  en: 'At least 8 characters with three of: upper case, lower case, digits, symbols; not the username; not one of your last 5 passwords',
};
