// 事项: drafts, editions and publishing. A published edition is never edited: a new draft edition
// is opened from it, and publishing that draft retires the old one in the same transaction, so an
// application keeps the edition (row id) it was made under. Rules (common/catalog/rules.ts) are
// checked on every save; licence types and departments are checked again at publish.
import type { z } from 'zod';
import { itemInput, itemUpdate, type Item, type ItemInput, type itemsQuery } from '../../../../common/api/catalog.ts';
import { derivedFlags } from '../../../../common/catalog/derive.ts';
import { inFieldOrder, withFieldOrder } from '../../../../common/catalog/form-fields.ts';
import { checkItem, errorsOf } from '../../../../common/catalog/rules.ts';
import { EVENT_LABELS, ITEM_TYPE_LABELS, type EventKey, type ItemType } from '../../../../common/catalog/vocabulary.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/index.ts';
import * as repo from '../items-repository.ts';
import type { SearchService } from './search.ts';
import { conflictOnDuplicate, iso, notDraft, parseInput, rulesRefused, type CatalogDeps } from './shared.ts';

export const itemWhat = { zh: '事项', en: 'Item' };
const refusedText = { zh: '事项信息不符合规则，请按标出的问题修改', en: 'The item breaks the catalogue rules listed' };

/** The editor's fields of a stored edition. */
export function inputOf(r: repo.ItemRow): ItemInput {
  return {
    code: r.code,
    baseCode: r.baseCode,
    name: r.name,
    type: r.type as ItemInput['type'],
    target: r.target as ItemInput['target'],
    competentDepartmentId: r.competentDepartmentId,
    implementingDepartmentId: r.implementingDepartmentId,
    legalBasis: r.legalBasis,
    legalLimitDays: r.legalLimitDays,
    promisedLimitDays: r.promisedLimitDays,
    onTheSpot: r.onTheSpot,
    visits: r.visits,
    visitsReason: r.visitsReason,
    onlineStages: r.onlineStages,
    mobileChannel: r.mobileChannel,
    fee: r.fee,
    materials: r.materials,
    conditions: r.conditions,
    steps: r.steps,
    crossRegion: r.crossRegion as ItemInput['crossRegion'],
    reformMode: r.reformMode as ItemInput['reformMode'],
    commitmentAllowed: r.commitmentAllowed,
    postCheckMonths: r.postCheckMonths,
    resultLicenceTypeCode: r.resultLicenceTypeCode,
    events: r.events as ItemInput['events'],
    themes: r.themes as ItemInput['themes'],
    keywords: r.keywords,
    hallAddress: r.hallAddress,
    hallHours: r.hallHours,
    consultPhone: r.consultPhone,
    complaintPhone: r.complaintPhone,
    form: inFieldOrder(r.form),
  };
}

export async function presentItem(r: repo.ItemRow, departmentName: CatalogDeps['departmentName']): Promise<Item> {
  const [competentDepartmentName, implementingDepartmentName] = await Promise.all([departmentName(r.competentDepartmentId), departmentName(r.implementingDepartmentId)]);
  return {
    ...inputOf(r),
    id: r.id,
    edition: r.edition,
    status: r.status as Item['status'],
    competentDepartmentName,
    implementingDepartmentName,
    onlineDepth: r.onlineDepth,
    fullyOnline: r.fullyOnline,
    mobile: r.mobile,
    publishedAt: iso(r.publishedAt),
    retiredAt: iso(r.retiredAt),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** What the search index holds for an item: body = conditions, materials, legal basis, type and events. */
export function itemSearchDocument(r: repo.ItemRow) {
  const body = [
    ...r.conditions,
    ...r.materials.map((m) => m.name),
    r.legalBasis,
    ITEM_TYPE_LABELS[r.type as ItemType]?.zh ?? '',
    ...r.events.map((e) => EVENT_LABELS[e as EventKey]?.zh ?? ''),
  ].filter(Boolean);
  return { id: r.id, kind: 'item' as const, code: r.code, name: r.name, departmentId: r.implementingDepartmentId, keywords: r.keywords, body: body.join('\n') };
}

const fieldsOf = (input: ItemInput) => {
  const { code: _code, ...fields } = input;
  return { ...fields, form: withFieldOrder(input.form), ...derivedFlags(input) };
};

export function createItemService(database: Database, deps: CatalogDeps, search: SearchService) {
  const { db } = database;
  const present = (r: repo.ItemRow) => presentItem(r, deps.departmentName);
  const load = async (id: string) => {
    const row = await repo.findItem(db, id);
    if (!row) throw notFound(itemWhat);
    return row;
  };

  /** Error rules and departments: refused on every save. */
  async function checkSave(input: ItemInput, prefix: string | null) {
    const errors = errorsOf(checkItem(input));
    const departments: [string, string][] = [
      ['competentDepartmentId', input.competentDepartmentId],
      ['implementingDepartmentId', input.implementingDepartmentId],
      ...input.materials.flatMap((m, i): [string, string][] => (m.issuingDepartmentId ? [[`materials.${i}.issuingDepartmentId`, m.issuingDepartmentId]] : [])),
    ];
    for (const [field, id] of departments) {
      if ((await deps.departmentName(id)) === null) {
        errors.push({ rule: 'department_unknown', severity: 'error', field, message: { zh: '部门不存在', en: 'no such department' } });
      }
    }
    if (errors.length) throw rulesRefused(errors, refusedText, prefix);
  }

  /** At publish, also: every licence material names a licence type the registry has. */
  async function checkPublish(input: ItemInput) {
    try {
      await checkSave(input, null);
    } catch (err) {
      if (err instanceof AppError) throw new AppError(err.code, { zh: '事项不能发布：信息不符合规则', en: 'The item cannot be published: it breaks the catalogue rules' }, err.fields);
      throw err;
    }
    const known = new Set(await deps.licenceTypeCodes());
    if (input.resultLicenceTypeCode && !known.has(input.resultLicenceTypeCode)) {
      throw rulesRefused(
        [{ rule: 'licence_type_unknown', severity: 'error' as const, field: 'resultLicenceTypeCode', message: { zh: `电子证照库中没有证照类型 ${input.resultLicenceTypeCode}`, en: `the registry has no licence type ${input.resultLicenceTypeCode}` } }],
        { zh: '事项不能发布：办理结果的证照类型不存在', en: 'The item cannot be published: its result names an unknown licence type' },
        null,
      );
    }
    const unknown = input.materials.flatMap((m, i) => (m.source === 'licence' && m.licenceTypeCode && !known.has(m.licenceTypeCode) ? [{ m, i }] : []));
    if (unknown.length) {
      throw rulesRefused(
        unknown.map(({ m, i }) => ({
          rule: 'licence_type_unknown',
          severity: 'error' as const,
          field: `materials.${i}.licenceTypeCode`,
          message: { zh: `电子证照库中没有证照类型 ${m.licenceTypeCode}`, en: `the registry has no licence type ${m.licenceTypeCode}` },
        })),
        { zh: '事项不能发布：材料引用的证照类型不存在', en: 'The item cannot be published: a material names an unknown licence type' },
        null,
      );
    }
  }

  async function insertEdition(actor: Actor, input: ItemInput, edition: number, action: string, change: unknown) {
    const id = uuidv7();
    await conflictOnDuplicate(
      () =>
        db.transaction(async (tx) => {
          await repo.insertItem(tx, { id, code: input.code, edition, status: 'draft', ...fieldsOf(input) });
          await appendAudit(tx, actor, { action, entity: 'service_item', entityId: id, change });
        }),
      edition === 1
        ? { zh: `事项编码 ${input.code} 已存在`, en: `The item code ${input.code} is taken` }
        : { zh: `事项 ${input.code} 已有草稿版本，请修改该草稿`, en: `Item ${input.code} already has a draft edition: edit that draft` },
    );
    return present((await repo.findItem(db, id))!);
  }

  return {
    /** A new item: its first edition, as a draft. */
    async create(actor: Actor, body: z.input<typeof itemInput>): Promise<Item> {
      const input = parseInput(itemInput, body);
      await checkSave(input, 'body');
      if (await repo.codeExists(db, input.code)) {
        throw new AppError('CONFLICT', { zh: `事项编码 ${input.code} 已存在`, en: `The item code ${input.code} is taken` }, [{ path: 'body.code', message: { zh: '编码已存在；要修改已有事项请新建版本', en: 'taken; to change an existing item open a new edition' } }]);
      }
      return insertEdition(actor, input, 1, 'catalog.item.create', { code: input.code, name: input.name });
    },

    /** Edits a draft edition (optimistic version); a published or retired edition is refused with 409. */
    async update(actor: Actor, id: string, body: z.input<typeof itemUpdate>): Promise<Item> {
      const { version, ...changes } = parseInput(itemUpdate, body);
      const before = await load(id);
      if (before.status !== 'draft') throw notDraft(itemWhat, before.status);
      if (before.version !== version) throw versionConflict(itemWhat);
      const input = parseInput(itemInput, { ...inputOf(before), ...changes });
      await checkSave(input, 'body');
      await db.transaction(async (tx) => {
        if (!(await repo.updateDraftVersioned(tx, id, version, fieldsOf(input)))) throw versionConflict(itemWhat);
        await appendAudit(tx, actor, { action: 'catalog.item.update', entity: 'service_item', entityId: id, change: { code: before.code, edition: before.edition, fields: Object.keys(changes) } });
      });
      return present((await repo.findItem(db, id))!);
    },

    /** Copies a published (or retired) edition into draft edition n+1; one draft per code at a time. */
    async newEdition(actor: Actor, id: string, version?: number): Promise<Item> {
      const source = await load(id);
      if (version !== undefined && source.version !== version) throw versionConflict(itemWhat);
      if (source.status === 'draft') throw new AppError('CONFLICT', { zh: '这已是草稿版本，可直接修改', en: 'This edition is a draft already: edit it' });
      const draft = await repo.findItemByCode(db, source.code, 'draft');
      if (draft) throw new AppError('CONFLICT', { zh: `事项 ${source.code} 已有草稿（第 ${draft.edition} 版，${draft.id}），请修改该草稿`, en: `Item ${source.code} already has a draft (edition ${draft.edition}, ${draft.id}): edit that draft` });
      const edition = (await repo.maxEdition(db, source.code)) + 1;
      return insertEdition(actor, inputOf(source), edition, 'catalog.item.new-edition', { code: source.code, from: source.edition, edition });
    },

    /** Publishes a draft: rules, departments and licence types checked; the previous edition retired; the search index updated. */
    async publish(actor: Actor, id: string, version: number): Promise<Item> {
      const row = await load(id);
      if (row.status !== 'draft') throw new AppError('CONFLICT', { zh: row.status === 'published' ? '该版本已发布' : '已停用的版本不能发布，请新建版本', en: row.status === 'published' ? 'This edition is already published' : 'A retired edition cannot be published: open a new edition' });
      if (row.version !== version) throw versionConflict(itemWhat);
      await checkPublish(inputOf(row));
      await db.transaction(async (tx) => {
        const retired = await repo.retirePublished(tx, row.code);
        if (!(await repo.setStatusVersioned(tx, id, version, ['draft'], 'published'))) throw versionConflict(itemWhat);
        await search.indexDocument(tx, itemSearchDocument(row));
        await appendAudit(tx, actor, { action: 'catalog.item.publish', entity: 'service_item', entityId: id, change: { code: row.code, edition: row.edition, retired } });
      });
      return present((await repo.findItem(db, id))!);
    },

    /** Retires a published edition (taken out of the catalogue and the search) or abandons a draft. */
    async retire(actor: Actor, id: string, version: number): Promise<Item> {
      const row = await load(id);
      if (row.status === 'retired') throw new AppError('CONFLICT', { zh: '该版本已停用', en: 'This edition is already retired' });
      if (row.version !== version) throw versionConflict(itemWhat);
      await db.transaction(async (tx) => {
        if (!(await repo.setStatusVersioned(tx, id, version, [row.status], 'retired'))) throw versionConflict(itemWhat);
        if (row.status === 'published') await search.removeDocument(tx, 'item', row.code);
        await appendAudit(tx, actor, { action: 'catalog.item.retire', entity: 'service_item', entityId: id, change: { code: row.code, edition: row.edition, was: row.status } });
      });
      return present((await repo.findItem(db, id))!);
    },

    /** Any edition by its row id (an application's edition stays readable after it is retired). */
    get: async (id: string): Promise<Item> => present(await load(id)),

    /** For a batched write elsewhere: refuses it unless these editions are still published when it commits. */
    publishedCheck: (ids: string[]) => repo.publishedCheck(ids),

    /** The current published edition of a code (the public guide). */
    async getPublished(code: string): Promise<Item> {
      const row = await repo.findItemByCode(db, code, 'published');
      if (!row) throw notFound(itemWhat);
      return present(row);
    },

    /** Admin: the latest edition of each code; public: published editions only. */
    async list(query: z.infer<typeof itemsQuery>, scope: 'admin' | 'public') {
      const { rows, total } = await repo.listItems(database.readDb, query, scope === 'admin' ? 'latest' : 'published', query.page, query.pageSize);
      return { items: await Promise.all(rows.map(present)), total, page: query.page, pageSize: query.pageSize };
    },

    async editions(id: string) {
      const row = await load(id);
      const editions = await repo.listEditions(db, row.code);
      return { editions: editions.map((e) => ({ ...e, status: e.status as Item['status'], publishedAt: iso(e.publishedAt), retiredAt: iso(e.retiredAt), updatedAt: e.updatedAt.toISOString() })) };
    },

    /** The row of an edition (forms and bundles read it). */
    row: (id: string, tx: Db = db) => repo.findItem(tx, id),
  };
}

export type ItemService = ReturnType<typeof createItemService>;
