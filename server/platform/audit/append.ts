// Appends audit rows. Callers pass their transaction so the audit row commits or rolls back with
// the write it describes. Appends are serialised by a transaction-scoped advisory lock: the lock is
// taken first, then the last row is read (a fresh snapshot under READ COMMITTED), so each row links
// to the one committed just before it. The lock is held until the caller commits: append last.
import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from '../db/index.ts';
import { uuidv7 } from '../db/index.ts';
import { GENESIS_HASH, chainHash, changeDigest, toStoredJson, type ChainHead } from './chain.ts';
import { findLastRow, findLatestAnchor, insertAuditRow, lockChain } from './repository.ts';

/** Who is acting: a signed-in user, an API token, the system itself, or the command line. */
export interface Actor {
  type: 'user' | 'token' | 'system' | 'cli';
  id: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export const systemActor: Actor = { type: 'system', id: null };
export const cliActor: Actor = { type: 'cli', id: process.env.USER ?? null };

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  change?: unknown;
}

/** The audit log's clock; tests move it to write rows that have aged (faking Date would upset PGlite's own timers). */
export const auditClock = { now: (): Date => new Date() };

/** The row the next append links to. Call with the chain lock held. */
export async function readChainHead(tx: Db): Promise<ChainHead> {
  const last = await findLastRow(tx);
  if (last && last.hash !== '') return last;
  // No rows (all purged, or none yet), or only rows from before the chain (hash '').
  const anchor = await findLatestAnchor(tx);
  if (anchor && (!last || last.seq <= anchor.seq)) return { seq: anchor.seq, hash: anchor.hash };
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

export async function appendAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  // Given the database itself rather than a transaction, open one: the lock must outlive the insert.
  if (!is(tx, PgTransaction)) {
    await tx.transaction((inner) => appendAudit(inner, actor, entry));
    return;
  }
  const change = toStoredJson(entry.change);
  await lockChain(tx);
  const head = await readChainHead(tx);
  const fields = {
    id: uuidv7(),
    seq: head.seq + 1,
    // Taken under the lock, so time follows seq; a JS Date is whole milliseconds, which timestamptz keeps exactly.
    at: auditClock.now(),
    actorType: actor.type,
    actorId: actor.id,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
    digest: changeDigest(change),
    prevHash: head.hash,
  };
  await insertAuditRow(tx, { ...fields, change, hash: chainHash(fields) });
}
