// The office's 好差评 pages keep their choices in the address: the overview's period and grouping, and
// the drill-down list's filters. Anything the server would refuse is dropped, never sent.
import {
  LOOP_STATES,
  METRIC_GROUPS,
  RATING_CHANNELS,
  RATING_STATUSES,
  type LoopState,
  type MetricGroup,
  type RatingChannel,
} from '../../../../../common/api/evaluations.ts';
import { defaultPageSize, oneOf, positive, readPeriod, writeParams } from '../staff/filters.ts';
import { thisYear } from './metrics.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: string | null) => (value && uuid.test(value) ? value : undefined);
const code = (value: string | null) => {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= 60 && /^[0-9A-Za-z._-]+$/.test(trimmed) ? trimmed : undefined;
};

// ---- 好差评总览 ----

export interface OverviewFilters {
  from: string;
  to: string;
  /** The table's grouping (the charts always show departments and months). */
  groupBy: MetricGroup;
}

/** The period defaults to this year; both ends or neither come from the address. */
export function readOverviewFilters(params: URLSearchParams, now: Date = new Date()): OverviewFilters {
  const period = readPeriod(params);
  const fallback = thisYear(now);
  return {
    from: period.from ?? fallback.from,
    to: period.to ?? (period.from && period.from > fallback.to ? period.from : fallback.to),
    groupBy: oneOf(params.get('groupBy'), METRIC_GROUPS) ?? 'department',
  };
}

export function writeOverviewFilters(f: OverviewFilters, now: Date = new Date()): URLSearchParams {
  const fallback = thisYear(now);
  const defaultPeriod = f.from === fallback.from && f.to === fallback.to;
  return writeParams({
    from: defaultPeriod ? undefined : f.from,
    to: defaultPeriod ? undefined : f.to,
    groupBy: f.groupBy === 'department' ? undefined : f.groupBy,
  });
}

// ---- 评价列表 (the drill-down) ----

export interface RatingListFilters {
  departmentId?: string;
  itemCode?: string;
  hallId?: string;
  channel?: RatingChannel;
  level?: number;
  /** '1' only 差评, '0' only the others. */
  bad?: '1' | '0';
  loopState?: LoopState;
  status?: (typeof RATING_STATUSES)[number];
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function readRatingListFilters(params: URLSearchParams): RatingListFilters {
  const level = Number(params.get('level'));
  const bad = params.get('bad');
  return {
    departmentId: id(params.get('departmentId')),
    itemCode: code(params.get('itemCode')),
    hallId: id(params.get('hallId')),
    channel: oneOf(params.get('channel'), RATING_CHANNELS),
    level: Number.isInteger(level) && level >= 1 && level <= 5 ? level : undefined,
    bad: bad === '1' || bad === 'true' ? '1' : bad === '0' || bad === 'false' ? '0' : undefined,
    loopState: oneOf(params.get('loopState'), LOOP_STATES),
    status: oneOf(params.get('status'), RATING_STATUSES),
    ...readPeriod(params),
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

const LIST_KEYS = [
  'departmentId',
  'itemCode',
  'hallId',
  'channel',
  'level',
  'bad',
  'loopState',
  'status',
  'from',
  'to',
  'page',
  'pageSize',
] as const;

/** The address in one fixed order, whatever order the filters were set in. */
export const writeRatingListFilters = (f: RatingListFilters) =>
  writeParams(Object.fromEntries(LIST_KEYS.map((key) => [key, f[key]])));

/** The filters that are set (for the phone's toggle and the empty text). */
export const activeRatingListFilters = (f: RatingListFilters) =>
  (
    ['departmentId', 'itemCode', 'hallId', 'channel', 'level', 'bad', 'loopState', 'status', 'from'] as const
  ).filter((key) => f[key] !== undefined).length;

/** GET /evaluations/ratings with exactly the filters that are set (`bad` as the client's boolean). */
export function ratingListQuery(f: RatingListFilters) {
  const { bad, ...rest } = f;
  const set = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Omit<
    RatingListFilters,
    'bad'
  >;
  return bad === undefined ? set : { ...set, bad: bad === '1' };
}
