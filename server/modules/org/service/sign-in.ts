// 登录: password sign-in with lockout, sessions, sign-out (here or everywhere), "who am I", and
// password changes under the house policy. Every success and failure is audited.
import type { Me, SessionReply } from '../../../../common/api/auth.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import {
  burnVerify,
  hashPassword,
  inHistory,
  passwordPolicyProblem,
  verifyPassword,
  type Principal,
  type ResolvedSession,
  type Role,
  type SessionStore,
  type StartedSession,
} from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import * as users from '../users-repository.ts';

export interface SignInSettings {
  maxFailures: number;
  lockMinutes: number;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

const HISTORY = 5;

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', { zh: '用户名或密码错误', en: 'Wrong username or password' });

function lockedError(until: Date): AppError {
  const shanghai = new Date(until.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  return new AppError('ACCOUNT_LOCKED', {
    zh: `登录失败次数过多，账号已锁定至 ${shanghai}（北京时间）`,
    en: `Too many failed sign-ins; the account is locked until ${shanghai} (Beijing time)`,
  });
}

export async function loadMe(db: Database['db'], user: users.UserRow): Promise<Me> {
  const roles = await users.rolesOf(db, [user.id]);
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    kind: user.kind as Me['kind'],
    department: user.departmentId ? { id: user.departmentId, name: (await users.departmentNameOf(db, user.departmentId)) ?? '' } : null,
    roles: roles.map((r) => ({ role: r.role as Role, departmentId: r.departmentId, departmentName: r.departmentName })),
    mustChangePassword: user.mustChangePassword,
  };
}

export function sessionReply(me: Me, session: { csrfToken: string; expiresAt: Date; idleExpiresAt: Date }): SessionReply {
  return { user: me, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString(), idleExpiresAt: session.idleExpiresAt.toISOString() };
}

export function createSignInService(database: Database, sessions: SessionStore, settings: SignInSettings) {
  const { db } = database;
  const actorFor = (userId: string | null, meta: RequestMeta): Actor => ({ type: userId ? 'user' : 'system', id: userId, ip: meta.ip, requestId: meta.requestId });

  async function recordFailure(user: users.UserRow | null, username: string, reason: string, meta: RequestMeta, now: Date) {
    let lockedUntil: Date | null = null;
    await db.transaction(async (tx) => {
      if (user && reason === 'wrong-password') {
        const attempts = user.failedAttempts + 1;
        lockedUntil = attempts >= settings.maxFailures ? new Date(now.getTime() + settings.lockMinutes * 60_000) : null;
        await users.updateUserSignInState(tx, user.id, { failedAttempts: lockedUntil ? 0 : attempts, lockedUntil });
      }
      await appendAudit(tx, actorFor(user?.id ?? null, meta), {
        action: 'auth.sign-in.failure',
        entity: 'app_user',
        entityId: user?.id ?? null,
        change: { username: username.slice(0, 64), reason, lockedUntil },
      });
    });
    return lockedUntil as Date | null;
  }

  /** Starts a session for an active user (password checked already, or single sign-on). */
  async function startSession(user: users.UserRow, meta: RequestMeta & { via: 'password' | 'oidc' }, now: Date, detail: Record<string, unknown> = {}) {
    return db.transaction(async (tx) => {
      await users.updateUserSignInState(tx, user.id, { failedAttempts: 0, lockedUntil: null, lastSignInAt: now });
      const started = await sessions.start(tx, user.id, meta, now);
      await appendAudit(tx, actorFor(user.id, meta), {
        action: 'auth.sign-in.success',
        entity: 'app_user',
        entityId: user.id,
        change: { via: meta.via, ...detail },
      });
      return started;
    });
  }

  return {
    async signIn(username: string, password: string, meta: RequestMeta, now = new Date()): Promise<{ started: StartedSession; reply: SessionReply }> {
      const user = await users.findUserByUsername(db, username);
      if (!user || !user.passwordHash) {
        await burnVerify(password);
        await recordFailure(user, username, user ? 'no-password' : 'unknown-user', meta, now);
        throw invalidCredentials();
      }
      if (user.lockedUntil && user.lockedUntil > now) {
        await recordFailure(user, username, 'locked', meta, now);
        throw lockedError(user.lockedUntil);
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        const lockedUntil = await recordFailure(user, username, 'wrong-password', meta, now);
        throw lockedUntil ? lockedError(lockedUntil) : invalidCredentials();
      }
      if (user.disabled) {
        await recordFailure(user, username, 'disabled', meta, now);
        throw new AppError('ACCOUNT_DISABLED', { zh: '账号已停用，请联系管理员', en: 'This account is disabled; contact an administrator' });
      }
      const started = await startSession(user, { ...meta, via: 'password' }, now);
      return { started, reply: sessionReply(await loadMe(db, user), started) };
    },

    /** Single sign-on: the identity provider vouched for `username`; null when no active local user has it. */
    async signInByUsername(username: string, meta: RequestMeta & { subject: string; issuer: string }, now = new Date()) {
      const user = await users.findUserByUsername(db, username);
      if (!user || user.disabled) {
        await recordFailure(user, username, user ? 'disabled' : 'unknown-user', meta, now);
        return null;
      }
      return startSession(user, { ...meta, via: 'oidc' }, now, { subject: meta.subject, issuer: meta.issuer });
    },

    async loadSessionPrincipal(session: ResolvedSession): Promise<Principal | null> {
      const user = await users.findPrincipalRow(db, session.userId);
      if (!user || user.disabled) return null;
      return {
        via: 'session',
        id: user.id,
        userId: user.id,
        username: user.username,
        name: user.name,
        kind: user.kind as 'staff' | 'applicant',
        departmentId: user.departmentId,
        departmentName: user.departmentName,
        roles: user.roles.map((r) => ({ role: r.role as Role, departmentId: r.departmentId, departmentName: r.departmentName })),
        mustChangePassword: user.mustChangePassword,
        csrfToken: session.csrfToken,
        sessionId: session.tokenHash,
        sessionExpiry: { idleExpiresAt: session.idleExpiresAt, expiresAt: session.expiresAt },
      };
    },

    /** "Who am I", from what the request already loaded. */
    me(principal: Principal): Me {
      if (!principal.userId || !principal.username) throw new AppError('UNAUTHENTICATED', { zh: '请先登录', en: 'Sign in first' });
      return {
        id: principal.userId,
        username: principal.username,
        name: principal.name,
        kind: principal.kind === 'applicant' ? 'applicant' : 'staff',
        department: principal.departmentId ? { id: principal.departmentId, name: principal.departmentName ?? '' } : null,
        roles: principal.roles.map((r) => ({ role: r.role, departmentId: r.departmentId, departmentName: r.departmentName ?? null })),
        mustChangePassword: principal.mustChangePassword,
      };
    },

    async signOut(principal: Principal, meta: RequestMeta, everywhere: boolean): Promise<number> {
      return db.transaction(async (tx) => {
        let ended = 0;
        if (everywhere && principal.userId) ended = await sessions.endAllForUser(tx, principal.userId);
        else if (principal.sessionId) {
          await sessions.end(tx, principal.sessionId);
          ended = 1;
        }
        await appendAudit(tx, actorFor(principal.userId, meta), {
          action: everywhere ? 'auth.sign-out.everywhere' : 'auth.sign-out',
          entity: 'app_user',
          entityId: principal.userId,
          change: { sessionsEnded: ended },
        });
        return ended;
      });
    },

    async changePassword(principal: Principal, current: string, next: string, meta: RequestMeta): Promise<void> {
      const user = principal.userId ? await users.findUserById(db, principal.userId) : null;
      if (!user?.passwordHash) throw new AppError('FORBIDDEN', { zh: '此账号不能修改密码', en: 'This account has no password to change' });
      const field = (path: string, text: { zh: string; en: string }) => new AppError('VALIDATION_FAILED', text, [{ path, message: text }]);
      if (!(await verifyPassword(user.passwordHash, current))) throw field('body.currentPassword', { zh: '当前密码不正确', en: 'the current password is wrong' });
      const problem = passwordPolicyProblem(next, user.username);
      if (problem) throw field('body.newPassword', problem);
      if (await inHistory(user.passwordHistory, next)) {
        throw field('body.newPassword', { zh: '不能与最近 5 次使用过的密码相同', en: 'must differ from your last 5 passwords' });
      }
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        await users.setPassword(tx, user.id, {
          passwordHash,
          passwordHistory: [passwordHash, ...user.passwordHistory].slice(0, HISTORY),
          mustChangePassword: false,
        });
        // Other browsers signed in with the old password are signed out.
        const ended = await sessions.endAllForUser(tx, user.id, principal.sessionId ?? undefined);
        await appendAudit(tx, actorFor(user.id, meta), { action: 'auth.password.change', entity: 'app_user', entityId: user.id, change: { otherSessionsEnded: ended } });
      });
      // The cached principal still says a password change is due.
      sessions.forgetUser(user.id);
    },
  };
}

export type SignInService = ReturnType<typeof createSignInService>;
