// A submission with nothing to claim or fetch (one item, paper materials at the window) is one statement: the
// number drawn by the database, the case, the row and the audit rows. What that path must keep: the number's
// format and gaplessness, an audit row that names the number and verifies, and a refusal that writes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, verifyAuditChain } from '../../platform/audit/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { createApplicationsTestApp, foodForm, sender, type ApplicationsTestApp } from '../../test/applications-factories.ts';
import { applicationNumber } from './service/numbers.ts';

let t: ApplicationsTestApp;
let send: ReturnType<typeof sender>;
beforeAll(async () => {
  t = await createApplicationsTestApp();
  send = sender(t);
});
afterAll(() => t.close());

async function windowDraft(itemCode = t.spot.code) {
  const res = await send('clerk', 'POST', '/api/v1/applications', { itemCode, channel: 'window', uscc: t.uscc, formData: foodForm(t.uscc), materials: [{ key: 'application', fileIds: [], paper: true }] });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

const submit = (d: { id: string; version: number }) => send('clerk', 'POST', `/api/v1/applications/${d.id}/submit`, { version: d.version });
const numberOf = async (id: string) => (await queryRows<{ number: string | null }>(t.services.database.db, sql`select number from application where id = ${id}`))[0]!.number;

describe('a submission in one statement', () => {
  it('draws the next number of the day, formats it as applicationNumber does, and names it in an audit row that verifies', async () => {
    const first = await windowDraft();
    expect((await submit(first)).statusCode).toBe(200);
    const n1 = (await numberOf(first.id))!;
    const second = await windowDraft();
    expect((await submit(second)).statusCode).toBe(200);
    const n2 = (await numberOf(second.id))!;
    const prefix = n1.slice(0, -12);
    const day = `${n1.slice(-12, -8)}-${n1.slice(-8, -6)}-${n1.slice(-6, -4)}`;
    const seq = Number(n1.slice(-4));
    expect(n1).toBe(applicationNumber(prefix, day, seq));
    expect(n2).toBe(applicationNumber(prefix, day, seq + 1));

    // Past 9 999 a day the sequence keeps every digit (as padStart does), still without a gap.
    await t.services.database.db.execute(sql`update application_sequence set last = 9999 where prefix = ${prefix} and day = ${day}`);
    const third = await windowDraft();
    expect((await submit(third)).statusCode).toBe(200);
    expect(await numberOf(third.id)).toBe(applicationNumber(prefix, day, 10_000));

    const audit = await queryRows<{ change: { number: string; channel: string; cases: { id: string; state: string }[] } }>(t.services.database.db, sql`select change from audit_log where action = 'application.submit' and entity_id = ${third.id}`);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.change).toMatchObject({ number: applicationNumber(prefix, day, 10_000), channel: 'window' });
    // One audit row for the submission: it names the case it opened, which has no opening row of its own.
    const [opened] = await queryRows<{ id: string; state: string }>(t.services.database.db, sql`select id, state from workflow_case where subject_id = ${third.id}`);
    expect(audit[0]!.change.cases).toEqual([{ id: opened!.id, state: opened!.state }]);
    const rows = await queryRows<{ action: string }>(t.services.database.db, sql`select action from audit_log where entity_id in (${third.id}, ${opened!.id}) order by id`);
    expect(rows.map((r) => r.action)).toEqual(['application.draft.create', 'application.submit']);
    expect(await verifyAuditChain(t.services.database.db)).toMatchObject({ ok: true });
  });

  it('writes nothing — no number, no case, no audit row — when the draft moved on meanwhile', async () => {
    const d = await windowDraft();
    await t.services.database.db.execute(sql`update application set version = version + 1 where id = ${d.id}`);
    const res = await submit(d);
    expect(res.statusCode).toBe(409);
    expect(await numberOf(d.id)).toBeNull();
    const written = await queryRows<{ cases: number; audits: number }>(
      t.services.database.db,
      sql`select (select count(*)::int from workflow_case where subject_id = ${d.id}) as cases, (select count(*)::int from audit_log where action = 'application.submit' and entity_id = ${d.id}) as audits`,
    );
    expect(written[0]).toEqual({ cases: 0, audits: 0 });
  });

  it('refuses a draft whose edition was retired a moment ago, even while a copy of it still says published', async () => {
    const d = await windowDraft();
    // The submissions above left the applications room a copy of this edition (kept a minute); retire it now.
    const item = await t.services.catalog.items.get(t.spot.id);
    await t.services.catalog.items.retire(systemActor, item.id, item.version);
    const res = await submit(d);
    expect(res.statusCode).toBe(422);
    // The copy still said published: the statement's own check refused it (its message, not the early check's).
    expect(res.body).toMatch(/刚刚更新或下线|a moment ago/);
    expect(await numberOf(d.id)).toBeNull();
  });
});
