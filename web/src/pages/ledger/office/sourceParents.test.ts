import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descendantIds, parentChoices } from './sourceParents.ts';

const s = (id: string, parentId: string | null = null) => ({ id, parentId });

describe('the plans a source may implement', () => {
  const sources = [s('feedback'), s('plan', 'feedback'), s('city', 'plan'), s('county', 'city'), s('other')];

  it('leaves out the source itself and every plan below it', () => {
    expect([...descendantIds(sources, 'plan')].sort()).toEqual(['city', 'county']);
    expect(parentChoices(sources, 'plan').map((x) => x.id)).toEqual(['feedback', 'other']);
    expect(parentChoices(sources, 'county').map((x) => x.id)).toEqual(['feedback', 'plan', 'city', 'other']);
  });

  it('offers every source to a new one', () => {
    expect(parentChoices(sources, null)).toHaveLength(sources.length);
  });

  it('ends on a cycle in bad data', () => {
    const cyclic = [s('a', 'c'), s('b', 'a'), s('c', 'b')];
    expect([...descendantIds(cyclic, 'a')].sort()).toEqual(['b', 'c']);
    expect(parentChoices(cyclic, 'a')).toEqual([]);
  });

  it('never offers a choice that would make a cycle', () => {
    const forest = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => fc.option(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { nil: null }).map((p) => s(`n${i}`, i > 0 && p !== null ? `n${p}` : null)))),
    );
    fc.assert(
      fc.property(forest, fc.nat(), (nodes, pick) => {
        const id = nodes[pick % nodes.length]!.id;
        const parentOf = new Map(nodes.map((x) => [x.id, x.parentId]));
        for (const choice of parentChoices(nodes, id)) {
          // Walking up from the chosen parent never meets the source itself.
          let at: string | null = choice.id;
          while (at) {
            expect(at).not.toBe(id);
            at = parentOf.get(at) ?? null;
          }
        }
      }),
    );
  });
});
