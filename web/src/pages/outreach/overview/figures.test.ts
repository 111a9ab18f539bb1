import { describe, expect, it } from 'vitest';
import type { OutreachStats } from '../../../api/outreach.ts';
import { figuresOf, isEmptyPeriod } from './figures.ts';

const stats: OutreachStats = {
  from: '2026-01-01',
  to: '2026-11-27',
  contacts: 120,
  visits: 45,
  enterprisesContacted: 80,
  stewards: 30,
  problemsRaised: 60,
  problemsSolved: 52,
  projectsBlocked: 12,
  blockersFound: 40,
  blockersSolved: 35,
  projectsUnblocked: 9,
  resolutionRate: 0.875,
  coordinationMeetings: 6,
  hallInspections: 14,
  hallFindings: 21,
  blockersByStage: [],
  blockersByDepartment: [],
};

describe('the overview figures', () => {
  it('gives every figure its value, unit and the counts behind it', () => {
    const byKey = Object.fromEntries(figuresOf(stats).map((f) => [f.key, f]));
    expect(byKey.contacts).toMatchObject({ value: '120', unit: 'times', detail: { values: { visits: 45 } } });
    expect(byKey.visits).toMatchObject({ value: '45', unit: 'times', detail: null });
    expect(byKey.enterprises).toMatchObject({ value: '80', unit: 'enterprises' });
    expect(byKey.problems?.detail?.values).toEqual({ solved: 52 });
    expect(byKey.resolution).toMatchObject({ value: '87.5%', unit: null, detail: { values: { solved: 35, found: 40 } } });
    expect(byKey.inspections?.detail?.values).toEqual({ findings: 21 });
  });

  it('shows no rate when nothing was found, and knows an empty period', () => {
    const none = { ...stats, contacts: 0, visits: 0, enterprisesContacted: 0, stewards: 0, problemsRaised: 0, problemsSolved: 0, blockersFound: 0, blockersSolved: 0, resolutionRate: null, coordinationMeetings: 0, hallInspections: 0, hallFindings: 0 };
    expect(figuresOf(none).find((f) => f.key === 'resolution')?.value).toBe('—');
    expect(isEmptyPeriod(none)).toBe(true);
    expect(isEmptyPeriod(stats)).toBe(false);
  });
});
