// Open311 API keys (the `api_key` a client POSTs with): issued by an administrator, the secret shown once and
// kept only as its SM3 hash, revocable, with the time of last use (written at most once a minute).
import type { Open311Key } from '../../../../common/api/appeals-open311.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import { hashToken, randomToken } from '../../../platform/crypto/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { runWrites, uuidv7, WriteRefused } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as repo from './repository.ts';

const PREFIX = 'o311_';
/** How much of the secret the list shows, to tell keys apart. */
const SHOWN = 9;
const TOUCH_EVERY_MS = 60_000;
const what = { zh: 'Open311 接口密钥', en: 'Open311 API key' };

export const presentKey = (k: repo.ApiKeyRow): Open311Key => ({
  id: k.id,
  name: k.name,
  prefix: k.keyPrefix,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
});

export function createOpen311Keys(database: Database) {
  const { db } = database;

  async function insert(actor: Actor, name: string, secret: string): Promise<string> {
    const id = uuidv7();
    const keyPrefix = secret.slice(0, SHOWN);
    await runWrites(db, [
      repo.insertKeyWrite({ id, name, keyHash: hashToken(secret), keyPrefix, createdBy: actor.type === 'user' ? actor.id : null }),
      auditWrite(actor, { action: 'appeal.open311Key.issue', entity: 'appeal_api_key', entityId: id, change: { name, prefix: keyPrefix } }),
    ]);
    return id;
  }

  return {
    list: async (): Promise<Open311Key[]> => (await repo.listKeys(db)).map(presentKey),

    /** A new key: its secret is returned here once and never again. */
    async issue(actor: Actor, name: string): Promise<{ key: Open311Key; secret: string }> {
      const secret = randomToken(PREFIX, 24);
      const id = await insert(actor, name.trim(), secret);
      return { key: presentKey((await repo.findKey(db, id))!), secret };
    },

    /** Revokes a key at once; a key already revoked is a conflict (409), an unknown one 404. */
    async revoke(actor: Actor, id: string): Promise<Open311Key> {
      const before = await repo.findKey(db, id);
      if (!before) throw notFound(what);
      try {
        await runWrites(db, [repo.revokeKeyWrite(id), auditWrite(actor, { action: 'appeal.open311Key.revoke', entity: 'appeal_api_key', entityId: id, change: { name: before.name, prefix: before.keyPrefix } })]);
      } catch (error) {
        if (error instanceof WriteRefused) throw new AppError('CONFLICT', { zh: '该接口密钥已被吊销', en: 'The key is already revoked' });
        throw error;
      }
      return presentKey((await repo.findKey(db, id))!);
    },

    /** The key's id when the secret is a live key, else null; records the use at most once a minute. */
    async verify(secret: string, now = new Date()): Promise<string | null> {
      if (!secret || secret.length > 200) return null;
      const key = await repo.findKeyByHash(db, hashToken(secret));
      if (!key || key.revokedAt) return null;
      if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= TOUCH_EVERY_MS) await repo.touchKey(db, key.id, now);
      return key.id;
    },

    /** A key with a fixed secret (the demo seed's `demo-open311-key`): created once, its id returned ever after. */
    async ensureKey(actor: Actor, name: string, secret: string): Promise<string> {
      const existing = await repo.findKeyByHash(db, hashToken(secret));
      if (existing) return existing.id;
      try {
        return await insert(actor, name, secret);
      } catch (error) {
        // Two starts racing: the other one created it.
        const raced = await repo.findKeyByHash(db, hashToken(secret));
        if (raced) return raced.id;
        throw error;
      }
    },

    /** The key's name (for the audit and the ticket's note), or null. */
    async nameOf(id: string): Promise<string | null> {
      return (await repo.findKey(db, id))?.name ?? null;
    },
  };
}

export type Open311Keys = ReturnType<typeof createOpen311Keys>;
