import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from './uuid.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('is a well-formed version 7 id carrying its millisecond, for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
        const id = uuidv7(ms);
        expect(id).toMatch(V7);
        expect(parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(ms);
      }),
    );
  });

  it('never repeats and sorts in the order made, across many draws of the random pool', () => {
    const start = Date.now();
    // 50 ids in each of 400 milliseconds: within a millisecond the counter orders them.
    const ids = Array.from({ length: 20_000 }, (_, i) => uuidv7(start + Math.floor(i / 50)));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
