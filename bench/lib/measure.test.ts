// measurePaired's turns: which side runs when, and what each figure is made of. No timings are asserted.
import { describe, expect, it } from 'vitest';
import { formatRow, measurePaired } from './measure.ts';

const pause = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('measurePaired', () => {
  it('alternates the two sides, swapping the order every round, and counts each side over all its slices', async () => {
    const trail: string[] = [];
    let measured = 0;
    let base = 0;
    const note = (side: string) => {
      if (trail.at(-1) !== side) trail.push(side);
    };
    const result = await measurePaired(
      'step',
      async (i) => {
        if (i >= 0) measured++;
        note(i >= 0 ? 'step' : 'warm step');
        await pause();
      },
      {
        name: 'base',
        op: async (i) => {
          if (i >= 0) base++;
          note(i >= 0 ? 'base' : 'warm base');
          await pause();
        },
      },
      { concurrency: 2, seconds: 0.2, rounds: 4, warmupOps: 3 },
    );
    // Rounds base·step, step·base, base·step, step·base: a side runs twice in a row where a round ends (the trail
    // notes changes of side only). Without the swap the two sides would change places eight times.
    expect(trail).toEqual(['warm step', 'warm base', 'base', 'step', 'base', 'step', 'base']);
    expect(result.ops).toBe(measured);
    expect(result.paired!.baseline.ops).toBe(base);
    expect(result.paired!.baseline.name).toBe('base');
    expect(result.paired!.ratios).toHaveLength(4);
    for (const r of result.paired!.ratios) expect(r).toBeGreaterThan(0);
  });

  it('prints the ratio to the paired baseline, not to the one given beside it', () => {
    const row = (name: string, opsPerSec: number) => ({ name, ops: opsPerSec, opsPerSec, p50Ms: 1, p95Ms: 2, p99Ms: 3 });
    const step = { ...row('step', 300), paired: { baseline: row('base', 600), ratios: [0.4, 0.6] } };
    const line = formatRow(step, row('other', 3000));
    expect(line).toContain('50% of base');
    expect(line).toContain('rounds 40%, 60%');
    expect(formatRow(row('step', 300), row('other', 3000))).toContain('10% of other');
  });
});
