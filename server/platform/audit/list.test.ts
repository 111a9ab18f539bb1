// The admin page's read API on both engines: filters, paging, newest first; and the HTTP route,
// which is the only audit route and only reads.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { openTestDatabase, testEngine, type TestDatabase } from '../../test/harness.ts';
import { registerErrorHandling } from '../errors/index.ts';
import { trackRoutes, type App } from '../http/index.ts';
import { auditClock } from './append.ts';
import {
  appendAudit,
  createAuditService,
  listAudit,
  registerAuditRoutes,
  sealAuditLog,
  type Actor,
  type AuditFilters,
} from './index.ts';

let t: TestDatabase;
let app: App;
let routes: ReturnType<typeof trackRoutes>;
const T0 = Date.parse('2026-03-02T00:00:00.000Z');
const HOUR = 60 * 60 * 1000;

const alice: Actor = { type: 'user', id: 'alice', ip: '10.0.0.1', requestId: 'r-1' };
const bob: Actor = { type: 'user', id: 'bob' };

// Twelve rows, one an hour from T0: seq n at T0 + (n - 1) hours.
const writes: [Actor, string, string, string | null][] = [
  [alice, 'org.department.create', 'department', 'd-1'],
  [alice, 'org.department.update', 'department', 'd-1'],
  [bob, 'org.user.create', 'app_user', 'u-1'],
  [bob, 'calendar.override.create', 'calendar_override', '2026-03-02'],
  [alice, 'org.department.update', 'department', 'd-2'],
  [bob, 'auth.signin', 'session', null],
  [alice, 'a_b.c', 'weird', null],
  [alice, 'aXb.c', 'weird', null],
  [bob, 'org.user.update', 'app_user', 'u-1'],
  [alice, 'org.department.update', 'department', 'd-1'],
  [bob, 'auth.signin', 'session', null],
  [alice, 'org.user.disable', 'app_user', 'u-2'],
];

beforeAll(async () => {
  t = await openTestDatabase();
  for (const [i, [actor, action, entity, entityId]] of writes.entries()) {
    vi.spyOn(auditClock, 'now').mockReturnValue(new Date(T0 + i * HOUR));
    await t.database.db.transaction((tx) =>
      appendAudit(tx, actor, { action, entity, entityId, change: { step: i + 1 } }),
    );
  }
  vi.restoreAllMocks();
  await sealAuditLog(t.database.db);
  app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  routes = trackRoutes(app);
  registerAuditRoutes(app, { audit: createAuditService(t.database, { retentionDays: 365 }) });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await t.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const seqsOf = async (filters: AuditFilters, page = 1, pageSize = 50) => {
  const result = await listAudit(t.database.db, filters, { page, pageSize });
  return { seqs: result.items.map((r) => r.seq), total: result.total };
};

describe(`audit list on ${testEngine}`, () => {
  it('lists newest first with the full row', async () => {
    const page = await listAudit(t.database.db, {}, { page: 1, pageSize: 2 });
    expect(page.total).toBe(12);
    expect(typeof page.total).toBe('number');
    expect(page.items.map((r) => r.seq)).toEqual([12, 11]);
    expect(page.items[0]).toMatchObject({
      actorType: 'user',
      actorId: 'alice',
      actorName: null,
      action: 'org.user.disable',
      entity: 'app_user',
      entityId: 'u-2',
      ip: '10.0.0.1',
      requestId: 'r-1',
      change: { step: 12 },
      at: new Date(T0 + 11 * HOUR).toISOString(),
    });
    expect(page.items[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('filters by actor, entity and entity id', async () => {
    expect(await seqsOf({ actorId: 'bob' })).toEqual({ seqs: [11, 9, 6, 4, 3], total: 5 });
    expect(await seqsOf({ entity: 'department' })).toEqual({ seqs: [10, 5, 2, 1], total: 4 });
    expect(await seqsOf({ entity: 'department', entityId: 'd-1' })).toEqual({ seqs: [10, 2, 1], total: 3 });
    expect(await seqsOf({ actorId: 'nobody' })).toEqual({ seqs: [], total: 0 });
  });

  it('filters by action prefix, taking % and _ literally', async () => {
    expect(await seqsOf({ action: 'org.user.' })).toEqual({ seqs: [12, 9, 3], total: 3 });
    expect(await seqsOf({ action: 'org.department.update' })).toEqual({ seqs: [10, 5, 2], total: 3 });
    expect(await seqsOf({ action: 'a_b' })).toEqual({ seqs: [7], total: 1 });
    expect(await seqsOf({ action: '%' })).toEqual({ seqs: [], total: 0 });
  });

  it('filters by time: from inclusive, to exclusive', async () => {
    const from = new Date(T0 + 2 * HOUR);
    const to = new Date(T0 + 5 * HOUR);
    expect(await seqsOf({ from, to })).toEqual({ seqs: [5, 4, 3], total: 3 });
    expect(await seqsOf({ from, to, actorId: 'alice' })).toEqual({ seqs: [5], total: 1 });
  });

  it('pages, with the total of all matches on every page, and caps the page size at 200', async () => {
    expect(await seqsOf({}, 2, 5)).toEqual({ seqs: [7, 6, 5, 4, 3], total: 12 });
    expect(await seqsOf({}, 3, 5)).toEqual({ seqs: [2, 1], total: 12 });
    expect(await seqsOf({}, 4, 5)).toEqual({ seqs: [], total: 12 });
    expect((await listAudit(t.database.db, {}, { page: 1, pageSize: 5000 })).pageSize).toBe(200);
  });
});

describe('GET /api/v1/audit', () => {
  it('answers with the filtered page', async () => {
    const res = await app.inject({
      url: `/api/v1/audit?action=org.department&entityId=d-1&pageSize=2&from=${encodeURIComponent(new Date(T0).toISOString())}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(body.items.map((r: { seq: number }) => r.seq)).toEqual([10, 2]);
  });

  it('refuses a page size over 200 and a malformed time with 400', async () => {
    expect((await app.inject({ url: '/api/v1/audit?pageSize=201' })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/v1/audit?from=yesterday' })).statusCode).toBe(400);
  });

  it('is the only audit route: read-only, for admin and office, all data', async () => {
    const audit = routes.filter((r) => r.url.startsWith('/api/v1/audit'));
    expect(audit.map((r) => [r.method, r.url, r.policy])).toEqual([
      ['GET', '/api/v1/audit', { roles: ['admin', 'office'], scope: 'all' }],
    ]);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      expect((await app.inject({ method, url: '/api/v1/audit' })).statusCode).toBe(404);
    }
  });
});
