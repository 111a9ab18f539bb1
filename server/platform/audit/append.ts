// Appends audit rows. Callers pass their transaction so the audit row commits or rolls back with
// the write it describes. The row is inserted unsealed — no lock, so concurrent writers do not
// queue behind each other — and the sealer (seal.ts) gives it its chain position and hash a
// moment after it commits.
import type { Db } from '../db/index.ts';
import { uuidv7, type PendingWrite } from '../db/index.ts';
import { GENESIS_HASH, changeDigest, toStoredJson, type ChainHead } from './chain.ts';
import { auditRowInsert, auditRowInsertCompleted, findLastRow, findLatestAnchor, insertAuditRow } from './repository.ts';

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

/** The row the next sealed row links to. Call with the chain lock held. */
export async function readChainHead(tx: Db): Promise<ChainHead> {
  const last = await findLastRow(tx);
  if (last && last.hash !== '') return last;
  // No rows (all purged, or none yet), or only rows from before the chain (hash '').
  const anchor = await findLatestAnchor(tx);
  if (anchor && (!last || last.seq <= anchor.seq)) return { seq: anchor.seq, hash: anchor.hash };
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

function auditRow(actor: Actor, entry: AuditEntry) {
  const change = toStoredJson(entry.change);
  return {
    id: uuidv7(),
    // Whole milliseconds (a JS Date), which timestamptz keeps exactly, so the sealer hashes what is stored.
    at: auditClock.now(),
    actorType: actor.type,
    actorId: actor.id,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
    change,
    digest: changeDigest(change),
  };
}

export async function appendAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await insertAuditRow(tx, auditRow(actor, entry));
}

/**
 * The audit row as a write for a batch (runWrites): it commits or is undone with the writes it describes.
 * `completedBy` adds members to the change from the batch itself (member → SQL reading an earlier CTE), for a
 * value only the statement knows, such as a number drawn in it; the sealer then computes the row's digest.
 */
export function auditWrite(actor: Actor, entry: AuditEntry, completedBy?: Record<string, string>): PendingWrite {
  const row = auditRow(actor, entry);
  return completedBy ? auditRowInsertCompleted(row, completedBy) : auditRowInsert(row);
}
