// 接诉即办 demo data: the categories and the dispatch catalogue (always, so a fresh city can take calls), and —
// with the demo city — a year of tickets across kinds, channels, units and outcomes.
import { shanghaiDate } from '../../common/calendar/index.ts';
import { appealsBulk } from '../modules/appeals/index.ts';
import type { Actor } from '../platform/audit/index.ts';
import type { Services } from '../services.ts';
import { DEMO_APPEAL_CATEGORIES, DEMO_DISPATCH_RULES } from './appeals-categories.ts';

/** Categories and dispatch rules; rules already there (by category and area) are left as users changed them. */
export async function seedAppealCatalogue(services: Services, actor: Actor, log: (line: string) => void = () => undefined): Promise<void> {
  const { appeals, org } = services;
  await appeals.categories.ensure(actor, DEMO_APPEAL_CATEGORIES);
  const ids = new Map((await org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const existing = await appeals.categories.rules();
  let added = 0;
  for (const r of DEMO_DISPATCH_RULES) {
    if (existing.some((e) => e.categoryCode === r.categoryCode && e.areaCode === r.areaCode)) continue;
    const lead = ids.get(r.lead);
    if (!lead) throw new Error(`demo department ${r.lead} is missing`);
    await appeals.categories.createRule(actor, { categoryCode: r.categoryCode, areaCode: r.areaCode, leadDepartmentId: lead, supportDepartmentIds: (r.support ?? []).map((c) => ids.get(c)!), note: '' });
    added++;
  }
  log(`appeal categories: ${DEMO_APPEAL_CATEGORIES.length}, dispatch rules added: ${added}`);
}

/** The demo city's Open311 key, so a client written from the spec can file at once (README). */
export const DEMO_OPEN311_KEY = 'demo-open311-key';

export async function seedOpen311Key(services: Services, actor: Actor): Promise<void> {
  await services.appeals.open311.keys.ensureKey(actor, '演示 Open311 客户端', DEMO_OPEN311_KEY);
}

/** A year of tickets: enough for every screen and figure in the small city, a city's volume at city scale. */
export const APPEAL_SCALES = { small: 4_000, city: 400_000 } as const;

/**
 * A year of tickets ending now (skipped when tickets exist): dispatched on the demo dispatch catalogue, with
 * returns, extensions, reopenings, merges, late sign-fors, callbacks and outcomes; the demo applicants file some of
 * the web and phone-app ones. Written in bulk (appealsBulk), as the applications seed is.
 */
export async function seedAppealTickets(services: Services, options: { seed: number; scale: keyof typeof APPEAL_SCALES; log?: (line: string) => void; now?: Date; count?: number }): Promise<number> {
  const { appeals, org, database } = services;
  const log = options.log ?? (() => undefined);
  if ((await appeals.tickets.count()) > 0) return 0;
  const departments = await org.departments.listDepartments();
  const byCode = new Map(departments.map((d) => [d.code, d]));
  const byId = new Map(departments.map((d) => [d.id, d]));
  const hotline = byCode.get('HHHT-12345');
  if (!hotline) throw new Error('demo department HHHT-12345 is missing');
  const categories = (await appeals.categories.categories()).filter((c) => c.parentCode && c.code !== 'ZW-SX');
  const rules = await appeals.categories.rules();
  // The dispatch catalogue as a plain function (the proposal's order: area, city, city-wide; leaf before parent).
  const unitOf = (category: string, area: string) => {
    for (const code of [category, category.split('-')[0]!]) {
      for (const a of [area, `${area.slice(0, 4)}00`, null]) {
        const hit = rules.find((r) => r.categoryCode === code && r.areaCode === a);
        if (hit) return hit.leadDepartmentId;
      }
    }
    return departments.find((d) => d.kind === 'government' && d.regionCode === area)?.id ?? null;
  };
  const units = [...new Set(rules.map((r) => r.leadDepartmentId))];
  const requesters = (await Promise.all(['shimin', 'qiye'].map((u) => org.users.findByUsername(u)))).flatMap((u) => (u ? [u.id] : []));
  const now = options.now ?? new Date();
  const calendar = await services.calendar.current();
  const count = options.count ?? APPEAL_SCALES[options.scale];
  const done = await appealsBulk.insertSimulatedTickets(database.db, {
    count,
    seed: options.seed,
    now,
    categories: categories.map((c) => ({ code: c.code, name: c.name, defaultKind: c.defaultKind as never, utility: c.utility })),
    units,
    unitOf,
    hotlineDepartmentId: hotline.id,
    verifierOf: (accused) => byId.get(accused)?.parentId ?? null,
    requesterUserIds: requesters,
    crypto: services.crypto,
    calendar,
    sequences: await appealsBulk.sequenceFloor(database.db, shanghaiDate(new Date(now.getTime() - 370 * 86_400_000)), shanghaiDate(now)),
  });
  // Tickets closed within the rating window invite their requesters to rate them, as live ones do (好差评's reader).
  const invitable = await appealsBulk.recordClosedEvents(database.db, new Date(now.getTime() - services.config.EVALUATION_RATING_DAYS * 86_400_000));
  log(`appeal tickets: ${done.tickets} (${done.open} open; ${invitable} recently closed ones to be rated)`);
  return done.tickets;
}
