// From what someone typed to what the database matches: content words (stop words dropped),
// words synonyms add, a `to_tsquery('simple', …)` string and the text trigram similarity compares.
import { sql, type SQL } from 'drizzle-orm';
import { compactText, cutWords, documentWords, normalizeText, segment } from './segment.ts';
import { isStopWord } from './stop-words.ts';

/** What people type → what the catalogue calls it (开饭店 → 餐饮, 食品经营). */
export type SynonymMap = ReadonlyMap<string, readonly string[]>;

export interface ParsedQuery {
  /** The query's own content words. */
  terms: string[];
  /** Words synonyms added (not already among the terms). */
  expanded: string[];
  /** The `to_tsquery('simple', …)` text: every word OR-ed, a last single character as a prefix; '' when there is none. */
  tsquery: string;
  /** The same for the query's own words only, and for the synonyms' words only (ranked apart: what was typed weighs more). */
  termsTsquery: string;
  expandedTsquery: string;
  /** Stricter: all of the query's words, or all the words of one synonym's expansion ('' when none). */
  strictTsquery: string;
  /** For a typo or a word too many: all of the query's words but one, a word as cut for reading ('' for fewer than two or many words). */
  relaxedTsquery: string;
  /** The query without stop words or spaces, for trigram similarity (typos, partial words). */
  fuzzy: string;
  /** The whole query without spaces or punctuation, lower-cased: compared with names as they are. */
  exact: string;
}

const isSingle = (word: string) => [...word].length === 1;
/** Up to how many words (as cut for reading) a query is also tried with one word left out. */
const MAX_RELAXED = 12;

/**
 * The content words of a query: stop words dropped, and single characters dropped when longer
 * words remain (上户口 → 户口) — except the last one, which may be a word being typed (食品经营许).
 * When that leaves nothing, the words are kept as they are: a query is never emptied.
 */
export function contentTerms(text: string): string[] {
  return contentTermsOf(segment(text), lastTypedWord(text, cutWords(text)));
}

function contentTermsOf(all: string[], lastTyped: string | null): string[] {
  const content = all.filter((w) => !isStopWord(w));
  if (content.length === 0) return all;
  if (!content.some((w) => !isSingle(w))) return content;
  const last = content[content.length - 1]!;
  return content.filter((w) => !isSingle(w) || (w === last && lastTyped === w));
}

/** The word the query ends with, when it ends in a letter or digit (a word possibly still being typed). */
function lastTypedWord(text: string, words: readonly string[]): string | null {
  const normalized = normalizeText(text).trimEnd();
  const last = words[words.length - 1];
  return last && normalized.endsWith(last) ? last : null;
}

/** Synonym expansions: a synonym applies when its term appears anywhere in the query (我要开饭店 ⊃ 开饭店). */
export function expandSynonyms(text: string, synonyms: SynonymMap): string[] {
  const compact = compactText(text);
  const out: string[] = [];
  for (const [key, expansions] of compactKeys(synonyms)) {
    if (key && compact.includes(key)) out.push(...expansions);
  }
  return out;
}

/** Each synonym map's terms compacted once (the service keeps one map for a while and searches with it often). */
const compacted = new WeakMap<SynonymMap, [string, readonly string[]][]>();
function compactKeys(synonyms: SynonymMap): [string, readonly string[]][] {
  let keys = compacted.get(synonyms);
  if (!keys) {
    keys = [...synonyms].map(([term, expansions]) => [compactText(term), expansions]);
    compacted.set(synonyms, keys);
  }
  return keys;
}

/** A lexeme quoted for to_tsquery: quotes doubled, backslashes escaped. */
export function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** `'a' | 'b' | 'c':*` — words OR-ed; `prefix` words also match longer words they begin. */
export function orTsquery(words: readonly string[], prefix: ReadonlySet<string> = new Set()): string {
  return [...new Set(words)].map((w) => quoteLexeme(w) + (prefix.has(w) ? ':*' : '')).join(' | ');
}

/** A synonym's phrase as search words: itself (a word jieba keeps whole, like 公积金) and its parts (食品经营 → 食品, 经营). */
function phraseWords(phrase: string): { words: string[]; parts: string[] } {
  let cut = phraseCache.get(phrase);
  if (!cut) {
    const parts = segment(phrase).filter((w) => !isStopWord(w));
    cut = { words: [compactText(phrase), ...segment(phrase)].filter((w) => w && !isStopWord(w)), parts };
    if (phraseCache.size >= 5000) phraseCache.clear();
    phraseCache.set(phrase, cut);
  }
  return cut;
}
/** The synonyms' phrases recur in every query that uses them: cut once. */
const phraseCache = new Map<string, { words: string[]; parts: string[] }>();

export function parseQuery(text: string, synonyms: SynonymMap = new Map()): ParsedQuery {
  // jieba cuts the text once each way; everything below works from these.
  const cut = cutWords(text);
  const last = lastTypedWord(text, cut);
  const terms = contentTermsOf(segment(text), last);
  const expansionWords: string[] = [];
  const phrases: string[][] = [];
  for (const phrase of expandSynonyms(text, synonyms)) {
    const { words, parts } = phraseWords(phrase);
    expansionWords.push(...words);
    if (parts.length > 0) phrases.push(parts);
  }
  const termSet = new Set(terms);
  const expanded = [...new Set(expansionWords)].filter((w) => !termSet.has(w));
  // A single character at the end is likely a word being typed (食品经营许 → 许可): match it as a prefix.
  // Whole words need no prefix: the index already holds a compound's parts (许可证 → 许可, 许可证).
  const prefix = new Set(last && isSingle(last) && termSet.has(last) ? [last] : []);
  const fuzzyWords = cut.filter((w) => !isStopWord(w));
  const fuzzy = (fuzzyWords.length > 0 ? fuzzyWords.join('') : compactText(text)).slice(0, 100);
  const all = (groups: string[][]) =>
    groups
      .filter((group) => group.length > 0)
      .map((group) => `(${group.map((w) => quoteLexeme(w) + (prefix.has(w) ? ':*' : '')).join(' & ')})`)
      .join(' | ');
  const strictTsquery = all([terms, ...phrases]);
  // All but one of the words as cut for reading, each with the search words it brings (清水河县 →
  // 清水, 水河, 清水河, 清水河县): leaving out one search word alone would still ask for its compound.
  const groups = [...new Set(cut)].map((w) => segment(w).filter((x) => termSet.has(x))).filter((g) => g.length > 0);
  const relaxedTsquery =
    groups.length >= 2 && groups.length <= MAX_RELAXED
      ? all(
          groups.map((group) => {
            const left = new Set(group);
            return terms.filter((w) => !left.has(w));
          }),
        )
      : '';
  return {
    terms,
    expanded,
    tsquery: orTsquery([...terms, ...expanded], prefix),
    termsTsquery: orTsquery(terms, prefix),
    expandedTsquery: orTsquery(expanded),
    strictTsquery,
    relaxedTsquery,
    fuzzy,
    exact: compactText(text).slice(0, 100),
  };
}

/**
 * A weighted `simple` tsvector from three texts: A the name, B the keywords, C the rest. Each is
 * segmented here and handed to PostgreSQL as space-separated words.
 */
export function weightedTsvector(parts: { a: string; b?: string; c?: string }): SQL {
  return sql`setweight(to_tsvector('simple', ${documentWords(parts.a)}), 'A') || setweight(to_tsvector('simple', ${documentWords(parts.b ?? '')}), 'B') || setweight(to_tsvector('simple', ${documentWords(parts.c ?? '')}), 'C')`;
}
