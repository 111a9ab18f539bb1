// Retention on both engines: purging the oldest rows leaves an anchor that verification starts
// from, the purge is itself audited, and tampering after a purge is still found.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, toNumber } from '../db/index.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../../test/harness.ts';
import { auditClock } from './append.ts';
import {
  appendAudit,
  sealAuditLog,
  cliActor,
  createAuditService,
  purgeAuditBefore,
  retentionCutoff,
  verifyAuditChain,
} from './index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());
afterEach(() => {
  vi.restoreAllMocks();
});

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.now();
const db = () => t.database.db;

/** Sets the audit log's clock to T0 + offset days. */
function clockAt(offsetDays: number) {
  vi.spyOn(auditClock, 'now').mockImplementation(() => new Date(T0 + offsetDays * DAY));
}

async function append(n: number, action: string) {
  for (let i = 0; i < n; i++) {
    await db().transaction((tx) =>
      appendAudit(tx, cliActor, { action, entity: 'thing', entityId: String(i), change: { i } }),
    );
  }
}

const rowsBySeq = async () => {
  await sealAuditLog(db());
  const rows = await queryRows<{ seq: unknown; action: string; change: unknown }>(db(), sql`select seq, action, change from audit_log order by seq`);
  return rows.map((r) => ({ ...r, seq: toNumber(r.seq) }));
};

async function tampered(tamper: string, restore: string) {
  await t.database.exec(tamper);
  const result = await verifyAuditChain(db(), { batchSize: 2 });
  await t.database.exec(restore);
  expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  return result;
}

describe(`audit retention on ${testEngine}`, () => {
  it('refuses a retention under 180 days', async () => {
    expect(() => retentionCutoff(179)).toThrow(/180/);
    expect(retentionCutoff(365, new Date(T0)).getTime()).toBe(T0 - 365 * DAY);
    await expect(purgeAuditBefore(db(), new Date(T0 - 179 * DAY))).rejects.toThrow(/180 days/);
  });

  it('purges every row when all are expired; the chain continues from the anchor', async () => {
    clockAt(-800);
    await append(3, 'test.ancient');
    clockAt(-400);
    const result = await purgeAuditBefore(db(), retentionCutoff(365), { actor: cliActor });
    const [anchor] = await queryRows<{ seq: unknown; hash: string; rows: unknown; kind: string }>(
      db(),
      sql`select seq, hash, rows, kind from audit_anchor`,
    );
    expect(result).toEqual({ rows: 3, anchor: { seq: 3, hash: anchor!.hash } });
    expect({ ...anchor, seq: toNumber(anchor!.seq), rows: toNumber(anchor!.rows) }).toMatchObject({
      seq: 3,
      rows: 3,
      kind: 'purge',
    });
    const rows = await rowsBySeq();
    expect(rows).toEqual([
      {
        seq: 4,
        action: 'audit.purge',
        change: expect.objectContaining({ rows: 3, throughSeq: 3, anchorSeq: 3 }),
      },
    ]);
    await sealAuditLog(db());
    const [purgeRow] = await queryRows<{ prev_hash: string }>(
      db(),
      sql`select prev_hash from audit_log where seq = 4`,
    );
    expect(purgeRow!.prev_hash).toBe(anchor!.hash);
    expect(await verifyAuditChain(db())).toMatchObject({
      ok: true,
      rows: 1,
      anchor: { seq: 3 },
      unchained: 0,
    });
  });

  it('purges an expired prefix in batches, one anchor and one audit row per batch', async () => {
    clockAt(-300);
    await append(3, 'test.old'); // seq 5–7
    clockAt(-200);
    await append(2, 'test.recent'); // seq 8–9
    clockAt(0);
    // Expired at 250 days: seq 4 (the first purge's own row) and 5–7.
    const result = await purgeAuditBefore(db(), new Date(T0 - 250 * DAY), { batchSize: 2 });
    expect(result).toMatchObject({ rows: 4, anchor: { seq: 7 } });
    const rows = await rowsBySeq();
    expect(rows.map((r) => `${r.seq} ${r.action}`)).toEqual([
      '8 test.recent',
      '9 test.recent',
      '10 audit.purge',
      '11 audit.purge',
    ]);
    expect(rows[2]!.change).toMatchObject({ rows: 2, throughSeq: 5 });
    expect(rows[3]!.change).toMatchObject({ rows: 2, throughSeq: 7 });
    expect(await verifyAuditChain(db(), { batchSize: 3 })).toMatchObject({
      ok: true,
      rows: 4,
      anchor: { seq: 7 },
    });
  });

  it('stops at the first row that is not expired, even if older rows follow it', async () => {
    clockAt(-10);
    await append(1, 'test.young'); // seq 12
    clockAt(-500); // a server whose clock was wrong
    await append(1, 'test.skewed'); // seq 13
    clockAt(0);
    const result = await purgeAuditBefore(db(), new Date(T0 - 190 * DAY));
    expect(result.rows).toBe(2); // seq 8 and 9 only (10 and 11 are from today)
    expect((await rowsBySeq()).map((r) => r.seq)).toEqual([10, 11, 12, 13, 14]);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, anchor: { seq: 9 } });
  });

  it('still finds tampering after a purge', async () => {
    expect(
      await tampered(
        `update audit_log set change = '{"i": 7}' where seq = 12`,
        `update audit_log set change = '{"i": 0}' where seq = 12`,
      ),
    ).toMatchObject({
      ok: false,
      firstBroken: { seq: 12, reason: 'hash-mismatch' },
    });
    await t.database.exec(`create table audit_keep as select * from audit_log where seq = 10`);
    expect(
      await tampered(
        `delete from audit_log where seq = 10`,
        `insert into audit_log select * from audit_keep; drop table audit_keep`,
      ),
    ).toMatchObject({
      ok: false,
      rows: 0,
      firstBroken: { seq: 11, reason: 'gap' },
    });
  });

  it('finds a forged anchor (rows deleted and an anchor written to hide it)', async () => {
    const [real] = await queryRows<{ hash: string }>(
      db(),
      sql`select hash from audit_anchor order by seq desc limit 1`,
    );
    expect(
      await tampered(
        `update audit_anchor set hash = repeat('0', 64) where seq = 9`,
        `update audit_anchor set hash = '${real!.hash}' where seq = 9`,
      ),
    ).toMatchObject({ ok: false, firstBroken: { seq: 10, reason: 'prev-mismatch' } });
  });

  it('purges by the configured retention through the service, and does nothing when nothing expired', async () => {
    const audit = createAuditService(t.database, { retentionDays: 365 });
    const result = await audit.purgeExpired(cliActor, new Date(T0));
    expect(result).toEqual({ rows: 0, anchor: null, cutoff: new Date(T0 - 365 * DAY) });
    expect(await audit.verify()).toMatchObject({ ok: true, rows: 5 });
  });
});
