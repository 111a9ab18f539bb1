import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivedFlags, isFullyOnline, isMobile, onlineDepth } from './derive.ts';

const stages = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 });

describe('online depth and the derived flags', () => {
  it('onlineDepth is the longest run 1..k of online stages, whatever the order', () => {
    fc.assert(
      fc.property(stages, (s) => {
        const k = onlineDepth(s);
        for (let i = 1; i <= k; i++) expect(s).toContain(i);
        if (k < 7) expect(s).not.toContain(k + 1);
        expect(onlineDepth([...s].reverse())).toBe(k);
      }),
    );
    expect(onlineDepth([])).toBe(0);
    expect(onlineDepth([2, 3, 4, 5, 6])).toBe(0);
    expect(onlineDepth([1, 2, 3, 5])).toBe(3);
    expect(onlineDepth([7, 6, 5, 4, 3, 2, 1])).toBe(7);
  });

  it('fully online needs stages 2–6 and no visit; mobile needs the channel and stages 2–4', () => {
    fc.assert(
      fc.property(stages, fc.integer({ min: 0, max: 5 }), fc.boolean(), (s, visits, mobileChannel) => {
        const has = (list: number[]) => list.every((x) => s.includes(x));
        expect(isFullyOnline({ onlineStages: s, visits })).toBe(visits === 0 && has([2, 3, 4, 5, 6]));
        expect(isMobile({ mobileChannel, onlineStages: s })).toBe(mobileChannel && has([2, 3, 4]));
        // Adding a stage never takes a flag away.
        const more = [...new Set([...s, 1, 5])];
        if (isFullyOnline({ onlineStages: s, visits })) expect(isFullyOnline({ onlineStages: more, visits })).toBe(true);
        if (isMobile({ mobileChannel, onlineStages: s })) expect(isMobile({ mobileChannel, onlineStages: more })).toBe(true);
        expect(derivedFlags({ onlineStages: s, visits, mobileChannel })).toEqual({ onlineDepth: onlineDepth(s), fullyOnline: isFullyOnline({ onlineStages: s, visits }), mobile: isMobile({ mobileChannel, onlineStages: s }) });
      }),
    );
  });

  it('examples from DOMAIN.md', () => {
    expect(isFullyOnline({ onlineStages: [1, 2, 3, 4, 5, 6], visits: 0 })).toBe(true);
    expect(isFullyOnline({ onlineStages: [1, 2, 3, 4, 5, 6, 7], visits: 1 })).toBe(false);
    expect(isMobile({ mobileChannel: true, onlineStages: [2, 3] })).toBe(false);
    expect(isMobile({ mobileChannel: false, onlineStages: [1, 2, 3, 4] })).toBe(false);
  });
});
