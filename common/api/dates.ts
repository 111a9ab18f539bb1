// A calendar date in a request or reply (YYYY-MM-DD): one schema for every module, so a date of the right shape that
// does not exist (2026-02-30) is refused as bad input everywhere instead of reaching the database.
import { z } from 'zod';
import { isIsoDate } from '../calendar/index.ts';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A date that exists (year 0001 on: PostgreSQL has no year 0). Range checks of a field's own are the caller's. */
export const isoDate = z
  .string()
  .superRefine((value, ctx) => {
    if (!SHAPE.test(value)) ctx.addIssue({ code: 'custom', message: '日期应为 YYYY-MM-DD / must be a date as YYYY-MM-DD' });
    else if (!isIsoDate(value) || value < '0001-01-01') ctx.addIssue({ code: 'custom', message: `${value} 不是有效日期（应为 YYYY-MM-DD） / ${value} is not a real date (YYYY-MM-DD)` });
  })
  .describe('YYYY-MM-DD');
