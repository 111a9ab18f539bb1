// Segmentation, stop words, the tsquery text and highlighting; the database round trips run on
// both engines (the `simple` configuration must keep every word we hand it as it is).
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/index.ts';
import { openTestDatabase, type TestDatabase } from '../../test/harness.ts';
import { contentTerms, documentWords, highlight, isStopWord, orTsquery, parseQuery, quoteLexeme, segment, STOP_WORDS } from './index.ts';

const CJK = [...'食品经营许可证核发企业设立登记公司注销退休户口出生施工房子开饭店药网吧诊所公积金社会保险医疗机构执业'];
const PUNCT = [...'，。！？、；：“”（）《》 -_/\\\'":*&|!()<>'];
const LATIN = [...'abcXYZ0123456789ＡＢ１２'];
/** Text made of Chinese, stop words, Latin letters, digits and punctuation (what people paste into a search box). */
const queryText = fc
  .array(fc.oneof(fc.constantFrom(...CJK), fc.constantFrom(...STOP_WORDS), fc.constantFrom(...PUNCT), fc.constantFrom(...LATIN), fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('segment', () => {
  it('cuts Chinese in search mode, lower-cases and drops punctuation', () => {
    expect(segment('食品经营许可证核发')).toEqual(['食品', '经营', '许可', '许可证', '核发']);
    expect(segment('住房公积金提取')).toEqual(['住房', '公积', '积金', '公积金', '提取']);
    expect(segment('Hello, ＡＢＣ-12 测试！')).toEqual(['hello', 'abc', '12', '测试']);
    expect(segment('！？ ，')).toEqual([]);
  });

  it('gives unique, lower-case words of letters and digits only', () => {
    fc.assert(
      fc.property(queryText, (text) => {
        const words = segment(text);
        expect(new Set(words).size).toBe(words.length);
        for (const w of words) {
          expect(w).toMatch(/^[\p{L}\p{Nd}]+$/u);
          expect(w).toBe(w.toLowerCase());
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stop words', () => {
  it('strips what a plain-language question adds', () => {
    expect(contentTerms('我要开饭店')).toEqual(['饭店']);
    expect(contentTerms('办理退休')).toEqual(['退休']);
    expect(contentTerms('盖房子要办什么')).toEqual(['盖房', '房子', '盖房子']);
    expect(contentTerms('上户口')).toEqual(['户口']);
    // the last word may be one still being typed
    expect(contentTerms('食品经营许')).toEqual(['食品', '经营', '许']);
  });

  it('never empties a query that has words, even when all of them are stop words', () => {
    expect(contentTerms('我要办理')).not.toEqual([]);
    expect(contentTerms('怎么办')).not.toEqual([]);
    fc.assert(
      fc.property(queryText, (text) => {
        const terms = contentTerms(text);
        expect(terms.length > 0).toBe(segment(text).length > 0);
        // stop words stay only when nothing else is there
        if (segment(text).some((w) => !isStopWord(w))) expect(terms.every((w) => !isStopWord(w))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('query', () => {
  it('ORs the words, adds synonyms and prefix-matches the word being typed', () => {
    const synonyms = new Map([['开饭店', ['餐饮', '食品经营']]]);
    const parsed = parseQuery('我要开饭店', synonyms);
    expect(parsed.terms).toEqual(['饭店']);
    expect(parsed.expanded).toEqual(['餐饮', '食品经营', '食品', '经营']);
    expect(parsed.tsquery).toBe("'饭店' | '餐饮' | '食品经营' | '食品' | '经营'");
    expect(parseQuery('食品经营许').tsquery).toBe("'食品' | '经营' | '许':*");
    expect(parsed.strictTsquery).toBe("('饭店') | ('餐饮') | ('食品' & '经营')");
    expect(parseQuery('食品经营许').strictTsquery).toBe("('食品' & '经营' & '许':*)");
    expect(parsed.fuzzy).toBe('开饭店');
    expect(parseQuery('食品经营徐可').fuzzy).toBe('食品经营徐可');
    expect(parseQuery('！！！').tsquery).toBe('');
  });

  it('relaxes a query by leaving out one word as cut for reading, with all the search words it brings', () => {
    // 清水河县 brings 清水, 水河, 清水河 and 清水河县: leaving out 清水 alone would still ask for 清水河县.
    expect(parseQuery('清水河县建设项目').relaxedTsquery).toBe("('建设' & '项目' & '建设项目') | ('清水' & '水河' & '清水河' & '清水河县')");
    expect(parseQuery('食品经营许').relaxedTsquery).toBe("('经营' & '许':*) | ('食品' & '许':*) | ('食品' & '经营')");
    expect(parseQuery('养老保险').relaxedTsquery).toBe(''); // one word: nothing to leave out
  });

  it('quotes lexemes so no input breaks the tsquery syntax', () => {
    expect(quoteLexeme("it's")).toBe("'it''s'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
    expect(orTsquery(['a', 'b'], new Set(['b']))).toBe("'a' | 'b':*");
  });
});

describe('highlight', () => {
  it('marks the longest terms first, without overlap, joining neighbours', () => {
    expect(highlight('食品经营许可证核发', ['许可', '许可证', '食品', '经营'])).toEqual([
      { text: '食品经营许可证', match: true },
      { text: '核发', match: false },
    ]);
    expect(highlight('公共场所卫生许可', ['卫生许', '许可'])).toEqual([
      { text: '公共场所', match: false },
      { text: '卫生许', match: true },
      { text: '可', match: false },
    ]);
    expect(highlight('ABC abc', ['abc'])).toEqual([
      { text: 'ABC', match: true },
      { text: ' ', match: false },
      { text: 'abc', match: true },
    ]);
    expect(highlight('', ['a'])).toEqual([]);
  });

  it('gives pieces that concatenate back to the text and alternate between matched and not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 6 }), queryText, (text, terms, mixed) => {
        for (const t of [text, mixed]) {
          const pieces = highlight(t, [...terms, ...segment(mixed)]);
          expect(pieces.map((p) => p.text).join('')).toBe(t);
          for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.match).not.toBe(pieces[i - 1]!.match);
          expect(pieces.every((p) => p.text.length > 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('on the database', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(() => t.close());

  it('keeps every segmented word as one lexeme of a simple tsvector', async () => {
    await fc.assert(
      fc.asyncProperty(queryText, async (text) => {
        const words = segment(text);
        const [row] = await queryRows<{ lexemes: string[] }>(t.database.db, sql`select tsvector_to_array(to_tsvector('simple', ${documentWords(text)})) as lexemes`);
        expect([...row!.lexemes].sort()).toEqual([...words].sort());
      }),
      { numRuns: 60 },
    );
  });

  it('accepts the tsquery of any input and matches the words it was built from', async () => {
    await fc.assert(
      fc.asyncProperty(queryText, fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }), async (text, raw) => {
        const parsed = parseQuery(text);
        // Hostile words straight into the builder: quotes, backslashes, operators.
        await queryRows(t.database.db, sql`select to_tsquery('simple', ${orTsquery(raw.filter((w) => w.trim() !== ''))})`);
        if (!parsed.tsquery) return;
        const doc = sql`to_tsvector('simple', ${documentWords(text)})`;
        const [row] = await queryRows<{ hit: boolean; strict: boolean }>(
          t.database.db,
          sql`select ${doc} @@ to_tsquery('simple', ${parsed.tsquery}) as hit, ${doc} @@ to_tsquery('simple', ${parsed.strictTsquery}) as strict`,
        );
        expect(row).toEqual({ hit: true, strict: true });
      }),
      { numRuns: 60 },
    );
  });
});
