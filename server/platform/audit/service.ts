// The audit log as the rest of the server sees it: read (the admin page), verify (the CLI, a
// periodic check) and purge by the configured retention. Nothing here changes a row.
import type { Database, Db } from '../db/index.ts';
import type { Actor } from './append.ts';
import { countAuditRows, listAuditRows, type AuditFilters } from './repository.ts';
import { purgeAuditBefore, retentionCutoff, type PurgeResult } from './retention.ts';
import { verifyAuditChain, type VerifyOptions, type VerifyResult } from './verify.ts';
import { sealAuditLog, type SealOptions } from './seal.ts';

export type { AuditFilters } from './repository.ts';

export const MAX_PAGE_SIZE = 200;

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** One row as the admin page shows it (common/api/org.ts `auditRowSchema`). */
export interface AuditListItem {
  id: string;
  /** Null for a row written in the last moment and not yet sealed into the chain. */
  seq: number | null;
  at: string;
  actorType: string;
  actorId: string | null;
  /** The actor's display name; null until the users table can be joined. */
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  ip: string | null;
  requestId: string | null;
  change: unknown;
  hash: string | null;
}

export interface AuditPage {
  items: AuditListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** Newest first, with the total for the pager. */
export async function listAudit(db: Db, filters: AuditFilters, request: PageRequest): Promise<AuditPage> {
  const page = Math.max(1, Math.trunc(request.page));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(request.pageSize)));
  const [rows, total] = await Promise.all([
    listAuditRows(db, filters, pageSize, (page - 1) * pageSize),
    countAuditRows(db, filters),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    at: r.at.toISOString(),
    actorType: r.actorType,
    actorId: r.actorId,
    actorName: null,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    ip: r.ip,
    requestId: r.requestId,
    change: r.change,
    hash: r.hash,
  }));
  return { items, total, page, pageSize };
}

export interface AuditService {
  list(filters: AuditFilters, page: PageRequest): Promise<AuditPage>;
  verify(options?: VerifyOptions): Promise<VerifyResult>;
  /** Chains the rows written since the last seal; the server calls it every second. */
  seal(options?: SealOptions): Promise<number>;
  /** Deletes rows older than the retention (AUDIT_RETENTION_DAYS), keeping the chain verifiable. */
  purgeExpired(actor: Actor, now?: Date): Promise<PurgeResult & { cutoff: Date }>;
}

export function createAuditService(database: Database, options: { retentionDays: number }): AuditService {
  return {
    // A replica that lags a moment is fine for browsing; verification and purges use the primary.
    list: (filters, page) => listAudit(database.readDb, filters, page),
    verify: (verifyOptions) => verifyAuditChain(database.db, verifyOptions),
    seal: (sealOptions) => sealAuditLog(database.db, sealOptions),
    async purgeExpired(actor, now) {
      const cutoff = retentionCutoff(options.retentionDays, now);
      return { ...(await purgeAuditBefore(database.db, cutoff, { actor })), cutoff };
    },
  };
}
