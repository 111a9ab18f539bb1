// 接口令牌: API tokens for system integrations — shown once, stored as a hash, scoped to roles
// in one department, revocable, with the time of last use.
import type { z } from 'zod';
import type { ApiToken, createApiTokenBody } from '../../../../common/api/auth.ts';
import type { Role } from '../../../../common/api/roles.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import { hashToken, randomToken } from '../../../platform/crypto/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as depts from '../repository.ts';
import * as repo from '../tokens-repository.ts';

const PREFIX = 'ys_';
// Like sessions, the last-used time is written at most once a minute per token.
const TOUCH_EVERY_MS = 60_000;

const present = (t: repo.TokenRow): ApiToken => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  roles: t.roles as Role[],
  departmentId: t.departmentId,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt?.toISOString() ?? null,
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export function createTokenService(database: Database) {
  const { db } = database;
  return {
    list: async () => (await repo.listTokens(db)).map(present),

    async create(actor: Actor, input: z.infer<typeof createApiTokenBody>) {
      if (!(await depts.findDepartment(db, input.departmentId))) {
        throw new AppError('VALIDATION_FAILED', { zh: '部门不存在', en: 'no such department' }, [
          { path: 'body.departmentId', message: { zh: '部门不存在', en: 'no such department' } },
        ]);
      }
      if (input.roles.includes('applicant') || input.roles.includes('admin')) {
        throw new AppError('VALIDATION_FAILED', { zh: '接口令牌不能持有企业/群众或管理员角色', en: 'a token cannot hold the applicant or admin role' }, [
          { path: 'body.roles', message: { zh: '不能包含企业/群众或管理员角色', en: 'must not include applicant or admin' } },
        ]);
      }
      const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
      if (expiresAt && expiresAt <= new Date()) {
        throw new AppError('VALIDATION_FAILED', { zh: '到期时间须晚于现在', en: 'the expiry must be in the future' }, [
          { path: 'body.expiresAt', message: { zh: '须晚于现在', en: 'must be in the future' } },
        ]);
      }
      const secret = randomToken(PREFIX, 32);
      const id = uuidv7();
      await db.transaction(async (tx) => {
        await repo.insertToken(tx, {
          id,
          name: input.name,
          prefix: secret.slice(0, PREFIX.length + 6),
          secretHash: hashToken(secret),
          roles: [...new Set(input.roles)],
          departmentId: input.departmentId,
          createdBy: actor.id,
          expiresAt,
        });
        await appendAudit(tx, actor, { action: 'org.token.create', entity: 'api_token', entityId: id, change: { name: input.name, roles: input.roles, departmentId: input.departmentId, expiresAt } });
      });
      return { token: present((await repo.findToken(db, id))!), secret };
    },

    async revoke(actor: Actor, id: string) {
      if (!(await repo.findToken(db, id))) throw notFound({ zh: '接口令牌', en: 'API token' });
      await db.transaction(async (tx) => {
        if (!(await repo.revokeToken(tx, id))) throw new AppError('CONFLICT', { zh: '令牌已被吊销', en: 'the token is already revoked' });
        await appendAudit(tx, actor, { action: 'org.token.revoke', entity: 'api_token', entityId: id, change: null });
      });
    },

    async resolve(secret: string, now = new Date()): Promise<Principal | null> {
      if (!secret.startsWith(PREFIX) || secret.length > 100) return null;
      const token = await repo.findTokenBySecretHash(db, hashToken(secret));
      if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
      if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) await repo.markTokenUsed(db, token.id, now);
      return {
        via: 'token',
        id: token.id,
        userId: null,
        username: null,
        name: token.name,
        kind: 'integration',
        departmentId: token.departmentId,
        departmentName: null,
        roles: (token.roles as Role[]).map((role) => ({ role, departmentId: token.departmentId })),
        mustChangePassword: false,
        csrfToken: null,
        sessionId: null,
        sessionExpiry: null,
      };
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
