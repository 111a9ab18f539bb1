// SQL for users and their roles.
import { and, asc, count, eq, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { queryRows, toInstant, toNumber } from '../../platform/db/index.ts';
import { departments, userRoles, users } from './tables.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export interface RoleRow {
  userId: string;
  role: string;
  departmentId: string | null;
  departmentName: string | null;
}

const normalise = (r: UserRow): UserRow => ({
  ...r,
  lockedUntil: r.lockedUntil ? toInstant(r.lockedUntil) : null,
  lastSignInAt: r.lastSignInAt ? toInstant(r.lastSignInAt) : null,
  passwordChangedAt: r.passwordChangedAt ? toInstant(r.passwordChangedAt) : null,
  createdAt: toInstant(r.createdAt),
  updatedAt: toInstant(r.updatedAt),
});

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row ? normalise(row) : null;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? normalise(row) : null;
}

export async function insertUser(db: Db, row: NewUser): Promise<void> {
  await db.insert(users).values({ ...row, username: row.username.toLowerCase() });
}

/** Applies `changes` only if the row is still at `version`; returns whether it was. */
export async function updateUserVersioned(db: Db, id: string, version: number, changes: Partial<NewUser>): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ ...changes, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Sign-in bookkeeping: not a user edit, so the version stays. */
export async function updateUserSignInState(
  db: Db,
  id: string,
  changes: Pick<Partial<NewUser>, 'failedAttempts' | 'lockedUntil' | 'lastSignInAt'>,
): Promise<void> {
  await db.update(users).set(changes).where(eq(users.id, id));
}

export async function setPassword(db: Db, id: string, changes: { passwordHash: string; passwordHistory: string[]; mustChangePassword: boolean }) {
  await db
    .update(users)
    .set({ ...changes, passwordChangedAt: sql`now()`, failedAttempts: 0, lockedUntil: null, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, id));
}

export async function replaceRoles(db: Db, userId: string, roles: { id: string; role: string; departmentId: string | null }[]) {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roles.length) await db.insert(userRoles).values(roles.map((r) => ({ ...r, userId })));
}

export async function rolesOf(db: Db, userIds: string[]): Promise<RoleRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: userRoles.userId, role: userRoles.role, departmentId: userRoles.departmentId, departmentName: departments.name })
    .from(userRoles)
    .leftJoin(departments, eq(departments.id, userRoles.departmentId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(userRoles.role));
}

export interface UserFilter {
  /** Departments whose users are visible; 'all' for no limit. */
  visible: 'all' | string[];
  text?: string | undefined;
  /** Blind index of the text when it looks like a phone or ID number. */
  textIndex?: string | undefined;
  departmentId?: string | undefined;
  role?: string | undefined;
  /** The caller themself is always visible (own scope). */
  selfId?: string | undefined;
}

function whereOf(f: UserFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.visible !== 'all') {
    const inScope = f.visible.length ? inArray(users.departmentId, f.visible) : sql`false`;
    parts.push(f.selfId ? or(inScope, eq(users.id, f.selfId)) : inScope);
  }
  if (f.text) {
    const like = `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      or(
        ilike(users.username, like),
        ilike(users.name, like),
        ...(f.textIndex ? [eq(users.phoneIndex, f.textIndex), eq(users.idNumberIndex, f.textIndex)] : []),
      ),
    );
  }
  if (f.departmentId) parts.push(eq(users.departmentId, f.departmentId));
  if (f.role) {
    parts.push(sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${f.role})`);
  }
  return and(...parts);
}

export async function listUsers(db: Db, f: UserFilter, page: number, pageSize: number) {
  const where = whereOf(f);
  const rows = await db
    .select({ user: users, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { rows: rows.map((r) => ({ user: normalise(r.user), departmentName: r.departmentName })), total: toNumber(total?.n) };
}

export async function departmentNameOf(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: departments.name }).from(departments).where(eq(departments.id, id));
  return row?.name ?? null;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return toNumber(row?.n);
}

export interface PrincipalRow {
  id: string;
  username: string;
  name: string;
  kind: string;
  departmentId: string | null;
  departmentName: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
  roles: RoleRow[];
}

/** Everything a request needs to know about its user, in one round trip (this runs on every signed-in request). */
export async function findPrincipalRow(db: Db, userId: string): Promise<PrincipalRow | null> {
  // One row per role (or one with null role); plain joins plan and run faster than an aggregate.
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select u.id, u.username, u.name, u.kind, u.department_id, d.name as department_name,
               u.must_change_password, u.disabled, r.role, r.department_id as role_department_id, rd.name as role_department_name
          from app_user u
          left join department d on d.id = u.department_id
          left join user_role r on r.user_id = u.id
          left join department rd on rd.id = r.department_id
         where u.id = ${userId}`,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: String(row.id),
    username: String(row.username),
    name: String(row.name),
    kind: String(row.kind),
    departmentId: (row.department_id as string | null) ?? null,
    departmentName: (row.department_name as string | null) ?? null,
    mustChangePassword: Boolean(row.must_change_password),
    disabled: Boolean(row.disabled),
    roles: rows
      .filter((r) => r.role !== null && r.role !== undefined)
      .map((r) => ({
        userId: String(row.id),
        role: String(r.role),
        departmentId: (r.role_department_id as string | null) ?? null,
        departmentName: (r.role_department_name as string | null) ?? null,
      }))
      .sort((a, b) => a.role.localeCompare(b.role)),
  };
}

/**
 * Names of users and API tokens by id. `withUsername`: name（username）, for the audit log and account lists, which must
 * tell accounts apart; without it the person's name alone, as timelines, receipts and holders show people.
 */
async function namesOf(db: Db, ids: string[], withUsername: boolean): Promise<Map<string, string>> {
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (uuids.length === 0) return new Map();
  const userName = withUsername ? sql`name || '（' || username || '）'` : sql`name`;
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id::text as id, ${userName} as name from app_user where id::text in ${uuids}
        union all select id::text, name || '（接口令牌）' from api_token where id::text in ${uuids}`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** name（username） of users and API tokens by id (the audit log, registry accounts). */
export const actorNames = (db: Db, ids: string[]) => namesOf(db, ids, true);

/** The person's name alone by id (timelines, receipts, who holds a case). */
export const displayNames = (db: Db, ids: string[]) => namesOf(db, ids, false);

/** Enabled users holding any of these roles in the department (a department queue's members). */
export async function userIdsWithRoleIn(db: Db, departmentId: string, roles: readonly string[]): Promise<string[]> {
  const where = [eq(userRoles.departmentId, departmentId), eq(users.disabled, false)];
  if (roles.length) where.push(inArray(userRoles.role, [...roles]));
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(...where));
  return rows.map((r) => r.id);
}

/** Enabled users holding `role` in any department (or none). */
export async function userIdsWithRole(db: Db, role: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, role), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

/** Enabled users among `ids` with an e-mail address (still encrypted). */
export async function emailsOf(db: Db, ids: string[]): Promise<{ id: string; emailEnc: string }[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: users.id, emailEnc: users.emailEnc })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.disabled, false), isNotNull(users.emailEnc)));
  return rows.flatMap((r) => (r.emailEnc ? [{ id: r.id, emailEnc: r.emailEnc }] : []));
}
