// The sealer (封链): gives unsealed audit rows their chain position and hash, oldest first, under
// the chain lock. Writers never wait for it; the server runs it every second, and verification and
// purges run it first, so only rows written in the last moment are ever unsealed.
import type { Db } from '../db/index.ts';
import { readChainHead } from './append.ts';
import { chainHash, changeDigest } from './chain.ts';
import { lockChain, readUnsealed, tryLockChain, writeSeals } from './repository.ts';

export interface SealOptions {
  /** Rows sealed per transaction; default 1000. */
  batchSize?: number;
  /** When another process holds the chain lock, return at once instead of waiting (the periodic sealer). */
  skipIfBusy?: boolean;
}

/** Seals every row that is unsealed now; returns how many it sealed. */
export async function sealAuditLog(db: Db, options: SealOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 1000;
  let total = 0;
  for (;;) {
    const sealed = await db.transaction(async (tx) => {
      if (options.skipIfBusy) {
        if (!(await tryLockChain(tx))) return 0;
      } else {
        await lockChain(tx);
      }
      const rows = await readUnsealed(tx, batchSize);
      if (rows.length === 0) return 0;
      let head = await readChainHead(tx);
      const seals = rows.map((row) => {
        // A row whose change was completed by the statement that wrote it (a number the database drew) comes
        // without its digest: it is computed here, from the change as stored, before the hash that covers it.
        const digest = row.digest || changeDigest(row.change);
        const fields = { ...row, digest, seq: head.seq + 1, prevHash: head.hash };
        const hash = chainHash(fields);
        head = { seq: fields.seq, hash };
        return { id: row.id, digest, seq: fields.seq, prevHash: fields.prevHash, hash };
      });
      await writeSeals(tx, seals);
      return rows.length;
    });
    total += sealed;
    if (sealed < batchSize) return total;
  }
}
