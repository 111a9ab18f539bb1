// A year of 好差评 for the metrics benchmark: N ratings (default 1 000 000) over the last 365 days on the demo
// city's published items, departments and halls, written with the room's bulk insert (ratings and their
// tally in one transaction per batch). Mixes follow what a city sees: channels online ~75% / window ~20% /
// public ~5%; levels 5:78% 4:15% 3:4.5% 2:1.7% 1:0.8% (departments differ a little); items by popularity
// (a few items take most cases). Every online rating answers an invitation (the service requires one) and
// about 15% of invitations stay unrated; every window rating answers a window visit, about 8% of visits stay
// unrated. 差评 carry their loop mirror as the loop would have left it by now (most older ones closed, called
// back, on time or not; recent and a few stuck ones open) with a fresh loop id: the metrics need no
// workflow_case row, so none is written. Contents are filler; seeded, so a run is repeatable.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { shanghaiDate } from '../common/calendar/index.ts';
import { createRng, type Rng } from '../common/ids/index.ts';
import { evaluationsBulk } from '../server/modules/evaluations/index.ts';
import { queryRows, uuidv7 } from '../server/platform/db/index.ts';
import type { Services } from '../server/services.ts';

type NewRating = evaluationsBulk.NewRating;
type NewInvitation = evaluationsBulk.NewInvitation;
type NewWindowSession = evaluationsBulk.NewWindowSession;

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Online 一事一评 ratings per invitation (the rest of the invitations are never rated). */
const ONLINE_RATING_RATE = 0.85;
const WINDOW_RATING_RATE = 0.92;
const COMMENTS_GOOD = ['办事效率高，工作人员很耐心', '一次办好，不用跑腿', '网上办理很方便', '材料一次告知清楚', '窗口服务热情'];
const COMMENTS_BAD = ['等待时间太长', '材料要求前后说法不一致', '系统多次提交失败', '工作人员态度生硬', '办理时限超出承诺', '需要重复提交材料'];

export interface EvaluationsData {
  ratings: number;
  invitations: number;
  sessions: number;
  bad: number;
  loopsOpen: number;
  loopsClosed: number;
  tallyRows: number;
  items: number;
  halls: number;
  departments: number;
  seconds: number;
  /** The department with the most ratings (for the filtered scenario). */
  busiestDepartment: string;
  skipped: boolean;
}

interface ItemRef {
  code: string;
  name: string;
  departmentId: string;
}

/** Picks from weights in O(log n). */
function picker<T>(values: T[], weights: number[]): (rng: Rng) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return (rng) => {
    const x = rng() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  };
}

const expo = (rng: Rng, mean: number) => -Math.log(1 - rng()) * mean;

/**
 * Writes `total` ratings (and their invitations and window visits) unless the database already holds that many
 * (so a re-run against the same DATABASE_URL measures the same data).
 */
export async function generateEvaluations(services: Services, o: { total: number; seed?: number; now?: Date; batch?: number; log?: (line: string) => void }): Promise<EvaluationsData> {
  const log = o.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const rng = createRng(o.seed ?? 2026);
  const now = o.now ?? new Date();
  const batch = o.batch ?? 20_000;
  const db = services.database.db;

  const departments = await services.org.departments.listDepartments();
  const cityHall = departments.find((d) => d.code === 'HHHT-ZWFW');
  const halls = [...(cityHall ? [cityHall] : []), ...departments.filter((d) => /^HHHT-[A-Z]+-ZWFW$/.test(d.code))];
  if (!halls.length) throw new Error('no government service halls: seed the demo city first');
  const items: ItemRef[] = [];
  for (let page = 1; ; page++) {
    const got = await services.catalog.items.list({ page, pageSize: 200, status: 'published' }, 'public');
    items.push(...got.items.map((i) => ({ code: i.code, name: i.name, departmentId: i.implementingDepartmentId })));
    if (items.length >= got.total || !got.items.length) break;
  }
  if (!items.length) throw new Error('no published items: seed the demo city with its catalogue first');

  const summary = async (skipped: boolean): Promise<EvaluationsData> => {
    const [counts] = await queryRows<Record<string, string | number>>(
      db,
      sql`select (select count(*) from rating) as ratings, (select count(*) from evaluation_invitation) as invitations, (select count(*) from evaluation_window_session) as sessions,
                 (select count(*) from rating where level <= 2) as bad, (select count(*) from rating where loop_state = 'closed') as closed,
                 (select count(*) from rating where level <= 2 and loop_state <> 'closed') as open, (select count(*) from evaluation_tally) as tally,
                 (select department_id::text from rating group by department_id order by count(*) desc limit 1) as busiest`,
    );
    const n = (k: string) => Number(counts![k] ?? 0);
    return {
      ratings: n('ratings'),
      invitations: n('invitations'),
      sessions: n('sessions'),
      bad: n('bad'),
      loopsOpen: n('open'),
      loopsClosed: n('closed'),
      tallyRows: n('tally'),
      items: items.length,
      halls: halls.length,
      departments: new Set(items.map((i) => i.departmentId)).size,
      seconds: (performance.now() - started) / 1000,
      busiestDepartment: String(counts!.busiest ?? ''),
      skipped,
    };
  };
  const [existing] = await queryRows<{ n: string }>(db, sql`select count(*) as n from rating`);
  if (Number(existing!.n) >= o.total) {
    log(`  ${existing!.n} ratings exist already; none added`);
    return summary(true);
  }

  // Popularity: a seeded shuffle of the items with Zipf-like weights (s = 0.9); halls: the city hall busiest.
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const pickItem = picker(shuffled, shuffled.map((_, i) => 1 / (i + 1) ** 0.9));
  const pickHall = picker(halls, halls.map((h, i) => (h === cityHall ? 4 : 1 + ((i * 7) % 5) / 4)));
  const reviewed = [...halls, ...departments.filter((d) => items.some((i) => i.departmentId === d.id))];
  const pickReviewed = picker(reviewed, reviewed.map((d) => (halls.includes(d) ? 3 : 1)));
  // Some departments do a little better or worse than others (a 差评 factor of 0.5–1.5).
  const badFactor = new Map(departments.map((d) => [d.id, 0.5 + rng()]));

  const today = shanghaiDate(now);
  const todayStart = Date.parse(`${today}T00:00:00+08:00`);
  /** An instant on one of the last 365 days; weekends weigh `weekend` as much as a weekday. */
  const instant = (weekend: number, fromHour: number, hours: number): Date => {
    for (;;) {
      const k = Math.floor(rng() * 365);
      const dayStart = todayStart - k * DAY;
      const weekday = new Date(dayStart + 12 * HOUR).getUTCDay();
      if ((weekday === 0 || weekday === 6) && rng() > weekend) continue;
      const t = dayStart + (fromHour + rng() * hours) * HOUR;
      return new Date(t <= now.getTime() ? t : todayStart + rng() * (now.getTime() - todayStart));
    }
  };
  const levelOf = (departmentId: string): number => {
    const f = badFactor.get(departmentId) ?? 1;
    const r = rng();
    if (r < 0.008 * f) return 1;
    if (r < 0.025 * f) return 2;
    const rest = rng() * 0.975;
    return rest < 0.78 ? 5 : rest < 0.93 ? 4 : 3;
  };
  const scoreSet = (level: number, at: Date) => {
    const dimensions: Record<string, number> = {};
    if (rng() < 0.4) for (const d of ['speed', 'attitude', 'convenience']) dimensions[d] = Math.max(1, Math.min(5, level + (rng() < 0.2 ? -1 : 0)));
    const comment = level <= 2 ? (rng() < 0.9 ? COMMENTS_BAD[Math.floor(rng() * COMMENTS_BAD.length)]! : null) : rng() < 0.1 ? COMMENTS_GOOD[Math.floor(rng() * COMMENTS_GOOD.length)]! : null;
    return { level, dimensions, comment, ratedAt: at.toISOString() };
  };

  /** The loop mirror of a 差评 as its loop stands now (calendar days stand in for working days: 5 ≈ 7, 15 ≈ 21). */
  const loopOf = (ratedAt: Date): Partial<NewRating> => {
    const at = ratedAt.getTime();
    const stuck = rng() < 0.015;
    const decided = at + (0.1 + Math.min(10, expo(rng, 1.2))) * DAY;
    const r = rng();
    const decision = r < 0.55 ? 'fixed' : r < 0.85 ? 'explained' : 'ledger';
    const fixDays = decision === 'ledger' ? 3 + rng() * 20 : 0;
    const fixed = decided + fixDays * DAY;
    const called = fixed + (0.2 + Math.min(6, expo(rng, 1))) * DAY;
    const t = now.getTime();
    const mirror: Partial<NewRating> = { loopId: uuidv7(), loopState: 'verifying', loopDecision: null, calledBackAt: null, callbackContacted: null, callbackSatisfied: null, loopClosedAt: null, loopOnTime: null, version: 1, updatedAt: ratedAt };
    if (t < decided || (stuck && rng() < 0.3)) return mirror;
    mirror.loopDecision = decision;
    mirror.version = 2;
    mirror.updatedAt = new Date(decided);
    if (decision === 'ledger' && (t < fixed || (stuck && rng() < 0.5))) return { ...mirror, loopState: 'rectifying' };
    if (decision === 'ledger') {
      mirror.version = 3;
      mirror.updatedAt = new Date(fixed);
    }
    if (t < called || stuck) return { ...mirror, loopState: 'callback' };
    const contacted = rng() < 0.95;
    const elapsedDays = (called - at) / DAY - fixDays;
    return {
      ...mirror,
      loopState: 'closed',
      calledBackAt: new Date(called),
      callbackContacted: contacted,
      callbackSatisfied: contacted ? rng() < 0.88 : null,
      loopClosedAt: new Date(called),
      loopOnTime: elapsedDays <= 7 && fixDays <= 21,
      version: (mirror.version ?? 1) + 1,
      updatedAt: new Date(called),
    };
  };

  const base = (level: number, ratedAt: Date, loop: boolean): Pick<NewRating, 'first' | 'supplement' | 'level' | 'ratedAt' | 'status' | 'createdAt'> & Partial<NewRating> => ({
    first: scoreSet(level, ratedAt),
    supplement: null,
    level,
    ratedAt,
    status: 'valid',
    createdAt: ratedAt,
    ...(loop ? loopOf(ratedAt) : { loopId: null, loopState: null, loopDecision: null, calledBackAt: null, callbackContacted: null, callbackSatisfied: null, loopClosedAt: null, loopOnTime: null, version: 1, updatedAt: ratedAt }),
  });

  let serial = 0;
  const numberOf = (at: Date) => `BJ${shanghaiDate(at).replaceAll('-', '')}${String(++serial % 1_000_000).padStart(6, '0')}`;
  const invitationFor = (item: ItemRef, endedAt: Date, ratingId: string | null, subjectId: string, raterUserId: string): NewInvitation => ({
    id: uuidv7(),
    subjectType: 'application',
    subjectId,
    raterUserId,
    departmentId: item.departmentId,
    itemCode: item.code,
    hallId: null,
    title: item.name,
    number: numberOf(endedAt),
    endedAt,
    rateUntil: new Date(endedAt.getTime() + 30 * DAY),
    ratingId,
  });
  // A few clerks per hall (ids only: the metrics never read them).
  const clerks = new Map(halls.map((h) => [h.id, Array.from({ length: 6 }, () => uuidv7())]));
  const sessionFor = (hallId: string, departmentId: string, item: ItemRef | null, createdAt: Date, ratingId: string | null): NewWindowSession => {
    const id = uuidv7();
    return { id, tokenHash: `bench-${id}`, clerkId: clerks.get(hallId)![Math.floor(rng() * 6)]!, hallId, departmentId, applicationId: null, itemCode: item?.code ?? null, service: item ? '受理' : '咨询', expiresAt: new Date(createdAt.getTime() + 30 * 60_000), ratingId, createdAt };
  };

  const start = Number(existing!.n);
  log(`  generating ${o.total - start} ratings over ${items.length} items, ${halls.length} halls (batches of ${batch})`);
  let lastLog = performance.now();
  for (let done = start; done < o.total; ) {
    const size = Math.min(batch, o.total - done);
    const ratings: NewRating[] = [];
    const invitations: NewInvitation[] = [];
    const sessions: NewWindowSession[] = [];
    for (let n = 0; n < size; n++) {
      const id = uuidv7();
      const c = rng();
      if (c < 0.75) {
        // 一事一评: the applicant rates a finished application, usually within a day or two of its end.
        const item = pickItem(rng);
        const ratedAt = instant(0.6, 7, 16);
        const endedAt = new Date(ratedAt.getTime() - Math.min(29, expo(rng, 1.5)) * DAY);
        const level = levelOf(item.departmentId);
        const subjectId = uuidv7();
        const rater = uuidv7();
        const invitation = invitationFor(item, endedAt, id, subjectId, rater);
        invitations.push(invitation);
        const realName = rng() < 0.85;
        ratings.push({ id, channel: 'online', subjectType: 'application', subjectId, subjectTitle: item.name, subjectNumber: invitation.number, departmentId: item.departmentId, itemCode: item.code, hallId: null, raterUserId: rater, realName, sourceHash: null, ...base(level, ratedAt, level <= 2) });
        // Cases that ended and were never rated (the rating rate's denominator).
        if (rng() < (1 - ONLINE_RATING_RATE) / ONLINE_RATING_RATE) {
          const other = pickItem(rng);
          invitations.push(invitationFor(other, instant(0.3, 9, 8), null, uuidv7(), uuidv7()));
        }
      } else if (c < 0.95) {
        // 一次一评 at a hall: a visit for an item (rated against its department) or advice (against the hall).
        const hall = pickHall(rng);
        const item = rng() < 0.7 ? pickItem(rng) : null;
        const departmentId = item?.departmentId ?? hall.id;
        const ratedAt = instant(0.15, 9, 8.5);
        const level = levelOf(departmentId);
        const session = sessionFor(hall.id, departmentId, item, new Date(ratedAt.getTime() - rng() * 10 * 60_000), id);
        sessions.push(session);
        ratings.push({ id, channel: 'window', subjectType: 'windowVisit', subjectId: session.id, subjectTitle: `${session.service}：${item?.name ?? hall.name}`, subjectNumber: null, departmentId, itemCode: item?.code ?? null, hallId: hall.id, raterUserId: null, realName: false, sourceHash: null, ...base(level, ratedAt, level <= 2) });
        if (rng() < (1 - WINDOW_RATING_RATE) / WINDOW_RATING_RATE) {
          const other = pickItem(rng);
          sessions.push(sessionFor(hall.id, other.departmentId, other, instant(0.15, 9, 8.5), null));
        }
      } else {
        // 综合点评 of a hall or department, anonymous.
        const d = pickReviewed(rng);
        const ratedAt = instant(0.8, 6, 18);
        const level = levelOf(d.id);
        ratings.push({ id, channel: 'public', subjectType: 'department', subjectId: d.id, subjectTitle: d.name, subjectNumber: null, departmentId: d.id, itemCode: null, hallId: null, raterUserId: null, realName: false, sourceHash: `bench-${Math.floor(rng() * 200_000)}`, ...base(level, ratedAt, level <= 2) });
      }
    }
    await db.transaction(async (tx) => {
      await evaluationsBulk.insertRatings(tx, { invitations, sessions, simulated: { ratings, cases: [], history: [], queue: [] } });
    });
    done += size;
    if (performance.now() - lastLog > 10_000 || done === o.total) {
      lastLog = performance.now();
      log(`  ${done} / ${o.total} ratings · ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  }
  return summary(false);
}
