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

    issues: {
      async create(actor: Actor, body: IssueBody): Promise<repo.IssueRow> {
        if (!(await repo.findSource(db, body.sourceId))) throw refuse('台账来源不存在', 'No such ledger source', 'body.sourceId');
        if (await repo.issueByCode(db, body.sourceId, body.code)) throw duplicate(`问题编号 ${body.code} 在此来源中已存在`, `Issue ${body.code} exists in this source already`);
        await checkLead(body.leadDepartmentId);
        const id = uuidv7();
        await runWrites(db, [repo.insertIssueWrite({ id, ...body }), auditWrite(actor, { action: 'ledger.issue.create', entity: 'ledger_issue', entityId: id, change: body })]);
        return (await repo.findIssue(db, id))!;
      },

      async update(actor: Actor, id: string, body: IssueUpdateBody): Promise<repo.IssueRow> {
        const i = await repo.findIssue(db, id);
        if (!i) throw notFound(WHAT.issue);
        if (i.version !== body.version) throw stale(i.version, WHAT.issue.zh, 'issue');
        const { version, ...fields } = body;
        const changes = defined(fields);
        const code = changes.code ?? i.code;
        if (code !== i.code && (await repo.issueByCode(db, i.sourceId, code))) throw duplicate(`问题编号 ${code} 在此来源中已存在`, `Issue ${code} exists in this source already`);
        await checkLead(changes.leadDepartmentId);
        await save(
          [repo.updateIssueWrite(id, version, changes), auditWrite(actor, { action: 'ledger.issue.update', entity: 'ledger_issue', entityId: id, change: changes })],
          async () => (await repo.findIssue(db, id))?.version,
          WHAT.issue,
        );
        return (await repo.findIssue(db, id))!;
      },
    },

    measures: {
      async create(actor: Actor, body: MeasureBody): Promise<repo.MeasureRow> {
        if (!(await repo.findIssue(db, body.issueId))) throw refuse('问题不存在', 'No such issue', 'body.issueId');
        if (await repo.measureByCode(db, body.issueId, body.code)) throw duplicate(`措施编号 ${body.code} 在此问题下已存在`, `Measure ${body.code} exists under this issue already`);
        await checkLead(body.leadDepartmentId);
        const id = uuidv7();
        await runWrites(db, [repo.insertMeasureWrite({ id, ...body }), auditWrite(actor, { action: 'ledger.measure.create', entity: 'ledger_measure', entityId: id, change: body })]);
        return (await repo.findMeasure(db, id))!;
      },

      async update(actor: Actor, id: string, body: MeasureUpdateBody): Promise<repo.MeasureRow> {
        const m = await repo.findMeasure(db, id);
        if (!m) throw notFound(WHAT.measure);
        if (m.version !== body.version) throw stale(m.version, WHAT.measure.zh, 'measure');
        const { version, ...fields } = body;
        const changes = defined(fields);
        const code = changes.code ?? m.code;
        if (code !== m.code && (await repo.measureByCode(db, m.issueId, code))) throw duplicate(`措施编号 ${code} 在此问题下已存在`, `Measure ${code} exists under this issue already`);
        await checkLead(changes.leadDepartmentId);
        await save(
          [repo.updateMeasureWrite(id, version, changes), auditWrite(actor, { action: 'ledger.measure.update', entity: 'ledger_measure', entityId: id, change: changes })],
          async () => (await repo.findMeasure(db, id))?.version,
          WHAT.measure,
        );
        return (await repo.findMeasure(db, id))!;
      },
    },
  };
}

export type Structure = ReturnType<typeof createStructure>;
