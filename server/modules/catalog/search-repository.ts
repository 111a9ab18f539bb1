// SQL of catalogue search: the search documents (one per published item or bundle), the ranked
// query, and the admin-edited synonyms.
import { createHash } from 'node:crypto';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { queryRows, toNumber } from '../../platform/db/index.ts';
import { weightedTsvector } from '../../platform/search/index.ts';
import { catalogSearch, searchSynonyms } from './tables.ts';

export interface SearchDocumentRow {
  id: string;
  kind: 'item' | 'bundle';
  code: string;
  name: string;
  departmentId: string | null;
  /** Weight A, B, C texts; segmented on the way in. */
  keywords: string;
  body: string;
  /** The name, then the keywords, each lower-cased without spaces or punctuation, space-separated (trigrams, exact matches). */
  words: string;
}

const values = (d: SearchDocumentRow) => ({
  id: d.id,
  kind: d.kind,
  code: d.code,
  name: d.name,
  departmentId: d.departmentId,
  terms: weightedTsvector({ a: d.name, b: d.keywords, c: d.body }) as unknown as string,
  words: d.words,
});

/** Inserts or replaces the document of a kind + code (a newer edition takes the place of the older). */
export async function upsertDocument(db: Db, doc: SearchDocumentRow): Promise<void> {
  const row = values(doc);
  await db
    .insert(catalogSearch)
    .values(row)
    .onConflictDoUpdate({
      target: [catalogSearch.kind, catalogSearch.code],
      set: { id: row.id, name: row.name, departmentId: row.departmentId, terms: row.terms, words: row.words },
    });
}

/** Many documents in one statement (the benchmark's 10,000 items); same conflict rule. */
export async function upsertDocuments(db: Db, docs: SearchDocumentRow[]): Promise<void> {
  if (docs.length === 0) return;
  await db
    .insert(catalogSearch)
    .values(docs.map(values))
    .onConflictDoUpdate({
      target: [catalogSearch.kind, catalogSearch.code],
      set: { id: sql`excluded.id`, name: sql`excluded.name`, departmentId: sql`excluded.department_id`, terms: sql`excluded.terms`, words: sql`excluded.words` },
    });
}

export async function deleteDocument(db: Db, kind: 'item' | 'bundle', code: string): Promise<void> {
  await db.delete(catalogSearch).where(and(eq(catalogSearch.kind, kind), eq(catalogSearch.code, code)));
}

export interface SearchFilter {
  /** `to_tsquery('simple', …)` text of every word; '' when the query has no words (then only trigrams match). */
  tsquery: string;
  /** Of the query's own words, and of the words synonyms added ('' when none): ranked apart. */
  termsTsquery: string;
  expandedTsquery: string;
  /** All of the query's words, or all words of one expansion: the first candidates looked at. */
  strictTsquery: string;
  /** All the query's words but one, looked at when the strict ones are fewer than a page ('' for none). */
  relaxedTsquery: string;
  /** The query's content words without spaces, lower-cased, for trigram similarity and the name and keyword bonuses. */
  fuzzy: string;
  /** The whole query lower-cased without spaces or punctuation, for the exact-name bonus. */
  exact: string;
  kind: 'all' | 'item' | 'bundle';
  departmentId?: string | undefined;
  limit: number;
}

export interface SearchRow {
  id: string;
  kind: 'item' | 'bundle';
  code: string;
  name: string;
  departmentId: string | null;
  score: number;
  type: string | null;
  fullyOnline: boolean;
  mobile: boolean;
  promisedLimitDays: number | null;
}

/** 一件事 bundles answer a need as a whole: a bundle leads its member items when both match alike. */
const BUNDLE_PREFERENCE = 1.2;
/** What synonyms add counts less than what was typed (and does not dilute it: they are ranked apart). */
const SYNONYM_WEIGHT = 0.7;
/** How many documents each candidate branch hands to the full ranking (a page is at most 50). */
const CANDIDATES = 100;
/** The names closest by trigram similarity are looked for only when the other steps found fewer. */
const FEW = 5;
/** The weight of the query's word similarity to the name and keywords. */
const WORDS_WEIGHT = 0.2;

/**
 * Ranked documents. The score adds up:
 * - ts_rank of the weighted words (name 1.0, keywords 0.4, the rest 0.2), averaged over the query's
 *   words, plus SYNONYM_WEIGHT × the same over the words synonyms added: what the query means;
 * - 2 × trigram similarity of the query to the name, 0.2 × word similarity to the name and keywords:
 *   how close it is as typed (typos, partial words);
 * - +10 when the name is the query, +0.5 when the name contains it, +1 when a keyword is the query;
 * then × BUNDLE_PREFERENCE for bundles. Rounded to four places and tie-broken by code and kind, so
 * both engines give the same order. Only candidates are scored in full (see the steps below).
 */
export async function searchDocuments(db: Db, f: SearchFilter): Promise<SearchRow[]> {
  const rows = await runSearch<Record<string, unknown>>(db, f);
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind as 'item' | 'bundle',
    code: String(r.code),
    name: String(r.name),
    departmentId: (r.department_id as string | null) ?? null,
    score: toNumber(r.score),
    type: (r.type as string | null) ?? null,
    fullyOnline: r.fully_online === true,
    mobile: r.mobile === true,
    promisedLimitDays: r.promised_limit_days === null || r.promised_limit_days === undefined ? null : toNumber(r.promised_limit_days),
  }));
}

/** The plan of a search (EXPLAIN ANALYZE), printed by the benchmark when it misses its target. */
export async function explainSearch(db: Db, f: SearchFilter): Promise<string[]> {
  const rows = await runSearch<Record<string, string>>(db, f, 'explain (analyze, buffers) ');
  return rows.map((r) => String(Object.values(r)[0]));
}

// The search is one statement whose text never changes: compiled once, with a placeholder for every
// value (the filters too), and run as a named prepared statement, so PostgreSQL keeps one plan per
// connection instead of planning a dozen CTEs for each query (≈ 2 ms, as much as running it), and
// the server does not rebuild the statement's text for each query either. PGlite runs it as usual.
interface Compiled {
  sql: string;
  params: unknown[];
}
interface PreparingSession {
  prepareQuery(query: Compiled, fields: undefined, name: string | undefined, arrayMode: boolean): { execute(values: Record<string, unknown>): Promise<{ rows: unknown[] }> };
}
interface Inner {
  dialect: { sqlToQuery(q: SQL): Compiled };
  _: { session: PreparingSession };
}
let compiled: (Compiled & { name: string }) | undefined;

async function runSearch<T>(db: Db, f: SearchFilter, explain?: string): Promise<T[]> {
  const inner = db as unknown as Inner;
  if (!compiled) {
    const query = inner.dialect.sqlToQuery(searchSql());
    compiled = { ...query, name: `catalog_search_${createHash('sha1').update(query.sql).digest('hex').slice(0, 16)}` };
  }
  const statement = explain ? { sql: explain + compiled.sql, params: compiled.params } : compiled;
  const result = await inner._.session.prepareQuery(statement, undefined, explain ? undefined : compiled.name, false).execute(valuesOf(f));
  return result.rows as T[];
}

/** The statement's placeholders. */
const P = {
  terms: sql.placeholder('terms'),
  expanded: sql.placeholder('expanded'),
  strict: sql.placeholder('strict'),
  relaxed: sql.placeholder('relaxed'),
  any: sql.placeholder('any'),
  fuzzy: sql.placeholder('fuzzy'),
  exact: sql.placeholder('exact'),
  kind: sql.placeholder('kind'),
  department: sql.placeholder('department'),
  limit: sql.placeholder('limit'),
};

function valuesOf(f: SearchFilter): Record<keyof typeof P, unknown> {
  return {
    terms: f.termsTsquery || null,
    expanded: f.expandedTsquery || null,
    strict: f.strictTsquery || f.tsquery || null,
    relaxed: f.relaxedTsquery || null,
    any: f.tsquery || null,
    fuzzy: f.fuzzy,
    exact: f.exact,
    kind: f.kind,
    department: f.departmentId ?? null,
    limit: f.limit,
  };
}

function searchSql(): SQL {
  const s = catalogSearch;
  const weights = sql.raw(`'{0.1,0.2,0.4,1.0}'::float4[]`);
  // Each tsquery is parsed once (the `queries` row), not once per row it is compared with.
  const q = (name: 'terms' | 'expanded' | 'strict' | 'relaxed' | 'any_word' | 'trigrams' | 'trigram_count') => sql`(select ${sql.raw(name)} from queries)`;
  const fuzzy = sql`${P.fuzzy}::text`;
  const limit = sql`${P.limit}::int`;
  // ts_rank of what was typed plus SYNONYM_WEIGHT × that of what synonyms added; 0 for a missing query.
  const textRank = (vector: typeof s.terms | typeof s.nameTerms | SQL) =>
    sql`(coalesce(ts_rank(${weights}, ${vector}, ${q('terms')}), 0) + ${sql.raw(String(SYNONYM_WEIGHT))} * coalesce(ts_rank(${weights}, ${vector}, ${q('expanded')}), 0))`;
  const filter = sql`(${P.kind}::text = 'all' or ${s.kind} = ${P.kind}::text) and (${P.department}::uuid is null or ${s.departmentId} = ${P.department}::uuid)`;
  // Candidates, each step through an index and taken only when the steps before found too few, each
  // the CANDIDATES best by words (ties: the shorter name): the documents whose name and keywords have
  // all the query's words (or all of one synonym's) — chosen and ranked on the small name_terms, so
  // a common word (许可, 登记) does not make every long text be read; then those with all the words
  // anywhere in their text; then those whose name and keywords have all the words but one (a typo, a
  // word too many); then the names and keywords closest by word similarity (typos, partial words);
  // then, only when all these found almost nothing (fewer than FEW: a typo that also cut the words
  // differently, 记票领用 against 发票/领/用), the names closest by trigram similarity — the costliest
  // step, as its index cannot rank and rechecks every name sharing a common part such as a
  // district's; last, documents with any of the words anywhere.
  const byWords = (vector: typeof s.terms | typeof s.nameTerms, query: SQL, when: SQL) =>
    sql`select ${s.id} as id from ${s} where ${vector} @@ ${query} and ${filter} and ${when}
      order by ${textRank(vector)} desc, char_length(${s.name}), ${s.code}, ${s.kind} limit ${sql.raw(String(CANDIDATES))}`;
  const ctes: SQL[] = [
    sql`queries as materialized (select to_tsquery('simple', ${P.terms}::text) as terms, to_tsquery('simple', ${P.expanded}::text) as expanded,
      to_tsquery('simple', ${P.strict}::text) as strict, to_tsquery('simple', ${P.relaxed}::text) as relaxed, to_tsquery('simple', ${P.any}::text) as any_word,
      show_trgm(${fuzzy}) as trigrams, cardinality(show_trgm(${fuzzy})) as trigram_count)`,
    sql`strict as materialized (${byWords(s.nameTerms, q('strict'), sql`true`)})`,
    sql`strict_text as materialized (${byWords(s.terms, q('strict'), sql`(select count(*) from strict) < ${limit}`)})`,
    sql`all_words as materialized (select id from strict union select id from strict_text)`,
    sql`relaxed as materialized (${byWords(s.nameTerms, q('relaxed'), sql`(select count(*) from all_words) < ${limit}`)})`,
    sql`found as materialized (select id from all_words union select id from relaxed)`,
    sql`close as materialized (select ${s.id} as id from ${s} where ${fuzzy} <% ${s.words} and ${filter} and (select count(*) from found) < ${limit}
      order by word_similarity(${fuzzy}, ${s.words}) desc, ${s.code}, ${s.kind} limit ${sql.raw(String(CANDIDATES))})`,
    sql`close_names as materialized (select ${s.id} as id from ${s} where ${s.name} % ${fuzzy} and ${filter}
      and (select count(*) from found) + (select count(*) from close) < ${sql.raw(String(FEW))}
      order by similarity(${s.name}, ${fuzzy}) desc, ${s.code}, ${s.kind} limit ${sql.raw(String(CANDIDATES))})`,
    sql`loose as (${byWords(s.terms, q('any_word'), sql`not exists (select 1 from found) and not exists (select 1 from close) and not exists (select 1 from close_names)`)})`,
    sql`matched as (select id from found union select id from close union select id from close_names union select id from loose)`,
  ];
  // Scored in two passes: word similarity to the name and keywords (the costliest part, and at most
  // WORDS_WEIGHT × the bundle preference of a score) only for the candidates whose score without it
  // comes close enough to the page's last that it could still place them on the page. The name, as
  // `words` holds it first, is lower case without spaces or punctuation.
  const similarity = trigramSimilarity(sql`name_trigram_count`, sql`name_trigrams_left`, q('trigram_count'));
  return sql`with ${sql.join(ctes, sql`, `)},
    candidates as (
      select ${s.id} as id, ${s.kind} as kind, ${s.code} as code, ${s.name} as name, ${s.departmentId} as department_id, ${s.words} as words,
        ${s.terms} as terms, length(${s.nameTrigrams}) as name_trigram_count, length(ts_delete(${s.nameTrigrams}, ${q('trigrams')})) as name_trigrams_left
      from matched m join ${s} on ${s.id} = m.id
      offset 0 -- kept apart, so each row's trigram count is taken once
    ),
    scored as materialized (
      select id, kind, code, name, department_id, words,
        case when kind = 'bundle' then ${sql.raw(String(BUNDLE_PREFERENCE))} else 1 end as multiplier,
        ${textRank(sql`terms`)}
          + 2 * (${similarity})
          + case when split_part(words, ' ', 1) in (${P.exact}::text, ${fuzzy}) then 10 when strpos(split_part(words, ' ', 1), ${fuzzy}) > 0 then 0.5 else 0 end
          + case when strpos(' ' || words || ' ', ' ' || ${fuzzy} || ' ') > 0 then 1 else 0 end as partial
      from candidates
    ),
    last_place as (select partial * multiplier as at from scored order by 1 desc limit 1 offset ${limit} - 1),
    ranked as (
      select id, kind, code, name, department_id,
        round(((partial + ${sql.raw(String(WORDS_WEIGHT))} * word_similarity(${fuzzy}, words)) * multiplier)::numeric, 4) as score
      from scored
      where partial * multiplier + ${sql.raw(String(WORDS_WEIGHT * BUNDLE_PREFERENCE + 0.01))} >= coalesce((select at from last_place), '-infinity'::float8)
      order by score desc, code, kind
      limit ${limit}
    )
    select r.id, r.kind, r.code, r.name, r.department_id, r.score,
      i.type,
      case when r.kind = 'item' then i.fully_online else ${bundleAll(sql`fully_online`)} end as fully_online,
      case when r.kind = 'item' then i.mobile else ${bundleAll(sql`mobile`)} end as mobile,
      coalesce(i.promised_limit_days, b.promised_limit_days) as promised_limit_days
    from ranked r
    left join service_item i on r.kind = 'item' and i.id = r.id
    left join bundle b on r.kind = 'bundle' and b.id = r.id
    order by r.score desc, r.code, r.kind`;
}

/**
 * pg_trgm's similarity(name, query) from the name's stored trigrams: common / (query's + name's −
 * common) over distinct trigrams, as float4 like similarity() itself. Deleting the query's trigrams
 * from the name's leaves name's − common, so one ts_delete gives both; an empty side gives 0.
 */
export function trigramSimilarity(nameCount: SQL, nameLeft: SQL, queryCount: SQL): SQL {
  return sql`case when ${queryCount} = 0 or ${nameCount} = 0 then 0::float4 else (${nameCount} - ${nameLeft})::float4 / (${queryCount} + ${nameLeft})::float4 end`;
}

/** A bundle has a flag when every member's published edition has it (a member with none has not). */
function bundleAll(column: SQL): SQL {
  return sql`coalesce((select bool_and(coalesce(m.${column}, false)) from jsonb_array_elements(b.members) e left join service_item m on m.code = e->>'itemCode' and m.status = 'published'), false)`;
}

export async function countDocuments(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from ${catalogSearch}`);
  return toNumber(row?.n);
}

// ---- Synonyms ----

export type SynonymRow = typeof searchSynonyms.$inferSelect;

export async function listSynonyms(db: Db): Promise<SynonymRow[]> {
  return db.select().from(searchSynonyms).orderBy(asc(searchSynonyms.term));
}

export async function findSynonym(db: Db, id: string): Promise<SynonymRow | undefined> {
  const [row] = await db.select().from(searchSynonyms).where(eq(searchSynonyms.id, id));
  return row;
}

export async function findSynonymByTerm(db: Db, term: string): Promise<SynonymRow | undefined> {
  const [row] = await db.select().from(searchSynonyms).where(eq(searchSynonyms.term, term));
  return row;
}

export async function insertSynonym(db: Db, row: { id: string; term: string; expansions: string[] }): Promise<SynonymRow> {
  const [inserted] = await db.insert(searchSynonyms).values(row).returning();
  return inserted!;
}

/** Updates when the version matches; undefined when it does not (or the row is gone). */
export async function updateSynonym(db: Db, id: string, version: number, patch: { term: string; expansions: string[] }): Promise<SynonymRow | undefined> {
  const [row] = await db
    .update(searchSynonyms)
    .set({ ...patch, version: sql`${searchSynonyms.version} + 1`, updatedAt: new Date() })
    .where(and(eq(searchSynonyms.id, id), eq(searchSynonyms.version, version)))
    .returning();
  return row;
}

export async function deleteSynonym(db: Db, id: string): Promise<boolean> {
  return (await db.delete(searchSynonyms).where(eq(searchSynonyms.id, id)).returning({ id: searchSynonyms.id })).length === 1;
}
