// The ledger's structure, written by the office: the leading group's member units over time (joined / left, each
// with its named leader, contact and duties), sources (a plan implements its parent plan), issues → measures.
// Every write is versioned (409 on a stale screen) and audited in the same statement.
import type { IssueBody, IssueView, MeasureBody, MemberBody, MemberUpdateBody, MemberView, SourceBody, SourceView } from '../../../../common/api/ledger.ts';
import type { MemberRole } from '../../../../common/ledger/vocabulary.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Database, PendingWrite } from '../../../platform/db/index.ts';
import { runWrites, uuidv7, WriteRefused } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as repo from '../structure-repository.ts';
import { refuse, stale, type LedgerDeps } from './shared.ts';

const t2 = (zh: string, en: string) => ({ zh, en });
const WHAT = {
  member: t2('成员单位', 'Member unit'),
  source: t2('台账来源', 'Ledger source'),
  issue: t2('问题', 'Issue'),
  measure: t2('整改措施', 'Measure'),
};
const duplicate = (zh: string, en: string) => new AppError('CONFLICT', { zh, en });
const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export type SourceUpdateBody = SourceBody & { version: number };
/** An issue stays in its source and a measure under its issue (their tasks hang from them). */
export type IssueUpdateBody = Partial<Omit<IssueBody, 'sourceId'>> & { version: number };
export type MeasureUpdateBody = Partial<Omit<MeasureBody, 'issueId'>> & { version: number };

export function createStructure(database: Database, deps: LedgerDeps) {
  const { db } = database;

  /** Sends the writes; a versioned one touching nothing means someone saved first (409 with the version now). */
  async function save(writes: PendingWrite[], current: () => Promise<number | undefined>, what: { zh: string; en: string }) {
    try {
      await runWrites(db, writes);
    } catch (error) {
      if (error instanceof WriteRefused && error.reason === repo.STALE) throw stale((await current()) ?? 0, what.zh, what.en.toLowerCase());
      throw error;
    }
  }

  async function departmentNames() {
    const all = await deps.org.departments();
    return { has: (id: string) => all.some((d) => d.id === id), name: (id: string) => all.find((d) => d.id === id)?.name ?? id };
  }

  /** How one kind of node (an issue, a measure) is found, checked and written. */
  interface NodeSpec<B, R> {
    what: { zh: string; en: string };
    entity: string;
    parentOf: (body: B) => string;
    parentExists: (id: string) => Promise<boolean>;
    noParent: AppError;
    find: (id: string) => Promise<R | undefined | null>;
    parentIdOf: (row: R) => string;
    byCode: (parentId: string, code: string) => Promise<unknown>;
    taken: (code: string) => AppError;
    insertWrite: (row: Record<string, unknown>) => PendingWrite;
    updateWrite: (id: string, version: number, changes: Record<string, unknown>) => PendingWrite;
  }

  /** Create and update of a node with a code unique under its parent and a lead unit; versioned and audited. */
  function nodeWrites<B extends { code: string; leadDepartmentId?: string | null }, U extends { version: number; code?: string; leadDepartmentId?: string | null }, R extends { version: number; code: string }>(spec: NodeSpec<B, R>) {
    const action = spec.entity.replace('_', '.');
    return {
      async create(actor: Actor, body: B): Promise<R> {
        const parentId = spec.parentOf(body);
        if (!(await spec.parentExists(parentId))) throw spec.noParent;
        if (await spec.byCode(parentId, body.code)) throw spec.taken(body.code);
        await checkLead(body.leadDepartmentId);
        const id = uuidv7();
        await runWrites(db, [spec.insertWrite({ id, ...body }), auditWrite(actor, { action: `${action}.create`, entity: spec.entity, entityId: id, change: body })]);
        return (await spec.find(id))!;
      },

      async update(actor: Actor, id: string, body: U): Promise<R> {
        const row = await spec.find(id);
        if (!row) throw notFound(spec.what);
        if (row.version !== body.version) throw stale(row.version, spec.what.zh, spec.what.en.toLowerCase());
        const { version, ...fields } = body;
        const changes = defined(fields) as Partial<U>;
        const code = changes.code ?? row.code;
        if (code !== row.code && (await spec.byCode(spec.parentIdOf(row), code))) throw spec.taken(code);
        await checkLead(changes.leadDepartmentId);
        await save(
          [spec.updateWrite(id, version, changes as Record<string, unknown>), auditWrite(actor, { action: `${action}.update`, entity: spec.entity, entityId: id, change: changes })],
          async () => (await spec.find(id))?.version,
          spec.what,
        );
        return (await spec.find(id))!;
      },
    };
  }

  const memberView = (m: repo.MemberRow, name: (id: string) => string): MemberView => ({
    id: m.id,
    departmentId: m.departmentId,
    departmentName: name(m.departmentId),
    role: m.role as MemberRole,
    leaderName: m.leaderName,
    leaderTitle: m.leaderTitle,
    contactName: m.contactName,
    contactPhone: m.contactPhone,
    duties: m.duties,
    joinedOn: m.joinedOn,
    leftOn: m.leftOn,
    note: m.note,
    version: m.version,
  });

  const sourceView = (s: repo.SourceRow, counts: repo.Counted): SourceView => ({
    id: s.id,
    kind: s.kind as SourceView['kind'],
    code: s.code,
    title: s.title,
    documentNo: s.documentNo,
    issuedOn: s.issuedOn,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    parentId: s.parentId,
    note: s.note,
    version: s.version,
    tasks: counts.tasks,
    closed: counts.closed,
  });

  async function getSource(id: string): Promise<SourceView> {
    const s = await repo.findSource(db, id);
    if (!s) throw notFound(WHAT.source);
    return sourceView(s, await repo.sourceCounts(db, id));
  }

  /** A parent plan exists and is not the source itself nor one of the plans below it. */
  async function checkParent(id: string | null, parentId: string | null) {
    if (!parentId) return;
    if (!(await repo.findSource(db, parentId))) throw refuse('上级方案不存在', 'No such parent plan', 'body.parentId');
    if (id && (parentId === id || (await repo.ancestorsOf(db, parentId)).includes(id))) throw refuse('上级方案不能是本方案或其下级方案', 'A plan cannot implement itself or a plan below it', 'body.parentId');
  }

  async function checkLead(id: string | null | undefined) {
    if (id && !(await departmentNames()).has(id)) throw refuse('牵头单位不存在', 'No such lead unit', 'body.leadDepartmentId');
  }

  return {
    members: {
      /** The group on a date (or every membership ever), and who joined or left in a period. */
      async list(query: { on?: string; changesFrom?: string; changesTo?: string }) {
        const [{ name }, rows] = await Promise.all([departmentNames(), repo.listMembers(db, query.on)]);
        const from = query.changesFrom ?? query.changesTo;
        const to = query.changesTo ?? query.changesFrom;
        const changes = from && to ? await repo.memberChanges(db, from <= to ? from : to, from <= to ? to : from) : null;
        return {
          items: rows.map((m) => memberView(m, name)),
          changes: changes ? { joined: changes.joined.map((m) => memberView(m, name)), left: changes.left.map((m) => memberView(m, name)) } : null,
        };
      },

      async create(actor: Actor, body: MemberBody): Promise<MemberView> {
        const names = await departmentNames();
        if (!names.has(body.departmentId)) throw refuse('成员单位不存在', 'No such department', 'body.departmentId');
        const id = uuidv7();
        await runWrites(db, [repo.insertMemberWrite({ id, ...body }), auditWrite(actor, { action: 'ledger.member.create', entity: 'ledger_member', entityId: id, change: body })]);
        return memberView((await repo.findMember(db, id))!, names.name);
      },

      async update(actor: Actor, id: string, body: MemberUpdateBody): Promise<MemberView> {
        const m = await repo.findMember(db, id);
        if (!m) throw notFound(WHAT.member);
        if (m.version !== body.version) throw stale(m.version, WHAT.member.zh, 'member unit');
        const names = await departmentNames();
        if (body.departmentId && !names.has(body.departmentId)) throw refuse('成员单位不存在', 'No such department', 'body.departmentId');
        const { version, ...fields } = body;
        const changes = defined(fields);
        const joined = changes.joinedOn ?? m.joinedOn;
        const left = changes.leftOn === undefined ? m.leftOn : changes.leftOn;
        if (left && left < joined) throw refuse('退出日期不能早于加入日期', 'A unit cannot leave before it joined', 'body.leftOn');
        await save(
          [repo.updateMemberWrite(id, version, changes), auditWrite(actor, { action: 'ledger.member.update', entity: 'ledger_member', entityId: id, change: changes })],
          async () => (await repo.findMember(db, id))?.version,
          WHAT.member,
        );
        return memberView((await repo.findMember(db, id))!, names.name);
      },
    },

    sources: {
      async list(): Promise<SourceView[]> {
        return (await repo.listSources(db)).map((s) => sourceView(s, s));
      },
      get: getSource,

      async create(actor: Actor, body: SourceBody): Promise<SourceView> {
        if (await repo.findSourceByCode(db, body.code)) throw duplicate(`台账来源编号 ${body.code} 已存在`, `A source with code ${body.code} exists already`);
        await checkParent(null, body.parentId);
        const id = uuidv7();
        await runWrites(db, [repo.insertSourceWrite({ id, ...body }), auditWrite(actor, { action: 'ledger.source.create', entity: 'ledger_source', entityId: id, change: body })]);
        return getSource(id);
      },

      async update(actor: Actor, id: string, body: SourceUpdateBody): Promise<SourceView> {
        const s = await repo.findSource(db, id);
        if (!s) throw notFound(WHAT.source);
        if (s.version !== body.version) throw stale(s.version, WHAT.source.zh, 'source');
        const { version, ...fields } = body;
        if (fields.code !== s.code && (await repo.findSourceByCode(db, fields.code))) throw duplicate(`台账来源编号 ${fields.code} 已存在`, `A source with code ${fields.code} exists already`);
        await checkParent(id, fields.parentId);
        await save(
          [repo.updateSourceWrite(id, version, fields), auditWrite(actor, { action: 'ledger.source.update', entity: 'ledger_source', entityId: id, change: fields })],
          async () => (await repo.findSource(db, id))?.version,
          WHAT.source,
        );
        return getSource(id);
      },

      /** The source's issues → measures with task counts, and the tasks hung on no issue. */
      async tree(id: string): Promise<{ source: SourceView; issues: IssueView[]; unassigned: repo.Counted }> {
        const source = await getSource(id);
        const { issues, measures, byIssue, byMeasure } = await repo.treeOf(db, id);
        const none = { tasks: 0, closed: 0 };
        return {
          source,
          issues: issues.map((i) => ({
            id: i.id,
            sourceId: i.sourceId,
            code: i.code,
            title: i.title,
            detail: i.detail,
            indicator: i.indicator,
            leadDepartmentId: i.leadDepartmentId,
            version: i.version,
            measures: measures
              .filter((m) => m.issueId === i.id)
              .map((m) => ({ id: m.id, code: m.code, title: m.title, leadDepartmentId: m.leadDepartmentId, version: m.version, ...(byMeasure.get(m.id) ?? none) })),
            ...(byIssue.get(i.id) ?? none),
          })),
          unassigned: byIssue.get('') ?? none,
        };
      },
    },

    // An issue under its source, a measure under its issue: the same writes, told apart by their spec below.
    issues: nodeWrites<IssueBody, IssueUpdateBody, repo.IssueRow>({
      what: WHAT.issue,
      entity: 'ledger_issue',
      parentOf: (body) => body.sourceId,
      parentExists: async (id) => Boolean(await repo.findSource(db, id)),
      noParent: refuse('台账来源不存在', 'No such ledger source', 'body.sourceId'),
      find: (id) => repo.findIssue(db, id),
      parentIdOf: (row) => row.sourceId,
      byCode: (parentId, code) => repo.issueByCode(db, parentId, code),
      taken: (code) => duplicate(`问题编号 ${code} 在此来源中已存在`, `Issue ${code} exists in this source already`),
      insertWrite: (row) => repo.insertIssueWrite(row as Parameters<typeof repo.insertIssueWrite>[0]),
      updateWrite: repo.updateIssueWrite,
    }),

    measures: nodeWrites<MeasureBody, MeasureUpdateBody, repo.MeasureRow>({
      what: WHAT.measure,
      entity: 'ledger_measure',
      parentOf: (body) => body.issueId,
      parentExists: async (id) => Boolean(await repo.findIssue(db, id)),
      noParent: refuse('问题不存在', 'No such issue', 'body.issueId'),
      find: (id) => repo.findMeasure(db, id),
      parentIdOf: (row) => row.issueId,
      byCode: (parentId, code) => repo.measureByCode(db, parentId, code),
      taken: (code) => duplicate(`措施编号 ${code} 在此问题下已存在`, `Measure ${code} exists under this issue already`),
      insertWrite: (row) => repo.insertMeasureWrite(row as Parameters<typeof repo.insertMeasureWrite>[0]),
      updateWrite: repo.updateMeasureWrite,
    }),
  };
}

export type Structure = ReturnType<typeof createStructure>;
