// 接诉即办 in bulk, for the demo seed and the benchmark: a seeded generator of a year (by default) of tickets
// across kinds, channels, categories, areas and units, each with the outcome it reached by `now` — answered on
// the call, dispatched, signed for (on time or late), returned and re-dispatched, extended, replied to, called
// back (contacted? solved? satisfied?), reopened, merged, invalid — and the rows the services would have left:
// the ticket with its mirror columns, its public reply and callback (appeal_update). Tickets still open at
// `now` (the most recent few per cent) also get their workflow case, history and queue rows, run through the
// real engine (openCase, applyAction), so they sit in their holder's queue. Closed ones carry no case (the
// 三率, lists and Open311 read the ticket row; the ticket page tells their steps from it). No audit rows: like
// applications' bulk path this is for the seed and the benchmark, never for request handlers. insertTickets
// (bulk-insert.ts) writes a batch as one statement. Everything is deterministic from the seed except the
// ciphertexts (SM4 draws a fresh IV).
import { DEFAULT_APPEAL_RULES, type AppealRules, type Kind } from '../../../common/appeals/vocabulary.ts';
import { addCalendarDays, CalendarYearMissingError, shanghaiDate, startOfShanghaiDay, type Calendar } from '../../../common/calendar/index.ts';
import { createRng, generateUscc } from '../../../common/ids/index.ts';
import type { FieldCrypto } from '../../platform/crypto/index.ts';
import type { workflowBulk } from '../../platform/workflow/index.ts';
import { plan, type Built, type Ctx } from './bulk-plan.ts';
import { DAY, HOUR, picker, seededId, ticketNumber } from './bulk-random.ts';
import { AREA_SEEDS, CHANNEL_WEIGHTS, KIND_WEIGHTS, nameOf } from './bulk-text.ts';
import type { NewTicket, NewUpdate } from './repository.ts';
import { dishonestyWorkflow, ticketWorkflow } from './workflow.ts';

export { insertTickets, insertSimulatedTickets, recordClosedEvents, sequenceFloor, type InsertedTickets } from './bulk-insert.ts';
export { picker, seededId, ticketNumber } from './bulk-random.ts';
export type { NewTicket, NewUpdate } from './repository.ts';

export interface SimCategory {
  code: string;
  name?: string;
  defaultKind?: Kind;
  /** 水电气热: half its tickets run under the 24-hour limit, and it peaks in the heating season. */
  utility?: boolean;
}

export interface SimulateTicketsOptions {
  count: number;
  seed?: number;
  /** Tickets are created in [from, to); default: the year before `to` (itself default `now`). */
  from?: Date;
  to?: Date;
  /** The moment the data is seen at: steps after it have not happened yet (default `to`). */
  now?: Date;
  categories: readonly (string | SimCategory)[];
  /** Units tickets are dispatched to (department ids). */
  units: readonly string[];
  /** The dispatch catalogue: the unit a category and area go to; by default a fixed unit per category. */
  unitOf?: (categoryCode: string, areaCode: string) => string | null | undefined;
  /** The 12345 centre: it holds tickets to dispatch and to call back. */
  hotlineDepartmentId: string;
  /** GB/T 2260 codes; default the ten districts of Hohhot. */
  areas?: readonly string[];
  /** 政务失信: the body that verifies a report against this one (its superior); by default another unit. */
  verifierOf?: (accusedDepartmentId: string) => string | null | undefined;
  /** Accounts that file some of the web and mobile tickets (the public "my tickets"). */
  requesterUserIds?: readonly string[];
  crypto: Pick<FieldCrypto, 'encrypt' | 'blindIndex'>;
  calendar: Calendar;
  rules?: AppealRules;
  /** The last number already drawn per day (sequenceFloor): seeded numbers continue after them. */
  sequences?: ReadonlyMap<string, number>;
  /** Tickets per yielded batch (default 5 000). */
  batchSize?: number;
}

/** One batch: rows for appeal_ticket, appeal_update, the open tickets' cases, and the days' last numbers. */
export interface SimulatedTickets {
  tickets: NewTicket[];
  updates: NewUpdate[];
  cases: workflowBulk.NewCase[];
  history: workflowBulk.NewHistory[];
  queue: workflowBulk.NewAssignment[];
  sequences: { day: string; last: number }[];
}

const HOURS_OF_DAY = [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1.5, 4, 8, 10, 10, 9, 6, 7, 9, 9, 8, 7, 6, 5, 4, 3, 2, 1.5];
const OPEN_STATES = new Set(['dispatching', 'signing', 'handling', 'returned', 'callback', 'verifying', 'rectifying', 'feedback']);

function context(o: SimulateTicketsOptions, now: Date, from: number, to: number): Ctx {
  const rng = createRng(o.seed ?? 12345);
  const rules = o.rules ?? DEFAULT_APPEAL_RULES;
  const categories = o.categories.map((c) => (typeof c === 'string' ? { code: c } : c));
  if (!categories.length || !o.units.length) throw new Error('simulateTickets needs at least one category and one unit');
  const areas = o.areas ?? Object.keys(AREA_SEEDS);
  const quality = new Map(o.units.map((u) => [u, 0.55 + 0.45 * rng()]));
  const people = Math.max(20, Math.min(50_000, Math.ceil(o.count / 4)));
  const callerSeeds = Array.from({ length: people }, (_, i) => {
    const phone = `1${3 + Math.floor(rng() * 7)}${String(Math.floor(rng() * 1e9)).padStart(9, '0')}`;
    return { name: nameOf(rng), phone, email: `user${i}@example.cn` };
  });
  const enterprises = Array.from({ length: Math.max(5, Math.min(2000, Math.ceil(o.count / 50))) }, (_, i) => ({ uscc: generateUscc(rng, { regionCode: areas[i % areas.length]! }), name: `青城${['乳业', '商贸', '建设', '物流', '科技', '餐饮'][i % 6]}有限公司${i + 1}号` }));
  const ctx: Ctx = {
    o,
    rng,
    rules,
    calendar: o.calendar,
    now,
    ticketDef: ticketWorkflow(rules),
    dishonestyDef: dishonestyWorkflow(),
    categories,
    areas,
    pickChannel: picker(Object.keys(CHANNEL_WEIGHTS) as (keyof typeof CHANNEL_WEIGHTS)[], Object.values(CHANNEL_WEIGHTS)),
    pickKind: picker(Object.keys(KIND_WEIGHTS) as Kind[], Object.values(KIND_WEIGHTS)),
    pickArea: picker(areas, areas.map((a) => AREA_SEEDS[a]?.weight ?? 5)),
    quality,
    callers: new Array(people).fill(null),
    callerSeeds,
    recent: new Map(),
    spike: { category: categories[Math.min(categories.length - 1, 2)]!, area: areas[Math.min(areas.length - 1, 3)]!, since: Math.max(from, to - 28 * DAY) },
    enterprises,
  };
  return ctx;
}

/**
 * Yields `count` tickets created over [from, to) in batches, in creation order with their day's numbers. Days
 * get a share by weight (working days more than rest days); a ticket's hour follows the hotline's day. A ticket
 * whose plan would need a deadline in a year the calendar has no data for becomes a direct answer.
 */
export function* simulateTickets(o: SimulateTicketsOptions): Generator<SimulatedTickets> {
  const to = (o.to ?? o.now ?? new Date()).getTime();
  const from = (o.from ?? new Date(to - 365 * DAY)).getTime();
  const now = o.now ?? new Date(to);
  if (!(from < to)) throw new Error('simulateTickets: from must be before to');
  if (now.getTime() < to) throw new Error('simulateTickets: now must not be before to');
  const ctx = context(o, now, from, to);
  const batchSize = o.batchSize ?? 5000;
  const days: string[] = [];
  for (let d = shanghaiDate(new Date(from)); startOfShanghaiDay(d).getTime() < to; d = addCalendarDays(d, 1)) days.push(d);
  const weights = days.map((d) => {
    let working = true;
    try {
      working = ctx.calendar.isWorkingDay(d);
    } catch {
      working = true;
    }
    const lo = Math.max(from, startOfShanghaiDay(d).getTime());
    const hi = Math.min(to, startOfShanghaiDay(d).getTime() + DAY);
    return ((working ? 1 : 0.55) * (hi - lo)) / DAY;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  let batch: SimulatedTickets = { tickets: [], updates: [], cases: [], history: [], queue: [], sequences: [] };
  let made = 0;
  let cumulative = 0;
  const hourOf = picker(HOURS_OF_DAY.map((_, h) => h), HOURS_OF_DAY);
  for (const [i, day] of days.entries()) {
    cumulative += weights[i]!;
    const n = Math.round((cumulative / total) * o.count) - made;
    if (n <= 0) continue;
    const start = startOfShanghaiDay(day).getTime();
    const lo = Math.max(from, start);
    const hi = Math.min(to, start + DAY);
    const times: number[] = [];
    for (let k = 0; k < n; k++) {
      const at = start + hourOf(ctx.rng) * HOUR + Math.floor(ctx.rng() * HOUR);
      times.push(at >= lo && at < hi ? at : Math.floor(lo + ctx.rng() * (hi - lo)));
    }
    times.sort((a, b) => a - b);
    let seq = o.sequences?.get(day) ?? 0;
    for (const at of times) {
      seq++;
      const id = seededId(ctx.rng, at);
      let built: Built;
      try {
        built = plan(ctx, id, ticketNumber(day, seq), at);
      } catch (error) {
        if (!(error instanceof CalendarYearMissingError)) throw error;
        built = answeredFallback(ctx, id, ticketNumber(day, seq), at);
      }
      batch.tickets.push(built.ticket);
      batch.updates.push(...built.updates);
      batch.cases.push(...built.cases);
      batch.history.push(...built.history);
      batch.queue.push(...built.queue);
      if (batch.tickets.length >= batchSize) {
        batch.sequences.push({ day, last: seq });
        yield batch;
        batch = { tickets: [], updates: [], cases: [], history: [], queue: [], sequences: [] };
      }
    }
    made += n;
    batch.sequences.push({ day, last: seq });
  }
  if (batch.tickets.length) yield batch;
}

/** A ticket whose deadlines the calendar cannot tell: answered on the call instead (rare: the data's last days). */
function answeredFallback(ctx: Ctx, id: string, number: string, t: number): Built {
  let built: Built;
  for (;;) {
    try {
      built = plan(ctx, id, number, t);
      if (built.ticket.outcome === 'answered') return built;
    } catch (error) {
      if (!(error instanceof CalendarYearMissingError)) throw error;
    }
  }
}

/** Whether a simulated (or stored) ticket's state is an open one. */
export const isOpenState = (state: string) => OPEN_STATES.has(state);
