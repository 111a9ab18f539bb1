// 企业服务总览's cards from GET /stats: each figure with its unit and the counts behind it. Pure; tested in
// figures.test.ts.
import type { OutreachStats } from '../../../api/outreach.ts';
import { formatRate } from '../labels.ts';

export const FIGURE_KEYS = ['contacts', 'visits', 'enterprises', 'stewards', 'problems', 'blockers', 'resolution', 'meetings', 'inspections'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
/** The unit after a count (次, 家, 名, 个); a rate has none. */
/** The figures with a line of counts under them. */
export type DetailKey = 'contacts' | 'problems' | 'blockers' | 'resolution' | 'inspections';
export type FigureUnit = 'times' | 'enterprises' | 'people' | 'items' | null;

export interface Figure {
  key: FigureKey;
  value: string;
  unit: FigureUnit;
  /** The detail line's key and its numbers. */
  detail: { key: DetailKey; values: Record<string, number> } | null;
}

export function figuresOf(s: OutreachStats): Figure[] {
  const count = (key: FigureKey, value: number, unit: FigureUnit, detail: Record<string, number> | null = null): Figure => ({
    key,
    value: String(value),
    unit,
    detail: detail ? { key: key as DetailKey, values: detail } : null,
  });
  return [
    count('contacts', s.contacts, 'times', { visits: s.visits }),
    count('visits', s.visits, 'times'),
    count('enterprises', s.enterprisesContacted, 'enterprises'),
    count('stewards', s.stewards, 'people'),
    count('problems', s.problemsRaised, 'items', { solved: s.problemsSolved }),
    count('blockers', s.blockersFound, 'items', { solved: s.blockersSolved, projects: s.projectsBlocked, unblocked: s.projectsUnblocked }),
    { key: 'resolution', value: formatRate(s.resolutionRate), unit: null, detail: { key: 'resolution', values: { solved: s.blockersSolved, found: s.blockersFound } } },
    count('meetings', s.coordinationMeetings, 'times'),
    count('inspections', s.hallInspections, 'times', { findings: s.hallFindings }),
  ];
}

/** Nothing at all happened in the period: the page says so instead of a wall of zeros. */
export const isEmptyPeriod = (s: OutreachStats) =>
  s.contacts + s.stewards + s.problemsRaised + s.blockersFound + s.coordinationMeetings + s.hallInspections === 0;
