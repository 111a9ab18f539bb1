// 诉求分类 and 派单目录: the categories tickets are filed under (Open311's services too), and the dispatch
// catalogue that proposes a lead unit for a category in an area. The most specific rule wins: the ticket's
// own area, then its city, then a city-wide rule; without one, the district's government takes it (兜底).
import type { z } from 'zod';
import type { dispatchRuleBody } from '../../../../common/api/appeals.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { runWrites, uuidv7, WriteRefused } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as repo from '../repository.ts';
import { refuse, type AppealsDeps } from './shared.ts';

export interface Proposal {
  leadDepartmentId: string;
  supportDepartmentIds: string[];
  /** rule: from the dispatch catalogue; fallback: the district's government (兜底). */
  source: 'rule' | 'fallback';
}

/** A category as the seed or an import gives it: the rest takes its default. */
export type CategoryInput = Partial<repo.CategoryRow> & { code: string; name: string; nameEn: string };

const ruleWhat = { zh: '派单目录条目', en: 'Dispatch rule' };

export function createCatalogueService(database: Database, deps: AppealsDeps) {
  const { db } = database;
  let cached: { at: number; rows: Promise<repo.CategoryRow[]> } | null = null;
  const categories = () => {
    if (!cached || Date.now() - cached.at > 60_000) cached = { at: Date.now(), rows: repo.listCategories(database.readDb) };
    return cached.rows;
  };
  let rulesCache: { at: number; rows: Promise<repo.DispatchRuleRow[]> } | null = null;
  const rules = () => {
    if (!rulesCache || Date.now() - rulesCache.at > 30_000) rulesCache = { at: Date.now(), rows: repo.listDispatchRules(database.readDb) };
    return rulesCache.rows;
  };
  const forget = () => {
    rulesCache = null;
  };

  async function checkDepartments(ids: string[]) {
    const known = new Set((await deps.org.departments()).map((d) => d.id));
    const missing = ids.find((id) => !known.has(id));
    if (missing) throw refuse('所选单位不存在', 'No such unit', 'body.leadDepartmentId');
  }

  /** A category a ticket may be filed under: an active leaf (or an active parent without leaves). */
  async function category(code: string): Promise<repo.CategoryRow> {
    const all = await categories();
    const hit = all.find((c) => c.code === code && c.active);
    if (!hit) throw refuse(`没有名为“${code}”的诉求分类`, `No ticket category "${code}"`, 'body.categoryCode');
    return hit;
  }

  return {
    categories,
    category,

    /** Adds or replaces categories by code (the demo seed, an administrator's import). */
    async ensure(actor: Actor, rows: CategoryInput[]) {
      const full = rows.map(
        (r, i): repo.CategoryRow => ({
          code: r.code,
          parentCode: r.parentCode ?? null,
          name: r.name,
          nameEn: r.nameEn,
          description: r.description ?? '',
          keywords: r.keywords ?? '',
          defaultKind: r.defaultKind ?? 'help',
          utility: r.utility ?? false,
          attributes: r.attributes ?? [],
          active: r.active ?? true,
          sortOrder: r.sortOrder ?? i,
        }),
      );
      if (full.length === 0) return 0;
      await runWrites(db, [repo.upsertCategoriesWrite(full), auditWrite(actor, { action: 'appeal.categories.ensure', entity: 'appeal_category', entityId: null, change: { codes: full.map((c) => c.code) } })]);
      cached = null;
      return full.length;
    },

    rules: () => rules(),

    /** The unit the catalogue proposes for a category in an area. */
    async propose(categoryCode: string, areaCode: string): Promise<Proposal | null> {
      const all = await rules();
      const parent = categoryCode.includes('-') ? categoryCode.slice(0, categoryCode.indexOf('-')) : null;
      const city = `${areaCode.slice(0, 4)}00`;
      for (const code of [categoryCode, parent]) {
        if (!code) continue;
        for (const area of [areaCode, city, null]) {
          const hit = all.find((r) => r.categoryCode === code && r.areaCode === area);
          if (hit) return { leadDepartmentId: hit.leadDepartmentId, supportDepartmentIds: hit.supportDepartmentIds, source: 'rule' };
        }
      }
      const district = (await deps.org.departments()).find((d) => d.kind === 'government' && d.regionCode === areaCode);
      return district ? { leadDepartmentId: district.id, supportDepartmentIds: [], source: 'fallback' } : null;
    },

    async createRule(actor: Actor, input: z.infer<typeof dispatchRuleBody>) {
      await category(input.categoryCode);
      await checkDepartments([input.leadDepartmentId, ...input.supportDepartmentIds]);
      const id = uuidv7();
      const existing = (await repo.listDispatchRules(db, input.categoryCode)).find((r) => r.areaCode === input.areaCode);
      if (existing) throw refuse('该分类在该区域已有派单规则，请修改原规则', 'This category already has a rule for this area: edit it instead', 'body.areaCode');
      await runWrites(db, [
        repo.insertDispatchRuleWrite({ id, ...input, version: 1 }),
        auditWrite(actor, { action: 'appeal.dispatchRule.create', entity: 'appeal_dispatch_rule', entityId: id, change: input }),
      ]);
      forget();
      return (await repo.findDispatchRule(db, id))!;
    },

    async updateRule(actor: Actor, id: string, version: number, input: z.infer<typeof dispatchRuleBody>) {
      const before = await repo.findDispatchRule(db, id);
      if (!before) throw notFound(ruleWhat);
      await category(input.categoryCode);
      await checkDepartments([input.leadDepartmentId, ...input.supportDepartmentIds]);
      try {
        await runWrites(db, [
          repo.updateDispatchRuleWrite(id, version, input),
          auditWrite(actor, { action: 'appeal.dispatchRule.update', entity: 'appeal_dispatch_rule', entityId: id, change: { before: { leadDepartmentId: before.leadDepartmentId, areaCode: before.areaCode }, after: input } }),
        ]);
      } catch (error) {
        if (error instanceof WriteRefused) throw staleRule(before.version);
        throw error;
      }
      forget();
      return (await repo.findDispatchRule(db, id))!;
    },

    async deleteRule(actor: Actor, id: string, version: number) {
      const before = await repo.findDispatchRule(db, id);
      if (!before) throw notFound(ruleWhat);
      try {
        await runWrites(db, [repo.deleteDispatchRuleWrite(id, version), auditWrite(actor, { action: 'appeal.dispatchRule.delete', entity: 'appeal_dispatch_rule', entityId: id, change: { categoryCode: before.categoryCode, areaCode: before.areaCode } })]);
      } catch (error) {
        if (error instanceof WriteRefused) throw staleRule(before.version);
        throw error;
      }
      forget();
    },
  };
}

const staleRule = (current: number) =>
  new AppError('VERSION_CONFLICT', { zh: `派单规则已被他人修改（当前版本 ${current}），请刷新后重试`, en: `The rule was changed meanwhile (now version ${current}); reload and try again` });

export type CatalogueService = ReturnType<typeof createCatalogueService>;
