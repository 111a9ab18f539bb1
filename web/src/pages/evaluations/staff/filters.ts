// The 差评处置 queue's filters live in the address, so a reload, a shared link or a return from a rating
// shows the same list. Anything the server would refuse is dropped, never sent.
import {
  LOOP_STATES,
  RATING_CHANNELS,
  type LoopState,
  type RatingChannel,
} from '../../../../../common/api/evaluations.ts';

export const defaultPageSize = 20;

export const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

export const positive = (value: string | null, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};

const calendarDay = (value: string | null) => {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d ? value : undefined;
};

/** A valid from–to pair from the address (swapped when given backwards). */
export function readPeriod(params: URLSearchParams): { from?: string; to?: string } {
  let from = calendarDay(params.get('from'));
  let to = calendarDay(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return { from, to };
}

/** The address in the given key order, without empty values or the default page and size. */
export function writeParams(values: Record<string, string | number | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === defaultPageSize) continue;
    params.set(key, String(value));
  }
  return params;
}

export interface QueueFilters {
  /** 只看我的: loops I or my department's queue hold (on unless the address says mine=0). */
  mine: boolean;
  loopState?: LoopState;
  channel?: RatingChannel;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function readQueueFilters(params: URLSearchParams): QueueFilters {
  const mine = params.get('mine');
  return {
    mine: !(mine === '0' || mine === 'false'),
    loopState: oneOf(params.get('loopState'), LOOP_STATES),
    channel: oneOf(params.get('channel'), RATING_CHANNELS),
    ...readPeriod(params),
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

export const writeQueueFilters = (f: QueueFilters) =>
  writeParams({
    mine: f.mine ? undefined : '0',
    loopState: f.loopState,
    channel: f.channel,
    from: f.from,
    to: f.to,
    page: f.page,
    pageSize: f.pageSize,
  });

/** The filters set besides 只看我的 (for the phone's filter toggle and the empty text). */
export const activeQueueFilters = (f: QueueFilters) =>
  (['loopState', 'channel', 'from'] as const).filter((key) => f[key]).length;

/** GET /evaluations/ratings for the queue: always the 差评, mine=1 unless switched off (the client sends 1/0). */
export function queueQuery(f: QueueFilters) {
  return {
    bad: true,
    mine: f.mine,
    ...(f.loopState ? { loopState: f.loopState } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    page: f.page,
    pageSize: f.pageSize,
  };
}
