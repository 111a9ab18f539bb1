// 用户管理: listing within data scope, creating with an initial password that must be changed,
// versioned edits, disabling, password resets, and the first administrator.
import type { z } from 'zod';
import type { createUserBody, updateUserBody, UserSummary, usersQuery } from '../../../../common/api/org.ts';
import type { Role } from '../../../../common/api/roles.ts';
import { maskEmail, maskIdCard, maskPhone, validateIdCard } from '../../../../common/ids/index.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import { generatePassword, hashPassword, type Principal, type SessionStore } from '../../../platform/auth/index.ts';
import type { FieldCrypto } from '../../../platform/crypto/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/index.ts';
import * as depts from '../repository.ts';
import { visibleDepartments } from '../scope.ts';
import * as repo from '../users-repository.ts';

const what = { zh: '用户', en: 'User' };
const fieldError = (path: string, zh: string, en: string) => new AppError('VALIDATION_FAILED', { zh, en }, [{ path, message: { zh, en } }]);

type RoleInput = { role: Role; departmentId: string | null };

export function createUserService(database: Database, crypto: FieldCrypto, sessions: SessionStore) {
  const { db } = database;

  async function present(rows: { user: repo.UserRow; departmentName: string | null }[]): Promise<UserSummary[]> {
    const roles = await repo.rolesOf(db, rows.map((r) => r.user.id));
    return rows.map(({ user, departmentName }) => ({
      id: user.id,
      username: user.username,
      name: user.name,
      kind: user.kind as UserSummary['kind'],
      departmentId: user.departmentId,
      departmentName,
      phone: user.phoneMasked,
      idNumber: user.idNumberMasked,
      email: user.emailMasked,
      roles: roles.filter((r) => r.userId === user.id).map((r) => ({ role: r.role as Role, departmentId: r.departmentId, departmentName: r.departmentName })),
      disabled: user.disabled,
      lockedUntil: user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil.toISOString() : null,
      mustChangePassword: user.mustChangePassword,
      lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
      version: user.version,
    }));
  }

  async function scopeOf(principal: Principal) {
    return visibleDepartments(principal, await depts.listDepartments(db));
  }

  async function getVisible(principal: Principal, id: string) {
    const user = await repo.findUserById(db, id);
    const visible = await scopeOf(principal);
    // Out of scope answers as if it did not exist (no probing for who works where).
    if (!user || (visible !== 'all' && user.id !== principal.userId && !(user.departmentId && visible.includes(user.departmentId)))) throw notFound(what);
    return user;
  }

  function personalFields(input: { phone?: string | null | undefined; idNumber?: string | null | undefined; email?: string | null | undefined }) {
    const out: Partial<repo.NewUser> = {};
    if (input.email !== undefined) {
      out.emailEnc = input.email ? crypto.encrypt(input.email.toLowerCase()) : null;
      out.emailMasked = input.email ? maskEmail(input.email.toLowerCase()) : null;
    }
    if (input.phone !== undefined) {
      out.phoneEnc = input.phone ? crypto.encrypt(input.phone) : null;
      out.phoneIndex = input.phone ? crypto.blindIndex(input.phone) : null;
      out.phoneMasked = input.phone ? maskPhone(input.phone) : null;
    }
    if (input.idNumber !== undefined) {
      if (input.idNumber) {
        const check = validateIdCard(input.idNumber);
        if (!check.ok) throw fieldError('body.idNumber', check.message.zh, check.message.en);
      }
      out.idNumberEnc = input.idNumber ? crypto.encrypt(input.idNumber.toUpperCase()) : null;
      out.idNumberIndex = input.idNumber ? crypto.blindIndex(input.idNumber) : null;
      out.idNumberMasked = input.idNumber ? maskIdCard(input.idNumber.toUpperCase()) : null;
    }
    return out;
  }

  async function checkRoles(kind: string, departmentId: string | null | undefined, roles: RoleInput[]) {
    for (const [i, grant] of roles.entries()) {
      const path = `body.roles.${i}.departmentId`;
      if (grant.role === 'applicant') {
        if (grant.departmentId) throw fieldError(path, '企业/群众角色不属于任何部门', 'the applicant role belongs to no department');
        if (kind !== 'applicant') throw fieldError(`body.roles.${i}.role`, '工作人员不能持有企业/群众角色', 'staff cannot hold the applicant role');
      } else {
        if (kind === 'applicant') throw fieldError(`body.roles.${i}.role`, '企业/群众账号只能持有企业/群众角色', 'an applicant account holds only the applicant role');
        // The platform administrator may stand outside the tree (the first start creates one before any department exists).
        if (!grant.departmentId && grant.role !== 'admin') throw fieldError(path, '工作人员角色须指定部门', 'a staff role needs a department');
        if (grant.departmentId && !(await depts.findDepartment(db, grant.departmentId))) throw fieldError(path, '部门不存在', 'no such department');
      }
    }
    if (departmentId && !(await depts.findDepartment(db, departmentId))) throw fieldError('body.departmentId', '部门不存在', 'no such department');
    const adminOnly = roles.length > 0 && roles.every((r) => r.role === 'admin');
    if (kind === 'staff' && departmentId === null && !adminOnly) throw fieldError('body.departmentId', '工作人员须属于一个部门', 'staff belong to a department');
  }

  return {
    async list(principal: Principal, query: z.infer<typeof usersQuery>) {
      const text = query.q?.trim();
      const looksPersonal = text ? /^(1\d{10}|\d{17}[\dXx])$/.test(text) : false;
      const { rows, total } = await repo.listUsers(
        db,
        {
          visible: await scopeOf(principal),
          selfId: principal.userId ?? undefined,
          text,
          textIndex: looksPersonal && text ? crypto.blindIndex(text) : undefined,
          departmentId: query.departmentId,
          role: query.role,
        },
        query.page,
        query.pageSize,
      );
      return { items: await present(rows), total, page: query.page, pageSize: query.pageSize };
    },

    async get(principal: Principal, id: string): Promise<UserSummary> {
      const user = await getVisible(principal, id);
      return (await present([{ user, departmentName: await repo.departmentNameOf(db, user.departmentId) }]))[0]!;
    },

    async create(actor: Actor, input: z.infer<typeof createUserBody>, options: { password?: string; mustChangePassword?: boolean } = {}) {
      if (await repo.findUserByUsername(db, input.username)) throw fieldError('body.username', '用户名已被使用', 'the username is taken');
      const departmentId = input.departmentId ?? null;
      await checkRoles(input.kind, departmentId, input.roles);
      const initialPassword = options.password ?? generatePassword();
      const passwordHash = await hashPassword(initialPassword);
      const id = uuidv7();
      await db.transaction(async (tx) => {
        await repo.insertUser(tx, {
          id,
          username: input.username,
          name: input.name,
          kind: input.kind,
          departmentId,
          ...personalFields(input),
          passwordHash,
          passwordHistory: [passwordHash],
          mustChangePassword: options.mustChangePassword ?? true,
          passwordChangedAt: new Date(),
        });
        await repo.replaceRoles(tx, id, input.roles.map((r) => ({ ...r, id: uuidv7() })));
        await appendAudit(tx, actor, {
          action: 'org.user.create',
          entity: 'app_user',
          entityId: id,
          change: { username: input.username, name: input.name, kind: input.kind, departmentId, roles: input.roles, phone: input.phone ? maskPhone(input.phone) : null, idNumber: input.idNumber ? maskIdCard(input.idNumber) : null },
        });
      });
      const user = (await repo.findUserById(db, id))!;
      return { user: (await present([{ user, departmentName: await repo.departmentNameOf(db, departmentId) }]))[0]!, initialPassword };
    },

    async update(actor: Actor, id: string, input: z.infer<typeof updateUserBody>): Promise<UserSummary> {
      const before = await repo.findUserById(db, id);
      if (!before) throw notFound(what);
      const { version, roles, phone, idNumber, email, ...rest } = input;
      const departmentId = rest.departmentId === undefined ? before.departmentId : rest.departmentId;
      if (roles) await checkRoles(before.kind, departmentId, roles);
      else if (rest.departmentId !== undefined) await checkRoles(before.kind, departmentId, []);
      const changes = { ...rest, ...personalFields({ phone, idNumber, email }) };
      await db.transaction(async (tx) => {
        if (!(await repo.updateUserVersioned(tx, id, version, changes))) throw versionConflict(what);
        if (roles) await repo.replaceRoles(tx, id, roles.map((r) => ({ ...r, id: uuidv7() })));
        // A disabled account is signed out at once.
        if (rest.disabled) await sessions.endAllForUser(tx, id);
        await appendAudit(tx, actor, {
          action: rest.disabled === true ? 'org.user.disable' : rest.disabled === false ? 'org.user.enable' : 'org.user.update',
          entity: 'app_user',
          entityId: id,
          change: { ...rest, roles, phone: phone ? maskPhone(phone) : phone, idNumber: idNumber ? maskIdCard(idNumber) : idNumber },
        });
      });
      // Roles, department or status may have changed: the next request loads them afresh.
      sessions.forgetUser(id);
      const user = (await repo.findUserById(db, id))!;
      return (await present([{ user, departmentName: await repo.departmentNameOf(db, user.departmentId) }]))[0]!;
    },

    async resetPassword(actor: Actor, id: string): Promise<string> {
      const user = await repo.findUserById(db, id);
      if (!user) throw notFound(what);
      const initialPassword = generatePassword();
      const passwordHash = await hashPassword(initialPassword);
      await db.transaction(async (tx) => {
        await repo.setPassword(tx, id, { passwordHash, passwordHistory: [passwordHash, ...user.passwordHistory].slice(0, 5), mustChangePassword: true });
        await sessions.endAllForUser(tx, id);
        await appendAudit(tx, actor, { action: 'org.user.reset-password', entity: 'app_user', entityId: id, change: null });
      });
      return initialPassword;
    },

    countUsers: () => repo.countUsers(db),
    /** The keyed hash of a user's ID number (to find their own person record), or null. */
    idNumberIndexOf: async (userId: string) => (await repo.findUserById(db, userId))?.idNumberIndex ?? null,
    actorNames: (ids: string[]) => repo.actorNames(database.readDb, ids),
    displayNames: (ids: string[]) => repo.displayNames(database.readDb, ids),
    findByUsername: (username: string) => repo.findUserByUsername(db, username),
    /** Who an id names, as other rooms may know them (no personal data), or null. */
    async brief(id: string): Promise<{ id: string; name: string; kind: string; departmentId: string | null; disabled: boolean } | null> {
      const u = await repo.findUserById(db, id);
      return u ? { id: u.id, name: u.name, kind: u.kind, departmentId: u.departmentId, disabled: u.disabled } : null;
    },
    /** Who works a department's queue: enabled users with any of `roles` there (any role when empty). */
    membersOf: (departmentId: string, roles: readonly Role[] = []) => repo.userIdsWithRoleIn(db, departmentId, roles),
    /** Enabled users holding `role` anywhere (the platform's administrators, for notices about the platform itself). */
    holdersOf: (role: Role) => repo.userIdsWithRole(db, role),
    /** Decrypted e-mail addresses of enabled users who have one, for notification copies. */
    async emailsOf(ids: string[]): Promise<Map<string, string>> {
      const rows = await repo.emailsOf(database.readDb, ids);
      return new Map(rows.map((r) => [r.id, crypto.decrypt(r.emailEnc)]));
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
