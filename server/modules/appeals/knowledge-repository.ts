// SQL of the knowledge base (知识库): entries with their search words, the versioned writes (as batch writes, so
// each goes out with its audit row as one statement), the counter a seat's answer bumps, and the ranked search
// with the catalogue's Chinese search (jieba words in a weighted `simple` tsvector, GIN-indexed).
import { and, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, PendingWrite } from '../../platform/db/index.ts';
import { pending, preparedRead, queryRows, toInstant, toIsoDate, toNumber } from '../../platform/db/index.ts';
import { weightedTsvector } from '../../platform/search/index.ts';
import { appealCategories, appealKnowledge } from './tables.ts';

export interface KnowledgeRow {
  id: string;
  title: string;
  answer: string;
  categoryCode: string | null;
  /** Space-separated. */
  keywords: string;
  departmentId: string | null;
  validFrom: string;
  validTo: string | null;
  /** 停用: when it was taken out of use (null: in use). */
  retiredAt: Date | null;
  usedCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What an entry is made of (the search words are derived from it). */
export interface KnowledgeContent {
  title: string;
  answer: string;
  categoryCode: string | null;
  keywords: string;
  departmentId: string | null;
  validFrom: string;
  validTo: string | null;
}

const COLUMNS = 'id, title, answer, category_code, keywords, department_id, valid_from, valid_to, retired_at, used_count, version, created_at, updated_at';

function decode(r: Record<string, unknown>): KnowledgeRow {
  return {
    id: String(r.id),
    title: String(r.title),
    answer: String(r.answer),
    categoryCode: (r.category_code as string | null) ?? null,
    keywords: String(r.keywords ?? ''),
    departmentId: (r.department_id as string | null) ?? null,
    validFrom: toIsoDate(r.valid_from),
    validTo: r.valid_to === null || r.valid_to === undefined ? null : toIsoDate(r.valid_to),
    retiredAt: r.retired_at === null || r.retired_at === undefined ? null : toInstant(r.retired_at),
    usedCount: toNumber(r.used_count),
    version: toNumber(r.version),
    createdAt: toInstant(r.created_at),
    updatedAt: toInstant(r.updated_at),
  };
}

/** The weighted search words: A the title, B the keywords, C the answer. */
const vectorOf = (c: Pick<KnowledgeContent, 'title' | 'keywords' | 'answer'>) => weightedTsvector({ a: c.title, b: c.keywords, c: c.answer }) as unknown as string;

export async function findById(db: Db, id: string): Promise<KnowledgeRow | null> {
  const [row] = await queryRows<Record<string, unknown>>(db, sql`select ${sql.raw(COLUMNS)} from appeal_knowledge where id = ${id}::uuid`);
  return row ? decode(row) : null;
}

/** The titles among `titles` that some entry already has. */
export async function existingTitles(db: Db, titles: string[]): Promise<Set<string>> {
  if (titles.length === 0) return new Set();
  const rows = await db.select({ title: appealKnowledge.title }).from(appealKnowledge).where(inArray(appealKnowledge.title, titles));
  return new Set(rows.map((r) => r.title));
}

/** The codes among `codes` that are categories. */
export async function existingCategories(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: appealCategories.code }).from(appealCategories).where(inArray(appealCategories.code, codes));
  return new Set(rows.map((r) => r.code));
}

export const insertWrite = (db: Db, id: string, c: KnowledgeContent): PendingWrite =>
  pending(
    db.insert(appealKnowledge).values({
      id,
      title: c.title,
      answer: c.answer,
      categoryCode: c.categoryCode,
      keywords: c.keywords,
      departmentId: c.departmentId,
      validFrom: c.validFrom,
      validTo: c.validTo,
      searchVector: vectorOf(c),
    }),
  );

/** The whole content replaced if the row is still at `version` (required: the batch is refused with 'version' otherwise). */
export const updateWrite = (db: Db, id: string, version: number, c: KnowledgeContent): PendingWrite =>
  pending(
    db
      .update(appealKnowledge)
      .set({
        title: c.title,
        answer: c.answer,
        categoryCode: c.categoryCode,
        keywords: c.keywords,
        departmentId: c.departmentId,
        validFrom: c.validFrom,
        validTo: c.validTo,
        searchVector: vectorOf(c),
        version: sql`${appealKnowledge.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(appealKnowledge.id, id), eq(appealKnowledge.version, version)))
      .returning({ id: appealKnowledge.id }),
    'version',
  );

/**
 * 停用 (`at` a moment) or 恢复启用 (null): the entry's dates stay as they were. Versioned as above, and refused the
 * same way when the entry is already in the state asked for (someone did it meanwhile).
 */
export const retiredWrite = (db: Db, id: string, version: number, at: Date | null): PendingWrite =>
  pending(
    db
      .update(appealKnowledge)
      .set({ retiredAt: at, version: sql`${appealKnowledge.version} + 1`, updatedAt: new Date() })
      .where(and(eq(appealKnowledge.id, id), eq(appealKnowledge.version, version), at ? isNull(appealKnowledge.retiredAt) : isNotNull(appealKnowledge.retiredAt)))
      .returning({ id: appealKnowledge.id }),
    'version',
  );

/** The reason a batch with usedWrite is refused when the entry does not exist. */
export const KNOWLEDGE_MISSING = 'knowledge_missing';

/**
 * A seat answered a call with the entry: its counter goes up by one. Neither its version nor its update time
 * moves, so an editor's open form stays current. Required: the batch is refused with KNOWLEDGE_MISSING when
 * there is no such entry.
 */
export const usedWrite = (id: string): PendingWrite => ({
  text: 'update "appeal_knowledge" set "used_count" = "used_count" + 1 where "id" = $1::uuid returning 1',
  params: [id],
  returns: true,
  required: KNOWLEDGE_MISSING,
});

export interface SearchFilter {
  /** List without a query (newest first): every entry passing the filters. */
  listing: boolean;
  /** to_tsquery texts (see platform/search parseQuery); '' for none. */
  termsTsquery: string;
  expandedTsquery: string;
  strictTsquery: string;
  tsquery: string;
  /** The query's words without spaces, for trigram similarity to the title. */
  fuzzy: string;
  /** Today (Asia/Shanghai), YYYY-MM-DD. */
  today: string;
  /** 有效, 未生效, 已过期 on `today`, or all. */
  validity: 'valid' | 'pending' | 'expired' | 'retired' | 'all';
  categoryCode: string | null;
  limit: number;
  offset: number;
}

export interface SearchRow extends KnowledgeRow {
  score: number;
}

/** What synonyms add counts less than what was typed. */
const SYNONYM_WEIGHT = 0.7;
/** Titles close by trigrams are looked at only when no entry has any of the words (a typo). */
const CLOSE_CANDIDATES = 200;

const P = {
  listing: sql.placeholder('listing'),
  terms: sql.placeholder('terms'),
  expanded: sql.placeholder('expanded'),
  strict: sql.placeholder('strict'),
  any: sql.placeholder('any'),
  fuzzy: sql.placeholder('fuzzy'),
  today: sql.placeholder('today'),
  validity: sql.placeholder('validity'),
  category: sql.placeholder('category'),
  limit: sql.placeholder('limit'),
  offset: sql.placeholder('offset'),
};

function searchSql(): SQL {
  const weights = sql.raw(`'{0.1,0.2,0.4,1.0}'::float4[]`);
  const q = (name: 'terms' | 'expanded' | 'strict' | 'any_word') => sql`(select ${sql.raw(name)} from queries)`;
  const fuzzy = sql`${P.fuzzy}::text`;
  const today = sql`${P.today}::date`;
  const category = sql`${P.category}::text`;
  // By the standing asked for (an entry that ended before it began counts as ended, as validityOf says); a
  // category takes its leaves with it.
  const validity = sql`${P.validity}::text`;
  // A retired entry (停用) is only among 'retired' and 'all', whatever its dates say.
  const filter = sql`(case ${validity}
      when 'all' then true
      when 'retired' then k.retired_at is not null
      when 'expired' then k.retired_at is null and k.valid_to < ${today}
      when 'pending' then k.retired_at is null and k.valid_from > ${today} and (k.valid_to is null or k.valid_to >= ${today})
      else k.retired_at is null and k.valid_from <= ${today} and (k.valid_to is null or k.valid_to >= ${today}) end)
    and (${category} is null or k.category_code = ${category} or k.category_code in (select c.code from ${appealCategories} c where c.parent_code = ${category}))`;
  // The score: ts_rank of the weighted words (title 1.0, keywords 0.4, answer 0.2) for what was typed, plus
  // SYNONYM_WEIGHT × that for what synonyms added; +0.5 when all the words are there; how close the query
  // is to the title as typed (word similarity, and +0.5 when the title contains it). Rounded to four places
  // and tie-broken by age and id, so both engines give the same order.
  const score = sql`case when ${P.listing}::boolean then 0 else round((
      coalesce(ts_rank(${weights}, k.search_vector, ${q('terms')}), 0)
      + ${sql.raw(String(SYNONYM_WEIGHT))} * coalesce(ts_rank(${weights}, k.search_vector, ${q('expanded')}), 0)
      + case when k.search_vector @@ ${q('strict')} then 0.5 else 0 end
      + case when ${fuzzy} = '' then 0 else word_similarity(${fuzzy}, lower(k.title)) + case when strpos(lower(k.title), ${fuzzy}) > 0 then 0.5 else 0 end end
    )::numeric, 4) end`;
  return sql`with queries as materialized (
      select to_tsquery('simple', ${P.terms}::text) as terms, to_tsquery('simple', ${P.expanded}::text) as expanded,
        to_tsquery('simple', ${P.strict}::text) as strict, to_tsquery('simple', ${P.any}::text) as any_word
    ),
    words as materialized (
      select k.id from appeal_knowledge k where (${P.listing}::boolean or k.search_vector @@ ${q('any_word')}) and ${filter}
    ),
    close as materialized (
      select k.id from appeal_knowledge k
      where not ${P.listing}::boolean and not exists (select 1 from words) and ${fuzzy} <> '' and ${fuzzy} <% lower(k.title) and ${filter}
      order by word_similarity(${fuzzy}, lower(k.title)) desc, k.id limit ${sql.raw(String(CLOSE_CANDIDATES))}
    ),
    hits as (select id from words union all select id from close)
    select c.total, p.* from (select count(*) as total from hits) c
    left join lateral (
      select ${sql.raw(COLUMNS.split(', ').map((x) => `k.${x}`).join(', '))}, ${score} as score
      from hits h join appeal_knowledge k on k.id = h.id
      order by score desc, k.created_at desc, k.id desc
      limit ${P.limit}::int offset ${P.offset}::int
    ) p on true
    order by p.score desc nulls last, p.created_at desc, p.id desc`;
}

// Fixed text, run as a named prepared statement (PostgreSQL plans it once per connection).
const read = preparedRead(searchSql);

/** A page of entries, ranked by the query (or newest first when listing), and how many match in all. */
export async function search(db: Db, f: SearchFilter): Promise<{ rows: SearchRow[]; total: number }> {
  const rows = await read(db, {
    listing: f.listing,
    terms: f.termsTsquery || null,
    expanded: f.expandedTsquery || null,
    strict: f.strictTsquery || f.tsquery || null,
    any: f.tsquery || null,
    fuzzy: f.fuzzy,
    today: f.today,
    validity: f.validity,
    category: f.categoryCode,
    limit: f.limit,
    offset: f.offset,
  });
  const total = toNumber(rows[0]?.total);
  return { rows: rows.filter((r) => r.id !== null && r.id !== undefined).map((r) => ({ ...decode(r), score: toNumber(r.score) })), total };
}
