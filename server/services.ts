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
import { createApplicationsService, type ApplicationsService } from './modules/applications/index.ts';
import { createEvaluationsService, type EvaluationsService } from './modules/evaluations/index.ts';
import { createAppealsService, type AppealsService } from './modules/appeals/index.ts';
import { appealsDeps } from './services-appeals.ts';
import { createLedgerService, type LedgerService } from './modules/ledger/index.ts';
import { ledgerDeps } from './services-ledger.ts';
import { createOutreachService, outreachProfileSections, type OutreachService } from './modules/outreach/index.ts';
import { outreachDeps } from './services-outreach.ts';
import { remembered } from './remembered.ts';
import { hashToken } from './platform/crypto/index.ts';
import type { Principal, Role } from './platform/auth/index.ts';

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
  applications: ApplicationsService;
  evaluations: EvaluationsService;
  appeals: AppealsService;
  /** 督办台账: the office's ledger of tasks with closure, lights, meetings and workbooks. */
  ledger: LedgerService;
  /** 企业服务: stewards, contacts and problems, key-project blockers and meetings, hall inspections. */
  outreach: OutreachService;
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
    // E-mail copies go to users who have an address recorded, when SMTP is configured.
    notify: createNotifyService(database, { smtp: config.SMTP_URL ? { url: config.SMTP_URL, from: config.SMTP_FROM } : null, userEmails: (ids) => org.users.emailsOf(ids) }),
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
  const catalog = createCatalogService(database, {
    departmentName: (id) => org.departments.nameOf(id),
    licenceTypeCodes: () => registry.licences.typeCodes(),
    entityByUscc: (uscc) => registry.entities.getByUscc(uscc),
    represents: (userId, uscc) => registry.represents(userId, uscc),
    departments: async () => (await org.departments.listDepartments()).map((d) => ({ id: d.id, code: d.code, name: d.name })),
  });
  const applications = createApplicationsService(database, applicationsDeps(rooms, catalog));
  // Files attached to an application are read by whoever may read the application.
  rooms.files.registerReader('application:', async (principal, attachedTo) => applications.queries.mayReadId(principal, attachedTo.slice('application:'.length)));
  const evaluations = createEvaluationsService(database, evaluationsDeps(rooms, catalog, applications));
  rooms.files.registerReader('rating-appeal:', async (principal, attachedTo) => evaluations.appeals.mayReadEvidence(principal, attachedTo.slice('rating-appeal:'.length)));
  const appeals = createAppealsService(database, appealsDeps(rooms, catalog));
  // Photos sent with a ticket are read by whoever may read the ticket.
  rooms.files.registerReader('appeal:', async (principal, attachedTo) =>
    appeals.tickets.get(principal, attachedTo.slice('appeal:'.length)).then(
      () => true,
      () => false,
    ),
  );
  const ledger = createLedgerService(database, ledgerDeps(rooms));
  // Progress and closure evidence is read by whoever may read the task.
  rooms.files.registerReader('ledger-task:', async (principal, attachedTo) => ledger.tasks.mayRead(principal, attachedTo.slice('ledger-task:'.length)));
  const outreachNeeds = outreachDeps(rooms, ledger);
  const outreach = createOutreachService(database, outreachNeeds);
  // 一企一档: the steward, contacts and problems, and key projects of an enterprise (staff only).
  for (const s of outreachProfileSections(database, outreachNeeds)) rooms.registry.profile.contribute(s);
  return { ...rooms, catalog, applications, evaluations, appeals, ledger, outreach };
}

/** What the applications room reads from the others, each through its own index.ts. */
function applicationsDeps(rooms: Omit<Services, 'catalog' | 'applications' | 'evaluations' | 'appeals' | 'ledger' | 'outreach'>, catalog: CatalogService) {
  const { org, registry, calendar, workflow, notify, files, crypto } = rooms;
  const departmentCache = new Map<string, { at: number; info: Awaited<ReturnType<typeof departmentInfo>> }>();
  async function departmentInfo(id: string) {
    const [departments, regions] = await Promise.all([org.departments.listDepartments(), org.departments.listRegions()]);
    const d = departments.find((x) => x.id === id);
    if (!d) return null;
    return { id: d.id, code: d.code, name: d.name, regionCode: d.regionCode, regionLevel: regions.find((r) => r.code === d.regionCode)?.level ?? null, uscc: d.uscc };
  }
  const systemPrincipal = (departmentId: string, requester: { id: string; name: string }): Principal => ({
    via: 'session',
    id: requester.id,
    userId: requester.id,
    username: null,
    name: requester.name,
    kind: 'staff',
    departmentId,
    departmentName: null,
    roles: [],
    mustChangePassword: false,
    csrfToken: null,
    sessionId: null,
    sessionExpiry: null,
  });
  const licenceView = (l: { id: string; number: string; verificationCode: string; typeName: string; status: string }) => ({ id: l.id, number: l.number, verificationCode: l.verificationCode, typeName: l.typeName, revoked: l.status === 'revoked' });
  return {
    crypto,
    calendar: (db?: Parameters<typeof calendar.current>[0]) => calendar.current(db),
    workflow,
    notify: (db: Parameters<typeof notify.notify>[0], userIds: string[], message: Parameters<typeof notify.notify>[2]) => notify.notify(db, userIds, message),
    prepareNotice: (userIds: string[], message: Parameters<typeof notify.notify>[2]) => notify.prepare(userIds, message),
    fullyOnlineCodes: () => catalog.stats.fullyOnlineCodes(),
    catalog: {
      item: (id: string) => catalog.items.get(id),
      publishedCheck: (ids: string[]) => catalog.items.publishedCheck(ids),
      // A published edition's content never changes: actions and reads may use a copy up to a minute old.
      edition: remembered(60_000, (id: string) => id, (id: string) => catalog.items.get(id)),
      publishedItem: (code: string) => catalog.items.getPublished(code),
      publishedBundle: (code: string) => catalog.bundles.getPublished(code),
      validateForm: (item: Parameters<typeof catalog.forms.validateEdition>[0], data: Record<string, unknown>) => catalog.forms.validateEdition(item, data),
    },
    registry: {
      entityByUscc: async (uscc: string) => {
        const e = await registry.entities.getByUscc(uscc).catch(() => null);
        return e ? { id: e.id, uscc: e.uscc, name: e.name, status: e.status, address: e.address, legalRepresentative: e.legalRepresentative } : null;
      },
      represents: (userId: string, uscc: string) => registry.represents(userId, uscc),
      fetchLicence: async (tx: Parameters<typeof registry.sharing.request>[2] & object, ask: { departmentId: string; requester: { id: string; name: string }; uscc: string; typeCode: string; caseNumber: string }) => {
        try {
          const got = await registry.sharing.request(systemPrincipal(ask.departmentId, ask.requester), { subject: { kind: 'entity', uscc: ask.uscc }, resource: ask.typeCode, purpose: 'case_handling', caseNumber: ask.caseNumber }, tx, { forApplicant: true });
          const held = got.licences.find((l) => l.status === 'valid');
          return held ? { id: held.id, number: held.number, typeName: held.typeName, status: held.status } : null;
        } catch {
          return null; // no rule, or nothing held: the applicant gives the material instead (the refusal is logged)
        }
      },
      licenceType: async (code: string) => {
        const t = (await registry.licences.types()).find((x) => x.code === code);
        return t ? { id: t.id, name: t.name, fields: t.fields.map((f) => ({ key: f.key, label: f.label, type: f.type })) } : null;
      },
      issueLicence: async (tx: Parameters<typeof registry.licences.issue>[4] & object, actorUserId: string, input: { typeId: string; holderUscc: string; fields: Record<string, string | number | null> }, now: Date) =>
        licenceView(await registry.licences.issue({ type: 'user', id: actorUserId }, null, input, now, tx)),
      revokeLicence: async (tx: Parameters<typeof registry.licences.revoke>[5] & object, actorUserId: string, licenceId: string, reason: string, now: Date) => {
        await registry.licences.revoke({ type: 'user', id: actorUserId }, null, licenceId, reason, now, tx);
      },
      licence: async (id: string) => {
        const l = await registry.licences.get(id).catch(() => null);
        return l ? licenceView(l) : null;
      },
    },
    org: {
      department: async (id: string) => {
        const hit = departmentCache.get(id);
        if (hit && Date.now() - hit.at < 60_000) return hit.info;
        const info = await departmentInfo(id);
        departmentCache.set(id, { at: Date.now(), info });
        return info;
      },
      departmentName: (id: string) => org.departments.nameOf(id),
      visibleDepartments: remembered(30_000, (p: Principal) => `${p.id}:${p.roles.map((r) => `${r.role}@${r.departmentId}`).join(',')}`, (p: Principal) => org.departments.visibleTo(p)),
      userNames: (ids: string[]) => org.users.displayNames(ids),
      userByUsername: async (username: string) => {
        const u = await org.users.findByUsername(username);
        return u ? { id: u.id, name: u.name, kind: u.kind } : null;
      },
      membersOf: remembered(30_000, (departmentId: string, roles: readonly Role[]) => `${departmentId}:${roles.join(',')}`, (departmentId: string, roles: readonly Role[]) => org.users.membersOf(departmentId, roles)),
    },
    files: {
      attach: async (tx: Parameters<typeof files.attach>[0], ids: string[], attachedTo: string, owners: (string | null)[]) => {
        await files.attach(tx, ids, attachedTo, owners);
      },
      describe: async (ids: string[]) => new Map([...(await files.describe(ids))].map(([k, f]) => [k, { id: f.id, name: f.name, size: f.size }])),
    },
  };
}

/** What the evaluations room reads from the others. */
function evaluationsDeps(rooms: Omit<Services, 'catalog' | 'applications' | 'evaluations' | 'appeals' | 'ledger' | 'outreach'>, catalog: CatalogService, applications: ApplicationsService) {
  const { org, calendar, workflow, notify, files, config, crypto } = rooms;
  const itemName = remembered(300_000, (code: string) => code, async (code: string) => {
    const item = await catalog.items.getPublished(code).catch(() => null);
    if (item) return item.name;
    const bundle = await catalog.bundles.getPublished(code).catch(() => null);
    return bundle?.name ?? code;
  });
  return {
    limits: { ratingDays: config.EVALUATION_RATING_DAYS, verifyDays: config.EVALUATION_VERIFY_DAYS, loopDays: config.EVALUATION_LOOP_DAYS, ledgerDays: config.EVALUATION_LEDGER_DAYS },
    workflow,
    calendar: (db?: Parameters<typeof calendar.current>[0]) => calendar.current(db),
    notify: (db: Parameters<typeof notify.notify>[0], userIds: string[], message: Parameters<typeof notify.notify>[2]) => notify.notify(db, userIds, message),
    // Window tokens and reviewers' addresses are kept only as keyed hashes.
    hash: (value: string) => hashToken(crypto.blindIndex(value)),
    itemNames: async (codes: string[]) => new Map(await Promise.all(codes.map(async (c) => [c, await itemName(c)] as [string, string]))),
    org: {
      departments: remembered(30_000, () => 'all', async () => (await org.departments.listDepartments()).map((d) => ({ id: d.id, name: d.name }))),
      userNames: (ids: string[]) => org.users.displayNames(ids),
      membersOf: remembered(30_000, (id: string, roles: readonly Role[]) => `${id}:${roles.join(',')}`, (id: string, roles: readonly Role[]) => org.users.membersOf(id, roles)),
      visibleDepartments: remembered(30_000, (p: Principal) => `${p.id}:${p.roles.map((r) => `${r.role}@${r.departmentId}`).join(',')}`, (p: Principal) => org.departments.visibleTo(p)),
    },
    applications: { summary: (id: string) => applications.queries.facts(id) },
    files: {
      attach: async (tx: Parameters<typeof files.attach>[0], ids: string[], attachedTo: string, owners: (string | null)[]) => {
        await files.attach(tx, ids, attachedTo, owners);
      },
      describe: async (ids: string[]) => new Map([...(await files.describe(ids))].map(([k, v]) => [k, { id: v.id, name: v.name }])),
    },
  };
}
