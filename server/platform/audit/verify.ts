// Walks the audit chain in seq order, a batch at a time (memory stays flat for millions of rows),
// from the latest anchor (a retention purge, or the start of the chain) to the newest row.
import type { Db } from '../db/index.ts';
import { GENESIS_HASH, checkRow, type BreakReason, type ChainHead } from './chain.ts';
import { countRowsThrough, findLatestAnchor, readChainBatch, type AnchorRow } from './repository.ts';
import { sealAuditLog } from './seal.ts';

export interface VerifyOptions {
  /** Rows read per query; default 1000. */
  batchSize?: number;
}

interface VerifyCommon {
  /** Rows that verified (before the first broken one, when broken). */
  rows: number;
  /** Where verification started: the latest anchor's seq and hash, or null from the very first row. */
  anchor: ChainHead | null;
  /** Rows at or before the anchor, kept from before the chain existed: counted, not verifiable. */
  unchained: number;
}

export type VerifyResult =
  | (VerifyCommon & {
      ok: true;
      /** The newest row (or the anchor): record it elsewhere to detect later removal of the newest rows. */
      head: ChainHead;
    })
  | (VerifyCommon & { ok: false; firstBroken: { seq: number; id: string; reason: BreakReason } });

const sameAnchor = (a: AnchorRow | null, b: AnchorRow | null) => a?.id === b?.id;

export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<VerifyResult> {
  const batchSize = options.batchSize ?? 1000;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive whole number, got ${batchSize}`);
  // Rows written a moment ago are sealed first, so the walk covers everything committed until now.
  await sealAuditLog(db);
  // A purge running meanwhile deletes rows ahead of the walk and looks like a break: when the anchor
  // has moved since the walk began, walk again from the new one.
  for (let attempt = 0; ; attempt++) {
    const anchor = await findLatestAnchor(db);
    const result = await walk(db, anchor, batchSize);
    if (result.ok || attempt === 2 || sameAnchor(anchor, await findLatestAnchor(db))) return result;
  }
}

async function walk(db: Db, anchor: AnchorRow | null, batchSize: number): Promise<VerifyResult> {
  const start: ChainHead | null = anchor ? { seq: anchor.seq, hash: anchor.hash } : null;
  let head: ChainHead = start ?? { seq: 0, hash: GENESIS_HASH };
  let rows = 0;
  const unchained = anchor ? await countRowsThrough(db, anchor.seq) : 0;
  for (;;) {
    const batch = await readChainBatch(db, head.seq, batchSize);
    for (const row of batch) {
      const reason = checkRow(row, head);
      if (reason)
        return {
          ok: false,
          rows,
          anchor: start,
          unchained,
          firstBroken: { seq: row.seq, id: row.id, reason },
        };
      head = { seq: row.seq, hash: row.hash };
      rows++;
    }
    if (batch.length < batchSize) return { ok: true, rows, anchor: start, unchained, head };
  }
}
