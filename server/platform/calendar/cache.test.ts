import { describe, expect, it } from 'vitest';
import { keptFor } from './cache.ts';

/** A load that resolves when told to, counting its calls. */
function gate() {
  let calls = 0;
  let open: ((v: number) => void)[] = [];
  return {
    load: () => {
      calls++;
      return new Promise<number>((resolve) => open.push(resolve));
    },
    release(value: number) {
      for (const r of open) r(value);
      open = [];
    },
    calls: () => calls,
  };
}

describe('the calendar kept between loads', () => {
  it('keeps a load for its time, then loads again', async () => {
    let clock = 0;
    let n = 0;
    const kept = keptFor<number>(1000, () => clock);
    const load = async () => ++n;
    expect(await kept.get(load)).toBe(1);
    clock = 1000;
    expect(await kept.get(load)).toBe(1);
    clock = 1001;
    expect(await kept.get(load)).toBe(2);
  });

  it('does not keep a load that was running when a change invalidated it', async () => {
    const g = gate();
    const kept = keptFor<number>(60_000);
    const before = kept.get(g.load);
    kept.invalidate(); // a change committed while the load was reading
    g.release(1);
    expect(await before).toBe(1); // its own caller gets what it read
    const after = kept.get(g.load);
    expect(g.calls()).toBe(2); // the next one reads again
    g.release(2);
    expect(await after).toBe(2);
    expect(await kept.get(g.load)).toBe(2);
    expect(g.calls()).toBe(2);
  });

  it('keeps a load that finished before the change, until the change', async () => {
    let n = 0;
    const kept = keptFor<number>(60_000);
    const load = async () => ++n;
    expect(await kept.get(load)).toBe(1);
    expect(await kept.get(load)).toBe(1);
    kept.invalidate();
    expect(await kept.get(load)).toBe(2);
  });
});
