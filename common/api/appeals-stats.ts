// 接诉即办 statistics: 三率 (响应率, 解决率, 满意率) per unit and period with the other rates the office reads
// (on-time completion, returns, repeats, direct answers), a composite score and a ranking that leaves out units
// with too small a sample; and hot spots (热点) by category × area over weeks or months against the period
// before, for 未诉先办 reports. Every rate comes with the counts it is made of. Formulas: server/modules/appeals/
// service/stats.ts.
import { z } from 'zod';
import { isoDate } from './dates.ts';

const date = isoDate;
const rate = z.number().min(0).max(1).nullable();

export const ratesQuery = z.object({
  /** The period, by the ticket's creation day in Asia/Shanghai, both ends included (default: the last 30 days). */
  from: date.optional(),
  to: date.optional(),
  /** One unit only (a handler may ask for their own). */
  departmentId: z.string().uuid('编号格式不对 / not a valid id').optional(),
});
export type RatesQuery = z.infer<typeof ratesQuery>;

/** The counts of a group of tickets and the rates made of them (null where the base is empty). */
export const rateFigures = z.object({
  /** Tickets created in the period. */
  tickets: z.number().int(),
  /** Dispatched to a unit (派单) — a 政务失信 report counts as dispatched to its verifier. */
  dispatched: z.number().int(),
  /** 响应率's base: signed for (in time or late), or still unsigned past the sign-for time. */
  signDue: z.number().int(),
  signedOnTime: z.number().int(),
  /** 回访: the requester was reached. */
  calledBack: z.number().int(),
  solved: z.number().int(),
  satisfied: z.number().int(),
  basic: z.number().int(),
  unsatisfied: z.number().int(),
  /** Answered (on time or late): the base of the on-time completion rate. */
  completed: z.number().int(),
  onTime: z.number().int(),
  returned: z.number().int(),
  reopened: z.number().int(),
  extended: z.number().int(),
  merged: z.number().int(),
  answered: z.number().int(),
  invalid: z.number().int(),
  open: z.number().int(),
  responseRate: rate,
  resolutionRate: rate,
  satisfactionRate: rate,
  onTimeRate: rate,
  returnRate: rate,
  repeatRate: rate,
  directAnswerRate: rate,
  /** Weighted 三率 × 100, null when one of them has no base. */
  score: z.number().nullable(),
});
export type RateFigures = z.infer<typeof rateFigures>;

export const unitRates = rateFigures.extend({
  departmentId: z.string(),
  departmentName: z.string(),
  /** 1 = best; null when not ranked (the sample is too small, or no score). Ties share a rank. */
  rank: z.number().int().nullable(),
  /** Fewer called-back tickets than the minimum sample: shown, not ranked. */
  insufficientSample: z.boolean(),
  /** '样本不足' when the sample is too small. */
  note: z.string().nullable(),
});
export type UnitRates = z.infer<typeof unitRates>;

export const ratesReply = z.object({
  from: date,
  to: date,
  weights: z.object({ response: z.number(), resolution: z.number(), satisfaction: z.number() }),
  minSample: z.number().int(),
  /** all: the city and every unit; department: only the viewer's own unit (the total is that unit's). */
  scope: z.enum(['all', 'department']),
  /** The city's figures (every ticket of the period, direct answers and undispatched ones included). */
  total: rateFigures,
  /** Units by rank (ranked first), then by name. */
  units: z.array(unitRates),
});
export type RatesReply = z.infer<typeof ratesReply>;

export const HOTSPOT_BUCKETS = ['week', 'month'] as const;
export const HOTSPOT_GROUPS = ['categoryArea', 'category', 'area'] as const;

export const hotspotsQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  /** Weeks start on Monday (Asia/Shanghai). */
  bucket: z.enum(HOTSPOT_BUCKETS).default('week'),
  groupBy: z.enum(HOTSPOT_GROUPS).default('categoryArea'),
  top: z.coerce.number().int().min(1).max(100).default(10),
  /** A category and those under it (code or code-…). */
  categoryCode: z.string().trim().min(1).max(40).optional(),
  areaCode: z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字 / an area code has 6 digits').optional(),
  departmentId: z.string().uuid('编号格式不对 / not a valid id').optional(),
});
export type HotspotsQuery = z.infer<typeof hotspotsQuery>;

const change = {
  count: z.number().int(),
  /** The same number of days just before `from`. */
  previous: z.number().int(),
  change: z.number().int(),
  /** (count − previous) ÷ previous; null when there was none before. */
  changeRate: z.number().nullable(),
};

export const hotspotItem = z.object({
  categoryCode: z.string().nullable(),
  categoryName: z.string().nullable(),
  categoryNameEn: z.string().nullable(),
  areaCode: z.string().nullable(),
  areaName: z.string().nullable(),
  areaNameEn: z.string().nullable(),
  ...change,
  /** Tickets per bucket, aligned with the reply's `buckets`. */
  series: z.array(z.number().int()),
});
export type HotspotItem = z.infer<typeof hotspotItem>;

export const hotspotsReply = z.object({
  from: date,
  to: date,
  previousFrom: date,
  previousTo: date,
  bucket: z.enum(HOTSPOT_BUCKETS),
  groupBy: z.enum(HOTSPOT_GROUPS),
  scope: z.enum(['all', 'department']),
  /** Each bucket's first day (a week's Monday, a month's 1st); the first and last may be cut by the period. */
  buckets: z.array(date),
  total: z.object({ ...change, series: z.array(z.number().int()) }),
  /** The top groups by count in the period (ties: the larger rise first). */
  items: z.array(hotspotItem),
});
export type HotspotsReply = z.infer<typeof hotspotsReply>;
