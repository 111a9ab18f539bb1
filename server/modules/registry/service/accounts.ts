// 企业账号关联: which applicant accounts act for a market entity (its legal representative or an
// agent). Staff link an account by its sign-in name (org resolves it: the registry reads no org
// tables); the applicant then sees the entities they represent and each one's file, and other rooms
// ask `represents(userId, uscc)` before acting for an enterprise.
import type { z } from 'zod';
import type { AccountRole, EntityAccount, linkAccountBody, MyEntity } from '../../../../common/api/registry-accounts.ts';
import type { profileReply } from '../../../../common/api/registry.ts';
import { normalizeUscc } from '../../../../common/ids/index.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as repo from '../accounts-repository.ts';
import * as entities from '../entities-repository.ts';
import { entityWhat, presentEntity } from './entities.ts';
import type { ProfileService } from './profile.ts';

/** What the registry needs to know of an account (from org). */
export interface AccountInfo {
  id: string;
  kind: string;
  disabled: boolean;
}

export interface AccountDeps {
  /** The account with this sign-in name, or null. */
  findAccount: (username: string) => Promise<AccountInfo | null>;
  /** Display names of users by id ("name（username）"). */
  accountNames: (ids: string[]) => Promise<Map<string, string>>;
}

const linkWhat = { zh: '账号关联', en: 'Account link' };
// Callers pass principals' ids; anything that is not a UUID cannot be an account (and must not reach a uuid column).
const isUuid = (id: string | null): id is string => typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
const usernameError = (zh: string, en: string) => new AppError('VALIDATION_FAILED', { zh, en }, [{ path: 'body.username', message: { zh, en } }]);

export function createAccountService(database: Database, deps: AccountDeps & { profile: ProfileService }) {
  const { db } = database;

  async function entityOf(uscc: string) {
    const entity = await entities.findEntityByUscc(db, normalizeUscc(uscc));
    if (!entity) throw notFound(entityWhat);
    return entity;
  }

  async function present(rows: repo.AccountRow[]): Promise<EntityAccount[]> {
    const ids = [...new Set(rows.flatMap((r) => [r.userId, ...(r.grantedBy ? [r.grantedBy] : [])]))];
    const names = await deps.accountNames(ids);
    return rows.map((r) => ({
      userId: r.userId,
      accountName: names.get(r.userId) ?? r.userId,
      role: r.role as AccountRole,
      grantedByName: r.grantedBy ? (names.get(r.grantedBy) ?? null) : null,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  return {
    /** Accounts linked to an entity (staff). */
    async list(uscc: string): Promise<EntityAccount[]> {
      const entity = await entityOf(uscc);
      return present(await repo.listAccounts(db, entity.id));
    },

    async link(actor: Actor, uscc: string, input: z.infer<typeof linkAccountBody>): Promise<EntityAccount> {
      const entity = await entityOf(uscc);
      const account = await deps.findAccount(input.username);
      if (!account) throw usernameError('没有这个用户名的账号', 'no account has this username');
      if (account.kind !== 'applicant') throw usernameError('只能关联企业/群众账号，工作人员账号不能代表企业', 'only applicant accounts can be linked; staff accounts cannot act for an enterprise');
      if (account.disabled) throw usernameError('该账号已停用', 'the account is disabled');
      const row: repo.NewAccount = { id: uuidv7(), entityId: entity.id, userId: account.id, role: input.role, grantedBy: actor.id ?? actor.type };
      await db.transaction(async (tx) => {
        if (!(await repo.insertAccount(tx, row))) {
          throw new AppError('CONFLICT', { zh: '该账号已关联此市场主体', en: 'This account is linked to the entity already' }, [
            { path: 'body.username', message: { zh: '已关联', en: 'already linked' } },
          ]);
        }
        await appendAudit(tx, actor, { action: 'registry.account.link', entity: 'entity_account', entityId: row.id, change: { uscc: entity.uscc, userId: account.id, username: input.username, role: input.role } });
      });
      const linked = (await repo.listAccounts(db, entity.id)).find((r) => r.id === row.id)!;
      return (await present([linked]))[0]!;
    },

    async unlink(actor: Actor, uscc: string, userId: string): Promise<void> {
      const entity = await entityOf(uscc);
      await db.transaction(async (tx) => {
        const removed = await repo.deleteAccount(tx, entity.id, userId);
        if (!removed) throw notFound(linkWhat);
        await appendAudit(tx, actor, { action: 'registry.account.unlink', entity: 'entity_account', entityId: removed.id, change: { uscc: entity.uscc, userId, role: removed.role } });
      });
    },

    /** 我的企业: the entities this user represents. */
    async mine(userId: string | null): Promise<MyEntity[]> {
      if (!isUuid(userId)) return [];
      const rows = await repo.entitiesOfUser(database.readDb, userId);
      return rows.map((r) => ({ entity: presentEntity(r.entity), role: r.account.role as AccountRole, linkedAt: r.account.createdAt.toISOString() }));
    },

    /** Whether this user acts for the entity with this USCC (for other rooms: applications, the catalogue …). */
    async represents(userId: string, uscc: string): Promise<boolean> {
      return isUuid(userId) && (await repo.findLink(db, userId, normalizeUscc(uscc))) !== null;
    },

    /** The enterprise's own file, for an account that represents it (anything else: 404, as if it did not exist). */
    async profileFor(userId: string | null, uscc: string): Promise<z.infer<typeof profileReply>> {
      if (!isUuid(userId) || !(await repo.findLink(db, userId, normalizeUscc(uscc)))) throw notFound(entityWhat);
      return deps.profile.load(uscc, 'holder');
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
