// 接诉即办分析's figures as the office reads them: rates as percentages ("—" when there is nothing to divide by),
// the city-wide cards with the counts behind each rate and the change against the period before (in
// percentage points for rates, which way is better said per figure), and the 三率 ranking's display rules:
// units under the minimum sample keep their figures but get no rank and are marked 样本不足. Pure; tested in
// figures.test.ts.
import type { RateFigures, UnitRates } from '../../../api/appeals-public.ts';

/** A rate (0–1) as "85.3%"; null as "—". */
export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${(Math.round(value * 100 * 10 ** digits) / 10 ** digits).toFixed(digits)}%`;
}

/** A score (0–100) with two decimals at most; null as "—". */
export const scoreText = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100));

export type Better = 'higher' | 'lower' | null;

export interface Change {
  /** Percentage points for a rate, the difference for a count or a score. */
  delta: number;
  /** "+2.3" / "−1" (with the sign always shown; zero as "0"). */
  text: string;
  direction: 'up' | 'down' | 'flat';
  /** Whether the change is for the better; null when neither way is better (a count). */
  good: boolean | null;
}

const MINUS = '−';
const signed = (n: number, digits: number) => {
  const rounded = Math.round(n * 10 ** digits) / 10 ** digits;
  if (rounded === 0) return '0';
  const text = Math.abs(rounded).toFixed(digits).replace(/\.0+$/, '');
  return `${rounded > 0 ? '+' : MINUS}${text}`;
};

/** The change from `previous` to `current`; null when either is missing. Rates (0–1) in percentage points. */
export function changeOf(current: number | null | undefined, previous: number | null | undefined, kind: 'rate' | 'count' | 'score', better: Better): Change | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  const delta = kind === 'rate' ? (current - previous) * 100 : current - previous;
  const digits = kind === 'count' ? 0 : 1;
  const text = signed(delta, digits);
  const direction = text === '0' ? 'flat' : delta > 0 ? 'up' : 'down';
  const good = better === null || direction === 'flat' ? null : (direction === 'up') === (better === 'higher');
  return { delta, text, direction, good };
}

export type KpiKey = 'tickets' | 'score' | 'responseRate' | 'resolutionRate' | 'satisfactionRate' | 'onTimeRate' | 'returnRate' | 'repeatRate' | 'directAnswerRate';

export interface Kpi {
  key: KpiKey;
  value: string;
  /** The counts behind a rate ("120 / 150"), or null. */
  detail: string | null;
  change: Change | null;
  kind: 'rate' | 'count' | 'score';
}

const RATES: { key: Exclude<KpiKey, 'tickets' | 'score'>; part: (f: RateFigures) => number; whole: (f: RateFigures) => number; better: Better }[] = [
  { key: 'responseRate', part: (f) => f.signedOnTime, whole: (f) => f.signDue, better: 'higher' },
  { key: 'resolutionRate', part: (f) => f.solved, whole: (f) => f.calledBack, better: 'higher' },
  { key: 'satisfactionRate', part: (f) => f.satisfied + f.basic, whole: (f) => f.calledBack, better: 'higher' },
  { key: 'onTimeRate', part: (f) => f.onTime, whole: (f) => f.completed, better: 'higher' },
  { key: 'returnRate', part: (f) => f.returned, whole: (f) => f.dispatched, better: 'lower' },
  { key: 'repeatRate', part: (f) => f.merged, whole: (f) => f.tickets, better: 'lower' },
  { key: 'directAnswerRate', part: (f) => f.answered, whole: (f) => f.tickets, better: 'higher' },
];

/** The city's cards, in order: the count, the composite score, 三率, then the others. */
export function kpisOf(total: RateFigures, previous?: RateFigures | null): Kpi[] {
  return [
    { key: 'tickets', value: String(total.tickets), detail: null, change: changeOf(total.tickets, previous?.tickets, 'count', null), kind: 'count' },
    { key: 'score', value: scoreText(total.score), detail: null, change: changeOf(total.score, previous?.score, 'score', 'higher'), kind: 'score' },
    ...RATES.map((r) => ({
      key: r.key,
      value: percent(total[r.key]),
      detail: r.whole(total) > 0 ? `${r.part(total)} / ${r.whole(total)}` : null,
      change: changeOf(total[r.key], previous?.[r.key], 'rate', r.better),
      kind: 'rate' as const,
    })),
  ];
}

export type CountKey = 'dispatched' | 'calledBack' | 'returned' | 'reopened' | 'extended' | 'merged' | 'answered' | 'invalid' | 'open';
export const COUNT_KEYS: readonly CountKey[] = ['dispatched', 'calledBack', 'returned', 'reopened', 'extended', 'merged', 'answered', 'invalid', 'open'];

/** The counts under the cards, each with its change (neither way better). */
export const countsOf = (total: RateFigures, previous?: RateFigures | null) =>
  COUNT_KEYS.map((key) => ({ key, value: total[key], change: changeOf(total[key], previous?.[key], 'count', null) }));

// ---- 三率排名 ----

export interface RankingRow extends UnitRates {
  /** "1", "2" … or "—" for a unit not ranked. */
  rankText: string;
  /** Top three get a medal colour. */
  medal: 'gold' | 'silver' | 'bronze' | null;
  /** Ranked units only: places moved since the period before (+2 = up two), null when either was unranked. */
  rankMove: number | null;
  scoreChange: Change | null;
}

const MEDALS = ['gold', 'silver', 'bronze'] as const;

/**
 * The table's rows in the server's order (ranked by rank, then the unranked by name): rank shown only for a
 * ranked unit; the score's change and the places moved against the period before, by unit.
 */
export function rankingRows(units: readonly UnitRates[], previous?: readonly UnitRates[] | null): RankingRow[] {
  const before = new Map((previous ?? []).map((u) => [u.departmentId, u]));
  return units.map((u) => {
    const prev = before.get(u.departmentId);
    const ranked = u.rank !== null && !u.insufficientSample;
    return {
      ...u,
      rankText: ranked ? String(u.rank) : '—',
      medal: ranked && u.rank! <= 3 ? MEDALS[u.rank! - 1]! : null,
      rankMove: ranked && prev?.rank != null && !prev.insufficientSample ? prev.rank - u.rank! : null,
      scoreChange: changeOf(u.score, prev?.score, 'score', 'higher'),
    };
  });
}

/** How many units are ranked and how many are shown without a rank (样本不足). */
export function rankingSummary(units: readonly UnitRates[]) {
  const ranked = units.filter((u) => u.rank !== null && !u.insufficientSample).length;
  return { ranked, unranked: units.length - ranked };
}
