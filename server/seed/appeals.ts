// 接诉即办 demo data: the categories and the dispatch catalogue (always, so a fresh city can take calls), and —
// with the demo city — a year of tickets across kinds, channels, units and outcomes.
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
