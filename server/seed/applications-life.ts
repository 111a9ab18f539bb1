// One demo application's life as steps at chosen instants: office hours on working days for staff,
// any hour for applicants; intake within the 5 working days, 补正 rounds, 特别程序, 延期, decisions
// mostly within the promised limit and some late. Steps that would fall after "now" are not taken,
// so recent applications are still open in whatever state they have reached. Pure.
import type { Channel } from '../../common/api/applications.ts';
import type { Item } from '../../common/api/catalog.ts';
import { CalendarYearMissingError, type Calendar, type IsoDate } from '../../common/calendar/index.ts';
import { randomInt, type Rng } from '../../common/ids/index.ts';
import { applicationsBulk, CORRECTION_NOTICE_DAYS } from '../modules/applications/index.ts';
import type { WorkflowActor } from '../platform/workflow/index.ts';
import { pick } from './registry-entities.ts';
import { WORDS } from './applications-data.ts';

export interface Who {
  by: WorkflowActor;
  /** Written into the history (null: the platform, or staff without a demo account). */
  actorId: string | null;
}

export interface LifeEnv {
  now: Date;
  calendar: Calendar;
  /** A member of the department whose role may take the action (a clerk accepts and delivers, an approver decides). */
  staffOf: (departmentId: string, action: string) => Who;
  /** Who runs a department's post-checks. */
  inspectorOf: (departmentId: string) => Who;
  leader: Who;
  office: Who;
  system: Who;
}

export type LifeItem = Pick<Item, 'implementingDepartmentId' | 'promisedLimitDays' | 'legalLimitDays' | 'type' | 'onTheSpot' | 'commitmentAllowed' | 'postCheckMonths'>;

export interface LifeUnit {
  item: LifeItem;
  channel: Channel;
  submittedAt: Date;
  commitment: boolean;
  /** The applicant's own account (withdrawing, answering a 补正), or null. */
  applicant: Who | null;
}

export type Fate = 'approve' | 'reject' | 'refuse' | 'withdraw' | 'terminate';

export interface LifeOptions {
  fate?: Fate;
  correction?: 'intake' | 'review' | null;
  suspend?: boolean;
  extend?: boolean;
  deem?: boolean;
  late?: boolean;
  /** A bundle's members wait in delivery: the bundle hands their results out together. */
  holdDelivery?: boolean;
  /** Working days from acceptance to the decision (overrides the drawn budget). */
  days?: number;
}

export interface Life {
  steps: applicationsBulk.SimStep[];
  /** The post-check's conclusion, for a commitment approval (may lie after "now": then it is still pending). */
  postCheckEnd: NonNullable<applicationsBulk.ApplicationSpec['postCheck']>['end'] | null;
  /** Every planned step happened before "now". */
  complete: boolean;
}

const MINUTE = 60_000;
const OPEN = 9 * 60;
const CLOSE = 17 * 60 + 30;

class Stop extends Error {}

export function timeKit(env: Pick<LifeEnv, 'now' | 'calendar'>) {
  const { calendar } = env;
  const dayStart = (date: IsoDate) => Date.parse(`${date}T00:00:00+08:00`);
  const at = (date: IsoDate, minutes: number) => new Date(dayStart(date) + Math.round(minutes) * MINUTE);
  const minutesOf = (t: Date) => (t.getTime() - dayStart(calendar.shanghaiDate(t))) / MINUTE;
  return {
    at,
    /** Office hours, `days` working days after `from`'s day; 0: later that day (within `within` minutes) when there is time left. */
    office(rng: Rng, from: Date, days: number, within = 240): Date {
      const date = calendar.shanghaiDate(from);
      if (days <= 0 && calendar.isWorkingDay(date)) {
        const m = Math.max(minutesOf(from) + 5, OPEN);
        if (m < CLOSE - 10) return at(date, m + rng() * Math.min(within, CLOSE - m));
      }
      return at(calendar.addWorkingDays(date, Math.max(1, days)), OPEN + rng() * (CLOSE - OPEN));
    },
    later: (from: Date, minutes: number) => new Date(from.getTime() + Math.round(minutes) * MINUTE),
    /** Office hours on the n-th working day before today (n ≥ 1, so always in the past). */
    daysAgo(rng: Rng, n: number, from = OPEN, to = CLOSE): Date {
      const today = calendar.shanghaiDate(env.now);
      const base = calendar.isWorkingDay(today) ? today : calendar.addWorkingDays(today, 1);
      return at(calendar.addWorkingDays(base, -n), from + rng() * (to - from));
    },
  };
}

/** Working days an intake takes: most the same or next day. */
const intakeDays = (rng: Rng) => [0, 0, 0, 0, 1, 1, 1, 2, 2, 3][randomInt(rng, 10)]!;

export function lifeOf(rng: Rng, env: LifeEnv, unit: LifeUnit, options: LifeOptions = {}): Life {
  const { calendar, now } = env;
  const time = timeKit(env);
  const item = unit.item;
  // The department's staff: who exactly depends on the action (see push).
  const staff: Who = { by: { userId: '', departmentId: item.implementingDepartmentId, roles: [] }, actorId: null };
  const steps: applicationsBulk.SimStep[] = [];
  let t = unit.submittedAt;
  let postCheckEnd: Life['postCheckEnd'] = null;
  const push = (action: string, when: Date, given: Who, extra: Partial<applicationsBulk.SimStep> = {}) => {
    if (when.getTime() >= now.getTime()) throw new Stop();
    const who = given === staff ? env.staffOf(item.implementingDepartmentId, action) : given;
    steps.push({ action, at: when, by: who.by, actorId: who.actorId, ...extra });
    t = when;
  };
  const roll = (p: number) => rng() < p;
  const opening = applicationsBulk.openingState(unit.channel, item, unit.commitment);
  const answerer = unit.applicant ?? staff;
  const correct = (from: 'submitted' | 'review') => {
    // At intake whoever takes it in asks; under review the reviewer does.
    const asker = from === 'submitted' ? staff : env.staffOf(item.implementingDepartmentId, 'passReview');
    push('requestCorrection', time.office(rng, t, from === 'submitted' ? Math.min(intakeDays(rng), 3) : 1), asker, { comment: '请一次性补正以下内容', missing: pick(rng, WORDS.missing) });
    if (options.fate === 'terminate') {
      push('terminate', time.office(rng, t, 20 + randomInt(rng, 20)), env.office, { comment: pick(rng, WORDS.terminate) });
      return false;
    }
    const days = 1 + randomInt(rng, 6);
    push('submitCorrection', unit.applicant ? time.later(time.office(rng, t, days), randomInt(rng, 300)) : time.office(rng, t, days), answerer);
    return true;
  };

  try {
    if (item.onTheSpot) {
      const fate = options.fate ?? (roll(0.015) ? 'refuse' : unit.applicant && roll(0.02) ? 'withdraw' : 'approve');
      if (fate === 'withdraw') {
        push('withdraw', time.later(t, 5 + randomInt(rng, 120)), unit.applicant!, { comment: pick(rng, WORDS.withdraw) });
        return done();
      }
      if (fate === 'refuse') {
        push('refuse', time.office(rng, t, 0, 60), staff, { comment: pick(rng, WORDS.refuse) });
        return done();
      }
      if ((options.correction ?? (roll(0.03) ? 'intake' : null)) && !correct('submitted')) return done();
      push('approveOnSpot', time.office(rng, t, 0, 60), staff);
      if (!options.holdDelivery) push('deliver', time.later(t, 2 + randomInt(rng, 40)), staff);
      return done();
    }
    if (unit.commitment) {
      push('approveOnCommitment', time.office(rng, t, roll(0.6) ? 0 : 1), staff);
      postCheckEnd = checkEnd(rng, env, item, t);
      if (!options.holdDelivery) push('deliver', time.office(rng, t, roll(0.8) ? 0 : 1), staff);
      return done();
    }

    const licensing = item.type === 'licensing';
    let fate = options.fate ?? (roll(0.02) ? 'refuse' : roll(0.03) ? 'reject' : unit.applicant && roll(0.03) ? 'withdraw' : roll(0.008) ? 'terminate' : 'approve');
    let correction = options.correction !== undefined ? options.correction : roll(fate === 'terminate' ? 1 : 0.08) ? (opening === 'submitted' && roll(0.75) ? 'intake' : 'review') : null;
    if (opening === 'review' && (fate === 'refuse' || fate === 'withdraw')) fate = 'reject';
    if (opening === 'review' && correction === 'intake') correction = 'review';
    if (opening === 'submitted') {
      if (fate === 'withdraw') {
        push('withdraw', time.later(t, 30 + randomInt(rng, 2000)), unit.applicant!, { comment: pick(rng, WORDS.withdraw) });
        return done();
      }
      if (fate === 'refuse') {
        push('refuse', time.office(rng, t, intakeDays(rng)), staff, { comment: pick(rng, WORDS.refuse) });
        return done();
      }
      if (correction === 'intake') {
        if (!correct('submitted')) return done();
        push('accept', time.office(rng, t, randomInt(rng, 2)), staff);
      } else if (options.deem ?? roll(0.015)) {
        push('deemAccept', time.later(calendar.dueAt(t, { unit: 'workingDays', value: CORRECTION_NOTICE_DAYS }), 1 + randomInt(rng, 30)), env.system);
      } else {
        push('accept', time.office(rng, t, intakeDays(rng)), staff);
      }
    }
    // The clock runs: review, then decision, mostly well within the promised limit.
    const limit = Math.max(1, item.promisedLimitDays);
    const late = options.late ?? roll(0.04);
    const budget = options.days ?? (late ? limit + 1 + randomInt(rng, Math.ceil(limit / 3) + 1) : Math.floor(limit * (0.1 + 0.85 * rng() ** 1.4)));
    let review = Math.round(budget * (0.4 + 0.3 * rng()));
    const decision = budget - review;
    if (correction === 'review') {
      const before = Math.floor(review / 2);
      t = time.office(rng, t, before);
      review -= before;
      if (!correct('review')) return done();
    }
    if (options.suspend ?? (licensing && limit >= 5 && roll(0.03))) {
      push('suspend', time.office(rng, t, Math.floor(review / 2)), staff, { comment: pick(rng, WORDS.suspend) });
      push('resume', time.office(rng, t, 3 + randomInt(rng, 8)), staff);
      review = Math.ceil(review / 2);
    }
    push('passReview', time.office(rng, t, review), staff);
    const room = applicationsBulk.maxExtensionOf(item);
    if (room > 0 && (options.extend ?? (licensing && roll(0.015)))) {
      push('extend', time.office(rng, t, 0), env.leader, { comment: pick(rng, WORDS.extend), extension: Math.min(room, 5 + randomInt(rng, 6)) });
    }
    if (fate === 'reject') {
        push('reject', time.office(rng, t, decision), staff, { comment: pick(rng, WORDS.reject) });
        return done();
      }
    push('approve', time.office(rng, t, decision), staff);
    if (!options.holdDelivery) push('deliver', time.office(rng, t, roll(0.85) ? 0 : 1), staff);
    return done();
  } catch (err) {
    // A step after "now" (or in a year the calendar does not cover yet, which is after "now" too) is not taken.
    if (err instanceof Stop || err instanceof CalendarYearMissingError) return { steps, postCheckEnd, complete: false };
    throw err;
  }

  function done(): Life {
    return { steps, postCheckEnd, complete: true };
  }
}

/** When the post-check is concluded: some weeks after the approval, before its last day; most confirm the commitment. */
function checkEnd(rng: Rng, env: LifeEnv, item: LifeItem, approvedAt: Date): Life['postCheckEnd'] {
  const approvedOn = env.calendar.shanghaiDate(approvedAt);
  const dueOn = applicationsBulk.postCheckDueOn(approvedOn, item.postCheckMonths ?? 2);
  const days = Math.round((Date.parse(dueOn) - Date.parse(approvedOn)) / 86_400_000);
  const day = new Date(Date.parse(`${approvedOn}T00:00:00+08:00`) + (10 + randomInt(rng, Math.max(1, days - 12))) * 86_400_000);
  let at: Date;
  try {
    at = timeKit(env).office(rng, day, 0);
  } catch (err) {
    if (err instanceof CalendarYearMissingError) return null;
    throw err;
  }
  if (env.calendar.shanghaiDate(at) > dueOn) return null;
  const inspector = env.inspectorOf(item.implementingDepartmentId);
  return { action: 'pass', at, by: inspector.by, actorId: inspector.actorId, comment: pick(rng, WORDS.pass) };
}
