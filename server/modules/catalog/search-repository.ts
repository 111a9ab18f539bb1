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
  const rows = await queryPrepared<Record<string, unknown>>(db, searchSql(f));
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
  const rows = await queryRows<Record<string, string>>(db, sql`explain (analyze, buffers) ${searchSql(f)}`);
  return rows.map((r) => String(Object.values(r)[0]));
}

// The search is one statement whose text never changes (every value, the filters included, is a
// parameter), so PostgreSQL can keep its plan per connection as a named prepared statement instead
// of planning a dozen CTEs for each query (≈ 2 ms, as much as running it). PGlite runs it as usual.
interface PreparingSession {
  prepareQuery(query: unknown, fields: undefined, name: string, arrayMode: boolean): { execute(): Promise<{ rows: unknown[] }> };
}
/** Statement text → its name (one text as built now; the name follows the text, so a changed text is a new statement). */
const statementNames = new Map<string, string>();

async function queryPrepared<T>(db: Db, query: SQL): Promise<T[]> {
  const inner = db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string } }; _: { session: PreparingSession } };
  const compiled = inner.dialect.sqlToQuery(query);
  let name = statementNames.get(compiled.sql);
  if (!name) {
    name = `catalog_search_${createHash('sha1').update(compiled.sql).digest('hex').slice(0, 16)}`;
    statementNames.set(compiled.sql, name);
  }
  const result = await inner._.session.prepareQuery(compiled, undefined, name, false).execute();
  return result.rows as T[];
}

const tsq = (text: string) => sql`to_tsquery('simple', ${text || null}::text)`;

function searchSql(f: SearchFilter): SQL {
  const s = catalogSearch;
  const weights = sql.raw(`'{0.1,0.2,0.4,1.0}'::float4[]`);
  // ts_rank of what was typed plus SYNONYM_WEIGHT × that of what synonyms added; 0 for a missing query.
  const textRank = (vector: typeof s.terms | typeof s.nameTerms) =>
    sql`(coalesce(ts_rank(${weights}, ${vector}, ${tsq(f.termsTsquery)}), 0) + ${sql.raw(String(SYNONYM_WEIGHT))} * coalesce(ts_rank(${weights}, ${vector}, ${tsq(f.expandedTsquery)}), 0))`;
  const filter = sql`(${f.kind} = 'all' or ${s.kind} = ${f.kind}) and (${f.departmentId ?? null}::uuid is null or ${s.departmentId} = ${f.departmentId ?? null}::uuid)`;
  const limit = sql`${f.limit}::int`;
  // Candidates, each step through an index and taken only when the steps before found too few, each
  // the CANDIDATES best by words (ties: the shorter name): the documents whose name and keywords have
  // all the query's words (or all of one synonym's) — chosen and ranked on the small name_terms, so
  // a common word (许可, 登记) does not make every long text be read; then those with all the words
  // anywhere in their text; then those whose name and keywords have all the words but one (a typo, a
  // word too many); then the names and keywords closest by trigrams (typos, partial words); last,
  // documents with any of the words anywhere.
  const byWords = (vector: typeof s.terms | typeof s.nameTerms, query: string, when: SQL) =>
    sql`select ${s.id} as id from ${s} where ${vector} @@ ${tsq(query)} and ${filter} and ${when}
      order by ${textRank(vector)} desc, char_length(${s.name}), ${s.code}, ${s.kind} limit ${sql.raw(String(CANDIDATES))}`;
  const byTrigrams = (match: SQL, similarity: SQL) =>
    sql`select ${s.id} as id from ${s} where ${match} and ${filter} and (select count(*) from found) < ${limit}
      order by ${similarity} desc, ${s.code}, ${s.kind} limit ${sql.raw(String(CANDIDATES))}`;
  const strictQuery = f.strictTsquery || f.tsquery;
  const ctes: SQL[] = [
    sql`strict as materialized (${byWords(s.nameTerms, strictQuery, sql`true`)})`,
    sql`strict_text as materialized (${byWords(s.terms, strictQuery, sql`(select count(*) from strict) < ${limit}`)})`,
    sql`all_words as materialized (select id from strict union select id from strict_text)`,
    sql`relaxed as materialized (${byWords(s.nameTerms, f.relaxedTsquery, sql`(select count(*) from all_words) < ${limit}`)})`,
    sql`found as materialized (select id from all_words union select id from relaxed)`,
    sql`close as materialized ((${byTrigrams(sql`${s.name} % ${f.fuzzy}::text`, sql`similarity(${s.name}, ${f.fuzzy}::text)`)})
      union (${byTrigrams(sql`${f.fuzzy}::text <% ${s.words}`, sql`word_similarity(${f.fuzzy}::text, ${s.words})`)}))`,
    sql`loose as (${byWords(s.terms, f.tsquery, sql`not exists (select 1 from found) and not exists (select 1 from close)`)})`,
    sql`matched as (select id from found union select id from close union select id from loose)`,
  ];
  // The name as `words` holds it first: lower case, no spaces or punctuation.
  const name = sql`split_part(${s.words}, ' ', 1)`;
  // Scored in two passes: word similarity to the name and keywords (the costliest part, and at most
  // WORDS_WEIGHT × the bundle preference of a score) only for the candidates whose score without it
  // comes close enough to the page's last that it could still place them on the page.
  const multiplier = sql`case when ${s.kind} = 'bundle' then ${sql.raw(String(BUNDLE_PREFERENCE))} else 1 end`;
  return sql`with ${sql.join(ctes, sql`, `)},
    scored as materialized (
      select ${s.id} as id, ${s.kind} as kind, ${s.code} as code, ${s.name} as name, ${s.departmentId} as department_id, ${s.words} as words,
        ${multiplier} as multiplier,
        ${textRank(s.terms)}
          + 2 * similarity(${s.name}, ${f.fuzzy}::text)
          + case when ${name} in (${f.exact}::text, ${f.fuzzy}::text) then 10 when strpos(${name}, ${f.fuzzy}::text) > 0 then 0.5 else 0 end
          + case when strpos(' ' || ${s.words} || ' ', ' ' || ${f.fuzzy}::text || ' ') > 0 then 1 else 0 end as partial
      from matched m join ${s} on ${s.id} = m.id
    ),
    last_place as (select partial * multiplier as at from scored order by 1 desc limit 1 offset ${limit} - 1),
    ranked as (
      select id, kind, code, name, department_id,
        round(((partial + ${sql.raw(String(WORDS_WEIGHT))} * word_similarity(${f.fuzzy}::text, words)) * multiplier)::numeric, 4) as score
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
