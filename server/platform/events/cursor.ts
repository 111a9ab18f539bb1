// 读取位置: a reader handles the events of a type after the id it reached last, inside one transaction
// that also moves its position (the cursor row is locked, so two processes never handle the same event).
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database, Db } from '../db/index.ts';
import { toInstant } from '../db/index.ts';
import { domainEvents, eventCursors } from './tables.ts';
import type { DomainEvent } from './index.ts';

/**
 * Hands `reader` the next events of `type` (oldest first, at most `limit`) and records them as handled when
 * `handle` returns; a throw leaves the position where it was. Returns how many were handled.
 */
export async function consumeEvents(database: Database, reader: string, type: string, handle: (tx: Db, events: DomainEvent[]) => Promise<void>, limit = 500): Promise<number> {
  return database.db.transaction(async (tx) => {
    await tx.insert(eventCursors).values({ reader, lastId: 0 }).onConflictDoNothing();
    const [cursor] = await tx.select({ lastId: eventCursors.lastId }).from(eventCursors).where(eq(eventCursors.reader, reader)).for('update');
    const after = Number(cursor?.lastId ?? 0);
    const rows = await tx
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.type, type), gt(domainEvents.id, after)))
      .orderBy(asc(domainEvents.id))
      .limit(limit);
    if (!rows.length) return 0;
    const events = rows.map((r) => ({ ...r, id: Number(r.id), createdAt: toInstant(r.createdAt) }));
    await handle(tx, events);
    await tx
      .update(eventCursors)
      .set({ lastId: events[events.length - 1]!.id, updatedAt: sql`now()` })
      .where(eq(eventCursors.reader, reader));
    return events.length;
  });
}
