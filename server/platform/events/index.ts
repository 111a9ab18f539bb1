// 领域事件 outbox (see tables.ts): a room records a fact in its own transaction; a room that acts on
// it later reads the events of a type after the last id it handled. Nothing is pushed, so no event
// is lost when a reader is down or does not exist yet (the credit and ledger rooms read these).
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db, PendingWrite } from '../db/index.ts';
import { insertRow, toInstant } from '../db/index.ts';
import { domainEvents } from './tables.ts';

export interface DomainEvent {
  id: number;
  type: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** Records an event inside the caller's transaction. */
export async function emitEvent(tx: Db, event: { type: string; subjectType: string; subjectId: string; payload: Record<string, unknown> }): Promise<number> {
  const [row] = await tx.insert(domainEvents).values(event).returning({ id: domainEvents.id });
  return Number(row!.id);
}

/** The same record as a write for a batch (runWrites), when the caller needs no id back. */
export function eventWrite(event: { type: string; subjectType: string; subjectId: string; payload: Record<string, unknown> }): PendingWrite {
  return insertRow(domainEvents, event);
}

/** Events of a type after `afterId`, oldest first. */
export async function eventsAfter(db: Db, type: string, afterId = 0, limit = 100): Promise<DomainEvent[]> {
  const rows = await db
    .select()
    .from(domainEvents)
    .where(and(eq(domainEvents.type, type), gt(domainEvents.id, afterId)))
    .orderBy(asc(domainEvents.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, id: Number(r.id), createdAt: toInstant(r.createdAt) }));
}

/** Event types the platform's rooms emit, named here so readers and writers agree. */
export const EVENT_TYPES = {
  /** A commitment found false at its post-check: the credit room records a breach (失信). */
  commitmentBreached: 'application.commitment_breached',
  /** An application (or bundle) ended with a decision (done, not accepted, refused): its applicant is invited to rate it. */
  applicationEnded: 'application.ended',
  /** A 差评 needs a longer fix: the ledger room opens an item with the deadline given. */
  ratingLedgerRequested: 'evaluation.ledger_requested',
  /** A hotline ticket closed after its callback (or answered on the call): its requester may rate it. */
  appealClosed: 'appeal.ticket_closed',
} as const;

export { consumeEvents } from './cursor.ts';
