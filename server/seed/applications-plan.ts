// The demo year as plans: which item or 一件事, through which channel, by whom, submitted when, with
// which materials and form answers, and the steps of its life (applications-life.ts). Numbers, ids,
// licences and the database come later (applications.ts). Pure: the same context gives the same plans.
import type { Channel } from '../../common/api/applications.ts';
import type { Bundle } from '../../common/api/catalog-bundles.ts';
import type { Item } from '../../common/api/catalog.ts';
import { createRng, randomInt, type Rng } from '../../common/ids/index.ts';
import { applicationsBulk } from '../modules/applications/index.ts';
import { BUNDLE_WEIGHTS, CHANNEL_MIX, formAnswers, ITEM_WEIGHTS, mergedAnswers, mobileNumber, newEnterpriseName, someIdNumber, type FormSubject } from './applications-data.ts';
import { lifeOf, timeKit, type Life, type LifeEnv, type LifeOptions, type Who } from './applications-life.ts';
import { pick, pickWeighted, personName, type GeneratedEntity } from './registry-entities.ts';

export interface PlanContext extends LifeEnv {
  seed: number;
  /** Applications to plan (single items and bundles; a bundle counts once). */
  units: number;
  items: Item[];
  bundles: { bundle: Bundle; members: Item[] }[];
  /** Active demo entities that apply. */
  entities: GeneratedEntity[];
  clerk: Who;
  /** The city's hall (一窗受理) and the district halls (通办). */
  cityHall: string;
  districtHalls: string[];
  /** `${departmentId}|${licenceTypeCode}`: a department may fetch that licence for case handling. */
  fetchable: Set<string>;
}

export interface Applicant {
  kind: 'entity' | 'person';
  userId: string | null;
  uscc: string | null;
  name: string;
  entity: GeneratedEntity | null;
  /** The person applying, or the enterprise's contact. */
  person: { name: string; idNumber: string; phone: string };
  /** 企业开办: the name of the enterprise being set up. */
  newName?: string;
}

/** A material as planned: `fetch` names a licence type the registry is asked for (the seed resolves it). */
export type PlannedMaterial = applicationsBulk.ApplicationMaterial & { fetch: string | null };

export interface ItemPlan {
  item: Item;
  channel: Channel;
  applicant: Applicant;
  intakeDepartmentId: string | null;
  assistedBy: string | null;
  submittedBy: string | null;
  submittedAt: Date;
  commitment: boolean;
  formData: Record<string, unknown>;
  materials: PlannedMaterial[];
  life: Life;
  /** Issue the result licence at the grant. */
  licence: boolean;
  /** What the demo shows it for (featured plans). */
  label?: string;
}

export interface BundlePlan {
  bundle: Bundle;
  formData: Record<string, unknown>;
  members: ItemPlan[];
  label?: string;
}

export type Plan = { kind: 'item'; plan: ItemPlan } | { kind: 'bundle'; plan: BundlePlan };

const DAY = 86_400_000;
const ESTABLISHING = /设立登记$/;
const STAFF_CHANNELS: readonly Channel[] = ['window', 'assisted', 'crossRegion'];

/** Entities that fit an item (a food licence for caterers and shops …); all of them when none fits. */
function fitOf(item: Item): ((e: GeneratedEntity) => boolean) | null {
  const t = item.resultLicenceTypeCode ?? '';
  if (t === 'FOOD_BUSINESS' || /食品|生鲜乳/.test(item.name)) return (e) => e.industrySection === 'H' || ['便利店', '超市', '粮油店'].includes(e.shop ?? '') || ['5212', '5221', '1441'].includes(e.industryClass ?? '');
  if (t === 'PUBLIC_HEALTH') return (e) => e.industryClass === '6110' || ['理发店', '美容美发店', '宾馆'].includes(e.shop ?? '');
  if (t === 'ROAD_TRANSPORT' || /道路/.test(item.name)) return (e) => e.industryClass === '5431' || e.industrySection === 'G';
  if (t === 'DISCHARGE_PERMIT' || /排污|环境影响/.test(item.name)) return (e) => e.industrySection === 'C';
  if (/施工|工程|商品房|资质|用地|规划/.test(item.name)) return (e) => e.industrySection === 'E' || e.industryClass === '7010';
  return null;
}

export function createPlanner(ctx: PlanContext) {
  const time = timeKit(ctx);
  const pools = new Map<string, GeneratedEntity[]>();
  const poolOf = (item: Item) => {
    let pool = pools.get(item.code);
    if (!pool) {
      const fit = fitOf(item);
      const fitting = fit ? ctx.entities.filter(fit) : [];
      pool = fitting.length >= 5 ? fitting : ctx.entities;
      pools.set(item.code, pool);
    }
    return pool;
  };
  const person = (rng: Rng) => ({ name: personName(rng), idNumber: someIdNumber(rng), phone: mobileNumber(rng) });

  function applicantFor(rng: Rng, item: Item, wantEntity?: boolean): Applicant {
    const entity = wantEntity ?? (item.target === 'entity' || (item.target === 'both' && rng() < 0.55));
    const who = person(rng);
    if (ESTABLISHING.test(item.name) || !entity || !ctx.entities.length) {
      return { kind: 'person', userId: null, uscc: null, name: who.name, entity: null, person: who, ...(ESTABLISHING.test(item.name) ? { newName: newEnterpriseName(rng) } : {}) };
    }
    const e = pick(rng, poolOf(item));
    return { kind: 'entity', userId: null, uscc: e.uscc, name: e.name, entity: e, person: who };
  }

  function materialsFor(rng: Rng, item: Item, applicant: Applicant, channel: Channel): PlannedMaterial[] {
    const window = STAFF_CHANNELS.includes(channel);
    return item.materials.map((m) => {
      const base = { key: m.key, name: m.name, required: m.required, fileIds: [], licenceId: null, licenceNumber: null, fetch: null };
      if (m.source === 'department') return { ...base, status: 'fetched' as const };
      if (m.source === 'licence' && m.licenceTypeCode && applicant.uscc && ctx.fetchable.has(`${item.implementingDepartmentId}|${m.licenceTypeCode}`)) return { ...base, status: 'fetched' as const, fetch: m.licenceTypeCode };
      if (!m.required && rng() < 0.5) return { ...base, status: 'missing' as const };
      return { ...base, status: window && rng() < 0.5 ? ('paper' as const) : ('uploaded' as const) };
    });
  }

  const subjectOf = (a: Applicant, at: Date): FormSubject => ({
    entity: a.entity ? { name: a.entity.name, uscc: a.entity.uscc, legalRepresentative: a.entity.legalRepresentative, address: a.entity.address, scope: a.entity.scope } : null,
    person: a.person,
    ...(a.newName ? { newName: a.newName } : {}),
    on: ctx.calendar.shanghaiDate(at),
  });

  /** Where and by whom it was received: the applicant online, a clerk at the city's hall, a district hall for 通办. */
  function intake(rng: Rng, channel: Channel, applicant: Applicant) {
    if (channel === 'window' || channel === 'assisted') return { intakeDepartmentId: ctx.cityHall, assistedBy: ctx.clerk.actorId, submittedBy: ctx.clerk.actorId };
    if (channel === 'crossRegion') return { intakeDepartmentId: pick(rng, ctx.districtHalls), assistedBy: null, submittedBy: null };
    return { intakeDepartmentId: null, assistedBy: null, submittedBy: applicant.userId };
  }

  /** Commitment only where its post-check's last day lies in a year the calendar covers. */
  function commitmentFits(item: Item, submittedAt: Date) {
    if (!item.commitmentAllowed) return false;
    const due = applicationsBulk.postCheckDueOn(ctx.calendar.shanghaiDate(new Date(submittedAt.getTime() + 3 * DAY)), item.postCheckMonths ?? 2);
    return ctx.calendar.covers(Number(due.slice(0, 4)));
  }

  /** One item's application; `given` fixes what a featured plan needs. */
  function itemPlan(rng: Rng, item: Item, given: Partial<Omit<ItemPlan, 'life'>> & { options?: LifeOptions; applicantWho?: Who | null } = {}): ItemPlan {
    let channel = given.channel ?? (pickWeighted(rng, CHANNEL_MIX).channel as Channel);
    if (channel === 'mobile' && !item.mobile) channel = 'online';
    const applicant = given.applicant ?? applicantFor(rng, item);
    const submittedAt = given.submittedAt ?? submissionTime(rng, channel);
    const commitment = given.commitment ?? (applicant.kind === 'entity' && commitmentFits(item, submittedAt) && rng() < 0.6);
    const placed = intake(rng, channel, applicant);
    const who = given.applicantWho !== undefined ? given.applicantWho : applicant.userId ? { by: { userId: applicant.userId, departmentId: null, roles: ['applicant' as const] }, actorId: applicant.userId } : null;
    const life = lifeOf(rng, ctx, { item, channel, submittedAt, commitment, applicant: who }, given.options);
    return {
      item,
      channel,
      applicant,
      ...placed,
      submittedAt,
      commitment,
      formData: given.formData ?? formAnswers(rng, item.form, subjectOf(applicant, submittedAt)),
      materials: materialsFor(rng, item, applicant, channel),
      life,
      licence: given.licence ?? (Boolean(item.resultLicenceTypeCode) && applicant.kind === 'entity' && rng() < 0.4),
      ...(given.label ? { label: given.label } : {}),
    };
  }

  /** A 一件事: members side by side, their results handed out together once all are ready. */
  function bundlePlan(rng: Rng, entry: { bundle: Bundle; members: Item[] }, given: { submittedAt?: Date; fates?: Record<string, LifeOptions['fate']>; label?: string } = {}): BundlePlan {
    const { bundle, members } = entry;
    const mobile = members.every((m) => m.mobile);
    const channel: Channel = rng() < 0.15 ? 'window' : mobile && rng() < 0.2 ? 'mobile' : 'online';
    const submittedAt = given.submittedAt ?? submissionTime(rng, channel);
    const entityLed = ['HHHT-YJS-JOB', 'HHHT-YJS-CLOSE', 'HHHT-YJS-HANDOVER'].includes(bundle.code);
    const applicant = applicantFor(rng, members[0]!, entityLed);
    if (bundle.code === 'HHHT-YJS-STARTUP') applicant.newName = newEnterpriseName(rng);
    const formData = mergedAnswers(rng, bundle.fields, subjectOf(applicant, submittedAt));
    // Each member runs to the bundle's promise where it is shorter than its own, as a live submission does.
    const plans = members.map((item) =>
      itemPlan(rng, { ...item, promisedLimitDays: applicationsBulk.promisedDaysOf(item, bundle) }, {
        channel,
        applicant,
        submittedAt,
        commitment: false,
        licence: false,
        applicantWho: null,
        formData: applicationsBulk.memberFormData(bundle, item.code, formData),
        options: { holdDelivery: true, fate: given.fates?.[item.code] ?? 'approve', correction: null, late: false },
      }),
    );
    // Worked on side by side: what is decided on the spot is granted when the slower members are ready, and all
    // results are handed out together right after (each member's clock runs until its own delivery).
    const slow = plans.filter((p) => !p.item.onTheSpot);
    if (slow.length && slow.every((p) => p.life.complete)) {
      const ready = Math.max(...slow.map((p) => p.life.steps.at(-1)?.at.getTime() ?? 0));
      for (const p of plans.filter((x) => x.item.onTheSpot && x.life.steps.length === 1 && x.life.steps[0]!.action === 'approveOnSpot')) {
        const first = p.life.steps[0]!;
        p.life.steps[0] = { ...first, at: new Date(Math.max(first.at.getTime(), ready - (5 + randomInt(rng, 25)) * 60_000)) };
      }
    }
    if (plans.every((p) => p.life.complete)) {
      const ready = plans.filter((p) => ['approve', 'approveOnSpot', 'approveOnCommitment'].includes(p.life.steps.at(-1)?.action ?? ''));
      const last = new Date(Math.max(...plans.map((p) => p.life.steps.at(-1)?.at.getTime() ?? p.submittedAt.getTime())));
      const when = time.later(last, 5 + randomInt(rng, 40));
      ready.forEach((p, i) => {
        const at = time.later(when, i);
        const staff = ctx.staffOf(p.item.implementingDepartmentId, 'deliver');
        if (at.getTime() < ctx.now.getTime()) p.life.steps.push({ action: 'deliver', at, by: staff.by, actorId: staff.actorId });
      });
    }
    return { bundle, formData, members: plans, ...(given.label ? { label: given.label } : {}) };
  }

  /** A moment in the last year: staff channels in office hours on working days, the others any day (fewer at weekends). */
  function submissionTime(rng: Rng, channel: Channel): Date {
    const staffChannel = STAFF_CHANNELS.includes(channel);
    for (;;) {
      const day = ctx.calendar.shanghaiDate(new Date(ctx.now.getTime() - (1 + randomInt(rng, 365)) * DAY));
      const working = ctx.calendar.isWorkingDay(day);
      if (!working && (staffChannel || rng() > 0.3)) continue;
      const minutes = staffChannel ? 9 * 60 + rng() * 8 * 60 : 7 * 60 + rng() * 16 * 60;
      return time.at(day, minutes);
    }
  }

  return { itemPlan, bundlePlan, applicantFor, submissionTime, time };
}

export type Planner = ReturnType<typeof createPlanner>;

/** The random part of the year: items by demand, one in twenty-five a bundle. */
export function planYear(ctx: PlanContext, planner: Planner): Plan[] {
  const rng = createRng(ctx.seed ^ 0x0a9911);
  const items = ctx.items.map((item) => ({ item, weight: ITEM_WEIGHTS[item.name] ?? 1 }));
  const bundles = ctx.bundles.map((b) => ({ ...b, weight: BUNDLE_WEIGHTS[b.bundle.code] ?? 1 }));
  const plans: Plan[] = [];
  for (let n = 0; n < ctx.units; n++) {
    if (bundles.length && rng() < 0.04) plans.push({ kind: 'bundle', plan: planner.bundlePlan(rng, pickWeighted(rng, bundles)) });
    else plans.push({ kind: 'item', plan: planner.itemPlan(rng, pickWeighted(rng, items).item) });
  }
  return plans;
}

