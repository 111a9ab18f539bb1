// SQL for the catalogue's figures: statistics and the public catalogue's facets, over published
// editions only. Counts are made by the database and normalised with toNumber (int8 is a string on pg).
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { queryRows, toNumber } from '../../platform/db/index.ts';
import { bundles, serviceItems } from './tables.ts';

const published = eq(serviceItems.status, 'published');

export async function itemTotals(db: Db) {
  const [row] = await db
    .select({
      items: count(),
      fullyOnline: sql<number>`count(*) filter (where ${serviceItems.fullyOnline})`,
      mobile: sql<number>`count(*) filter (where ${serviceItems.mobile})`,
      onTheSpot: sql<number>`count(*) filter (where ${serviceItems.onTheSpot})`,
      zeroVisits: sql<number>`count(*) filter (where ${serviceItems.visits} = 0)`,
      commitmentAllowed: sql<number>`count(*) filter (where ${serviceItems.commitmentAllowed})`,
      ratio: sql<number | null>`avg(${serviceItems.promisedLimitDays}::float8 / ${serviceItems.legalLimitDays}) filter (where ${serviceItems.legalLimitDays} > 0)`,
    })
    .from(serviceItems)
    .where(published);
  return {
    items: toNumber(row?.items),
    fullyOnline: toNumber(row?.fullyOnline),
    mobile: toNumber(row?.mobile),
    onTheSpot: toNumber(row?.onTheSpot),
    zeroVisits: toNumber(row?.zeroVisits),
    commitmentAllowed: toNumber(row?.commitmentAllowed),
    promisedToLegalRatio: row?.ratio === null || row?.ratio === undefined ? null : toNumber(row.ratio),
  };
}

export async function byDepartment(db: Db) {
  const rows = await db
    .select({ departmentId: serviceItems.implementingDepartmentId, count: count(), fullyOnline: sql<number>`count(*) filter (where ${serviceItems.fullyOnline})` })
    .from(serviceItems)
    .where(published)
    .groupBy(serviceItems.implementingDepartmentId)
    .orderBy(asc(serviceItems.implementingDepartmentId));
  return rows.map((r) => ({ departmentId: r.departmentId, count: toNumber(r.count), fullyOnline: toNumber(r.fullyOnline) }));
}

const columns = { type: serviceItems.type, onlineDepth: serviceItems.onlineDepth, reformMode: serviceItems.reformMode, crossRegion: serviceItems.crossRegion } as const;

/** Published items counted by one column (null values left out). */
export async function countBy<K extends keyof typeof columns>(db: Db, column: K) {
  const c = columns[column];
  const rows = await db
    .select({ key: c, count: count() })
    .from(serviceItems)
    .where(and(published, sql`${c} is not null`))
    .groupBy(c)
    .orderBy(asc(c));
  return rows.map((r) => ({ key: r.key as NonNullable<(typeof r)['key']>, count: toNumber(r.count) }));
}

export async function bundleTotals(db: Db) {
  const [row] = await db
    .select({ total: count(), life: sql<number>`count(*) filter (where ${bundles.kind} = 'life')`, business: sql<number>`count(*) filter (where ${bundles.kind} = 'business')` })
    .from(bundles)
    .where(eq(bundles.status, 'published'));
  return { total: toNumber(row?.total), life: toNumber(row?.life), business: toNumber(row?.business) };
}

/** Published items per element of a jsonb array column (events, themes). */
async function countByArray(db: Db, column: 'events' | 'themes') {
  const c = serviceItems[column];
  const rows = await queryRows<{ key: string; n: unknown }>(
    db,
    sql`select e.value as key, count(*) as n from ${serviceItems}, jsonb_array_elements_text(${c}) as e(value) where ${serviceItems.status} = 'published' group by e.value order by e.value`,
  );
  return rows.map((r) => ({ key: r.key, count: toNumber(r.n) }));
}

export const itemsByEvent = (db: Db) => countByArray(db, 'events');
export const itemsByTheme = (db: Db) => countByArray(db, 'themes');

export async function bundlesByEvent(db: Db) {
  const rows = await db.select({ key: bundles.event, count: count() }).from(bundles).where(eq(bundles.status, 'published')).groupBy(bundles.event).orderBy(asc(bundles.event));
  return rows.map((r) => ({ key: r.key, count: toNumber(r.count) }));
}

/** Codes of the published items that are fully online (全程网办), for the applications' fully-online share. */
export async function fullyOnlineCodes(db: Db): Promise<string[]> {
  const rows = await db.select({ code: serviceItems.code }).from(serviceItems).where(and(published, eq(serviceItems.fullyOnline, true)));
  return rows.map((r) => r.code);
}
