// From plans to the simulator's specs: ids, the 办件编号 (gapless per implementing code and day, in submission
// order, a bundle's own number before its members'), which plans the engine accepts, and the specs themselves.
// Pure apart from ids (uuidv7 at the submission's instant).
import { CalendarYearMissingError, type Calendar } from '../../common/calendar/index.ts';
import { applicationsBulk } from '../modules/applications/index.ts';
import { uuidv7 } from '../platform/db/index.ts';
import type { ItemPlan, Plan } from './applications-plan.ts';

export type Spec = { kind: 'item'; spec: applicationsBulk.ApplicationSpec; plan: ItemPlan } | { kind: 'bundle'; spec: applicationsBulk.BundleSpec; plans: ItemPlan[] };
export type NumberOf = (unit: object) => applicationsBulk.SimNumber;
export type Ids = Map<object, { id: string; caseId: string }>;

export interface SpecEnv {
  now: Date;
  calendar: Calendar;
  /** Encrypts the contact phone (left out when absent, e.g. for a trial run). */
  encrypt?: (plain: string) => string;
  /** The e-licence each grant issued. */
  licenceOf?: Map<ItemPlan, string>;
}

/** Ids of every application row (and its case), made at the submission's instant so they sort by it. */
export function unitIds(plans: Plan[]): Ids {
  const ids: Ids = new Map();
  for (const p of plans) {
    const units = p.kind === 'item' ? [p.plan] : [p.plan, ...p.plan.members];
    const at = (p.kind === 'item' ? p.plan : p.plan.members[0]!).submittedAt.getTime();
    for (const u of units) ids.set(u, { id: uuidv7(at), caseId: uuidv7(at) });
  }
  return ids;
}

function itemSpec(p: ItemPlan, numberOf: NumberOf, ids: Ids, env: SpecEnv): applicationsBulk.ApplicationSpec {
  const { id, caseId } = ids.get(p)!;
  const phone = p.applicant.person.phone;
  const end = p.life.postCheckEnd;
  return {
    id,
    caseId,
    number: numberOf(p),
    item: p.item,
    channel: p.channel,
    applicant: { userId: p.applicant.userId, kind: p.applicant.kind, uscc: p.applicant.uscc, name: p.applicant.name, phoneEnc: env.encrypt ? env.encrypt(phone) : null, phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}` },
    assistedBy: p.assistedBy,
    intakeDepartmentId: p.intakeDepartmentId,
    formData: p.formData,
    materials: p.materials.map(({ fetch: _fetch, ...m }) => m),
    commitment: p.commitment,
    submittedAt: p.submittedAt,
    createdAt: new Date(p.submittedAt.getTime() - 20 * 60_000),
    submittedBy: p.submittedBy,
    steps: p.life.steps,
    resultLicenceId: env.licenceOf?.get(p) ?? null,
    // A post-check concluded after "now" is still pending.
    ...(p.commitment ? { postCheck: end && end.at.getTime() < env.now.getTime() ? { end } : {} } : {}),
  };
}

export function specOf(plan: Plan, numberOf: NumberOf, ids: Ids, env: SpecEnv): Spec {
  if (plan.kind === 'item') return { kind: 'item', spec: itemSpec(plan.plan, numberOf, ids, env), plan: plan.plan };
  const b = plan.plan;
  return {
    kind: 'bundle',
    spec: { id: ids.get(b)!.id, number: numberOf(b), bundle: { id: b.bundle.id, code: b.bundle.code, name: b.bundle.name, leadDepartmentId: b.bundle.leadDepartmentId }, formData: b.formData, members: b.members.map((m) => itemSpec(m, numberOf, ids, env)) },
    plans: b.members,
  };
}

export function simulateSpec(s: Spec, calendar: Calendar, options: applicationsBulk.SimulateOptions = {}): applicationsBulk.SimulatedRows {
  return s.kind === 'item' ? applicationsBulk.simulateApplication(s.spec, calendar, options) : applicationsBulk.simulateBundle(s.spec, calendar, options);
}

/** The plans the engine accepts: a deadline in a year the calendar does not cover yet leaves a plan out. */
export function feasible(plans: Plan[], ids: Ids, env: SpecEnv): Plan[] {
  const trial = { ...env, encrypt: undefined, licenceOf: undefined };
  return plans.filter((p) => {
    try {
      simulateSpec(specOf(p, () => ({ prefix: 'X', sequence: 1 }), ids, trial), env.calendar, { newId: () => '' });
      return true;
    } catch (err) {
      if (err instanceof CalendarYearMissingError) return false;
      throw err;
    }
  });
}

/** 办件编号 of every unit: 1, 2, 3 … per implementing code and Shanghai day, in submission order. */
export function numberPlans(plans: Plan[], prefixOf: (departmentId: string, baseCode: string) => string, calendar: Calendar): Map<object, applicationsBulk.SimNumber> {
  const numbered: { unit: object; prefix: string; at: Date }[] = [];
  for (const p of plans) {
    if (p.kind === 'bundle') {
      const at = p.plan.members[0]!.submittedAt;
      numbered.push({ unit: p.plan, prefix: prefixOf(p.plan.bundle.leadDepartmentId, p.plan.bundle.code.replace(/[^0-9A-Z]/g, '').slice(0, 12)), at });
      for (const m of p.plan.members) numbered.push({ unit: m, prefix: prefixOf(m.item.implementingDepartmentId, m.item.baseCode), at });
    } else numbered.push({ unit: p.plan, prefix: prefixOf(p.plan.item.implementingDepartmentId, p.plan.item.baseCode), at: p.plan.submittedAt });
  }
  const numbers = new Map<object, applicationsBulk.SimNumber>();
  const last = new Map<string, number>();
  for (const n of numbered.map((x, i) => ({ ...x, i })).sort((a, b) => a.at.getTime() - b.at.getTime() || a.i - b.i)) {
    const key = `${n.prefix}|${calendar.shanghaiDate(n.at)}`;
    const sequence = (last.get(key) ?? 0) + 1;
    last.set(key, sequence);
    numbers.set(n.unit, { prefix: n.prefix, sequence });
  }
  return numbers;
}
