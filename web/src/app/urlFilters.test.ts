import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterChanger } from './urlFilters.ts';

interface Filters {
  tab: 'mine' | 'all';
  q?: string;
  page: number;
}
const write = (f: Filters) => new URLSearchParams(Object.entries(f).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));

describe('filterChanger', () => {
  it('builds each change on the one before, before the URL shows it', () => {
    const sent: string[] = [];
    const changer = filterChanger<Filters>({ tab: 'all', page: 3 }, write, (next) => sent.push(next.toString()));
    changer.change({ tab: 'mine', page: 1 });
    changer.change({ q: 'GD20261128000012', page: 1 });
    expect(sent).toEqual(['tab=mine&page=1', 'tab=mine&page=1&q=GD20261128000012']);
  });

  it('starts again from what the URL shows once a navigation lands or the user goes back', () => {
    const sent: string[] = [];
    const changer = filterChanger<Filters>({ tab: 'mine', page: 1 }, write, (next) => sent.push(next.toString()));
    changer.change({ q: 'x' });
    changer.shown({ tab: 'all', page: 2 });
    changer.change((current) => ({ ...current, page: current.page + 1 }));
    expect(sent.at(-1)).toBe('tab=all&page=3');
  });

  it('ends at the merge of every change in order, whatever their number', () => {
    const change = fc.record({ tab: fc.constantFrom<'mine' | 'all'>('mine', 'all'), q: fc.string({ maxLength: 5 }), page: fc.nat(9) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), (changes) => {
        let last = '';
        const changer = filterChanger<Filters>({ tab: 'mine', page: 1 }, write, (next) => (last = next.toString()));
        for (const c of changes) changer.change(c);
        const expected = changes.reduce<Filters>((acc, c) => ({ ...acc, ...c }), { tab: 'mine', page: 1 });
        if (changes.length) expect(last).toBe(write(expected).toString());
      }),
    );
  });
});
