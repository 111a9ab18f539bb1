// SQL of the outreach figures for a period (the work report's 企业对接 **次, 实地走访 *次, 堵点项目 ***个,
// 推进会 *次, 解决率 **%, 明查暗访 *次). Definitions, for a period [from, to] of days:
// - contacts / visits: held in the period; enterprises contacted: distinct USCCs among them.
// - stewards: serving at some time in the period (assigned by `to`, not ended before `from`).
// - problems raised: raised in the period; solved: of those, answered 'solved' by the end of `to` (Beijing time).
// - blockers found: found in the period; solved: of those, solved by `to`. Projects blocked: projects with a
//   blocker found in the period; unblocked: of those, the ones with every such blocker solved by `to`.
//   Resolution rate = blockers solved ÷ blockers found (null when none were found).
// - coordination meetings and hall inspections: held in the period; findings: of those inspections.
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { queryRows, toNumber } from '../../platform/db/index.ts';

export interface PeriodCounts {
  contacts: number;
  visits: number;
  enterprisesContacted: number;
  stewards: number;
  problemsRaised: number;
  problemsSolved: number;
  projectsBlocked: number;
  blockersFound: number;
  blockersSolved: number;
  projectsUnblocked: number;
  coordinationMeetings: number;
  hallInspections: number;
  hallFindings: number;
}

export async function periodCounts(db: Db, from: string, to: string): Promise<PeriodCounts> {
  const f = sql`${from}::date`;
  const t = sql`${to}::date`;
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select
      (select count(*) from "outreach_contact" where "held_on" between ${f} and ${t}) as contacts,
      (select count(*) from "outreach_contact" where "held_on" between ${f} and ${t} and "kind" = 'visit') as visits,
      (select count(distinct "uscc") from "outreach_contact" where "held_on" between ${f} and ${t}) as enterprises,
      (select count(*) from "outreach_steward" where "assigned_on" <= ${t} and ("ended_on" is null or "ended_on" >= ${f})) as stewards,
      (select count(*) from "outreach_problem" where "raised_on" between ${f} and ${t}) as problems_raised,
      (select count(*) from "outreach_problem" where "raised_on" between ${f} and ${t} and "state" = 'solved'
         and ("solved_at" at time zone 'Asia/Shanghai')::date <= ${t}) as problems_solved,
      (select count(distinct "project_id") from "project_blocker" where "found_on" between ${f} and ${t}) as projects_blocked,
      (select count(*) from "project_blocker" where "found_on" between ${f} and ${t}) as blockers_found,
      (select count(*) from "project_blocker" where "found_on" between ${f} and ${t} and "state" = 'solved' and "solved_on" <= ${t}) as blockers_solved,
      (select count(*) from (select "project_id" from "project_blocker" where "found_on" between ${f} and ${t}
         group by "project_id" having bool_and("state" = 'solved' and "solved_on" <= ${t})) x) as projects_unblocked,
      (select count(*) from "project_meeting" where "held_on" between ${f} and ${t}) as meetings,
      (select count(*) from "hall_inspection" where "held_on" between ${f} and ${t}) as inspections,
      (select count(*) from "hall_finding" hf join "hall_inspection" hi on hi."id" = hf."inspection_id" where hi."held_on" between ${f} and ${t}) as findings`,
  );
  const n = (k: string) => toNumber(row![k]);
  return {
    contacts: n('contacts'),
    visits: n('visits'),
    enterprisesContacted: n('enterprises'),
    stewards: n('stewards'),
    problemsRaised: n('problems_raised'),
    problemsSolved: n('problems_solved'),
    projectsBlocked: n('projects_blocked'),
    blockersFound: n('blockers_found'),
    blockersSolved: n('blockers_solved'),
    projectsUnblocked: n('projects_unblocked'),
    coordinationMeetings: n('meetings'),
    hallInspections: n('inspections'),
    hallFindings: n('findings'),
  };
}

/** Blockers found in the period (and solved by its end) by stage, or by the department holding them. */
export async function blockersBy(db: Db, by: 'stage' | 'department_id', from: string, to: string): Promise<{ key: string; found: number; solved: number }[]> {
  const key = by === 'stage' ? sql`"stage"` : sql`"department_id"::text`;
  const rows = await queryRows<{ key: string; found: unknown; solved: unknown }>(
    db,
    sql`select ${key} as key, count(*) as found, count(*) filter (where "state" = 'solved' and "solved_on" <= ${to}::date) as solved
        from "project_blocker" where "found_on" between ${from}::date and ${to}::date group by 1 order by 2 desc, 1`,
  );
  return rows.map((r) => ({ key: r.key, found: toNumber(r.found), solved: toNumber(r.solved) }));
}
