// What the outreach room (企业服务) needs from the others (wired in server/services-outreach.ts), and what its
// services share: who writes and who reads, the data scope of a unit's staff, the typed refusals, dates.
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import type { SourceKind } from '../../../../common/ledger/vocabulary.ts';
import type { Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError, type LocalizedText } from '../../../platform/errors/index.ts';

export interface DepartmentInfo {
  id: string;
  code: string;
  name: string;
  shortName?: string | null;
  regionCode: string;
  parentId: string | null;
  kind: string;
}

/** What outreach gives the ledger to make a task of one of its records (the ledger's `tasks.createFromOrigin`). */
export interface LedgerOriginInput {
  sourceKind: SourceKind;
  originType: string;
  originId: string;
  title: string;
  detail?: string;
  leadDepartmentId: string;
  supportDepartmentIds?: string[];
  startsOn?: string;
  dueOn: string;
  expectedResult?: string;
  sourceId?: string;
  /** When it is recorded (default now). */
  at?: Date;
}

export interface OutreachDeps {
  org: {
    departments: () => Promise<DepartmentInfo[]>;
    visibleDepartments: (principal: Principal) => Promise<'all' | string[]>;
    /** A user by id (name, kind, whether disabled), or null. */
    user: (id: string) => Promise<{ id: string; name: string; kind: string; disabled: boolean } | null>;
  };
  registry: {
    /** The registered market entity of a USCC, or null. */
    entityByUscc: (uscc: string) => Promise<{ uscc: string; name: string; districtCode: string; status: string } | null>;
  };
  ledger: {
    /** Idempotent by (originType, originId); with `tx` everything is written inside it. */
    createFromOrigin: (actor: Actor, input: LedgerOriginInput, tx?: Db) => Promise<{ id: string; number: string; created: boolean }>;
    /** The number and state of ledger tasks by id (those that exist). */
    taskStates: (ids: string[]) => Promise<Map<string, { number: string; state: string }>>;
  };
}

/** The office, leaders and admins read everything of the room; the office and admins write. */
export const seesAll = (p: Principal) => hasAnyRole(p, ['office', 'leader', 'admin']);
export const writes = (p: Principal) => hasAnyRole(p, ['office', 'admin']);

export const refuse = (zh: string, en: string, path?: string) => new AppError('UNPROCESSABLE', { zh, en }, path ? [{ path, message: { zh, en } }] : []);
export const invalid = (path: string, zh: string, en: string) => new AppError('VALIDATION_FAILED', { zh: `请求内容有误：${zh}`, en: `Invalid request: ${en}` }, [{ path, message: { zh, en } }]);
export const forbidden = (zh: string, en: string) => new AppError('FORBIDDEN', { zh, en });
export const stale = (what: LocalizedText, current: number) =>
  new AppError('VERSION_CONFLICT', { zh: `${what.zh}已被他人修改（当前版本 ${current}），请刷新后重试`, en: `The ${what.en.charAt(0).toLowerCase()}${what.en.slice(1)} was changed meanwhile (now version ${current}); reload and try again` });

export const WHAT = {
  steward: { zh: '帮扶管家', en: 'Steward' },
  contact: { zh: '企业对接记录', en: 'Contact' },
  problem: { zh: '企业反映问题', en: 'Problem' },
  project: { zh: '重点项目', en: 'Key project' },
  blocker: { zh: '项目堵点', en: 'Blocker' },
  meeting: { zh: '项目推进会', en: 'Coordination meeting' },
  inspection: { zh: '明查暗访记录', en: 'Hall inspection' },
  enterprise: { zh: '企业', en: 'Enterprise' },
} as const;

/** Today in the city's time zone (the business day). */
export const today = (now: Date) => shanghaiDate(now);

/** Something that happened cannot have happened after today. */
export function notFuture(date: string, now: Date, path: string) {
  if (date > today(now)) throw invalid(path, '日期不能晚于今天', 'the date cannot be in the future');
}

/** Departments by id, and a check that an id names one (422 with the field's path otherwise). */
export async function departmentBook(deps: OutreachDeps) {
  const list = await deps.org.departments();
  const byId = new Map(list.map((d) => [d.id, d]));
  return {
    name: (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? '') : ''),
    require(id: string, path: string) {
      if (!byId.has(id)) throw refuse('单位不存在', 'No such department', path);
      return byId.get(id)!;
    },
  };
}
export type DepartmentBook = Awaited<ReturnType<typeof departmentBook>>;

/** The registered enterprise of a USCC, or 422 naming the field. */
export async function requireEnterprise(deps: OutreachDeps, uscc: string, path = 'body.uscc') {
  const e = await deps.registry.entityByUscc(uscc);
  if (!e) throw refuse(`统一社会信用代码 ${uscc} 未在市场主体库中登记`, `No market entity with the USCC ${uscc} is registered`, path);
  return e;
}

/** The departments whose records a unit's staff see ('all' for the office, leaders and admins). */
export async function scopeOf(deps: OutreachDeps, p: Principal): Promise<'all' | string[]> {
  if (seesAll(p)) return 'all';
  if (p.kind === 'applicant') return [];
  return deps.org.visibleDepartments(p);
}
export const inScope = (scope: 'all' | string[], departmentId: string | null) => scope === 'all' || (departmentId !== null && scope.includes(departmentId));

export const paged = <T>(items: T[], total: number, q: { page: number; pageSize: number }) => ({ items, total, page: q.page, pageSize: q.pageSize });

/** A list query's `state`/`kind` must be one of the words the list knows. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], path: string): T | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw invalid(path, `只能是 ${allowed.join('、')} 之一`, `must be one of ${allowed.join(', ')}`);
  return value as T;
}
