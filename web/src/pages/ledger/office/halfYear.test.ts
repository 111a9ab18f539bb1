import { describe, expect, it } from 'vitest';
import { changesIn, halfYearOf, previousHalfYear } from './halfYear.ts';

describe('the leading group’s changes this half-year', () => {
  it('finds the half-year of a day', () => {
    expect(halfYearOf('2026-11-27')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(halfYearOf('2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(previousHalfYear(halfYearOf('2026-11-27'))).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(previousHalfYear(halfYearOf('2026-03-01'))).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });

  it('lists who joined and who left within it, the latest first', () => {
    const members = [
      { id: 'a', joinedOn: '2025-03-01', leftOn: '2026-09-30' },
      { id: 'b', joinedOn: '2026-08-15', leftOn: null },
      { id: 'c', joinedOn: '2024-01-01', leftOn: null },
      { id: 'd', joinedOn: '2026-07-01', leftOn: '2026-10-01' },
    ];
    const changes = changesIn(members, halfYearOf('2026-11-27'));
    expect(changes.map((c) => `${c.member.id}:${c.kind}`)).toEqual(['d:left', 'a:left', 'b:joined', 'd:joined']);
  });
});
