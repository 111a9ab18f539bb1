// SQL of the Open311 API: the public columns of non-confidential tickets, their public updates, and the API
// keys. Lists run on appeal_ticket_created_idx (created_at desc, id) — or appeal_ticket_category_idx with a
// service_code — bounded by the spec's 90-day window and a LIMIT, and are never counted.
import { and, desc, eq, gte, inArray, isNull, lte, not, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, PendingWrite } from '../../../platform/db/index.ts';
import { insertRow, toInstant } from '../../../platform/db/index.ts';
import { appealApiKeys, appealTickets, appealUpdates } from '../tables.ts';
import { ENDED_STATES, type TicketSource } from './format.ts';

export type ApiKeyRow = typeof appealApiKeys.$inferSelect;

export interface RequestFilter {
  /** service_request_id: our ticket numbers (or ids); overrides every other filter. */
  refs?: string[];
  categoryCodes?: string[];
  /** open, closed, or both (no filter). */
  status?: 'open' | 'closed';
  from?: Date;
  to?: Date;
}

const merged = alias(appealTickets, 'merged_into');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const requestColumns = {
  number: appealTickets.number,
  categoryCode: appealTickets.categoryCode,
  state: appealTickets.state,
  outcome: appealTickets.outcome,
  reply: appealTickets.reply,
  content: appealTickets.content,
  address: appealTickets.address,
  areaCode: appealTickets.areaCode,
  lat: appealTickets.lat,
  lng: appealTickets.lng,
  attributes: appealTickets.attributes,
  createdAt: appealTickets.createdAt,
  updatedAt: appealTickets.updatedAt,
  closedAt: appealTickets.closedAt,
  dueAt: appealTickets.dueAt,
  leadDepartmentId: appealTickets.leadDepartmentId,
  mergedIntoNumber: merged.number,
};

export type RequestRow = TicketSource & { leadDepartmentId: string | null };

type RawRequest = { [K in keyof typeof requestColumns]: unknown };
const normalise = (r: RawRequest): RequestRow => ({
  ...(r as unknown as RequestRow),
  lat: r.lat === null ? null : Number(r.lat),
  lng: r.lng === null ? null : Number(r.lng),
  attributes: (r.attributes ?? {}) as Record<string, string | string[]>,
  createdAt: toInstant(r.createdAt),
  updatedAt: toInstant(r.updatedAt),
  closedAt: r.closedAt ? toInstant(r.closedAt) : null,
  dueAt: r.dueAt ? toInstant(r.dueAt) : null,
});

function refCondition(refs: string[]): SQL {
  const ids = refs.filter((r) => UUID.test(r));
  const numbers = refs.filter((r) => !UUID.test(r));
  const parts: SQL[] = [];
  if (numbers.length) parts.push(inArray(appealTickets.number, numbers));
  if (ids.length) parts.push(inArray(appealTickets.id, ids));
  return parts.length ? or(...parts)! : sql`false`;
}

function requestQuery(db: Db, where: SQL | undefined) {
  return db
    .select(requestColumns)
    .from(appealTickets)
    // A merge target that is itself confidential is not named.
    .leftJoin(merged, and(eq(merged.id, appealTickets.mergedInto), eq(merged.confidential, false)))
    .where(and(eq(appealTickets.confidential, false), where));
}

/** Non-confidential tickets, newest first (created_at desc, id: the order of appeal_ticket_created_idx). */
export async function listRequests(db: Db, f: RequestFilter, limit: number, offset: number): Promise<RequestRow[]> {
  const c: SQL[] = [];
  if (f.refs) c.push(refCondition(f.refs));
  else {
    if (f.categoryCodes?.length) c.push(inArray(appealTickets.categoryCode, f.categoryCodes));
    if (f.status === 'closed') c.push(inArray(appealTickets.state, ENDED_STATES));
    if (f.status === 'open') c.push(notInArray(appealTickets.state, ENDED_STATES));
    if (f.from) c.push(gte(appealTickets.createdAt, f.from));
    if (f.to) c.push(lte(appealTickets.createdAt, f.to));
  }
  const rows = await requestQuery(db, and(...c))
    // Exactly the index's order: it was built DESC NULLS LAST, and a plain DESC (nulls first) would not use it.
    .orderBy(sql`${appealTickets.createdAt} desc nulls last`, appealTickets.id)
    .limit(limit)
    .offset(offset);
  return rows.map((r) => normalise(r as RawRequest));
}

/** One non-confidential ticket by its number (or id); null when there is none or it is confidential. */
export async function findRequest(db: Db, ref: string): Promise<RequestRow | null> {
  const [row] = await requestQuery(db, refCondition([ref])).limit(1);
  return row ? normalise(row as RawRequest) : null;
}

/** The ticket an update is posted to: its id and number, when it exists and is not confidential. */
export async function findTicketRef(db: Db, ref: string): Promise<{ id: string; number: string; state: string } | null> {
  const [row] = await db
    .select({ id: appealTickets.id, number: appealTickets.number, state: appealTickets.state })
    .from(appealTickets)
    .where(and(refCondition([ref]), eq(appealTickets.confidential, false)))
    .limit(1);
  return row ?? null;
}

/** GET tokens/{token}: the ticket a token stands for (non-confidential). */
export async function findByToken(db: Db, token: string): Promise<{ number: string; token: string } | null> {
  const [row] = await db
    .select({ number: appealTickets.number, token: appealTickets.token })
    .from(appealTickets)
    .where(and(eq(appealTickets.token, token), eq(appealTickets.confidential, false)))
    .limit(1);
  return row?.token ? { number: row.number, token: row.token } : null;
}

export interface UpdateSourceRow {
  id: string;
  number: string;
  at: Date;
  text: string;
  state: string;
}

/** Public timeline entries of non-confidential tickets in a window, newest first (appeal_update_at_idx). */
export async function listUpdates(db: Db, from: Date, to: Date, limit: number, offset: number): Promise<UpdateSourceRow[]> {
  const rows = await db
    .select({ id: appealUpdates.id, number: appealTickets.number, at: appealUpdates.at, text: appealUpdates.text, state: appealUpdates.state })
    .from(appealUpdates)
    .innerJoin(appealTickets, eq(appealTickets.id, appealUpdates.ticketId))
    .where(and(eq(appealUpdates.public, true), eq(appealTickets.confidential, false), gte(appealUpdates.at, from), lte(appealUpdates.at, to)))
    .orderBy(desc(appealUpdates.at), desc(appealUpdates.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ ...r, at: toInstant(r.at) }));
}

// ---- API keys ----

const normaliseKey = (r: ApiKeyRow): ApiKeyRow => ({
  ...r,
  createdAt: toInstant(r.createdAt),
  revokedAt: r.revokedAt ? toInstant(r.revokedAt) : null,
  lastUsedAt: r.lastUsedAt ? toInstant(r.lastUsedAt) : null,
});

export const insertKeyWrite = (row: typeof appealApiKeys.$inferInsert): PendingWrite => insertRow(appealApiKeys, row);

/** Revokes a live key; required, so a second revocation (or a race) refuses the batch as 'revoked'. */
export function revokeKeyWrite(id: string): PendingWrite {
  return {
    text: 'update "appeal_api_key" set "revoked_at" = now() where "id" = $1 and "revoked_at" is null returning 1',
    params: [id],
    returns: true,
    required: 'revoked',
  };
}

export async function findKey(db: Db, id: string): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(appealApiKeys).where(eq(appealApiKeys.id, id));
  return row ? normaliseKey(row) : null;
}

export async function findKeyByHash(db: Db, keyHash: string): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(appealApiKeys).where(eq(appealApiKeys.keyHash, keyHash));
  return row ? normaliseKey(row) : null;
}

export async function listKeys(db: Db): Promise<ApiKeyRow[]> {
  return (await db.select().from(appealApiKeys).orderBy(desc(appealApiKeys.createdAt), desc(appealApiKeys.id))).map(normaliseKey);
}

/** Records a key's use; skipped by the caller unless a minute has passed, so reads stay reads. */
export async function touchKey(db: Db, id: string, at: Date) {
  await db
    .update(appealApiKeys)
    .set({ lastUsedAt: at })
    .where(and(eq(appealApiKeys.id, id), isNull(appealApiKeys.revokedAt), or(isNull(appealApiKeys.lastUsedAt), not(gte(appealApiKeys.lastUsedAt, new Date(at.getTime() - 60_000))))));
}
