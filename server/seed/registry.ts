// The demo city's registry: licence types, sharing rules, residents (ID numbers encrypted), market
// entities (3,000 small, 400,000 city) with their e-licences, and a few share-log entries for the
// demo citizen. Deterministic for a seed; safe to run again (what exists is skipped), and `city`
// after `small` adds the rest. Rows go in 2,000 a statement, one audit row per batch.
import { performance } from 'node:perf_hooks';
import { shanghaiDate } from '../../common/calendar/index.ts';
import { createRng, generateIdCard, maskIdCard, maskPhone, type Rng } from '../../common/ids/index.ts';
import { cliActor, appendAudit, type Actor } from '../platform/audit/index.ts';
import { createSigner } from '../platform/crypto/index.ts';
import { uuidv7 } from '../platform/db/index.ts';
import { registryBulk as bulk } from '../modules/registry/index.ts';
import type { Services } from '../services.ts';
import { createEntityGenerator, personName, pickWeighted, type GeneratedEntity } from './registry-entities.ts';
import { DISTRICTS } from './registry-words.ts';
import { constructorCert, holderRng, LICENCE_TYPES, licencesForEntity, type LicenceDraft } from './registry-licences.ts';
import { seedShareLog, SHARING_RULES } from './registry-sharing.ts';

export const REGISTRY_SCALES = { small: { entities: 3_000, persons: 300 }, city: { entities: 400_000, persons: 20_000 } } as const;

/** The last day demo dates reach, so a seed gives the same city on any later day. */
export const SEED_LATEST_DATE = '2026-11-20';

export interface RegistrySeedOptions {
  seed: number;
  scale: keyof typeof REGISTRY_SCALES;
  log?: (line: string) => void;
  actor?: Actor;
  /** Override the scale's entity count (benchmarks). */
  entities?: number;
  /** Issue licences (default true; the benchmark skips them). */
  licences?: boolean;
}

export interface RegistrySeedReport {
  licenceTypes: number;
  sharingRules: number;
  persons: number;
  entities: number;
  licences: number;
  shareLog: number;
  /** Applicant accounts linked to entities (the demo enterprise account to its dairy). */
  accounts: number;
  seconds: number;
}

const BATCH = 2000;

/** The demo entities of a seed, in order (the benchmark regenerates them to know what exists). */
export function demoEntities(seed: number, today = shanghaiDate(new Date())) {
  return createEntityGenerator(seed, { today, latest: SEED_LATEST_DATE });
}

export async function seedRegistry(services: Services, options: RegistrySeedOptions): Promise<RegistrySeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const actor = options.actor ?? cliActor;
  const { db } = services.database;
  const today = shanghaiDate(new Date());
  const latest = SEED_LATEST_DATE < today ? SEED_LATEST_DATE : today;
  const scale = REGISTRY_SCALES[options.scale];
  const target = options.entities ?? scale.entities;
  const withLicences = options.licences ?? true;
  const signer = createSigner(services.config.secretKey, 'licence');
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const audited = (change: Record<string, unknown>, work: (tx: typeof db) => Promise<void>) =>
    db.transaction(async (tx) => {
      await work(tx);
      await appendAudit(tx, actor, { action: 'registry.seed.batch', entity: 'registry', change: { seed: options.seed, ...change } });
    });

  const departments = await services.org.departments.listDepartments();
  const departmentId = (code: string) => {
    const id = departments.find((d) => d.code === code)?.id;
    if (!id) throw new Error(`demo department ${code} is missing (seed the departments first)`);
    return id;
  };

  // Licence types (by code, so a second run adds none).
  const before = new Set((await bulk.listLicenceTypes(db)).map((t) => t.code));
  const missingTypes = LICENCE_TYPES.filter((t) => !before.has(t.code));
  if (missingTypes.length) {
    await audited({ kind: 'licence_types', codes: missingTypes.map((t) => t.code) }, async (tx) => {
      for (const t of missingTypes) {
        await bulk.insertLicenceType(tx, { id: uuidv7(), code: t.code, name: t.name, holderKind: t.holderKind, issuingDepartmentId: departmentId(t.department), fields: t.fields, validityYears: t.validityYears, numberPrefix: t.numberPrefix });
      }
    });
  }
  const typeId = new Map((await bulk.listLicenceTypes(db)).map((t) => [t.code, t.id]));
  log(`licence types: ${typeId.size} (${missingTypes.length} added)`);

  // Sharing rules, only into a registry that has none (an admin may have changed them since).
  let rulesAdded = 0;
  if ((await bulk.listRules(db)).length === 0) {
    await audited({ kind: 'sharing_rules', count: SHARING_RULES.length }, async (tx) => {
      for (const r of SHARING_RULES) await bulk.insertRule(tx, { id: uuidv7(), consumerDepartmentId: departmentId(r.department), resource: r.resource, purposes: [...r.purposes], note: r.note });
    });
    rulesAdded = SHARING_RULES.length;
  }
  log(`sharing rules added: ${rulesAdded}`);

  const sign = (d: LicenceDraft, holder: { entityId?: string; personId?: string; key: string }): bulk.NewLicence => {
    const verificationCode = bulk.newVerificationCode();
    const signature = signer.sign(bulk.signedData({ ...d, verificationCode, holderKey: holder.key }));
    return { id: uuidv7(), typeId: typeId.get(d.typeCode)!, entityId: holder.entityId ?? null, personId: holder.personId ?? null, number: d.number, verificationCode, issuedOn: d.issuedOn, validFrom: d.validFrom, validTo: d.validTo, fields: d.fields, revokedAt: d.revokedAt, revokedReason: d.revokedReason, signature };
  };
  const insertLicences = async (tx: typeof db, rows: bulk.NewLicence[]) => {
    for (let i = 0; i < rows.length; i += BATCH) await bulk.insertLicences(tx, rows.slice(i, i + BATCH));
  };

  // Entities and their licences, a batch per transaction.
  const generator = demoEntities(options.seed, today);
  const constructors: string[] = [];
  let entitiesAdded = 0;
  let licencesAdded = 0;
  let nextLog = 20_000;
  const featured = new Map<string, { id: string; uscc: string }>();
  // A registry that already holds this many entities has been seeded (a second run checks nothing more).
  const start = (await bulk.countEntities(db)) >= target ? target : 0;
  if (start) log(`entities: ${target} or more exist already; none added`);
  for (let from = start; from < target; from += BATCH) {
    const generated: (GeneratedEntity & { id: string })[] = [];
    for (let i = from; i < Math.min(target, from + BATCH); i++) {
      const e = { ...generator.next(), id: uuidv7() };
      if (e.industrySection === 'E' && e.status === 'active' && constructors.length < 500) constructors.push(e.name);
      generated.push(e);
    }
    await audited({ kind: 'entities', from, to: from + generated.length }, async (tx) => {
      const inserted = new Set(await bulk.insertEntitiesReturningUscc(tx, generated.map(entityRow)));
      entitiesAdded += inserted.size;
      if (!withLicences) return;
      const rows: bulk.NewLicence[] = [];
      for (const e of generated) {
        if (!inserted.has(e.uscc)) continue;
        if (e.index < 10) featured.set(e.name, { id: e.id, uscc: e.uscc });
        for (const d of licencesForEntity(e, holderRng(options.seed, 1, e.index), { latest, constructors })) rows.push(sign(d, { entityId: e.id, key: e.uscc }));
      }
      await insertLicences(tx, rows);
      licencesAdded += rows.length;
    });
    const done = Math.min(target, from + BATCH);
    if (done >= nextLog || done === target) {
      log(`entities ${done}/${target} · ${entitiesAdded} added · licences ${licencesAdded} · ${elapsed()}`);
      nextLog = done + 20_000;
    }
  }

  // Residents: the demo citizen and enterprise owner first (so "who looked at my data" has a subject), then others.
  const personCount = Math.max(scale.persons, Math.round(target / 20));
  const residents: { index: number; name: string; idNumber: string; phone: string | null; districtCode: string }[] = [];
  for (const [i, username] of ['shimin', 'qiye'].entries()) {
    const user = await services.org.users.findByUsername(username);
    if (user?.idNumberEnc) {
      const idNumber = services.crypto.decrypt(user.idNumberEnc);
      residents.push({ index: i, name: user.name.replace(/（.*$/, ''), idNumber, phone: null, districtCode: idNumber.slice(0, 6) });
    }
  }
  const rng = createRng(options.seed ^ 0x9e7505);
  const seen = new Set(residents.map((r) => r.idNumber));
  for (let i = 0; i < personCount; i++) {
    const region = pickRegion(rng);
    const idNumber = generateIdCard(rng, { regionCode: region, birthFrom: '1956-01-01', birthTo: '2004-12-31' });
    const phone = `1${'3578'[Math.floor(rng() * 4)]}${String(Math.floor(rng() * 1e9)).padStart(9, '0')}`;
    const name = personName(rng);
    if (seen.has(idNumber)) continue;
    seen.add(idNumber);
    residents.push({ index: 100 + i, name, idNumber, phone, districtCode: region });
  }
  let personsAdded = 0;
  const personIdOf = new Map<string, string>();
  for (let from = 0; from < residents.length; from += BATCH) {
    const batch = residents.slice(from, from + BATCH).map((r) => ({
      resident: r,
      row: { id: uuidv7(), idNumberEnc: services.crypto.encrypt(r.idNumber), idNumberIndex: services.crypto.blindIndex(r.idNumber), idNumberMasked: maskIdCard(r.idNumber), name: r.name, phoneEnc: r.phone ? services.crypto.encrypt(r.phone) : null, phoneMasked: r.phone ? maskPhone(r.phone) : null, districtCode: r.districtCode },
    }));
    await audited({ kind: 'persons', from, to: from + batch.length }, async (tx) => {
      const inserted = new Set(await bulk.insertPersonsReturningIndex(tx, batch.map((b) => b.row)));
      personsAdded += inserted.size;
      const certs: bulk.NewLicence[] = [];
      for (const { resident, row } of batch) {
        if (!inserted.has(row.idNumberIndex)) continue;
        personIdOf.set(resident.idNumber, row.id);
        const personRng = holderRng(options.seed, 2, resident.index);
        if (withLicences && resident.index >= 100 && personRng() < 0.12) {
          certs.push(sign(constructorCert(resident, personRng, { latest, constructors }), { personId: row.id, key: row.idNumberIndex }));
        }
      }
      await insertLicences(tx, certs);
      licencesAdded += certs.length;
    });
  }
  log(`persons: ${personsAdded} added (ID numbers encrypted) · ${elapsed()}`);

  // A few requests for the demo citizen's and the dairy's data, allowed and refused.
  const citizen = residents[0] && residents[0].index === 0 ? personIdOf.get(residents[0].idNumber) : undefined;
  let shareLogAdded = 0;
  if (citizen) {
    const rows = await seedShareLog(services, { citizenPersonId: citizen, dairy: featured.get('青城乳业有限公司') ?? null, departmentId, now: new Date() });
    await audited({ kind: 'share_log', count: rows.length }, (tx) => bulk.insertShareLogs(tx, rows));
    shareLogAdded = rows.length;
  }
  const accountsAdded = await linkDemoAccounts(services, options.seed, today, audited);
  log(`enterprise accounts linked: ${accountsAdded}`);
  const report = { licenceTypes: typeId.size, sharingRules: rulesAdded, persons: personsAdded, entities: entitiesAdded, licences: licencesAdded, shareLog: shareLogAdded, accounts: accountsAdded, seconds: (performance.now() - started) / 1000 };
  log(`registry: ${entitiesAdded} entities, ${licencesAdded} licences, ${personsAdded} persons, ${shareLogAdded} share-log entries in ${elapsed()}`);
  return report;
}

/**
 * The demo enterprise account (qiye, 高峰) is the legal representative of the seed's first entity —
 * always 青城乳业有限公司 (registry-entities.ts FEATURED_ENTITIES), which has licences and share-log
 * reads — so 我的企业 has something to show. Skipped when either is missing or they are linked already.
 */
async function linkDemoAccounts(
  services: Services,
  seed: number,
  today: string,
  audited: (change: Record<string, unknown>, work: (tx: Services['database']['db']) => Promise<void>) => Promise<void>,
): Promise<number> {
  const user = await services.org.users.findByUsername(DEMO_ENTERPRISE_ACCOUNT);
  const first = demoEntities(seed, today).next();
  const entity = await services.registry.entities.findRowByUscc(first.uscc);
  if (!user || !entity || (await services.registry.represents(user.id, entity.uscc))) return 0;
  let added = 0;
  await audited({ kind: 'entity_accounts', uscc: entity.uscc, username: DEMO_ENTERPRISE_ACCOUNT }, async (tx) => {
    added = await bulk.insertAccounts(tx, [{ id: uuidv7(), entityId: entity.id, userId: user.id, role: 'legal_representative', grantedBy: 'demo-seed' }]);
  });
  return added;
}

/** The demo account that acts for an enterprise (server/seed/accounts.ts). */
export const DEMO_ENTERPRISE_ACCOUNT = 'qiye';

// Where residents' ID numbers were issued: the city's districts, banner and counties (a development zone issues none).
const ID_REGIONS = DISTRICTS.filter((d) => d.code !== '150172');
const pickRegion = (rng: Rng) => pickWeighted(rng, ID_REGIONS).code;

function entityRow(e: GeneratedEntity & { id: string }): bulk.NewEntity {
  return {
    id: e.id,
    uscc: e.uscc,
    name: e.name,
    kind: e.kind,
    legalRepresentative: e.legalRepresentative,
    registeredCapitalFen: e.registeredCapitalFen,
    industrySection: e.industrySection,
    industryClass: e.industryClass,
    address: e.address,
    districtCode: e.districtCode,
    establishedOn: e.establishedOn,
    status: e.status,
    tags: e.tags,
    usccOverride: false,
  };
}
