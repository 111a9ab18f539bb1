// Chinese word segmentation for full-text search (DESIGN.md §3: no Chinese parser ships with
// PostgreSQL here). jieba splits the text; the words go to PostgreSQL's `simple` configuration
// space-separated, so the database only lower-cases and stores them.
import { createRequire } from 'node:module';

interface JiebaLike {
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);
let jieba: JiebaLike | null = null;

/** The segmenter, with its dictionary loaded on first use (≈ 0.2 s, once per process). */
function segmenter(): JiebaLike {
  if (!jieba) {
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaLike } };
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

/** Longest word kept (PostgreSQL refuses lexemes over 2 KB; nobody searches for such a word). */
const MAX_WORD = 60;
/**
 * The characters words are made of: letters and digits of the scripts both engines' character
 * tables know alike — Latin, Greek, Cyrillic, kana, Hangul and the CJK ideographs up to Unicode 10
 * (PGlite's tables are older than PostgreSQL's glibc ones and drop letters added since, e.g. U+A7C7).
 * Everything else (punctuation, spaces, symbols, newer letters) separates words, so both engines
 * index exactly the same words. Full-width forms are folded to these by NFKC first.
 */
const WORD_RANGES = '0-9A-Za-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u3040-\\u30ff\\u3400-\\u4db5\\u4e00-\\u9fea\\uac00-\\ud7a3';
const SEPARATOR = new RegExp(`(?:(?![${WORD_RANGES}])[\\s\\S]|[^\\p{L}\\p{Nd}])+`, 'u');
const HAS_WORD = new RegExp(`(?=[\\p{L}\\p{Nd}])[${WORD_RANGES}]`, 'u');

/** Full-width letters and digits to their plain forms, lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function words(raw: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const token of raw) {
    for (const piece of token.toLowerCase().split(SEPARATOR)) {
      if (!piece || piece.length > MAX_WORD || seen.has(piece)) continue;
      seen.add(piece);
      out.push(piece);
    }
  }
  return out;
}

/**
 * The words of a text for search, in order of first appearance, each once: jieba's search mode
 * (a compound and its parts: 公积金 → 公积, 积金, 公积金), lower-cased, without punctuation or spaces.
 */
export function segment(text: string): string[] {
  const normalized = normalizeText(text);
  if (!HAS_WORD.test(normalized)) return [];
  return words(segmenter().cutForSearch(normalized, true));
}

/** The words of a text as jieba cuts it for reading (no overlapping parts): 食品经营许可证 → 食品, 经营, 许可证. */
export function cutWords(text: string): string[] {
  const normalized = normalizeText(text);
  if (!HAS_WORD.test(normalized)) return [];
  const out: string[] = [];
  for (const token of segmenter().cut(normalized, true)) {
    for (const piece of token.split(SEPARATOR)) if (piece && piece.length <= MAX_WORD) out.push(piece);
  }
  return out;
}

/** Lower-case, without spaces, punctuation or letters beyond the BMP: how synonyms and trigrams compare queries. */
export function compactText(text: string): string {
  return normalizeText(text).split(SEPARATOR).join('');
}

/** The text as the words a `simple` tsvector is built from: segmented and space-separated. */
export function documentWords(text: string, maxWords = 2000): string {
  return segment(text).slice(0, maxWords).join(' ');
}
