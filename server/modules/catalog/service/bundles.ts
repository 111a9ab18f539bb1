// 一件事: bundles with one merged form and one materials list, with the same draft → published →
// retired editions as items. Publishing runs the merged-form checks (common/catalog/bundle-rules.ts)
// against the members' current published editions and refuses on any error.
import type { z } from 'zod';
import { bundleInput, bundleUpdate, type Bundle, type BundleInput, type bundlesQuery } from '../../../../common/api/catalog-bundles.ts';
import { checkBundle, checkBundleShape, mergeMaterials, type MemberForm } from '../../../../common/catalog/bundle-rules.ts';
import { formFields } from '../../../../common/catalog/form-fields.ts';
import { errorsOf } from '../../../../common/catalog/rules.ts';
import { EVENT_LABELS, type EventKey } from '../../../../common/catalog/vocabulary.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/index.ts';
import * as repo from '../bundles-repository.ts';
import * as items from '../items-repository.ts';
import type { SearchService } from './search.ts';
import { conflictOnDuplicate, iso, notDraft, parseInput, rulesRefused, type CatalogDeps } from './shared.ts';

export const bundleWhat = { zh: '一件事', en: 'Bundle' };

export function bundleInputOf(r: repo.BundleRow): BundleInput {
  return {
    code: r.code,
    name: r.name,
    kind: r.kind as BundleInput['kind'],
    event: r.event as BundleInput['event'],
    themes: r.themes as BundleInput['themes'],
    description: r.description,
    leadDepartmentId: r.leadDepartmentId,
    promisedLimitDays: r.promisedLimitDays,
    members: r.members,
    fields: r.fields,
    keywords: r.keywords,
    hallAddress: r.hallAddress,
    consultPhone: r.consultPhone,
  };
}

/** The members' current published editions by code. */
async function publishedMembers(database: Database, rows: repo.BundleRow[]) {
  const codes = [...new Set(rows.flatMap((r) => r.members.map((m) => m.itemCode)))];
  return new Map((await items.publishedByCodes(database.db, codes)).map((r) => [r.code, r]));
}

export function memberForms(row: Pick<BundleInput, 'members'>, published: Map<string, items.ItemRow>): Map<string, MemberForm | null> {
  return new Map(
    row.members.map((m) => {
      const item = published.get(m.itemCode);
      return [m.itemCode, item ? { code: item.code, name: item.name, fields: formFields(item.form.schema, item.form.uiSchema), prefill: item.form.prefill ?? {} } : null];
    }),
  );
}

function bundleSearchDocument(r: repo.BundleRow, members: items.ItemRow[]) {
  const body = [r.description, ...members.map((m) => m.name), ...mergeMaterials(members).map((m) => m.name), EVENT_LABELS[r.event as EventKey]?.zh ?? ''].filter(Boolean);
  return { id: r.id, kind: 'bundle' as const, code: r.code, name: r.name, departmentId: r.leadDepartmentId, keywords: r.keywords, body: body.join('\n') };
}

export function createBundleService(database: Database, deps: CatalogDeps, search: SearchService) {
  const { db } = database;

  async function present(r: repo.BundleRow, published?: Map<string, items.ItemRow>): Promise<Bundle> {
    const byCode = published ?? (await publishedMembers(database, [r]));
    const members = r.members.map((m) => byCode.get(m.itemCode) ?? null);
    const found = members.filter((m): m is items.ItemRow => m !== null);
    return {
      ...bundleInputOf(r),
      id: r.id,
      edition: r.edition,
      status: r.status as Bundle['status'],
      leadDepartmentName: await deps.departmentName(r.leadDepartmentId),
      memberItems: await Promise.all(
        r.members.map(async (m, i) => {
          const item = members[i];
          return {
            itemCode: m.itemCode,
            itemId: item?.id ?? null,
            name: item?.name ?? null,
            departmentName: item ? await deps.departmentName(item.implementingDepartmentId) : null,
            promisedLimitDays: item?.promisedLimitDays ?? null,
            note: m.note,
          };
        }),
      ),
      materials: mergeMaterials(found),
      fullyOnline: found.length === r.members.length && found.every((m) => m.fullyOnline),
      publishedAt: iso(r.publishedAt),
      retiredAt: iso(r.retiredAt),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
    };
  }

  const load = async (id: string) => {
    const row = await repo.findBundle(db, id);
    if (!row) throw notFound(bundleWhat);
    return row;
  };

  async function checkSave(input: BundleInput, prefix: string | null) {
    const errors = errorsOf(checkBundleShape(input));
    if ((await deps.departmentName(input.leadDepartmentId)) === null) {
      errors.push({ rule: 'department_unknown', severity: 'error', field: 'leadDepartmentId', message: { zh: '牵头部门不存在', en: 'no such lead department' } });
    }
    if (errors.length) throw rulesRefused(errors, { zh: '一件事信息不符合规则，请按标出的问题修改', en: 'The bundle breaks the rules listed' }, prefix);
  }

  async function insertEdition(actor: Actor, input: BundleInput, edition: number, action: string, change: unknown) {
    const id = uuidv7();
    const { code, ...fields } = input;
    await conflictOnDuplicate(
      () =>
        db.transaction(async (tx) => {
          await repo.insertBundle(tx, { id, code, edition, status: 'draft', ...fields });
          await appendAudit(tx, actor, { action, entity: 'bundle', entityId: id, change });
        }),
      edition === 1 ? { zh: `一件事编码 ${code} 已存在`, en: `The bundle code ${code} is taken` } : { zh: `一件事 ${code} 已有草稿版本`, en: `Bundle ${code} already has a draft edition` },
    );
    return present((await repo.findBundle(db, id))!);
  }

  async function check(row: repo.BundleRow) {
    const published = await publishedMembers(database, [row]);
    const violations = checkBundle(row, memberForms(row, published));
    return { ok: errorsOf(violations).length === 0, violations, published };
  }

  return {
    async create(actor: Actor, body: z.input<typeof bundleInput>): Promise<Bundle> {
      const input = parseInput(bundleInput, body);
      await checkSave(input, 'body');
      if (await repo.codeExists(db, input.code)) {
        throw new AppError('CONFLICT', { zh: `一件事编码 ${input.code} 已存在`, en: `The bundle code ${input.code} is taken` }, [{ path: 'body.code', message: { zh: '编码已存在', en: 'taken' } }]);
      }
      return insertEdition(actor, input, 1, 'catalog.bundle.create', { code: input.code, name: input.name });
    },

    async update(actor: Actor, id: string, body: z.input<typeof bundleUpdate>): Promise<Bundle> {
      const { version, ...changes } = parseInput(bundleUpdate, body);
      const before = await load(id);
      if (before.status !== 'draft') throw notDraft(bundleWhat, before.status);
      if (before.version !== version) throw versionConflict(bundleWhat);
      const { code: _code, ...input } = parseInput(bundleInput, { ...bundleInputOf(before), ...changes });
      await checkSave({ code: before.code, ...input }, 'body');
      await db.transaction(async (tx) => {
        if (!(await repo.updateDraftVersioned(tx, id, version, input))) throw versionConflict(bundleWhat);
        await appendAudit(tx, actor, { action: 'catalog.bundle.update', entity: 'bundle', entityId: id, change: { code: before.code, edition: before.edition, fields: Object.keys(changes) } });
      });
      return present((await repo.findBundle(db, id))!);
    },

    async newEdition(actor: Actor, id: string, version?: number): Promise<Bundle> {
      const source = await load(id);
      if (version !== undefined && source.version !== version) throw versionConflict(bundleWhat);
      if (source.status === 'draft') throw new AppError('CONFLICT', { zh: '这已是草稿版本，可直接修改', en: 'This edition is a draft already: edit it' });
      const draft = await repo.findBundleByCode(db, source.code, 'draft');
      if (draft) throw new AppError('CONFLICT', { zh: `一件事 ${source.code} 已有草稿（第 ${draft.edition} 版，${draft.id}）`, en: `Bundle ${source.code} already has a draft (edition ${draft.edition}, ${draft.id})` });
      const edition = (await repo.maxEdition(db, source.code)) + 1;
      return insertEdition(actor, bundleInputOf(source), edition, 'catalog.bundle.new-edition', { code: source.code, from: source.edition, edition });
    },

    /** The publish-time checks without publishing. */
    async check(id: string) {
      const { ok, violations } = await check(await load(id));
      return { ok, violations };
    },

    async publish(actor: Actor, id: string, version: number): Promise<Bundle> {
      const row = await load(id);
      if (row.status !== 'draft') throw new AppError('CONFLICT', { zh: row.status === 'published' ? '该版本已发布' : '已停用的版本不能发布，请新建版本', en: row.status === 'published' ? 'This edition is already published' : 'A retired edition cannot be published: open a new edition' });
      if (row.version !== version) throw versionConflict(bundleWhat);
      await checkSave(bundleInputOf(row), null);
      const { violations, published } = await check(row);
      const errors = errorsOf(violations);
      if (errors.length) throw rulesRefused(errors, { zh: '一件事不能发布：合并表单或成员事项不符合要求', en: 'The bundle cannot be published: the merged form or the members break the rules' }, null);
      const members = row.members.map((m) => published.get(m.itemCode)!);
      await db.transaction(async (tx) => {
        const retired = await repo.retirePublished(tx, row.code);
        if (!(await repo.setStatusVersioned(tx, id, version, ['draft'], 'published'))) throw versionConflict(bundleWhat);
        await search.indexDocument(tx, bundleSearchDocument(row, members));
        await appendAudit(tx, actor, { action: 'catalog.bundle.publish', entity: 'bundle', entityId: id, change: { code: row.code, edition: row.edition, retired } });
      });
      return present((await repo.findBundle(db, id))!);
    },

    async retire(actor: Actor, id: string, version: number): Promise<Bundle> {
      const row = await load(id);
      if (row.status === 'retired') throw new AppError('CONFLICT', { zh: '该版本已停用', en: 'This edition is already retired' });
      if (row.version !== version) throw versionConflict(bundleWhat);
      await db.transaction(async (tx) => {
        if (!(await repo.setStatusVersioned(tx, id, version, [row.status], 'retired'))) throw versionConflict(bundleWhat);
        if (row.status === 'published') await search.removeDocument(tx, 'bundle', row.code);
        await appendAudit(tx, actor, { action: 'catalog.bundle.retire', entity: 'bundle', entityId: id, change: { code: row.code, edition: row.edition, was: row.status } });
      });
      return present((await repo.findBundle(db, id))!);
    },

    get: async (id: string): Promise<Bundle> => present(await load(id)),

    async getPublished(code: string): Promise<Bundle> {
      const row = await repo.findBundleByCode(db, code, 'published');
      if (!row) throw notFound(bundleWhat);
      return present(row);
    },

    async list(query: z.infer<typeof bundlesQuery>, scope: 'admin' | 'public') {
      const { rows, total } = await repo.listBundles(database.readDb, query, scope === 'admin' ? 'latest' : 'published', query.page, query.pageSize);
      const published = await publishedMembers(database, rows);
      const bundles = await Promise.all(rows.map((r) => present(r, published)));
      return { items: bundles.map((b) => ({ ...b, memberCount: b.members.length })), total, page: query.page, pageSize: query.pageSize };
    },

    async editions(id: string) {
      const row = await load(id);
      const editions = await repo.listEditions(db, row.code);
      return { editions: editions.map((e) => ({ ...e, status: e.status as Bundle['status'], publishedAt: iso(e.publishedAt), retiredAt: iso(e.retiredAt), updatedAt: e.updatedAt.toISOString() })) };
    },

    /** Checks over every live bundle (the quality page). */
    async checkAll() {
      const rows = await repo.latestLiveBundles(db);
      const published = await publishedMembers(database, rows);
      return rows.map((row) => ({ row, violations: checkBundle(row, memberForms(row, published)) }));
    },
  };
}

export type BundleService = ReturnType<typeof createBundleService>;
