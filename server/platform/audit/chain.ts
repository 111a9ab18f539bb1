// The hash chain (防篡改链) as pure functions: what a row's hash covers, and the check of one row
// against the row before it. The database side (locking, reading, writing) is in append.ts and
// verify.ts; keeping this pure lets the same code compute a hash when appending and when verifying.
import { canonicalJson, sm3Hex } from './digest.ts';

/** The prev_hash of the very first row, when no purge anchor precedes it. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a row stores and its hash covers. */
export interface ChainedFields {
  id: string;
  seq: number;
  /** Whole milliseconds (a JS Date), so what is hashed is exactly what timestamptz stores and reads back. */
  at: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  ip: string | null;
  requestId: string | null;
  digest: string;
  prevHash: string;
}

export interface StoredRow extends ChainedFields {
  change: unknown;
  hash: string;
}

/** Where the chain continues from: the last row, or an anchor, or the genesis. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export type BreakReason = 'hash-mismatch' | 'prev-mismatch' | 'gap';

/**
 * `change` as jsonb will store and hand back: a JSON round trip drops undefined members, turns
 * Dates into ISO strings and calls toJSON, so the digest covers what a later reader sees.
 */
export function toStoredJson(change: unknown): unknown {
  if (change === undefined) return null;
  const text = JSON.stringify(change);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

export function changeDigest(change: unknown): string {
  return sm3Hex(canonicalJson(change));
}

/** SM3 over the canonical JSON of every stored field but `change` (covered by `digest`) and `hash` itself. */
export function chainHash(row: ChainedFields): string {
  return sm3Hex(
    canonicalJson({
      id: row.id,
      seq: row.seq,
      at: row.at.toISOString(),
      actorType: row.actorType,
      actorId: row.actorId,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      ip: row.ip,
      requestId: row.requestId,
      digest: row.digest,
      prevHash: row.prevHash,
    }),
  );
}

/**
 * Checks one stored row against the head it should follow. A deleted row shows as a gap at the
 * next row; a row moved or renumbered as a gap or a prev mismatch; any edited field (the change,
 * its digest, the time, the actor…) as a hash mismatch.
 */
export function checkRow(row: StoredRow, head: ChainHead): BreakReason | null {
  if (row.seq !== head.seq + 1) return 'gap';
  if (row.prevHash !== head.hash) return 'prev-mismatch';
  if (row.digest !== changeDigest(row.change) || row.hash !== chainHash(row)) return 'hash-mismatch';
  return null;
}
