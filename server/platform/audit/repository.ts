import type { Db } from '../db/index.ts';
import { auditLog } from './tables.ts';

export type AuditRow = typeof auditLog.$inferInsert;

export async function insertAuditRow(tx: Db, row: AuditRow): Promise<void> {
  await tx.insert(auditLog).values(row);
}
