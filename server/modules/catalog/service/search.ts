// 事项检索: the catalogue's full-text index. Publishing an item or bundle calls `indexDocument`
// inside its transaction; retiring calls `removeDocument`. A query is segmented (jieba), stripped
// of stop words, widened by the admins' synonyms and ranked in SQL (search-repository.ts).
import type { z } from 'zod';
import type { searchQuery, SearchReply } from '../../../../common/api/catalog-bundles.ts';
import type { ITEM_TYPES } from '../../../../common/catalog/vocabulary.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import {
  compactText,
  highlight,
  parseQuery,
  type ParsedQuery,
  type SynonymMap,
} from '../../../platform/search/index.ts';
import * as repo from '../search-repository.ts';
import { createSynonymService, type SynonymService } from './synonyms.ts';

export interface SearchDocument {
  id: string;
  kind: 'item' | 'bundle';
  code: string;
  name: string;
  departmentId: string | null;
  keywords: string[];
  body: string;
}

export type SearchQuery = z.output<typeof searchQuery>;

export interface SearchDeps {
  /** Department names for the hits (the org room's `departments.nameOf`); without it they are null. */
  departmentName?: (id: string) => Promise<string | null>;
  /** How long a process keeps the synonyms before reading them again (other processes' edits), ms. */
  synonymTtlMs?: number;
  /** Replies kept for repeated queries: how many, and how long (other processes' publications), ms. */
  resultCache?: { size: number; ttlMs: number };
}

export interface SearchService {
  /** Upserts the document by kind + code (a new edition replaces the previous one). */
  indexDocument(tx: Db, doc: SearchDocument): Promise<void>;
  /** Removes the document of a retired item or bundle; a no-op when it is not indexed. */
  removeDocument(tx: Db, kind: 'item' | 'bundle', code: string): Promise<void>;
  /** Many documents at once (the benchmark's generated catalogue). */
  indexDocuments(tx: Db, docs: SearchDocument[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchReply>;
  /** What a query is turned into (terms, synonyms, tsquery), for tests and diagnosis. */
  parse(q: string): Promise<ParsedQuery>;
  /** The query plan of a search (EXPLAIN ANALYZE), for the benchmark's diagnosis. */
  explain(query: SearchQuery): Promise<string[]>;
  synonyms: SynonymService;
}

export function toDocumentRow(doc: SearchDocument): repo.SearchDocumentRow {
  const keywords = doc.keywords.join(' ');
  return {
    id: doc.id,
    kind: doc.kind,
    code: doc.code,
    name: doc.name,
    departmentId: doc.departmentId,
    keywords,
    body: doc.body,
    // The name first (compared whole with the query), then each keyword, all without spaces or punctuation.
    words: [compactText(doc.name) || '·', ...doc.keywords.map(compactText).filter(Boolean)]
      .join(' ')
      .slice(0, 2000),
  };
}

const filterOf = (parsed: ParsedQuery, query: SearchQuery): repo.SearchFilter => ({
  tsquery: parsed.tsquery,
  termsTsquery: parsed.termsTsquery,
  expandedTsquery: parsed.expandedTsquery,
  strictTsquery: parsed.strictTsquery,
  relaxedTsquery: parsed.relaxedTsquery,
  fuzzy: parsed.fuzzy,
  exact: parsed.exact,
  kind: query.kind,
  departmentId: query.departmentId,
  limit: query.limit,
});

export function createSearchService(database: Database, deps: SearchDeps = {}): SearchService {
  const ttl = deps.synonymTtlMs ?? 30_000;
  let cache: { map: SynonymMap; at: number } | null = null;
  let loading: Promise<SynonymMap> | null = null;

  async function synonymMap(): Promise<SynonymMap> {
    if (cache && Date.now() - cache.at < ttl) return cache.map;
    loading ??= repo
      .listSynonyms(database.readDb)
      .then((rows) => {
        const map = new Map(rows.map((r) => [compactText(r.term), r.expansions] as const));
        cache = { map, at: Date.now() };
        return map;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  // Popular queries repeat (开公司, 公积金提取 …): their replies are kept a short while. Any change to the
  // index or the synonyms in this process empties the cache; other processes' changes show within the TTL.
  // A write clears it before its transaction commits; replies of searches begun within a moment of a
  // write are not kept, so one that read the state before the commit is not served afterwards.
  const replies = createReplyCache(deps.resultCache ?? { size: 1000, ttlMs: 30_000 });
  let lastWrite = 0;
  const written = () => {
    lastWrite = Date.now();
    replies.clear();
  };

  const synonyms = createSynonymService(database, {
    changed: () => {
      cache = null;
      written();
    },
  });

  return {
    async indexDocument(tx, doc) {
      written();
      await repo.upsertDocument(tx, toDocumentRow(doc));
    },
    async removeDocument(tx, kind, code) {
      written();
      await repo.deleteDocument(tx, kind, code);
    },
    async indexDocuments(tx, docs) {
      written();
      for (let i = 0; i < docs.length; i += 500)
        await repo.upsertDocuments(tx, docs.slice(i, i + 500).map(toDocumentRow));
    },
    parse: async (q) => parseQuery(q, await synonymMap()),

    explain: async (query) =>
      repo.explainSearch(database.readDb, filterOf(parseQuery(query.q, await synonymMap()), query)),

    async search(query) {
      const key = JSON.stringify([query.q, query.kind, query.departmentId ?? null, query.limit]);
      const kept = replies.get(key);
      if (kept) return kept;
      const started = Date.now();
      const reply = await runSearch(query);
      if (started - lastWrite > WRITE_SETTLE_MS) replies.set(key, reply);
      return reply;
    },

    synonyms,
  };

  async function runSearch(query: SearchQuery): Promise<SearchReply> {
    const parsed = parseQuery(query.q, await synonymMap());
    if (!parsed.tsquery && !parsed.fuzzy) return { terms: [], expanded: [], hits: [] };
    const rows = await repo.searchDocuments(database.readDb, filterOf(parsed, query));
    const marks = [...parsed.terms, ...parsed.expanded, parsed.fuzzy];
    const names = new Map<string, string | null>();
    for (const r of rows) {
      if (r.departmentId && !names.has(r.departmentId))
        names.set(r.departmentId, deps.departmentName ? await deps.departmentName(r.departmentId) : null);
    }
    return {
      terms: parsed.terms,
      expanded: parsed.expanded,
      hits: rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        code: r.code,
        name: r.name,
        nameHighlighted: highlight(r.name, marks),
        departmentName: r.departmentId ? (names.get(r.departmentId) ?? null) : null,
        type: r.type as (typeof ITEM_TYPES)[number] | null,
        fullyOnline: r.fullyOnline,
        mobile: r.mobile,
        promisedLimitDays: r.promisedLimitDays,
        score: r.score,
      })),
    };
  }
}

/** How long after an index write a search's reply is not kept (the write's transaction commits meanwhile). */
const WRITE_SETTLE_MS = 2_000;

/** A small LRU of replies with a time to live; a size of 0 keeps nothing. */
function createReplyCache(options: { size: number; ttlMs: number }) {
  const entries = new Map<string, { reply: SearchReply; at: number }>();
  return {
    get(key: string): SearchReply | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (Date.now() - entry.at > options.ttlMs) return undefined;
      entries.set(key, entry);
      return entry.reply;
    },
    set(key: string, reply: SearchReply) {
      if (options.size <= 0) return;
      entries.set(key, { reply, at: Date.now() });
      if (entries.size > options.size) entries.delete(entries.keys().next().value!);
    },
    clear: () => entries.clear(),
  };
}
