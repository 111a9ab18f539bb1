// What the ledger room needs from the others (wired in server/services-ledger.ts), and what its services share:
// who is the office, who sees which tasks, the typed refusals.
import type { Calendar } from '../../../../common/calendar/index.ts';
import type { LedgerRules } from '../../../../common/ledger/vocabulary.ts';
import type { Principal, Role } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import type { Db, PendingWrite } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { NotifyMessage } from '../../../platform/notify/index.ts';
import type { WorkflowActor, WorkflowService } from '../../../platform/workflow/index.ts';

export interface DepartmentInfo {
  id: string;
  code: string;
  name: string;
  shortName?: string | null;
  regionCode: string;
  parentId: string | null;
  kind: string;
}

export interface LedgerDeps {
  workflow: WorkflowService;
  calendar: (db?: Db) => Promise<Calendar>;
  notify: (db: Db, userIds: string[], message: NotifyMessage) => Promise<unknown>;
  prepareNotice: (userIds: string[], message: NotifyMessage) => { write: PendingWrite | null; send: () => Promise<unknown> };
  org: {
    departments: () => Promise<DepartmentInfo[]>;
    userNames: (ids: string[]) => Promise<Map<string, string>>;
    membersOf: (departmentId: string, roles: readonly Role[]) => Promise<string[]>;
    visibleDepartments: (principal: Principal) => Promise<'all' | string[]>;
    /** The business-environment office (营商办): the first department (by code) with office members. */
    officeDepartmentId: () => Promise<string | null>;
  };
  files: {
    attach: (tx: Db, fileIds: string[], attachedTo: string, ownerIds: (string | null)[]) => Promise<void>;
    describe: (ids: string[]) => Promise<Map<string, { id: string; name: string }>>;
    /** The bytes of an uploaded file (workbook imports). */
    read: (id: string) => Promise<{ name: string; bytes: Buffer }>;
  };
}

/** The live rules (DEFAULT_LEDGER_RULES until the office saves its own). */
export type RulesOf = () => Promise<LedgerRules>;

export const what = { zh: '台账任务', en: 'Ledger task' };
/** The office, leaders and admins see every task and the board. */
export const seesAll = (p: Principal) => hasAnyRole(p, ['office', 'leader', 'admin']);
export const isOffice = (p: Principal) => hasAnyRole(p, ['office', 'admin']);
export const workflowActorOf = (p: Principal): WorkflowActor => ({ userId: p.userId ?? p.id, departmentId: p.departmentId, roles: p.roles.map((r) => r.role) });

export const refuse = (zh: string, en: string, path?: string) => new AppError('UNPROCESSABLE', { zh, en }, path ? [{ path, message: { zh, en } }] : []);
export const forbidden = (zh: string, en: string) => new AppError('FORBIDDEN', { zh, en });
export const stale = (current: number, whatZh = '记录', whatEn = 'record') =>
  new AppError('VERSION_CONFLICT', { zh: `${whatZh}已被他人修改（当前版本 ${current}），请刷新后重试`, en: `The ${whatEn} was changed meanwhile (now version ${current}); reload and try again` });
