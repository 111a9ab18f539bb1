// 知识库: answers the seat reads out on the call. Entries are valid between two dates (Asia/Shanghai days);
// search uses the catalogue's Chinese search (jieba words in a weighted `simple` tsvector, the catalogue's
// synonyms when handed over) and shows only what is valid today unless asked. Every write goes out with its
// audit row as one statement; edits and retiring are versioned (409 on a stale version).
import type { z } from 'zod';
import {
  createKnowledgeBody,
  knowledgeSearchQuery,
  restoreKnowledgeBody,
  retireKnowledgeBody,
  updateKnowledgeBody,
  KNOWLEDGE_KEYWORDS_MAX,
  type CreateKnowledgeBody,
  type KnowledgeEntry,
  type KnowledgeHit,
  type KnowledgeSearchQuery,
  type KnowledgeSearchReply,
  type UpdateKnowledgeBody,
} from '../../../../common/api/appeals-knowledge.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Database, Db, PendingWrite } from '../../../platform/db/index.ts';
import { runWrites, uuidv7, WriteRefused } from '../../../platform/db/index.ts';
import { AppError, notFound, validationFailed, zodIssuesToFields } from '../../../platform/errors/index.ts';
import { compactText, highlight, parseQuery, type Piece, type SynonymMap } from '../../../platform/search/index.ts';
import * as repo from '../knowledge-repository.ts';
import type { DepartmentInfo } from './shared.ts';

const what = { zh: '知识库条目', en: 'Knowledge entry' };

export interface KnowledgeDeps {
  /** Department names and existence: the appeals deps' org.departments fits. */
  org: { departments: () => Promise<readonly Pick<DepartmentInfo, 'id' | 'name'>[]> };
  /** The catalogue's search synonyms (开饭店 → 餐饮), read at most every 30 s; none when not given. */
  synonyms?: () => Promise<readonly { term: string; expansions: readonly string[] }[]>;
  /** The clock (tests); today is taken in Asia/Shanghai. */
  now?: () => Date;
}

const unprocessable = (path: string, zh: string, en: string) => new AppError('UNPROCESSABLE', { zh, en }, [{ path, message: { zh, en } }]);
const stale = (current?: number) =>
  new AppError('VERSION_CONFLICT', {
    zh: `知识库条目已被他人修改${current ? `（当前版本 ${current}）` : ''}，请刷新后重试`,
    en: `The knowledge entry was changed meanwhile${current ? ` (now version ${current})` : ''}; reload and try again`,
  });
const alreadyRetired = (at: Date) => {
  const when = `${shanghaiDate(at)}`;
  return new AppError('UNPROCESSABLE', { zh: `该条目已于 ${when} 停用`, en: `The entry was retired on ${when} already` });
};
/** The entry a seat answered with does not exist (a ticket's direct answer naming it is refused). */
export const missingKnowledge = () => unprocessable('body.directAnswer.knowledgeId', '所引用的知识库条目不存在', 'The knowledge entry referred to does not exist');

/** Input parsed as the routes parse it (services are also called directly: the seed, the tests). */
function parse<S extends z.ZodType>(schema: S, input: unknown, prefix: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(zodIssuesToFields(result.error.issues, prefix));
  return result.data;
}

/** Keywords: split at spaces and commas, trimmed, each once. */
function keywordText(keywords: readonly string[]): string {
  const words = [...new Set(keywords.flatMap((k) => k.split(/[\s,，、;；]+/u)).filter(Boolean))];
  if (words.length > KNOWLEDGE_KEYWORDS_MAX) {
    throw validationFailed([{ path: 'body.keywords', message: { zh: `关键词最多 ${KNOWLEDGE_KEYWORDS_MAX} 个`, en: `at most ${KNOWLEDGE_KEYWORDS_MAX} keywords` } }]);
  }
  return words.join(' ');
}

const EXCERPT = 120;
const LEAD_IN = 30;

/** Up to EXCERPT characters of the answer around its first match (its start when nothing matches). */
function excerpt(answer: string, marks: readonly string[]): Piece[] {
  const lower = answer.toLowerCase();
  let first = -1;
  for (const m of marks) {
    const at = m ? lower.indexOf(m.toLowerCase()) : -1;
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const start = first > LEAD_IN ? Math.min(first - LEAD_IN, Math.max(0, answer.length - EXCERPT)) : 0;
  const end = Math.min(answer.length, start + EXCERPT);
  const text = `${start > 0 ? '…' : ''}${answer.slice(start, end)}${end < answer.length ? '…' : ''}`;
  return highlight(text, marks);
}

export function createKnowledgeService(database: Database, deps: KnowledgeDeps) {
  const { db } = database;
  const today = () => shanghaiDate((deps.now ?? (() => new Date()))());

  let synonymCache: { map: SynonymMap; at: number } | null = null;
  async function synonymMap(): Promise<SynonymMap> {
    if (!deps.synonyms) return new Map();
    if (synonymCache && Date.now() - synonymCache.at < 30_000) return synonymCache.map;
    const map: SynonymMap = new Map((await deps.synonyms()).map((s) => [compactText(s.term), [...s.expansions]] as const));
    synonymCache = { map, at: Date.now() };
    return map;
  }

  async function departmentNames(): Promise<Map<string, string>> {
    return new Map((await deps.org.departments()).map((d) => [d.id, d.name]));
  }

  function present(r: repo.KnowledgeRow, names: Map<string, string>, day: string): KnowledgeEntry {
    return {
      id: r.id,
      title: r.title,
      answer: r.answer,
      categoryCode: r.categoryCode,
      keywords: r.keywords.split(' ').filter(Boolean),
      departmentId: r.departmentId,
      departmentName: r.departmentId ? (names.get(r.departmentId) ?? null) : null,
      validFrom: r.validFrom,
      validTo: r.validTo,
      retiredAt: r.retiredAt ? r.retiredAt.toISOString() : null,
      valid: r.retiredAt === null && r.validFrom <= day && (r.validTo === null || r.validTo >= day),
      usedCount: r.usedCount,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  }

  /** The rules beyond each field's own: dates in order, the category and the department exist. */
  async function check(contents: repo.KnowledgeContent[]): Promise<void> {
    for (const c of contents) {
      if (c.validTo !== null && c.validTo < c.validFrom) {
        throw unprocessable('body.validTo', `有效期截止日期（${c.validTo}）不能早于起始日期（${c.validFrom}）`, `validTo (${c.validTo}) must not be before validFrom (${c.validFrom})`);
      }
    }
    const codes = [...new Set(contents.map((c) => c.categoryCode).filter((c): c is string => c !== null))];
    const known = await repo.existingCategories(db, codes);
    const unknown = codes.find((c) => !known.has(c));
    if (unknown) throw unprocessable('body.categoryCode', `诉求分类“${unknown}”不存在`, `No appeal category "${unknown}"`);
    const departments = [...new Set(contents.map((c) => c.departmentId).filter((d): d is string => d !== null))];
    if (departments.length) {
      const names = await departmentNames();
      if (departments.some((d) => !names.has(d))) throw unprocessable('body.departmentId', '口径提供单位不存在', 'No such department');
    }
  }

  function contentOf(input: z.output<typeof createKnowledgeBody>, day: string): repo.KnowledgeContent {
    return {
      title: input.title,
      answer: input.answer,
      categoryCode: input.categoryCode ?? null,
      keywords: keywordText(input.keywords),
      departmentId: input.departmentId ?? null,
      validFrom: input.validFrom ?? day,
      validTo: input.validTo ?? null,
    };
  }

  async function get(id: string): Promise<KnowledgeEntry> {
    const row = await repo.findById(db, id);
    if (!row) throw notFound(what);
    return present(row, await departmentNames(), today());
  }

  /** Runs a versioned write with its audit row; a stale version (or one overtaken meanwhile) is a 409. */
  async function versioned(writes: PendingWrite[], id: string): Promise<void> {
    try {
      await runWrites(db, writes);
    } catch (error) {
      if (error instanceof WriteRefused && error.reason === 'version') {
        const now = await repo.findById(db, id);
        throw now ? stale(now.version) : notFound(what);
      }
      throw error;
    }
  }

  async function current(id: string, version: number): Promise<repo.KnowledgeRow> {
    const row = await repo.findById(db, id);
    if (!row) throw notFound(what);
    if (row.version !== version) throw stale(row.version);
    return row;
  }

  return {
    get,

    async create(actor: Actor, body: CreateKnowledgeBody): Promise<KnowledgeEntry> {
      const content = contentOf(parse(createKnowledgeBody, body, 'body'), today());
      await check([content]);
      const id = uuidv7();
      await runWrites(db, [
        repo.insertWrite(db, id, content),
        auditWrite(actor, { action: 'appeal.knowledge.create', entity: 'appeal_knowledge', entityId: id, change: content }),
      ]);
      return get(id);
    },

    async update(actor: Actor, id: string, body: UpdateKnowledgeBody): Promise<KnowledgeEntry> {
      const { version, ...input } = parse(updateKnowledgeBody, body, 'body');
      const before = await current(id, version);
      const changes: Partial<repo.KnowledgeContent> = {};
      if (input.title !== undefined) changes.title = input.title;
      if (input.answer !== undefined) changes.answer = input.answer;
      if (input.categoryCode !== undefined) changes.categoryCode = input.categoryCode;
      if (input.keywords !== undefined) changes.keywords = keywordText(input.keywords);
      if (input.departmentId !== undefined) changes.departmentId = input.departmentId;
      if (input.validFrom !== undefined) changes.validFrom = input.validFrom;
      if (input.validTo !== undefined) changes.validTo = input.validTo;
      const after: repo.KnowledgeContent = {
        title: before.title,
        answer: before.answer,
        categoryCode: before.categoryCode,
        keywords: before.keywords,
        departmentId: before.departmentId,
        validFrom: before.validFrom,
        validTo: before.validTo,
        ...changes,
      };
      // Only what changes is checked: an entry filed under a category since removed can still be edited otherwise.
      await check([{ ...after, categoryCode: 'categoryCode' in changes ? after.categoryCode : null, departmentId: 'departmentId' in changes ? after.departmentId : null }]);
      await versioned(
        [
          repo.updateWrite(db, id, version, after),
          auditWrite(actor, { action: 'appeal.knowledge.update', entity: 'appeal_knowledge', entityId: id, change: { version, ...changes } }),
        ],
        id,
      );
      return get(id);
    },

    /**
     * 停用: out of use from now on — gone from the seats' search, kept for the tickets that quoted it, its dates
     * unchanged. An entry already retired, or past its end date, is refused (nothing to take out of use).
     */
    async retire(actor: Actor, id: string, body: z.input<typeof retireKnowledgeBody>): Promise<KnowledgeEntry> {
      const { version } = parse(retireKnowledgeBody, body, 'body');
      const before = await current(id, version);
      if (before.retiredAt) throw alreadyRetired(before.retiredAt);
      const day = today();
      if (before.validTo !== null && before.validTo < day) {
        throw new AppError('UNPROCESSABLE', { zh: `该条目已于 ${before.validTo} 失效，无需停用`, en: `The entry expired on ${before.validTo} already` });
      }
      const at = (deps.now ?? (() => new Date()))();
      await versioned(
        [
          repo.retiredWrite(db, id, version, at),
          auditWrite(actor, { action: 'appeal.knowledge.retire', entity: 'appeal_knowledge', entityId: id, change: { version, retiredAt: at.toISOString() } }),
        ],
        id,
      );
      return get(id);
    },

    /** 恢复启用: a retired entry back in use, valid again on the days its dates say. */
    async restore(actor: Actor, id: string, body: z.input<typeof restoreKnowledgeBody>): Promise<KnowledgeEntry> {
      const { version } = parse(restoreKnowledgeBody, body, 'body');
      const before = await current(id, version);
      if (!before.retiredAt) throw new AppError('UNPROCESSABLE', { zh: '该条目未停用，无需恢复', en: 'The entry is in use: there is nothing to restore' });
      await versioned(
        [
          repo.retiredWrite(db, id, version, null),
          auditWrite(actor, { action: 'appeal.knowledge.restore', entity: 'appeal_knowledge', entityId: id, change: { version, retiredAtBefore: before.retiredAt.toISOString() } }),
        ],
        id,
      );
      return get(id);
    },

    async search(query: KnowledgeSearchQuery): Promise<KnowledgeSearchReply> {
      const f = parse(knowledgeSearchQuery, query, 'querystring');
      const q = f.q ?? '';
      const listing = q === '';
      const parsed = listing ? null : parseQuery(q, await synonymMap());
      const empty = { terms: parsed?.terms ?? [], expanded: parsed?.expanded ?? [], items: [], total: 0, page: f.page, pageSize: f.pageSize };
      if (parsed && !parsed.tsquery && !parsed.fuzzy) return empty;
      const day = today();
      const { rows, total } = await repo.search(database.readDb, {
        listing,
        termsTsquery: parsed?.termsTsquery ?? '',
        expandedTsquery: parsed?.expandedTsquery ?? '',
        strictTsquery: parsed?.strictTsquery ?? '',
        tsquery: parsed?.tsquery ?? '',
        fuzzy: parsed?.fuzzy ?? '',
        today: day,
        validity: f.validity ?? (f.includeExpired === 'true' ? 'all' : 'valid'),
        categoryCode: f.categoryCode ?? null,
        limit: f.pageSize,
        offset: (f.page - 1) * f.pageSize,
      });
      const names = rows.some((r) => r.departmentId) ? await departmentNames() : new Map<string, string>();
      const marks = parsed ? [...parsed.terms, ...parsed.expanded, parsed.fuzzy].filter(Boolean) : [];
      const items: KnowledgeHit[] = rows.map((r) => ({
        ...present(r, names, day),
        titleHighlighted: highlight(r.title, marks),
        answerHighlighted: highlight(r.answer, marks),
        excerptHighlighted: excerpt(r.answer, marks),
        score: r.score,
      }));
      return { ...empty, items, total };
    },

    /**
     * A seat answered a call with the entry: the write that bumps its counter, for the ticket's own batch (one
     * statement with the ticket and its audit row). Required: the batch is refused with WriteRefused(
     * KNOWLEDGE_MISSING) when the entry does not exist — answer that with missingKnowledge() (422).
     */
    usedWrite: (id: string): PendingWrite => repo.usedWrite(id),

    /** The same, run on its own (or in the caller's transaction `tx`); 422 when the entry does not exist. */
    async markUsed(tx: Db, id: string): Promise<void> {
      try {
        await runWrites(tx, [repo.usedWrite(id)]);
      } catch (error) {
        if (error instanceof WriteRefused && error.reason === repo.KNOWLEDGE_MISSING) throw missingKnowledge();
        throw error;
      }
    },

    /** The demo seed's entries, added when no entry has the title yet (each with its audit row); returns how many were added. */
    async ensureEntries(actor: Actor, entries: CreateKnowledgeBody[]): Promise<number> {
      const day = today();
      const byTitle = new Map<string, repo.KnowledgeContent>();
      entries.forEach((e, i) => {
        const content = contentOf(parse(createKnowledgeBody, e, `entries.${i}`), day);
        if (!byTitle.has(content.title)) byTitle.set(content.title, content);
      });
      const existing = await repo.existingTitles(db, [...byTitle.keys()]);
      const missing = [...byTitle.values()].filter((c) => !existing.has(c.title));
      await check(missing);
      for (let i = 0; i < missing.length; i += 20) {
        const writes = missing.slice(i, i + 20).flatMap((content) => {
          const id = uuidv7();
          return [repo.insertWrite(db, id, content), auditWrite(actor, { action: 'appeal.knowledge.create', entity: 'appeal_knowledge', entityId: id, change: content })];
        });
        await runWrites(db, writes);
      }
      return missing.length;
    },
  };
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
export { KNOWLEDGE_MISSING } from '../knowledge-repository.ts';
