import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, generateIdCard } from './index.ts';
import { redactPersonalData } from './redact.ts';

describe('redactPersonalData', () => {
  it('masks ID numbers and mobile numbers inside URLs and sentences', () => {
    expect(redactPersonalData('/api/v1/org/users?q=11010519491231002X&page=1')).toBe('/api/v1/org/users?q=110105********002X&page=1');
    expect(redactPersonalData('call 13912345678 now')).toBe('call 139****5678 now');
    expect(redactPersonalData('q=11010519491231002x')).toBe('q=110105********002X');
  });

  it('leaves other numbers alone: a USCC, a date, a long order number', () => {
    for (const text of ['91350100M000100Y43', '2026-11-26', 'ZJ2026112600001', '123456789012345678901']) {
      expect(redactPersonalData(text)).toBe(text);
    }
  });

  it('never lets a generated ID number through (property)', () => {
    const rng = createRng(7);
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (before, after) => {
        const id = generateIdCard(rng, { regionCode: '150102' });
        const out = redactPersonalData(`${before} ${id} ${after}`);
        expect(out).not.toContain(id);
      }),
    );
  });
});
