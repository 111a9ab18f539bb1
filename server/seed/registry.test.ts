import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_STATUSES } from '../../common/api/registry.ts';
import { isKnownRegion, validateIdCard, validateUscc } from '../../common/ids/index.ts';
import { INDUSTRY_CLASSES } from '../../common/registry/industries.ts';
import { queryRows } from '../platform/db/index.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { signIn } from '../test/sign-in.ts';
import { DEMO_PASSWORD, seedDemoCity } from './index.ts';
import { demoEntities, seedRegistry, SEED_LATEST_DATE } from './registry.ts';

const take = (seed: number, n: number) => {
  const g = demoEntities(seed);
  return Array.from({ length: n }, () => g.next());
};

describe('the demo city’s entities (generator)', () => {
  const city = take(2026, 3000);

  it('are the same for a seed, and the small city is the start of the big one', () => {
    expect(take(2026, 3000)).toEqual(city);
    expect(take(2026, 5000).slice(0, 3000)).toEqual(city);
    expect(take(7, 50).map((e) => e.uscc)).not.toEqual(city.slice(0, 50).map((e) => e.uscc));
  });

  it('have valid, unique USCCs of the right kind in the city’s districts, and unique names', () => {
    expect(new Set(city.map((e) => e.uscc)).size).toBe(city.length);
    expect(new Set(city.map((e) => e.name)).size).toBe(city.length);
    for (const e of city) {
      expect(validateUscc(e.uscc)).toEqual({ ok: true });
      expect(e.uscc.slice(0, 2)).toBe({ enterprise: '91', individual: '92', cooperative: '93' }[e.kind]);
      expect(e.uscc.slice(2, 8)).toBe(e.districtCode);
      expect(isKnownRegion(e.districtCode)).toBe(true);
    }
  });

  it('have dates from 1995 to the seed’s last day, industries that fit their section, and a realistic mix', () => {
    for (const e of city) {
      expect(e.establishedOn >= '1995-01-01' && e.establishedOn <= SEED_LATEST_DATE).toBe(true);
      if (e.industryClass) expect(INDUSTRY_CLASSES[e.industryClass]?.section).toBe(e.industrySection);
      expect(ENTITY_STATUSES).toContain(e.status);
    }
    const share = (p: (e: (typeof city)[number]) => boolean) => city.filter(p).length / city.length;
    expect(share((e) => e.status === 'active')).toBeGreaterThan(0.8);
    expect(share((e) => e.status === 'deregistered' || e.status === 'revoked')).toBeGreaterThan(0.03);
    expect(share((e) => e.kind === 'individual')).toBeGreaterThan(0.3);
    expect(share((e) => e.tags.length > 0)).toBeGreaterThan(0.01);
    expect(share((e) => e.tags.length > 0)).toBeLessThan(0.15);
  });
});

describe('seedRegistry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
    await seedRegistry(t.services, { seed: 1, scale: 'small' });
  });
  afterAll(() => t.close());

  it('adds the small city’s entities with signed licences that verify, some revoked and some expired', async () => {
    expect(await t.services.registry.entities.count()).toBe(3000);
    const dairy = await t.services.registry.entities.search({ q: '青城乳业', page: 1, pageSize: 5 });
    expect(dairy.items.map((e) => e.name)).toEqual(['青城乳业有限公司']);
    const list = (status: 'valid' | 'expired' | 'revoked') => t.services.registry.licences.list({ status, page: 1, pageSize: 3 });
    for (const status of ['valid', 'expired', 'revoked'] as const) {
      const { items, total } = await list(status);
      expect(total, status).toBeGreaterThan(0);
      const res = await t.app.inject({ url: `/api/v1/verify/${items[0]!.verificationCode}` });
      expect(res.json().result).toBe(status);
    }
    const types = await t.services.registry.licences.types();
    expect(types.map((x) => x.code).sort()).toEqual(['BUSINESS_LICENCE', 'CONSTRUCTION_PERMIT', 'CONSTRUCTOR_CERT', 'DISCHARGE_PERMIT', 'FOOD_BUSINESS', 'PUBLIC_HEALTH', 'ROAD_TRANSPORT']);
    expect(types.find((x) => x.code === 'CONSTRUCTOR_CERT')!.holderKind).toBe('person');
  });

  it('stores residents’ ID numbers only encrypted and masked', async () => {
    const [row] = await queryRows<{ n: unknown; plain: unknown }>(
      t.services.database.db,
      sql`select count(*) as n, count(*) filter (where id_number_enc ~ '^[0-9]{17}[0-9X]$') as plain from person`,
    );
    expect(Number(row!.n)).toBeGreaterThan(300);
    expect(Number(row!.plain)).toBe(0);
    const masked = await queryRows<{ m: string }>(t.services.database.db, sql`select id_number_masked as m from person limit 20`);
    for (const { m } of masked) expect(m).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    const user = await t.services.org.users.findByUsername('shimin');
    expect(validateIdCard(t.services.crypto.decrypt(user!.idNumberEnc!)).ok).toBe(true);
  });

  it('gives the demo citizen a history of who looked at her data, allowed and refused', async () => {
    const citizen = await signIn(t.app, 'shimin', DEMO_PASSWORD);
    const res = await t.app.inject({ url: '/api/v1/registry/my-data-access', headers: citizen.headers() });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { allowed: boolean; consumerDepartmentName: string }[];
    expect(items.length).toBe(4);
    expect(items.some((i) => i.allowed) && items.some((i) => !i.allowed)).toBe(true);
  });

  it('audits each batch, and a second run adds nothing', async () => {
    const [audit] = await queryRows<{ n: unknown }>(t.services.database.db, sql`select count(*) as n from audit_log where action = 'registry.seed.batch'`);
    expect(Number(audit!.n)).toBeGreaterThanOrEqual(4);
    const again = await seedRegistry(t.services, { seed: 1, scale: 'small' });
    expect(again).toMatchObject({ entities: 0, licences: 0, persons: 0, shareLog: 0, sharingRules: 0, accounts: 0 });
    expect(await t.services.registry.entities.count()).toBe(3000);
  });
});
