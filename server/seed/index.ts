// The demo city (`yingshang seed`, and the first start with DEMO=1). Deterministic for a given
// seed; later rooms add their demo data here (enterprises, items, cases …).
import { HOHHOT_REGIONS } from '../../common/ids/index.ts';
import { cliActor, type Actor } from '../platform/audit/index.ts';
import type { Services } from '../services.ts';
import { demoDepartments } from './departments.ts';
import { ensureDemoAccounts } from './accounts.ts';
import { seedRegistry } from './registry.ts';
import { seedCatalog } from './catalog/index.ts';
import { seedSynonyms } from './catalog-synonyms.ts';
import { seedApplications } from './applications.ts';
import { seedEvaluations } from './evaluations.ts';
import { seedAppealCatalogue, seedAppealTickets, seedOpen311Key } from './appeals.ts';
import { seedAppealKnowledge } from './appeals-knowledge.ts';
import { seedLedger } from './ledger.ts';
import { seedOutreach } from './outreach.ts';
import { seedCalendarYears } from './calendar.ts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureFirstAdmin } from './accounts.ts';

export type SeedScale = 'small' | 'city';

export interface SeedOptions {
  seed: number;
  scale: SeedScale;
  log?: (line: string) => void;
  actor?: Actor;
  /** Seed the service catalogue (≈ 200 items, ~10 s on PGlite) and a year of applications; tests that do not need them turn it off. */
  catalog?: boolean;
}

export interface SeedReport {
  regions: number;
  departmentsAdded: number;
  accountsAdded: number;
}

export async function seedDemoCity(services: Services, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  const actor = options.actor ?? cliActor;
  // A region without a GB/T 2260 code of its own (和林格尔新区) is stored under its internal key.
  const regions = HOHHOT_REGIONS.map((r) => ({ code: r.key, name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parent }));
  log(`regions: ${regions.length}`);
  await seedCalendarYears(services, actor, new Date(), log);
  const departmentsAdded = await services.org.departments.ensureStructure(actor, regions, demoDepartments());
  log(`departments added: ${departmentsAdded}`);
  const accountsAdded = await ensureDemoAccounts(services, actor, options.seed, log);
  await seedRegistry(services, { seed: options.seed, scale: options.scale, log, actor });
  // 接诉即办: the categories and the dispatch catalogue a hotline needs before its first call.
  await seedAppealCatalogue(services, actor, log);
  await seedAppealKnowledge(services, actor, log);
  await seedOpen311Key(services, actor);
  if (options.catalog !== false) {
    await seedCatalog(services, { actor, log });
    await seedSynonyms(services, actor);
    // A year of applications ending now (needs the registry's entities and the published catalogue).
    await seedApplications(services, { seed: options.seed, scale: options.scale, log, actor });
    // 好差评 on the finished ones, window visits and public reviews, with their loops and appeals.
    await seedEvaluations(services, { seed: options.seed, log, actor });
    // 接诉即办: a year of tickets across kinds, channels, units and outcomes.
    await seedAppealTickets(services, { seed: options.seed, scale: options.scale, log });
    // 督办台账: the leading group, the province's feedback and action plan, the city's plan, meetings.
    await seedLedger(services, { seed: options.seed, scale: options.scale, log, actor });
    // 企业服务: stewards, contacts and visits, key projects' blockers, hall inspections (findings on the ledger).
    await seedOutreach(services, { seed: options.seed, scale: options.scale, log, actor });
  }
  return { regions: regions.length, departmentsAdded, accountsAdded };
}

/** Seeds only a database with no departments yet, so restarting with DEMO=1 keeps what users changed. */
export async function seedIfEmpty(services: Services, options: SeedOptions): Promise<boolean> {
  if ((await services.org.departments.countDepartments()) > 0) return false;
  await seedDemoCity(services, { ...options, actor: options.actor ?? { type: 'system', id: 'demo-seed' } });
  return true;
}
