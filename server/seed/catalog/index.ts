// The demo catalogue: every item (created through the catalogue service
// and published, except the drafts), then the 一件事 bundles. Runs after the departments and the
// registry (licence types). Idempotent: a catalogue that already has items is left as it is.
import type { BundleInput } from '../../../common/api/catalog-bundles.ts';
import type { ItemInput } from '../../../common/api/catalog.ts';
import { cliActor, type Actor } from '../../platform/audit/index.ts';
import type { Services } from '../../services.ts';
import type { SeedItem } from './build.ts';
import { CATALOG_BUNDLES, type SeedBundle } from './bundles.ts';
import { CATALOG_ITEMS } from './items.ts';

export { CATALOG_BUNDLES } from './bundles.ts';
export { CATALOG_ITEMS } from './items.ts';

export interface CatalogSeedOptions {
  actor?: Actor;
  log?: (line: string) => void;
}

export interface CatalogSeedReport {
  items: number;
  published: number;
  drafts: number;
  bundles: number;
  skipped: boolean;
}

type IdOf = (code: string) => string;

/** The service's input for a seed item: department codes resolved to ids. */
export function itemInputOf(seed: SeedItem, idOf: IdOf): ItemInput {
  const { competent, implementing, draft: _draft, materials, ...rest } = seed;
  return {
    ...rest,
    competentDepartmentId: idOf(competent),
    implementingDepartmentId: idOf(implementing),
    materials: materials.map(({ issuingDepartment, ...m }) => ({ ...m, issuingDepartmentId: issuingDepartment ? idOf(issuingDepartment) : null })),
  };
}

export function bundleInputOf(seed: SeedBundle, idOf: IdOf): BundleInput {
  const { lead, ...rest } = seed;
  return { ...rest, leadDepartmentId: idOf(lead) };
}

export async function seedCatalog(services: Services, options: CatalogSeedOptions = {}): Promise<CatalogSeedReport> {
  const actor = options.actor ?? cliActor;
  const log = options.log ?? (() => undefined);
  const existing = await services.catalog.items.list({ page: 1, pageSize: 1 }, 'admin');
  if (existing.total > 0) {
    log(`catalogue: ${existing.total} items already, left as they are`);
    return { items: 0, published: 0, drafts: 0, bundles: 0, skipped: true };
  }

  const ids = new Map((await services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const idOf: IdOf = (code) => {
    const id = ids.get(code);
    if (!id) throw new Error(`demo department ${code} is missing (seed the departments first)`);
    return id;
  };

  let published = 0;
  for (const seed of CATALOG_ITEMS) {
    const created = await services.catalog.items.create(actor, itemInputOf(seed, idOf));
    if (seed.draft) continue;
    await services.catalog.items.publish(actor, created.id, created.version);
    published++;
  }
  log(`catalogue: ${CATALOG_ITEMS.length} items (${published} published, ${CATALOG_ITEMS.length - published} drafts)`);

  for (const seed of CATALOG_BUNDLES) {
    const created = await services.catalog.bundles.create(actor, bundleInputOf(seed, idOf));
    await services.catalog.bundles.publish(actor, created.id, created.version);
  }
  log(`catalogue: ${CATALOG_BUNDLES.length} bundles published`);

  // 免提交: the city lets each department fetch the licences its items list as materials, for handling them.
  const have = new Set((await services.registry.sharing.rules()).map((r) => `${r.consumerDepartmentId}:${r.resource}`));
  let rules = 0;
  for (const seed of CATALOG_ITEMS) {
    if (seed.draft) continue;
    for (const m of seed.materials) {
      if (m.source !== 'licence' || !m.licenceTypeCode) continue;
      const key = `${idOf(seed.implementing)}:${m.licenceTypeCode}`;
      if (have.has(key)) continue;
      have.add(key);
      await services.registry.sharing.addRule(actor, { consumerDepartmentId: idOf(seed.implementing), resource: m.licenceTypeCode, purposes: ['case_handling'], note: '办件受理时调取电子证照，申请人免交（事项材料所需）' });
      rules++;
    }
  }
  log(`catalogue: ${rules} sharing rules so that departments fetch the licences their items need`);
  return { items: CATALOG_ITEMS.length, published, drafts: CATALOG_ITEMS.length - published, bundles: CATALOG_BUNDLES.length, skipped: false };
}
