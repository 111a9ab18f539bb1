// The audit room's public face: appendAudit for every writer, and read / verify / purge for the
// admin page and the CLI. Other code imports only this file.
export { canonicalJson, sm3Hex } from './digest.ts';
export { appendAudit, auditWrite, cliActor, systemActor, type Actor, type AuditEntry } from './append.ts';
export { GENESIS_HASH, type BreakReason, type ChainHead } from './chain.ts';
export { verifyAuditChain, type VerifyOptions, type VerifyResult } from './verify.ts';
export { sealAuditLog, type SealOptions } from './seal.ts';
export {
  MIN_RETENTION_DAYS,
  purgeAuditBefore,
  retentionCutoff,
  type PurgeOptions,
  type PurgeResult,
} from './retention.ts';
export {
  MAX_PAGE_SIZE,
  createAuditService,
  listAudit,
  type AuditFilters,
  type AuditListItem,
  type AuditPage,
  type AuditService,
  type PageRequest,
} from './service.ts';
export { registerAuditRoutes } from './routes.ts';
