import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyMatch, highlightPieces } from './pieces.ts';

describe('highlightPieces', () => {
  it('keeps the matched words apart and joins neighbours of the same kind', () => {
    const pieces = [
      { text: '食品', match: true },
      { text: '经营', match: true },
      { text: '许可', match: false },
      { text: '', match: true },
      { text: '（新办）', match: false },
    ];
    expect(highlightPieces('食品经营许可（新办）', pieces)).toEqual([
      { text: '食品经营', match: true },
      { text: '许可（新办）', match: false },
    ]);
  });

  it('shows the plain name when the pieces are missing or do not spell it', () => {
    expect(highlightPieces('企业注销', [])).toEqual([{ text: '企业注销', match: false }]);
    expect(highlightPieces('企业注销', null)).toEqual([{ text: '企业注销', match: false }]);
    expect(highlightPieces('企业注销', [{ text: '<b>企业</b>', match: true }])).toEqual([{ text: '企业注销', match: false }]);
    expect(highlightPieces('', [])).toEqual([]);
  });

  it('always spells the name, with no empty pieces and no two neighbours alike', () => {
    const piece = fc.record({ text: fc.string({ maxLength: 6 }), match: fc.boolean() });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const name = pieces.map((p) => p.text).join('');
        const result = highlightPieces(name, pieces);
        expect(result.map((p) => p.text).join('')).toBe(name);
        expect(result.every((p) => p.text.length > 0)).toBe(true);
        for (let i = 1; i < result.length; i++) expect(result[i]!.match).not.toBe(result[i - 1]!.match);
        expect(anyMatch(result)).toBe(pieces.some((p) => p.match && p.text.length > 0));
      }),
    );
  });
});
