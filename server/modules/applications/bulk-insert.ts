// Writing simulated applications (bulk.ts) many rows a statement, for the demo seed and benchmarks.
import type { Db } from '../../platform/db/index.ts';
import { emitEvent, EVENT_TYPES } from '../../platform/events/index.ts';
import { workflowBulk } from '../../platform/workflow/index.ts';
import type { SimulatedRows } from './bulk.ts';
import * as repo from './repository.ts';

/** Writes simulated rows, many a statement; returns how many applications went in. */
export async function insertSimulated(tx: Db, simulated: SimulatedRows[]): Promise<number> {
  const all = (key: Exclude<keyof SimulatedRows, 'events' | 'sequences'>) => simulated.flatMap((s) => s[key] as never[]);
  const applications = all('applications') as repo.NewApplication[];
  await repo.insertApplications(tx, applications);
  await workflowBulk.insertCases(tx, all('cases'));
  await workflowBulk.insertHistories(tx, all('history'));
  await workflowBulk.insertAssignments(tx, all('queue'));
  await repo.insertPostChecks(tx, all('postChecks'));
  await repo.insertBlocks(tx, all('blocks'));
  for (const event of simulated.flatMap((s) => s.events)) await emitEvent(tx, { type: EVENT_TYPES.commitmentBreached, ...event });
  const last = new Map<string, { prefix: string; day: string; last: number }>();
  for (const s of simulated.flatMap((x) => x.sequences)) {
    const key = `${s.prefix}|${s.day}`;
    if ((last.get(key)?.last ?? 0) < s.last) last.set(key, s);
  }
  await repo.raiseSequences(tx, [...last.values()]);
  return applications.length;
}
