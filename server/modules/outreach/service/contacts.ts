// 企业对接 and 实地走访: a contact with an enterprise and the problems it raised (each a row of its own, written
// with the contact); a problem routed to a unit with a due date (交办, optionally made a ledger task in the same
// transaction), answered by that unit: solved, or explained (无法解决、已解释说明).
import type { z } from 'zod';
import { CONTACT_KINDS, PROBLEM_STATES, type ContactBody, type ContactView, type OutreachListQuery, type ProblemView, type answerProblemBody, type routeProblemBody } from '../../../../common/api/outreach.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import * as repo from '../repository.ts';
import { departmentBook, inScope, invalid, notFuture, oneOf, paged, refuse, requireEnterprise, scopeOf, stale, today, WHAT, writes, type DepartmentBook, type OutreachDeps } from './shared.ts';

export function presentProblem(r: repo.ProblemRow, book: DepartmentBook): ProblemView {
  return {
    id: r.id,
    contactId: r.contactId,
    uscc: r.uscc,
    enterpriseName: r.enterpriseName,
    title: r.title,
    detail: r.detail,
    raisedOn: r.raisedOn,
    state: r.state as ProblemView['state'],
    departmentId: r.departmentId,
    departmentName: r.departmentId ? book.name(r.departmentId) : null,
    dueOn: r.dueOn,
    answer: r.answer,
    solvedAt: r.solvedAt ? r.solvedAt.toISOString() : null,
    ledgerTaskId: r.ledgerTaskId,
    version: r.version,
  };
}

export function presentContact(r: repo.ContactRow, problems: repo.ProblemRow[], book: DepartmentBook): ContactView {
  return {
    id: r.id,
    uscc: r.uscc,
    enterpriseName: r.enterpriseName,
    kind: r.kind as ContactView['kind'],
    heldOn: r.heldOn,
    staff: r.staff,
    departmentId: r.departmentId,
    summary: r.summary,
    problems: problems.filter((p) => p.contactId === r.id).map((p) => presentProblem(p, book)),
  };
}

export function createContacts(database: Database, deps: OutreachDeps) {
  const { db } = database;

  async function contactView(id: string) {
    const row = await repo.findContact(db, id);
    if (!row) throw notFound(WHAT.contact);
    const [problems, book] = await Promise.all([repo.problemsOfContacts(db, [id]), departmentBook(deps)]);
    return presentContact(row, problems, book);
  }

  /** A problem the principal may see: the office, leaders and admins any; a unit's staff those routed to their departments. */
  async function readable(p: Principal, id: string) {
    const row = await repo.findProblem(db, id);
    if (!row || !inScope(await scopeOf(deps, p), row.departmentId)) throw notFound(WHAT.problem);
    return row;
  }

  async function problemView(id: string) {
    const [row, book] = await Promise.all([repo.findProblem(db, id), departmentBook(deps)]);
    if (!row) throw notFound(WHAT.problem);
    return presentProblem(row, book);
  }

  return {
    contactView,

    /** Records a contact or visit with the problems raised at it, in one transaction. */
    async record(actor: Actor, p: Principal, body: ContactBody, now = new Date()): Promise<ContactView> {
      notFuture(body.heldOn, now, 'body.heldOn');
      const [entity, book] = await Promise.all([requireEnterprise(deps, body.uscc), departmentBook(deps)]);
      if (body.departmentId) book.require(body.departmentId, 'body.departmentId');
      const id = uuidv7();
      const contact: repo.NewContact = { id, uscc: entity.uscc, enterpriseName: entity.name, kind: body.kind, heldOn: body.heldOn, staff: body.staff, departmentId: body.departmentId, summary: body.summary, createdBy: p.userId };
      const problems: repo.NewProblem[] = body.problems.map((x) => ({ id: uuidv7(), contactId: id, uscc: entity.uscc, enterpriseName: entity.name, title: x.title, detail: x.detail, raisedOn: body.heldOn, state: 'open' }));
      await db.transaction(async (tx) => {
        await repo.insertContact(tx, contact);
        await repo.insertProblems(tx, problems);
        await appendAudit(tx, actor, { action: `outreach.contact.${body.kind}`, entity: 'outreach_contact', entityId: id, change: { ...contact, problems: problems.map((x) => ({ id: x.id, title: x.title })) } });
      });
      return contactView(id);
    },

    async listContacts(query: OutreachListQuery) {
      const kind = oneOf(query.kind, CONTACT_KINDS, 'query.kind');
      const [{ rows, total }, book] = await Promise.all([
        repo.listContacts(database.readDb, { uscc: query.uscc, kind, departmentId: query.departmentId, q: query.q, from: query.from, to: query.to }, query.page, query.pageSize),
        departmentBook(deps),
      ]);
      const problems = await repo.problemsOfContacts(database.readDb, rows.map((r) => r.id));
      return paged(
        rows.map((r) => presentContact(r, problems, book)),
        total,
        query,
      );
    },

    /** Problems: the office, leaders and admins see all; a unit's staff those routed to their departments. */
    async listProblems(p: Principal, query: OutreachListQuery) {
      const state = oneOf(query.state, [...PROBLEM_STATES, 'pending'] as const, 'query.state');
      const [scope, book] = await Promise.all([scopeOf(deps, p), departmentBook(deps)]);
      const { rows, total } = await repo.listProblems(database.readDb, { departments: scope, uscc: query.uscc, state, departmentId: query.departmentId, q: query.q, from: query.from, to: query.to }, query.page, query.pageSize);
      return paged(
        rows.map((r) => presentProblem(r, book)),
        total,
        query,
      );
    },

    async problem(p: Principal, id: string) {
      await readable(p, id);
      return problemView(id);
    },

    /**
     * 交办: routes a problem to a unit by a due date. With `toLedger` it also becomes a ledger task (source
     * 'enterprise') in the same transaction; the ledger makes one task per problem however often this is asked.
     */
    async route(actor: Actor, id: string, body: z.infer<typeof routeProblemBody>, now = new Date()): Promise<ProblemView> {
      const [current, book] = await Promise.all([repo.findProblem(db, id), departmentBook(deps)]);
      if (!current) throw notFound(WHAT.problem);
      if (current.state === 'solved' || current.state === 'explained') throw refuse('问题已办结，不能再交办', 'The problem is settled: it cannot be routed again');
      const unit = book.require(body.departmentId, 'body.departmentId');
      if (body.dueOn < today(now) || body.dueOn < current.raisedOn) throw invalid('body.dueOn', '办理期限不能早于今天', 'the due date cannot be before today');
      if (current.ledgerTaskId && current.departmentId !== body.departmentId) {
        throw refuse('该问题已转为台账任务，改派承办单位请在督办台账中调整', 'The problem is a ledger task already: change its unit on the ledger', 'body.departmentId');
      }
      await db.transaction(async (tx) => {
        const routed = await repo.updateProblem(tx, id, body.version, { state: 'routed', departmentId: body.departmentId, dueOn: body.dueOn, routedAt: now });
        if (!routed) throw stale(WHAT.problem, current.version);
        let task: { id: string; number: string; created: boolean } | null = null;
        if (body.toLedger) {
          task = await deps.ledger.createFromOrigin(
            actor,
            {
              sourceKind: 'enterprise',
              originType: 'enterprise_problem',
              originId: id,
              title: `${current.enterpriseName}：${current.title}`.slice(0, 200),
              detail: current.detail,
              leadDepartmentId: body.departmentId,
              startsOn: today(now),
              dueOn: body.dueOn,
              expectedResult: '问题解决并答复企业',
              at: now,
            },
            tx,
          );
          if (routed.ledgerTaskId !== task.id) await repo.setProblemTask(tx, id, task.id);
        }
        await appendAudit(tx, actor, {
          action: 'outreach.problem.route',
          entity: 'outreach_problem',
          entityId: id,
          change: { departmentId: body.departmentId, departmentName: unit.name, dueOn: body.dueOn, ledgerTaskId: task?.id ?? current.ledgerTaskId, ledgerTaskNumber: task?.number ?? null },
        });
      });
      return problemView(id);
    },

    /** The unit's answer: solved, or explained. The office may answer any open problem itself. */
    async answer(actor: Actor, p: Principal, id: string, body: z.infer<typeof answerProblemBody>, now = new Date()): Promise<ProblemView> {
      const current = await readable(p, id);
      if (current.state === 'solved' || current.state === 'explained') throw refuse('问题已办结', 'The problem is settled already');
      if (current.state === 'open' && !writes(p)) throw refuse('问题尚未交办', 'The problem has not been routed yet');
      await db.transaction(async (tx) => {
        const row = await repo.updateProblem(tx, id, body.version, { state: body.outcome, answer: body.answer, solvedAt: now });
        if (!row) throw stale(WHAT.problem, current.version);
        await appendAudit(tx, actor, { action: `outreach.problem.${body.outcome}`, entity: 'outreach_problem', entityId: id, change: { outcome: body.outcome, answer: body.answer, departmentId: current.departmentId } });
      });
      return problemView(id);
    },
  };
}

export type Contacts = ReturnType<typeof createContacts>;
