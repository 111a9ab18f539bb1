import { boolean, foreignKey, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 行政区划 (GB/T 2260): the demo city, its districts, banners/counties and development zones.
export const regions = pgTable('region', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  level: text('level').notNull(), // province | prefecture | district | county | banner | devzone
  parentCode: text('parent_code'),
});

// 部门: the department tree (市本级 → 部门; 旗县区; 开发区/新区). Users and roles come with the
// identity issue; data scope follows this tree.
export const departments = pgTable(
  'department',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind').notNull(), // government | department | court | procuratorate | customs | zone
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    parentId: uuid('parent_id'),
    /** The body's own 统一社会信用代码 (实施编码 starts with it); null until an admin records it. */
    uscc: text('uscc'),
    sort: integer('sort').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index('department_parent_idx').on(t.parentId),
    index('department_region_idx').on(t.regionCode),
  ],
);

// 用户: staff of a department, or an applicant (enterprise or citizen). Phone and ID number are
// SM4-encrypted with a keyed SM3 blind index for exact search (DESIGN.md §6).
export const users = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull().unique(), // stored lower case
    name: text('name').notNull(),
    kind: text('kind').notNull(), // staff | applicant
    departmentId: uuid('department_id').references(() => departments.id),
    phoneEnc: text('phone_enc'),
    phoneIndex: text('phone_index'),
    idNumberEnc: text('id_number_enc'),
    idNumberIndex: text('id_number_index'),
    /** Masked copies for lists, so listing never decrypts. */
    phoneMasked: text('phone_masked'),
    idNumberMasked: text('id_number_masked'),
    /** E-mail for notification copies (SMTP), encrypted like the phone; masked for lists. */
    emailEnc: text('email_enc'),
    emailMasked: text('email_masked'),
    passwordHash: text('password_hash'),
    /** argon2 hashes of the last 5 passwords (the current one included). */
    passwordHistory: jsonb('password_history').$type<string[]>().notNull().default([]),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('app_user_department_idx').on(t.departmentId),
    index('app_user_phone_idx').on(t.phoneIndex),
    index('app_user_id_number_idx').on(t.idNumberIndex),
  ],
);

// 角色: a role held within a department (null for applicants).
export const userRoles = pgTable(
  'user_role',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
  },
  (t) => [index('user_role_user_idx').on(t.userId), index('user_role_department_idx').on(t.departmentId, t.role)],
);

// 接口令牌: for system integrations; only the SM3 hash of the secret is stored.
export const apiTokens = pgTable(
  'api_token',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    roles: jsonb('roles').$type<string[]>().notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
);
