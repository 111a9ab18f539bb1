import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleInput } from '../../common/api/catalog-bundles.ts';
import { itemInput } from '../../common/api/catalog.ts';
import { derivedFlags } from '../../common/catalog/derive.ts';
import { formFields } from '../../common/catalog/form-fields.ts';
import { checkItem, errorsOf } from '../../common/catalog/rules.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { bundleInputOf, CATALOG_BUNDLES, CATALOG_ITEMS, itemInputOf, seedCatalog } from './catalog/index.ts';
import { seedDemoCity } from './index.ts';
import { LICENCE_TYPES } from './registry-licences.ts';

// Stand-in ids for the pure checks: one stable uuid per department code.
const fakeId = (code: string) => `0190a000-0000-7000-8000-${Buffer.from(code).toString('hex').padEnd(12, '0').slice(-12)}`;
const inputs = CATALOG_ITEMS.map((s) => ({ seed: s, input: itemInput.parse(itemInputOf(s, fakeId)) }));
const published = inputs.filter((i) => !i.seed.draft);

describe('the demo catalogue (data)', () => {
  it('has at least 160 items with unique codes and names, and a handful of drafts', () => {
    expect(CATALOG_ITEMS.length).toBeGreaterThanOrEqual(160);
    expect(new Set(CATALOG_ITEMS.map((i) => i.code)).size).toBe(CATALOG_ITEMS.length);
    expect(new Set(CATALOG_ITEMS.map((i) => i.name)).size).toBe(CATALOG_ITEMS.length);
    const drafts = CATALOG_ITEMS.filter((i) => i.draft).length;
    expect(drafts).toBeGreaterThanOrEqual(3);
    expect(drafts).toBeLessThanOrEqual(6);
  });

  it('breaks no rule, and only two or three items carry quality warnings', () => {
    for (const { seed, input } of inputs) expect(errorsOf(checkItem(input)), seed.name).toEqual([]);
    const warned = inputs.filter(({ input }) => checkItem(input).length > 0).map(({ seed }) => seed.name);
    expect(warned.length).toBeGreaterThanOrEqual(2);
    expect(warned.length).toBeLessThanOrEqual(3);
  });

  it('has a realistic spread of types, limits, online depth, fees and reform modes', () => {
    const count = (p: (i: (typeof published)[number]['input']) => boolean) => published.filter(({ input }) => p(input)).length;
    const share = (p: Parameters<typeof count>[0]) => count(p) / published.length;
    expect(share((i) => i.type === 'licensing' || i.type === 'public_service')).toBeGreaterThan(0.6);
    for (const type of ['confirmation', 'benefit', 'filing', 'adjudication', 'other_power'] as const) expect(count((i) => i.type === type), type).toBeGreaterThan(0);
    expect(share((i) => i.onTheSpot)).toBeGreaterThan(0.2);
    expect(share((i) => i.promisedLimitDays < i.legalLimitDays)).toBeGreaterThan(0.5);
    expect(share((i) => i.visits === 0)).toBeGreaterThan(0.75);
    for (const i of published.map((p) => p.input).filter((i) => i.visits > 0)) expect(i.visitsReason).toBeTruthy();
    const full = share((i) => derivedFlags(i).fullyOnline);
    expect(full).toBeGreaterThan(0.6);
    expect(full).toBeLessThan(0.95);
    expect(share((i) => derivedFlags(i).mobile)).toBeGreaterThan(0.4);
    expect(count((i) => i.fee.charged)).toBeGreaterThanOrEqual(5);
    expect(share((i) => i.fee.charged)).toBeLessThan(0.15);
    expect(count((i) => i.reformMode === 'commitment' && i.commitmentAllowed && i.postCheckMonths !== null)).toBeGreaterThanOrEqual(8);
    for (const mode of ['filing', 'optimized'] as const) expect(count((i) => i.reformMode === mode), mode).toBeGreaterThan(0);
    for (const scope of ['national', 'city', 'none'] as const) expect(count((i) => i.crossRegion === scope), scope).toBeGreaterThan(0);
    expect(share((i) => i.keywords.length > 0 && i.events.length > 0)).toBe(1);
  });

  it('has flat forms of 3–10 fields, pre-filling the enterprise wherever the form asks for it', () => {
    for (const { seed, input } of inputs) {
      const fields = formFields(input.form.schema, input.form.uiSchema);
      expect(fields.length, seed.name).toBeGreaterThanOrEqual(3);
      expect(fields.length, seed.name).toBeLessThanOrEqual(10);
      expect(fields.some((f) => f.required), seed.name).toBe(true);
      if (fields.some((f) => f.key === 'uscc')) expect(input.form.prefill.uscc, seed.name).toBe('entity.uscc');
    }
    const types = new Set(inputs.flatMap(({ input }) => formFields(input.form.schema, input.form.uiSchema).map((f) => f.type)));
    for (const t of ['string', 'text', 'date', 'number', 'integer', 'enum'] as const) expect(types.has(t), t).toBe(true);
  });

  it('names registry licence types that exist, and shares material keys across items', () => {
    const licenceTypes = new Set(LICENCE_TYPES.map((t) => t.code));
    const materials = CATALOG_ITEMS.flatMap((i) => i.materials);
    for (const m of materials.filter((x) => x.source === 'licence')) expect(licenceTypes.has(m.licenceTypeCode!), m.name).toBe(true);
    for (const m of materials.filter((x) => x.source === 'department')) expect(m.issuingDepartment, m.name).toBeTruthy();
    const uses = (key: string) => CATALOG_ITEMS.filter((i) => i.materials.some((m) => m.key === key)).length;
    expect(uses('business_licence')).toBeGreaterThan(40);
    expect(uses('id_card')).toBeGreaterThan(40);
    expect(uses('tax_clearance')).toBeGreaterThan(0);
  });

  it('has the nine bundles, whose members are published demo items and whose merged forms ask a shared field once', () => {
    expect(CATALOG_BUNDLES.map((b) => b.name)).toEqual([
      '出生一件事',
      '入学一件事',
      '就业一件事',
      '退休一件事',
      '身后一件事',
      '企业开办一件事',
      '企业注销一件事',
      '不动产登记、交易和缴税一件事',
      '交房即交证一件事',
    ]);
    const byCode = new Map(CATALOG_ITEMS.map((i) => [i.code, i]));
    for (const b of CATALOG_BUNDLES) {
      bundleInput.parse(bundleInputOf(b, fakeId));
      for (const m of b.members) expect(byCode.get(m.itemCode)?.draft, `${b.name}: ${m.itemCode}`).toBe(false);
      expect(b.fields.some((f) => f.mapsTo.length > 1), b.name).toBe(true);
    }
    const startup = CATALOG_BUNDLES.find((b) => b.code === 'HHHT-YJS-STARTUP')!;
    expect(startup.promisedLimitDays).toBe(1);
    expect(startup.fields.find((f) => f.key === 'entity_name')!.mapsTo).toHaveLength(5);
    const closing = CATALOG_BUNDLES.find((b) => b.code === 'HHHT-YJS-CLOSE')!;
    const deregistration = byCode.get(closing.members.find((m) => byCode.get(m.itemCode)!.name === '企业注销登记')!.itemCode)!;
    expect(deregistration.materials.find((m) => m.key === 'tax_clearance')).toMatchObject({ source: 'department', issuingDepartment: 'HHHT-SW' });
  });
});

describe('seedCatalog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCity(t.services, { seed: 1, scale: 'small' });
  });
  afterAll(() => t.close());

  it('publishes the items and the bundles through the catalogue service', async () => {
    const { catalog } = t.services;
    const items = await catalog.items.list({ page: 1, pageSize: 1, status: 'published' }, 'admin');
    expect(items.total).toBeGreaterThanOrEqual(150);
    expect(items.total).toBe(CATALOG_ITEMS.filter((i) => !i.draft).length);
    const drafts = await catalog.items.list({ page: 1, pageSize: 1, status: 'draft' }, 'admin');
    expect(drafts.total).toBe(CATALOG_ITEMS.filter((i) => i.draft).length);
    const bundles = await catalog.bundles.list({ page: 1, pageSize: 50, status: 'published' }, 'admin');
    expect(bundles.total).toBe(CATALOG_BUNDLES.length);
    for (const b of bundles.items) expect(await catalog.bundles.check(b.id), b.name).toEqual({ ok: true, violations: [] });
  });

  it('passes the quality check without errors, and fetches the tax clearance when closing a business', async () => {
    const { catalog } = t.services;
    const report = await catalog.quality.report();
    expect(report.rules.filter((r) => r.severity === 'error')).toEqual([]);
    expect(report.items.filter((i) => i.kind === 'bundle')).toEqual([]);
    expect(report.items.length).toBeLessThanOrEqual(3);
    const closing = await catalog.bundles.getPublished('HHHT-YJS-CLOSE');
    expect(closing.materials.find((m) => m.key === 'tax_clearance')).toMatchObject({ fetched: true, source: 'department' });
    const stats = await catalog.stats.stats();
    expect(stats.items).toBe(CATALOG_ITEMS.filter((i) => !i.draft).length);
    expect(stats.fullyOnline).toBeGreaterThan(stats.items / 2);
    expect(stats.bundles).toEqual({ total: 9, life: 6, business: 3 });
  });

  it('lists bundles by theme, and by a department that leads one or implements a member', async () => {
    const { catalog, org } = t.services;
    const names = async (query: object) => (await catalog.bundles.list({ page: 1, pageSize: 50, ...query }, 'public')).items.map((b) => b.name).sort();
    expect(await names({ theme: 'education' })).toEqual(['入学一件事']);
    const tax = (await org.departments.listDepartments()).find((d) => d.code === 'HHHT-SW')!;
    const byTax = await names({ departmentId: tax.id });
    expect(byTax).toEqual(expect.arrayContaining(['企业开办一件事', '企业注销一件事']));
    expect(byTax).not.toContain('出生一件事');
  });

  it('leaves an existing catalogue as it is', async () => {
    const again = await seedCatalog(t.services);
    expect(again.skipped).toBe(true);
    const items = await t.services.catalog.items.list({ page: 1, pageSize: 1 }, 'admin');
    expect(items.total).toBe(CATALOG_ITEMS.length);
  });
});
