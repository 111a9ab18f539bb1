// Retention (留存): audit rows are kept at least 180 days (网络安全法 §21, 等保 2.0), then purged
// oldest first. Each purge step deletes an expired prefix of the chain and, in the same
// transaction, records an anchor (the seq and hash of the last row deleted) and appends an
// `audit.purge` row, so verification continues from the anchor and the purge itself is on record.
import type { Db } from '../db/index.ts';
import { appendAudit, auditClock, systemActor, type Actor } from './append.ts';
import type { ChainHead } from './chain.ts';
import { deleteThrough, findLatestAnchor, insertAnchor, lockChain, readOldest } from './repository.ts';
import { sealAuditLog } from './seal.ts';

export const MIN_RETENTION_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeOptions {
  actor?: Actor;
  /** Rows deleted per transaction (the chain lock is held for each); default 10 000. */
  batchSize?: number;
}

export interface PurgeResult {
  /** Rows deleted. */
  rows: number;
  /** The anchor verification now starts from; null when nothing was purged. */
  anchor: ChainHead | null;
}

/** The cutoff for a retention in days: rows older than this may go. */
export function retentionCutoff(days: number, now: Date = auditClock.now()): Date {
  if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS)
    throw new RangeError(`audit retention must be at least ${MIN_RETENTION_DAYS} days, got ${days}`);
  return new Date(now.getTime() - days * DAY_MS);
}

/** Deletes rows older than `cutoff` in seq order, stopping at the first row that is not. */
export async function purgeAuditBefore(
  db: Db,
  cutoff: Date,
  options: PurgeOptions = {},
): Promise<PurgeResult> {
  const latestAllowed = auditClock.now().getTime() - MIN_RETENTION_DAYS * DAY_MS;
  if (!(cutoff.getTime() <= latestAllowed)) {
    throw new RangeError(
      `refusing to purge audit rows younger than ${MIN_RETENTION_DAYS} days (cutoff ${cutoff.toISOString()})`,
    );
  }
  const actor = options.actor ?? systemActor;
  const batchSize = options.batchSize ?? 10_000;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive whole number, got ${batchSize}`);
  let total = 0;
  let anchor: ChainHead | null = null;
  // Only sealed rows can be purged (the anchor needs their hash).
  await sealAuditLog(db);
  for (;;) {
    const step = await db.transaction(async (tx) => {
      await lockChain(tx);
      const oldest = await readOldest(tx, batchSize);
      let through: { seq: number; hash: string } | null = null;
      for (const row of oldest) {
        if (row.at.getTime() >= cutoff.getTime()) break;
        through = row;
      }
      if (!through) return null;
      const rows = await deleteThrough(tx, through.seq);
      // Deleting only rows from before the chain (hash '') leaves the chain's start where it was.
      const previous = await findLatestAnchor(tx);
      const next =
        previous && previous.seq >= through.seq
          ? { seq: previous.seq, hash: previous.hash }
          : { seq: through.seq, hash: through.hash };
      await insertAnchor(tx, { ...next, rows, cutoff, createdAt: auditClock.now() });
      await appendAudit(tx, actor, {
        action: 'audit.purge',
        entity: 'audit_log',
        change: {
          cutoff: cutoff.toISOString(),
          rows,
          throughSeq: through.seq,
          anchorSeq: next.seq,
          anchorHash: next.hash,
        },
      });
      return {
        rows,
        anchor: next,
        more: through === oldest[oldest.length - 1] && oldest.length === batchSize,
      };
    });
    if (!step) return { rows: total, anchor };
    total += step.rows;
    anchor = step.anchor;
    if (!step.more) return { rows: total, anchor };
  }
}
