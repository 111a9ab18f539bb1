// The services of every room, built once per app over one database. Routes, the CLI, the seed
// and tests all reach the rooms through this object.
import { join } from 'node:path';
import type { Config } from './config.ts';
import type { Database } from './platform/db/index.ts';
import { createSessionStore, type SessionStore } from './platform/auth/index.ts';
import { createAuditService, type AuditService } from './platform/audit/index.ts';
import { createCalendarService, type CalendarService } from './platform/calendar/index.ts';
import { createFieldCrypto, type FieldCrypto } from './platform/crypto/index.ts';
import { createNotifyService, type NotifyService } from './platform/notify/index.ts';
import { createFileService, localStore, s3Store, type FileService } from './platform/files/index.ts';
import { createWorkflowService, type WorkflowService } from './platform/workflow/index.ts';
import { createOrgService, type OrgService } from './modules/org/index.ts';
import { createRegistryService, type RegistryService } from './modules/registry/index.ts';
import { createCatalogService, type CatalogService } from './modules/catalog/index.ts';

export interface Services {
  config: Config;
  database: Database;
  crypto: FieldCrypto;
  sessions: SessionStore;
  audit: AuditService;
  calendar: CalendarService;
  notify: NotifyService;
  /** Stored uploads; rooms attach them to their subjects and register who may read them. */
  files: FileService;
  /** The one workflow engine; modules register their definitions on it. */
  workflow: WorkflowService;
  org: OrgService;
  registry: RegistryService;
  catalog: CatalogService;
}

export function createServices(config: Config, database: Database): Services {
  const crypto = createFieldCrypto(config.secretKey);
  const sessions = createSessionStore(database.db, {
    idleMinutes: config.SESSION_IDLE_MINUTES,
    maxHours: config.SESSION_MAX_HOURS,
    cacheSeconds: config.SESSION_CACHE_SECONDS,
  });
  const org = createOrgService(database, {
    crypto,
    sessions,
    signIn: { maxFailures: config.LOGIN_MAX_FAILURES, lockMinutes: config.LOGIN_LOCK_MINUTES },
  });
  const calendar = createCalendarService(database);
  const rooms = {
    config,
    database,
    crypto,
    sessions,
    audit: createAuditService(database, { retentionDays: config.AUDIT_RETENTION_DAYS }),
    calendar,
    workflow: createWorkflowService(database, { calendar: (db) => calendar.current(db) }),
    // Email needs users' addresses; org keeps none yet, so only in-app notifications for now.
    notify: createNotifyService(database, { smtp: config.SMTP_URL ? { url: config.SMTP_URL, from: config.SMTP_FROM } : null }),
    files: createFileService(database, {
      store:
        config.FILES_STORE === 's3'
          ? s3Store({
              endpoint: config.FILES_S3_ENDPOINT,
              region: config.FILES_S3_REGION,
              bucket: config.FILES_S3_BUCKET!,
              accessKeyId: config.FILES_S3_ACCESS_KEY_ID!,
              secretAccessKey: config.FILES_S3_SECRET_ACCESS_KEY!,
              forcePathStyle: config.FILES_S3_FORCE_PATH_STYLE ?? Boolean(config.FILES_S3_ENDPOINT),
            })
          : localStore(join(config.DATA_DIR, 'files')),
      maxBytes: config.FILES_MAX_MB * 1024 * 1024,
    }),
    org,
    registry: createRegistryService(database, {
      crypto,
      secretKey: config.secretKey,
      departmentName: (id) => org.departments.nameOf(id),
      visibleDepartments: (principal) => org.departments.visibleTo(principal),
      idNumberIndexOfUser: (userId) => org.users.idNumberIndexOf(userId),
      findAccount: async (username) => {
        const user = await org.users.findByUsername(username);
        return user ? { id: user.id, kind: user.kind, disabled: user.disabled } : null;
      },
      accountNames: (ids) => org.users.actorNames(ids),
    }),
  };
  const { registry } = rooms;
  return {
    ...rooms,
    catalog: createCatalogService(database, {
      departmentName: (id) => org.departments.nameOf(id),
      licenceTypeCodes: () => registry.licences.typeCodes(),
      entityByUscc: (uscc) => registry.entities.getByUscc(uscc),
      represents: (userId, uscc) => registry.represents(userId, uscc),
      departments: async () => (await org.departments.listDepartments()).map((d) => ({ id: d.id, code: d.code, name: d.name })),
    }),
  };
}
