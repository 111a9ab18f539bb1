// What the applications room needs from the others (reached through their index.ts, wired in
// server/services.ts), and the helpers its services share: who may see or edit an application, and
// how a row is presented in lists.
import type { ApplicationSummary, Channel, Outcome } from '../../../../common/api/applications.ts';
import { APPLICATION_STATE_LABELS, type ApplicationState } from '../../../../common/api/applications.ts';
import type { Bundle } from '../../../../common/api/catalog-bundles.ts';
import type { Item } from '../../../../common/api/catalog.ts';
import type { Calendar } from '../../../../common/calendar/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import type { FieldCrypto } from '../../../platform/crypto/index.ts';
import type { Db, PendingCheck, PendingWrite } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import type { NotifyMessage } from '../../../platform/notify/index.ts';
import type { Role } from '../../../platform/auth/index.ts';
import type { CaseView, DeadlineState, Holder, WorkflowActor, WorkflowService } from '../../../platform/workflow/index.ts';
import type { ApplicationRow } from '../repository.ts';

export interface DepartmentInfo {
  id: string;
  code: string;
  name: string;
  regionCode: string;
  regionLevel: string | null;
  uscc: string | null;
}

export interface RegistryEntity {
  id: string;
  uscc: string;
  name: string;
  status: string;
  address: string | null;
  legalRepresentative: string | null;
}

export interface FetchedLicence {
  id: string;
  number: string;
  typeName: string;
  status: string;
}

export interface IssuedLicence {
  id: string;
  number: string;
  verificationCode: string;
  typeName: string;
  revoked: boolean;
}

export interface ApplicationsDeps {
  crypto: FieldCrypto;
  calendar: (db?: Db) => Promise<Calendar>;
  workflow: WorkflowService;
  notify: (db: Db, userIds: string[], message: NotifyMessage) => Promise<unknown>;
  /** In-app notices as a write for the step's own statement; `send` e-mails them after it committed. */
  prepareNotice: (userIds: string[], message: NotifyMessage) => { write: PendingWrite | null; send: () => Promise<unknown> };
  catalog: {
    item: (id: string) => Promise<Item>;
    /** The same, possibly a copy up to a minute old (content of an edition never changes; its status may). */
    edition: (id: string) => Promise<Item>;
    /** A check for a batched write: these editions are still published when it commits. */
    publishedCheck: (ids: string[]) => PendingCheck;
    publishedItem: (code: string) => Promise<Item>;
    publishedBundle: (code: string) => Promise<Bundle>;
    /** Checks answers against the edition in hand (no read). */
    validateForm: (item: Item, data: Record<string, unknown>) => { valid: boolean; errors: { field: string; message: { zh: string; en: string } }[] };
  };
  registry: {
    entityByUscc: (uscc: string) => Promise<RegistryEntity | null>;
    represents: (userId: string, uscc: string) => Promise<boolean>;
    /**
     * Fetches an entity's licences of a type for a case through the audited sharing API, as the deciding
     * department, inside the submitting transaction. Null when no sharing rule allows it or none is held.
     */
    fetchLicence: (tx: Db, ask: { departmentId: string; requester: { id: string; name: string }; uscc: string; typeCode: string; caseNumber: string }) => Promise<FetchedLicence | null>;
    licenceType: (code: string) => Promise<{ id: string; name: string; fields: { key: string; label: string; type: string }[] } | null>;
    issueLicence: (tx: Db, actorUserId: string, input: { typeId: string; holderUscc: string; fields: Record<string, string | number | null> }, now: Date) => Promise<IssuedLicence>;
    revokeLicence: (tx: Db, actorUserId: string, licenceId: string, reason: string, now: Date) => Promise<void>;
    licence: (id: string) => Promise<IssuedLicence | null>;
  };
  org: {
    department: (id: string) => Promise<DepartmentInfo | null>;
    departmentName: (id: string) => Promise<string | null>;
    visibleDepartments: (principal: Principal) => Promise<'all' | string[]>;
    userNames: (ids: string[]) => Promise<Map<string, string>>;
    userByUsername: (username: string) => Promise<{ id: string; name: string; kind: string } | null>;
    membersOf: (departmentId: string, roles: readonly Role[]) => Promise<string[]>;
  };
  files: {
    /** Claims uploaded files for the application inside the transaction; refuses others' files. */
    attach: (tx: Db, fileIds: string[], attachedTo: string, ownerIds: (string | null)[]) => Promise<void>;
    describe: (ids: string[]) => Promise<Map<string, { id: string; name: string; size: number }>>;
  };
}

export const what = { zh: '办件', en: 'Application' };

/** The people behind holders, to notify: a named user, or the members of a department's queue with these roles. */
export async function usersOfHolders(deps: Pick<ApplicationsDeps, 'org'>, holders: Holder[], roles: readonly Role[]): Promise<Set<string>> {
  const users = new Set<string>();
  for (const h of holders) {
    if (h.kind === 'user') users.add(h.id);
    else for (const u of await deps.org.membersOf(h.id, roles)) users.add(u);
  }
  return users;
}

/** Who holds a case now, by name: a person (and whom they delegated to), or a department's queue. */
export async function holderNames(deps: Pick<ApplicationsDeps, 'org'>, view: CaseView): Promise<string[]> {
  const userIds = view.holders.flatMap((h) => [...(h.holder.kind === 'user' ? [h.holder.id] : []), ...(h.delegatedTo ? [h.delegatedTo] : [])]);
  const names = await deps.org.userNames(userIds);
  return Promise.all(
    view.holders.map(async (h) => {
      const base = h.holder.kind === 'user' ? (names.get(h.holder.id) ?? '—') : `${(await deps.org.departmentName(h.holder.id)) ?? '—'}`;
      return h.delegatedTo ? `${base} → ${names.get(h.delegatedTo) ?? '—'}` : base;
    }),
  );
}

export const workflowActorOf = (p: Principal): WorkflowActor => ({ userId: p.userId ?? p.id, departmentId: p.departmentId, roles: p.roles.map((r) => r.role) });

export const STAFF_ROLES: Role[] = ['clerk', 'approver', 'agent', 'handler', 'inspector', 'office', 'leader', 'admin'];
export const isStaff = (p: Principal) => p.kind !== 'applicant' && hasAnyRole(p, STAFF_ROLES);
export const seesAll = (p: Principal) => hasAnyRole(p, ['office', 'leader', 'admin']);

/** Whether the principal may read this application (the 404 otherwise hides that it exists). */
export async function mayRead(deps: ApplicationsDeps, p: Principal, row: ApplicationRow, holderKeys: string[] = []): Promise<boolean> {
  if (p.userId && row.applicantUserId === p.userId) return true;
  if (p.userId && row.assistedBy === p.userId) return true;
  if (p.kind === 'applicant') return row.applicantUscc !== null && p.userId !== null && row.state !== 'draft' && (await deps.registry.represents(p.userId, row.applicantUscc));
  if (!isStaff(p)) return false;
  if (row.state === 'draft') return false;
  if (seesAll(p)) return true;
  if (p.userId && holderKeys.includes(`user:${p.userId}`)) return true;
  const visible = await deps.org.visibleDepartments(p);
  if (visible === 'all') return true;
  return [row.departmentId, row.intakeDepartmentId].some((d) => d !== null && visible.includes(d));
}

export async function readable(deps: ApplicationsDeps, p: Principal, row: ApplicationRow | null, holderKeys: string[] = []): Promise<ApplicationRow> {
  if (!row || !(await mayRead(deps, p, row, holderKeys))) throw notFound(what);
  return row;
}

/** The draft's owner: the applicant who started it, or the staff member filing it for someone. */
export function ownsDraft(p: Principal, row: ApplicationRow): boolean {
  if (!p.userId) return false;
  return row.assistedBy ? row.assistedBy === p.userId : row.applicantUserId === p.userId;
}

export const staleVersion = (current: number) =>
  new AppError('VERSION_CONFLICT', { zh: `办件已被修改（当前版本 ${current}），请刷新后重试`, en: `The application was changed meanwhile (now version ${current}); reload and try again` });

export const refuse = (zh: string, en: string, path?: string) => new AppError('UNPROCESSABLE', { zh, en }, path ? [{ path, message: { zh, en } }] : []);

export function stateLabel(state: string) {
  return APPLICATION_STATE_LABELS[state as ApplicationState] ?? { zh: state, en: state };
}

/** The deadline light of a row, from its stored due time (finished rows are judged at their finish). */
export function deadlineOf(calendar: Calendar, row: Pick<ApplicationRow, 'dueAt' | 'finishedAt' | 'onTime' | 'state'>, now: Date, warnDays = 2): DeadlineState {
  if (row.finishedAt) return row.onTime === false ? 'overdue' : row.onTime === true ? 'normal' : 'none';
  if (!row.dueAt) return 'none';
  if (row.dueAt.getTime() < now.getTime()) return 'overdue';
  const left = calendar.workingDaysBetween(calendar.shanghaiDate(now), calendar.shanghaiDate(row.dueAt));
  return left <= warnDays ? 'warning' : 'normal';
}

/** The columns a summary shows (the queue reads only these). */
export type SummaryRow = Pick<
  ApplicationRow,
  'id' | 'number' | 'kind' | 'title' | 'itemCode' | 'bundleCode' | 'channel' | 'applicantName' | 'applicantUscc' | 'departmentId' | 'state' | 'outcome' | 'commitment' | 'submittedAt' | 'dueAt' | 'finishedAt' | 'onTime' | 'updatedAt'
>;

/** Rows as list summaries: each department's name looked up once, no other read. */
export async function summaries(deps: ApplicationsDeps, rows: SummaryRow[], now = new Date()): Promise<ApplicationSummary[]> {
  const calendar = await deps.calendar();
  const names = new Map<string, string | null>();
  for (const r of rows) if (r.departmentId && !names.has(r.departmentId)) names.set(r.departmentId, await deps.org.departmentName(r.departmentId));
  return rows.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind as ApplicationSummary['kind'],
      title: r.title,
      itemCode: r.itemCode,
      bundleCode: r.bundleCode,
      channel: r.channel as Channel,
      applicantName: r.applicantName,
      applicantUscc: r.applicantUscc,
      departmentId: r.departmentId,
      departmentName: r.departmentId ? (names.get(r.departmentId) ?? null) : null,
      state: r.state as ApplicationState,
      stateLabel: stateLabel(r.state),
      outcome: (r.outcome as Outcome | null) ?? null,
      commitment: r.commitment,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      dueAt: r.dueAt?.toISOString() ?? null,
      deadline: deadlineOf(calendar, r, now),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
  }));
}
