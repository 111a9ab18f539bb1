// Appends audit rows. Callers pass their transaction so the audit row commits or rolls back with
// the write it describes.
import type { Db } from '../db/index.ts';
import { uuidv7 } from '../db/index.ts';
import { canonicalJson, sm3Hex } from './digest.ts';
import { insertAuditRow } from './repository.ts';

export { canonicalJson, sm3Hex } from './digest.ts';

/** Who is acting: a signed-in user, an API token, the system itself, or the command line. */
export interface Actor {
  type: 'user' | 'token' | 'system' | 'cli';
  id: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export const systemActor: Actor = { type: 'system', id: null };
export const cliActor: Actor = { type: 'cli', id: process.env.USER ?? null };

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  change?: unknown;
}

export async function appendAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  const change = entry.change ?? null;
  await insertAuditRow(tx, {
    id: uuidv7(),
    actorType: actor.type,
    actorId: actor.id,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
    change,
    digest: sm3Hex(canonicalJson(change)),
  });
}
