// SQL of the appeals room: tickets, their numbers, their timeline, categories and the dispatch catalogue.
// Hot writes are PendingWrites (one statement per step, server/platform/db/writes.ts).
import { and, asc, eq, gte, ilike, inArray, isNull, lt, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, PendingWrite } from '../../platform/db/index.ts';
import { decodeRow, insertRow, insertRows, runStatement, selectById, toNumber, updateRow } from '../../platform/db/index.ts';
import { appealCategories, appealDispatchRules, appealSettings, appealTickets, appealUpdates } from './tables.ts';

export type TicketRow = typeof appealTickets.$inferSelect;
export type NewTicket = typeof appealTickets.$inferInsert;
export type UpdateRow = typeof appealUpdates.$inferSelect;
export type NewUpdate = typeof appealUpdates.$inferInsert;
export type CategoryRow = typeof appealCategories.$inferSelect;
export type DispatchRuleRow = typeof appealDispatchRules.$inferSelect;

/** Newest first, as the created_at indexes are built (desc nulls last), so the planner reads them in order. */
const NEWEST = sql`${appealTickets.createdAt} desc nulls last`;

export const OPEN_STATES = ['dispatching', 'signing', 'handling', 'returned', 'callback', 'verifying', 'rectifying', 'feedback'];

/** The day's next 工单编号 drawn inside a batch (CTE `drawn_ticket`): 'GD' + yyyyMMdd + 6 digits (more past 999 999). */
export const drawNumberWrite = (day: string): PendingWrite => ({
  as: 'drawn_ticket',
  text:
    'insert into "appeal_sequence" ("day", "last") values ($1, 1) on conflict ("day") do update set "last" = "appeal_sequence"."last" + 1 ' +
    `returning $2::text || case when "last" < 1000000 then lpad("last"::text, 6, '0') else "last"::text end as "number"`,
  params: [day, `GD${day.replaceAll('-', '')}`],
});
export const DRAWN_TICKET_NUMBER = '(select "number" from drawn_ticket)';

/** A ticket inserted with the number its batch draws (drawNumberWrite). */
export const insertTicketWrite = (row: Omit<NewTicket, 'number'>): PendingWrite => insertRow(appealTickets, row, { computed: { number: DRAWN_TICKET_NUMBER } });

export const findTicket = (db: Db, id: string) => selectById<TicketRow>(db, appealTickets, id);

export async function ticketNumber(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ number: appealTickets.number }).from(appealTickets).where(eq(appealTickets.id, id));
  return row?.number ?? null;
}

export async function ticketsByIds(db: Db, ids: string[]): Promise<TicketRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(appealTickets).where(inArray(appealTickets.id, ids));
}

/** A versioned update of the ticket row (refused as 'version' when someone changed it meanwhile). */
export function updateTicketWrite(id: string, version: number, changes: Partial<NewTicket>, increment: string[] = []): PendingWrite {
  return updateRow(appealTickets, { ...changes, updatedAt: new Date() }, { id, version }, { increment: ['version', ...increment], required: 'version' });
}

/** The mirror columns written with an engine step (the engine's own version check guards the case). */
export function mirrorTicketWrite(id: string, changes: Partial<NewTicket>, increment: string[] = []): PendingWrite {
  return updateRow(appealTickets, { ...changes, updatedAt: new Date() }, { id }, { increment: ['version', ...increment] });
}

export const insertUpdateWrite = (row: NewUpdate): PendingWrite => insertRow(appealUpdates, row);

export async function updatesOf(db: Db, ticketId: string): Promise<UpdateRow[]> {
  return db.select().from(appealUpdates).where(eq(appealUpdates.ticketId, ticketId)).orderBy(asc(appealUpdates.at), asc(appealUpdates.id));
}

export interface TicketFilter {
  /** Tickets whose lead or support units are among these ('all' for no limit). */
  departments: 'all' | string[];
  /** Confidential tickets are shown to the hotline and their lead unit only. */
  confidentialFor: 'all' | string[];
  requesterUserId?: string;
  ids?: string[];
  state?: string;
  kind?: string;
  channel?: string;
  categoryCode?: string;
  leadDepartmentId?: string;
  q?: string;
  from?: Date;
  to?: Date;
}

function conditionsOf(f: TicketFilter): SQL[] {
  const c: SQL[] = [];
  if (f.departments !== 'all') {
    const ids = f.departments.length ? f.departments : ['00000000-0000-0000-0000-000000000000'];
    c.push(or(inArray(appealTickets.leadDepartmentId, ids), sql`jsonb_exists_any(${appealTickets.supportDepartmentIds}, array[${sql.join(
      ids.map((i) => sql`${i}`),
      sql`, `,
    )}]::text[])`)!);
  }
  if (f.confidentialFor !== 'all') {
    const ids = f.confidentialFor.length ? f.confidentialFor : ['00000000-0000-0000-0000-000000000000'];
    c.push(or(eq(appealTickets.confidential, false), inArray(appealTickets.leadDepartmentId, ids))!);
  }
  if (f.requesterUserId) c.push(eq(appealTickets.requesterUserId, f.requesterUserId));
  if (f.ids) c.push(f.ids.length ? inArray(appealTickets.id, f.ids) : sql`false`);
  if (f.state === 'open') c.push(inArray(appealTickets.state, OPEN_STATES));
  else if (f.state) c.push(eq(appealTickets.state, f.state));
  if (f.kind) c.push(eq(appealTickets.kind, f.kind));
  if (f.channel) c.push(eq(appealTickets.channel, f.channel));
  if (f.categoryCode) c.push(or(eq(appealTickets.categoryCode, f.categoryCode), sql`${appealTickets.categoryCode} like ${`${f.categoryCode}-%`}`)!);
  if (f.leadDepartmentId) c.push(eq(appealTickets.leadDepartmentId, f.leadDepartmentId));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    c.push(or(eq(appealTickets.number, f.q), ilike(appealTickets.title, like))!);
  }
  if (f.from) c.push(gte(appealTickets.createdAt, f.from));
  if (f.to) c.push(lt(appealTickets.createdAt, f.to));
  return c;
}

export async function listTickets(db: Db, f: TicketFilter, page: number, pageSize: number): Promise<{ rows: TicketRow[]; total: number }> {
  const where = and(...conditionsOf(f));
  const rows = await db
    .select()
    .from(appealTickets)
    .where(where)
    .orderBy(NEWEST, asc(appealTickets.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  // Counting stops at 10 000 rows: a page count beyond that helps nobody and would scan a year of tickets.
  const counted = await db.select({ n: sql<number>`count(*)` }).from(db.select({ one: sql`1` }).from(appealTickets).where(where).limit(10000).as('t'));
  return { rows, total: toNumber(counted[0]!.n) };
}

/** Open tickets like this one: the same caller (phone index or account) or the same place and category, within the window. */
export async function repeatsOf(db: Db, t: TicketRow, since: Date): Promise<TicketRow[]> {
  const same: SQL[] = [and(eq(appealTickets.areaCode, t.areaCode), eq(appealTickets.categoryCode, t.categoryCode))!];
  if (t.requesterPhoneIndex) same.push(eq(appealTickets.requesterPhoneIndex, t.requesterPhoneIndex));
  if (t.requesterUserId) same.push(eq(appealTickets.requesterUserId, t.requesterUserId));
  return db
    .select()
    .from(appealTickets)
    .where(and(ne(appealTickets.id, t.id), gte(appealTickets.createdAt, since), inArray(appealTickets.state, OPEN_STATES), isNull(appealTickets.mergedInto), or(...same)))
    .orderBy(NEWEST)
    .limit(10);
}

/** A caller's tickets by their phone's blind index, newest first. */
export async function ticketsOfPhone(db: Db, phoneIndex: string, limit = 20): Promise<TicketRow[]> {
  return db.select().from(appealTickets).where(eq(appealTickets.requesterPhoneIndex, phoneIndex)).orderBy(NEWEST).limit(limit);
}

// ---- categories and the dispatch catalogue ----

export async function listCategories(db: Db): Promise<CategoryRow[]> {
  return db.select().from(appealCategories).orderBy(asc(appealCategories.sortOrder), asc(appealCategories.code));
}

export function upsertCategoriesWrite(rows: CategoryRow[]): PendingWrite {
  return insertRows(appealCategories, rows, {
    key: ['code'],
    replace: ['parentCode', 'name', 'nameEn', 'description', 'keywords', 'defaultKind', 'utility', 'attributes', 'active', 'sortOrder'],
  });
}

export async function listDispatchRules(db: Db, categoryCode?: string): Promise<DispatchRuleRow[]> {
  return db
    .select()
    .from(appealDispatchRules)
    .where(categoryCode ? eq(appealDispatchRules.categoryCode, categoryCode) : undefined)
    .orderBy(asc(appealDispatchRules.categoryCode), asc(appealDispatchRules.areaCode));
}

export const findDispatchRule = (db: Db, id: string) => selectById<DispatchRuleRow>(db, appealDispatchRules, id);
export const insertDispatchRuleWrite = (row: typeof appealDispatchRules.$inferInsert) => insertRow(appealDispatchRules, row);
export const updateDispatchRuleWrite = (id: string, version: number, changes: Partial<DispatchRuleRow>) =>
  updateRow(appealDispatchRules, { ...changes, updatedAt: new Date() }, { id, version }, { increment: ['version'], required: 'version' });
export const deleteDispatchRuleWrite = (id: string, version: number): PendingWrite => ({
  text: 'delete from "appeal_dispatch_rule" where "id" = $1 and "version" = $2 returning 1',
  params: [id, version],
  returns: true,
  required: 'version',
});

/** Whether a category code exists and is active (a leaf may be filed under). */
export async function activeCategory(db: Db, code: string): Promise<CategoryRow | null> {
  const [row] = await db.select().from(appealCategories).where(and(eq(appealCategories.code, code), eq(appealCategories.active, true)));
  return row ?? null;
}

/** Tickets of other states than these (for the merged-into check). */
export async function openTicket(db: Db, id: string): Promise<TicketRow | null> {
  const [row] = await db.select().from(appealTickets).where(and(eq(appealTickets.id, id), notInArray(appealTickets.state, ['closed', 'merged', 'invalid'])));
  return row ?? null;
}

/** Statement text for the benchmark's baseline-free check: the number of tickets (estimates are fine elsewhere). */
export async function countTickets(db: Db): Promise<number> {
  const rows = (await runStatement(db, 'select count(*) as n from "appeal_ticket"', [])) as { n: unknown }[];
  return toNumber(rows[0]!.n);
}

/** A ticket and its case in one statement (each row as one jsonb value; the case for the engine's `current`). */
export async function findWithCase(db: Db, id: string): Promise<{ row: TicketRow; caseJson: Record<string, unknown> | null } | null> {
  const rows = (await runStatement(db, 'select to_jsonb(t) as "t", to_jsonb(c) as "c" from "appeal_ticket" t left join "workflow_case" c on c.id = t.case_id where t.id = $1', [id])) as {
    t: Record<string, unknown>;
    c: Record<string, unknown> | null;
  }[];
  const r = rows[0];
  return r ? { row: decodeRow<TicketRow>(appealTickets, r.t), caseJson: r.c } : null;
}

// ---- the configurable rules (appeal_setting) ----

export async function findSetting(db: Db, key: string): Promise<{ value: Record<string, unknown>; version: number } | null> {
  const [row] = await db.select({ value: appealSettings.value, version: appealSettings.version }).from(appealSettings).where(eq(appealSettings.key, key));
  return row ?? null;
}

/** The setting saved at `version` (0: not saved yet); refused as 'version' when someone saved meanwhile. */
export function saveSettingWrite(key: string, value: Record<string, unknown>, version: number): PendingWrite {
  return version === 0
    ? { text: 'insert into "appeal_setting" ("key", "value", "version") values ($1, $2::jsonb, 1) on conflict ("key") do nothing returning 1', params: [key, JSON.stringify(value)], returns: true, required: 'version' }
    : updateRow(appealSettings, { value, updatedAt: new Date() }, { key, version }, { increment: ['version'], required: 'version' });
}
