// The demo city's year of applications (办件), ending now: planned (applications-plan.ts, -featured.ts),
// run through the real workflow engine by the applications room's simulator, and written in bulk —
// with the 办件编号 gapless per implementing code and day, the e-licences some grants issued (signed
// like the registry seed's), the share-log entries of licences fetched instead of asked for, and one
// audit row per batch. Runs after the registry and the catalogue; skipped when applications exist.
import { performance } from 'node:perf_hooks';
import type { Bundle } from '../../common/api/catalog-bundles.ts';
import type { Item } from '../../common/api/catalog.ts';
import { shanghaiDate, type Calendar } from '../../common/calendar/index.ts';
import { createRng } from '../../common/ids/index.ts';
import { applicationsBulk } from '../modules/applications/index.ts';
import { registryBulk } from '../modules/registry/index.ts';
import { appendAudit, cliActor, type Actor } from '../platform/audit/index.ts';
import { createSigner } from '../platform/crypto/index.ts';
import { uuidv7 } from '../platform/db/index.ts';
import { SYSTEM_ACTOR_ID, type WorkflowActor } from '../platform/workflow/index.ts';
import type { Services } from '../services.ts';
import { licenceEntries } from './applications-data.ts';
import { failSomeCommitments, featuredPlans, type DemoAccounts } from './applications-featured.ts';
import type { Who } from './applications-life.ts';
import { createPlanner, planYear, type ItemPlan, type Plan, type PlanContext } from './applications-plan.ts';
import { feasible, numberPlans, simulateSpec, specOf, unitIds } from './applications-specs.ts';
import { demoEntities, DEMO_ENTERPRISE_ACCOUNT } from './registry.ts';

/** Applications (single items and 一件事) a year: the small city's and the big one's. */
export const APPLICATION_SCALES = { small: { units: 5_800, pool: 3_000 }, city: { units: 150_000, pool: 20_000 } } as const;

export interface ApplicationsSeedOptions {
  seed: number;
  scale: keyof typeof APPLICATION_SCALES;
  log?: (line: string) => void;
  actor?: Actor;
  /** The year ends here (default: now). */
  now?: Date;
  /** Override the scale's number of applications (tests, benchmarks). */
  units?: number;
}

export interface ApplicationsSeedReport {
  /** Application rows (items, bundle parents and members). */
  applications: number;
  bundles: number;
  open: number;
  licences: number;
  postChecks: number;
  postChecksFailed: number;
  /** Plans left out because the simulation refused them (a deadline in a year the calendar lacks). */
  dropped: number;
  skipped: boolean;
  seconds: number;
}

const BATCH = 1000;

export async function seedApplications(services: Services, options: ApplicationsSeedOptions): Promise<ApplicationsSeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const actor = options.actor ?? cliActor;
  const { db } = services.database;
  const none = { applications: 0, bundles: 0, open: 0, licences: 0, postChecks: 0, postChecksFailed: 0, dropped: 0, skipped: true, seconds: 0 };
  if ((await applicationsBulk.countApplications(db)) > 0) {
    log('applications: some exist already; none added');
    return none;
  }
  const now = options.now ?? new Date();
  const calendar = await services.calendar.current();
  if (!calendar.covers(Number(shanghaiDate(now).slice(0, 4)))) {
    log(`applications: the calendar has no data for ${shanghaiDate(now).slice(0, 4)}; none added`);
    return none;
  }
  const scale = APPLICATION_SCALES[options.scale];

  // The catalogue's published items and bundles.
  const items: Item[] = [];
  for (let page = 1; ; page++) {
    const got = await services.catalog.items.list({ page, pageSize: 200, status: 'published' }, 'public');
    items.push(...got.items);
    if (items.length >= got.total || !got.items.length) break;
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  const bundles: { bundle: Bundle; members: Item[] }[] = [];
  for (const b of (await services.catalog.bundles.list({ page: 1, pageSize: 100, status: 'published' }, 'public')).items) {
    const bundle = await services.catalog.bundles.getPublished(b.code);
    const members = bundle.memberItems.map((m) => (m.itemId ? byId.get(m.itemId) : undefined));
    if (members.every((m): m is Item => m !== undefined)) bundles.push({ bundle, members });
  }
  if (!items.length) {
    log('applications: no published items; none added');
    return none;
  }

  // Departments (for numbers and queues) and the demo staff.
  const [departments, regions] = await Promise.all([services.org.departments.listDepartments(), services.org.departments.listRegions()]);
  const deptById = new Map(departments.map((d) => [d.id, d]));
  const idOf = (code: string) => departments.find((d) => d.code === code)?.id;
  const user = async (username: string) => services.org.users.findByUsername(username);
  const [clerk, approver, inspector, leader, office, qiye, shimin] = await Promise.all(['clerk', 'approver', 'inspector', 'leader', 'office', DEMO_ENTERPRISE_ACCOUNT, 'shimin'].map(user));
  const who = (u: Awaited<ReturnType<typeof user>> | undefined, role: WorkflowActor['roles'][number], fallbackDept: string | null): Who =>
    u ? { by: { userId: u.id, departmentId: u.departmentId, roles: [role] }, actorId: u.id } : { by: { userId: standIn(fallbackDept ?? 'none'), departmentId: fallbackDept, roles: [role] }, actorId: null };
  const approverDept = approver?.departmentId ?? idOf('HHHT-SCJG') ?? '';
  const clerkDept = clerk?.departmentId ?? idOf('HHHT-ZWFW') ?? '';
  // The demo's approver and clerk act for their departments; a clerk takes intake and hands results out, not decisions.
  const clerkActs = new Set(['accept', 'refuse', 'requestCorrection', 'submitCorrection', 'approveOnSpot', 'approveOnCommitment', 'deliver']);
  const staffOf = (departmentId: string, action = 'accept'): Who =>
    departmentId === approverDept
      ? who(approver, 'approver', approverDept)
      : departmentId === clerkDept && clerkActs.has(action)
        ? who(clerk, 'clerk', clerkDept)
        : { by: { userId: standIn(departmentId), departmentId, roles: ['approver'] }, actorId: null };

  // The applicants: active demo entities (the registry's own, regenerated), the enterprise account's dairy, the citizen.
  const generated = demoEntities(options.seed);
  const pool = [];
  const registered = await registryBulk.countEntities(db);
  for (let i = 0; i < Math.min(registered, scale.pool); i++) pool.push(generated.next());
  const dairy = pool[0];
  const decrypt = (enc: string | null | undefined) => (enc ? services.crypto.decrypt(enc) : '');
  const accounts: DemoAccounts = {
    qiye: qiye && dairy && (await services.registry.represents(qiye.id, dairy.uscc)) ? { userId: qiye.id, name: qiye.name.replace(/（.*$/, ''), idNumber: decrypt(qiye.idNumberEnc), phone: '13804711008', entity: dairy } : null,
    shimin: shimin ? { userId: shimin.id, name: shimin.name, idNumber: decrypt(shimin.idNumberEnc), phone: '13804711009' } : null,
    approverDepartment: approverDept,
    clerkDepartment: clerkDept,
  };
  const fetchable = new Set((await registryBulk.listRules(db)).filter((r) => r.purposes.includes('case_handling')).map((r) => `${r.consumerDepartmentId}|${r.resource}`));

  const ctx: PlanContext = {
    seed: options.seed,
    now,
    calendar,
    units: options.units ?? scale.units,
    items,
    bundles,
    entities: pool.filter((e) => e.status === 'active'),
    clerk: who(clerk, 'clerk', clerkDept),
    cityHall: clerkDept,
    districtHalls: departments.filter((d) => /^HHHT-[A-Z]+-ZWFW$/.test(d.code)).map((d) => d.id),
    fetchable,
    staffOf,
    inspectorOf: (departmentId) => (departmentId === approverDept && inspector ? who(inspector, 'inspector', approverDept) : staffOf(departmentId)),
    leader: who(leader, 'leader', idOf('HHHT') ?? null),
    office: who(office, 'office', idOf('HHHT-YSB') ?? null),
    system: { by: { userId: SYSTEM_ACTOR_ID, departmentId: null, roles: [] }, actorId: null },
  };
  if (!ctx.districtHalls.length) ctx.districtHalls.push(clerkDept);
  const planner = createPlanner(ctx);
  const plans: Plan[] = [...planYear(ctx, planner), ...featuredPlans(ctx, planner, accounts)];
  const failed = failSomeCommitments(createRng(options.seed ^ 0xfa11), plans, now);
  log(`applications: ${plans.length} planned · ${elapsed(started)}`);

  // Which plans the engine accepts, their numbers, what the registry gives, then the specs.
  const prefixOf = (departmentId: string, baseCode: string) => {
    const d = deptById.get(departmentId);
    if (!d) throw new Error(`department ${departmentId} is missing`);
    return applicationsBulk.implementingCode({ uscc: d.uscc, code: d.code, regionCode: d.regionCode, regionLevel: regions.find((r) => r.code === d.regionCode)?.level ?? null }, baseCode);
  };
  const ids = unitIds(plans);
  const kept = feasible(plans, ids, { now, calendar });
  const numbers = numberPlans(kept, prefixOf, calendar);
  const issued = await resolveRegistry(services, kept, numbers, calendar, now);
  const env = { now, calendar, encrypt: (plain: string) => services.crypto.encrypt(plain), licenceOf: issued.licenceOf };
  const specs = kept.map((p) => specOf(p, (unit) => numbers.get(unit)!, ids, env));
  const batchOf = new Map<ItemPlan, number>();
  specs.forEach((s, i) => (s.kind === 'item' ? [s.plan] : s.plans).forEach((p) => batchOf.set(p, Math.floor(i / BATCH))));
  const inBatch = <T extends { plan: ItemPlan }>(list: T[], batch: number) => list.filter((x) => batchOf.get(x.plan) === batch);
  log(`applications: ${specs.length} simulated · ${elapsed(started)}`);

  let applications = 0;
  let open = 0;
  let postChecks = 0;
  for (let from = 0; from < specs.length; from += BATCH) {
    const slice = specs.slice(from, from + BATCH);
    const rows = slice.map((s) => simulateSpec(s, calendar));
    const licences = inBatch(issued.licences, from / BATCH).map((l) => l.row);
    const shares = inBatch(issued.shares, from / BATCH).map((l) => l.row);
    await db.transaction(async (tx) => {
      const n = await applicationsBulk.insertSimulated(tx, rows);
      if (licences.length) await registryBulk.insertLicences(tx, licences);
      for (let i = 0; i < shares.length; i += 500) await registryBulk.insertShareLogs(tx, shares.slice(i, i + 500));
      await appendAudit(tx, actor, { action: 'applications.seed.batch', entity: 'application', change: { seed: options.seed, from, to: from + slice.length, applications: n, licences: licences.length, shareLog: shares.length } });
      applications += n;
    });
    open += rows.reduce((k, r) => k + r.applications.filter((a) => a.kind !== 'bundle' && !a.finishedAt).length, 0);
    postChecks += rows.reduce((k, r) => k + r.postChecks.length, 0);
  }
  const report = { applications, bundles: kept.filter((p) => p.kind === 'bundle').length, open, licences: issued.licences.length, postChecks, postChecksFailed: failed, dropped: plans.length - kept.length, skipped: false, seconds: (performance.now() - started) / 1000 };
  log(`applications: ${applications} (${report.bundles} 一件事, ${open} open, ${report.licences} e-licences, ${postChecks} post-checks of which ${failed} failed, ${report.dropped} left out) in ${elapsed(started)}`);
  return report;
}

const elapsed = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** A stand-in user id for a department's staff the demo has no account for (never written: history says null). */
function standIn(departmentId: string): string {
  return `00000000-0000-4000-8000-${departmentId.replace(/-/g, '').slice(-12).padStart(12, '0')}`;
}

interface Issued {
  licences: { plan: ItemPlan; row: registryBulk.NewLicence }[];
  shares: { plan: ItemPlan; row: registryBulk.ShareLogInsert }[];
  licenceOf: Map<ItemPlan, string>;
}

/**
 * What the registry gives: the licences a department fetched instead of asking for them (with the share-log
 * entry the real fetch writes), and the e-licences some grants issued, signed like the registry seed's.
 */
async function resolveRegistry(services: Services, plans: Plan[], numbers: Map<object, applicationsBulk.SimNumber>, calendar: Calendar, now: Date): Promise<Issued> {
  const { db } = services.database;
  const units = plans.flatMap((p) => (p.kind === 'item' ? [p.plan] : p.plan.members));
  const wanted = units.filter((p) => p.applicant.uscc && (p.licence || p.materials.some((m) => m.fetch)));
  const entities = new Map((await registryBulk.entitiesByUscc(db, [...new Set(wanted.map((p) => p.applicant.uscc!))])).map((e) => [e.uscc, e]));
  const codes = [...new Set(units.flatMap((p) => p.materials.flatMap((m) => (m.fetch ? [m.fetch] : []))))];
  const held = new Map<string, { id: string; number: string }>();
  for (const l of await registryBulk.validLicencesOf(db, [...entities.values()].map((e) => e.id), codes, calendar.shanghaiDate(now))) held.set(`${l.entityId}|${l.typeCode}`, l);
  const numberOf = (p: ItemPlan) => {
    const n = numbers.get(p)!;
    return applicationsBulk.applicationNumber(n.prefix, calendar.shanghaiDate(p.submittedAt), n.sequence);
  };

  const out: Issued = { licences: [], shares: [], licenceOf: new Map() };
  for (const p of units) {
    for (const m of p.materials) {
      if (!m.fetch) continue;
      const e = p.applicant.uscc ? entities.get(p.applicant.uscc) : undefined;
      const licence = e ? held.get(`${e.id}|${m.fetch}`) : undefined;
      if (!e || !licence) {
        Object.assign(m, { status: 'uploaded', fetch: null });
        continue;
      }
      Object.assign(m, { licenceId: licence.id, licenceNumber: licence.number });
      out.shares.push({
        plan: p,
        row: { id: uuidv7(p.submittedAt.getTime()), at: p.submittedAt, requesterType: 'application', requesterId: p.submittedBy, requesterName: p.applicant.person.name, consumerDepartmentId: p.item.implementingDepartmentId, subjectKind: 'entity', entityId: e.id, personId: null, resource: m.fetch, purpose: 'case_handling', caseNumber: numberOf(p), allowed: true, reason: null },
      });
    }
  }

  const types = new Map((await registryBulk.listLicenceTypes(db)).map((t) => [t.code, t]));
  const signer = createSigner(services.config.secretKey, 'licence');
  const counters = new Map<string, number>();
  for (const p of units) {
    const code = p.item.resultLicenceTypeCode;
    const grant = p.life.steps.find((s) => applicationsBulk.GRANTING_ACTIONS.has(s.action));
    const type = code ? types.get(code) : undefined;
    if (!p.licence || !code || !type || !grant || !p.applicant.uscc) continue;
    const e = entities.get(p.applicant.uscc);
    if (!e || e.status !== 'active') continue;
    const issuedOn = calendar.shanghaiDate(grant.at);
    let fields: Record<string, string | number | null>;
    try {
      const record = { id: e.id, uscc: e.uscc, name: e.name, status: e.status, address: e.address, legalRepresentative: e.legalRepresentative };
      fields = applicationsBulk.licenceFieldsFor(type, { formData: p.formData, applicantName: p.applicant.name, applicantUscc: e.uscc }, record, licenceEntries(code, p.formData, issuedOn), grant.at);
    } catch {
      continue; // a field the demo cannot supply: the grant issues nothing
    }
    const series = `${type.numberPrefix}${issuedOn.slice(0, 4)}`;
    const n = (counters.get(series) ?? 0) + 1;
    counters.set(series, n);
    const number = `${series}${90_000_000 + n}`;
    const verificationCode = registryBulk.newVerificationCode();
    const validTo = type.validityYears ? `${Number(issuedOn.slice(0, 4)) + type.validityYears}${issuedOn.slice(4) === '-02-29' ? '-02-28' : issuedOn.slice(4)}` : null;
    const signature = signer.sign(registryBulk.signedData({ typeCode: code, number, verificationCode, holderKey: e.uscc, issuedOn, validFrom: issuedOn, validTo, fields, revokedAt: null }));
    const row: registryBulk.NewLicence = { id: uuidv7(grant.at.getTime()), typeId: type.id, entityId: e.id, personId: null, number, verificationCode, issuedOn, validFrom: issuedOn, validTo, fields, revokedAt: null, revokedReason: null, signature };
    out.licences.push({ plan: p, row });
    out.licenceOf.set(p, row.id);
  }
  return out;
}
