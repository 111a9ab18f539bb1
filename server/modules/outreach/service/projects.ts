// 重点项目 and their 堵点: key projects of registered enterprises, approval blockers by stage and the department
// holding them, solved one by one or at a coordination meeting (推进会) that records which it solved — solving
// them in the meeting's own transaction, each at the version its editor saw (409 otherwise).
import type { z } from 'zod';
import type { BlockerBody, BlockerView, OutreachListQuery, ProjectBody, ProjectMeetingBody, ProjectMeetingView, ProjectView, projectDetail, solveBlockerBody } from '../../../../common/api/outreach.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { toNumber, uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as repo from '../projects-repository.ts';
import { departmentBook, inScope, invalid, notFuture, oneOf, paged, refuse, requireEnterprise, scopeOf, stale, WHAT, type DepartmentBook, type OutreachDeps } from './shared.ts';

export function presentProject(r: repo.ProjectListRow): ProjectView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    uscc: r.uscc,
    enterpriseName: r.enterpriseName,
    regionCode: r.regionCode,
    investment: toNumber(r.investment),
    stage: r.stage as ProjectView['stage'],
    year: r.year,
    departmentId: r.departmentId,
    blockers: r.blockers,
    solved: r.solved,
    version: r.version,
  };
}

export function presentBlocker(r: repo.BlockerRow, book: DepartmentBook): BlockerView {
  return {
    id: r.id,
    projectId: r.projectId,
    stage: r.stage as BlockerView['stage'],
    departmentId: r.departmentId,
    departmentName: book.name(r.departmentId),
    title: r.title,
    detail: r.detail,
    foundOn: r.foundOn,
    state: r.state as BlockerView['state'],
    solvedOn: r.solvedOn,
    solvedMeetingId: r.solvedMeetingId,
    solution: r.solution,
    version: r.version,
  };
}

export function createProjects(database: Database, deps: OutreachDeps) {
  const { db } = database;

  async function detail(p: Principal, id: string): Promise<z.infer<typeof projectDetail>> {
    const scope = await scopeOf(deps, p);
    const [row, blockers, book] = await Promise.all([repo.projectWithCounts(db, id, scope), repo.blockersOfProject(db, id, scope), departmentBook(deps)]);
    if (!row || (!inScope(scope, row.departmentId) && blockers.length === 0)) throw notFound(WHAT.project);
    return { ...presentProject(row), blockerList: blockers.map((b) => presentBlocker(b, book)) };
  }

  async function blockerView(id: string) {
    const [row, book] = await Promise.all([repo.findBlocker(db, id), departmentBook(deps)]);
    if (!row) throw notFound(WHAT.blocker);
    return presentBlocker(row, book);
  }

  async function meetingViews(rows: repo.MeetingRow[]): Promise<ProjectMeetingView[]> {
    const solved = await repo.solvedAtMeetings(database.readDb, rows.map((m) => m.id));
    return rows.map((m) => ({
      id: m.id,
      heldOn: m.heldOn,
      title: m.title,
      chair: m.chair,
      departmentIds: m.departmentIds,
      minutes: m.minutes,
      solved: solved.filter((s) => s.meetingId === m.id).map(({ id, title, projectName }) => ({ id, title, projectName })),
    }));
  }

  return {
    detail,
    blockerView,

    async create(actor: Actor, p: Principal, body: ProjectBody): Promise<z.infer<typeof projectDetail>> {
      const [entity, book] = await Promise.all([requireEnterprise(deps, body.uscc), departmentBook(deps)]);
      if (body.departmentId) book.require(body.departmentId, 'body.departmentId');
      if (await repo.projectByCode(db, body.code)) throw new AppError('CONFLICT', { zh: `项目编号 ${body.code} 已存在`, en: `A project numbered ${body.code} exists already` }, [{ path: 'body.code', message: { zh: '已存在', en: 'exists already' } }]);
      const row: repo.NewProject = { id: uuidv7(), code: body.code, name: body.name, uscc: entity.uscc, enterpriseName: entity.name, regionCode: body.regionCode, investment: String(body.investment), stage: body.stage, year: body.year, departmentId: body.departmentId };
      await db.transaction(async (tx) => {
        await repo.insertProject(tx, row);
        await appendAudit(tx, actor, { action: 'outreach.project.create', entity: 'key_project', entityId: row.id, change: row });
      });
      return detail(p, row.id!);
    },

    async list(p: Principal, query: OutreachListQuery) {
      const state = oneOf(query.state, ['blocked', 'unblocked', 'clear'] as const, 'query.state');
      const scope = await scopeOf(deps, p);
      const { rows, total } = await repo.listProjects(database.readDb, { departments: scope, uscc: query.uscc, stage: query.stage, year: query.year, state, departmentId: query.departmentId, q: query.q }, query.page, query.pageSize);
      return paged(rows.map(presentProject), total, query);
    },

    /** A blocker found on a project, at a stage, held by a department. */
    async addBlocker(actor: Actor, projectId: string, body: BlockerBody, now = new Date()): Promise<BlockerView> {
      notFuture(body.foundOn, now, 'body.foundOn');
      const [project, book] = await Promise.all([repo.findProject(db, projectId), departmentBook(deps)]);
      if (!project) throw notFound(WHAT.project);
      book.require(body.departmentId, 'body.departmentId');
      const row: repo.NewBlocker = { id: uuidv7(), projectId, stage: body.stage, departmentId: body.departmentId, title: body.title, detail: body.detail, foundOn: body.foundOn, state: 'open' };
      await db.transaction(async (tx) => {
        await repo.insertBlocker(tx, row);
        await repo.touchProject(tx, projectId);
        await appendAudit(tx, actor, { action: 'outreach.blocker.create', entity: 'project_blocker', entityId: row.id, change: row });
      });
      return blockerView(row.id!);
    },

    /** Solves one blocker, at a meeting already recorded or without one. */
    async solve(actor: Actor, id: string, body: z.infer<typeof solveBlockerBody>, now = new Date()): Promise<BlockerView> {
      notFuture(body.solvedOn, now, 'body.solvedOn');
      const current = await repo.findBlocker(db, id);
      if (!current) throw notFound(WHAT.blocker);
      if (current.state === 'solved') throw refuse(`该堵点已于 ${current.solvedOn} 解决`, `This blocker was solved on ${current.solvedOn}`);
      if (body.solvedOn < current.foundOn) throw invalid('body.solvedOn', '解决日期不能早于发现日期', 'it cannot be solved before it was found');
      if (body.meetingId && !(await repo.findMeeting(db, body.meetingId))) throw refuse('推进会不存在', 'No such coordination meeting', 'body.meetingId');
      await db.transaction(async (tx) => {
        const row = await repo.solveBlocker(tx, id, body.version, { solvedOn: body.solvedOn, solution: body.solution, meetingId: body.meetingId });
        if (!row) throw stale(WHAT.blocker, current.version);
        await repo.touchProject(tx, current.projectId);
        await appendAudit(tx, actor, { action: 'outreach.blocker.solve', entity: 'project_blocker', entityId: id, change: { solvedOn: body.solvedOn, solution: body.solution, meetingId: body.meetingId } });
      });
      return blockerView(id);
    },

    /** Records a coordination meeting and solves the blockers it settled, all in one transaction. */
    async holdMeeting(actor: Actor, body: ProjectMeetingBody, now = new Date()): Promise<ProjectMeetingView> {
      notFuture(body.heldOn, now, 'body.heldOn');
      const book = await departmentBook(deps);
      body.departmentIds.forEach((d, i) => book.require(d, `body.departmentIds.${i}`));
      const ids = body.solved.map((s) => s.blockerId);
      const dup = ids.findIndex((x, i) => ids.indexOf(x) !== i);
      if (dup >= 0) throw invalid(`body.solved.${dup}.blockerId`, '同一堵点列了两次', 'the same blocker is listed twice');
      const found = new Map((await repo.blockersByIds(db, ids)).map((b) => [b.id, b]));
      body.solved.forEach((s, i) => {
        const b = found.get(s.blockerId);
        if (!b) throw refuse('堵点不存在', 'No such blocker', `body.solved.${i}.blockerId`);
        if (b.state === 'solved') throw refuse(`堵点“${b.title}”已于 ${b.solvedOn} 解决`, `The blocker “${b.title}” was solved on ${b.solvedOn}`, `body.solved.${i}.blockerId`);
        if (b.foundOn > body.heldOn) throw refuse(`堵点“${b.title}”发现于会后（${b.foundOn}）`, `The blocker “${b.title}” was found after the meeting (${b.foundOn})`, `body.solved.${i}.blockerId`);
      });
      const meeting: repo.NewMeeting = { id: uuidv7(), heldOn: body.heldOn, title: body.title, chair: body.chair, departmentIds: body.departmentIds, minutes: body.minutes };
      await db.transaction(async (tx) => {
        await repo.insertMeeting(tx, meeting);
        for (const s of body.solved) {
          const b = found.get(s.blockerId)!;
          const row = await repo.solveBlocker(tx, s.blockerId, s.version, { solvedOn: body.heldOn, solution: s.solution, meetingId: meeting.id! });
          if (!row) throw stale({ zh: `堵点“${b.title}”`, en: `Blocker “${b.title}”` }, b.version);
          await appendAudit(tx, actor, { action: 'outreach.blocker.solve', entity: 'project_blocker', entityId: s.blockerId, change: { solvedOn: body.heldOn, solution: s.solution, meetingId: meeting.id } });
        }
        for (const projectId of new Set([...found.values()].map((b) => b.projectId))) await repo.touchProject(tx, projectId);
        await appendAudit(tx, actor, { action: 'outreach.meeting.create', entity: 'project_meeting', entityId: meeting.id, change: { ...meeting, solved: ids } });
      });
      const [view] = await meetingViews([(await repo.findMeeting(db, meeting.id!))!]);
      return view!;
    },

    async meetings(query: OutreachListQuery) {
      const { rows, total } = await repo.listMeetings(database.readDb, { from: query.from, to: query.to, q: query.q }, query.page, query.pageSize);
      return paged(await meetingViews(rows), total, query);
    },
  };
}

export type Projects = ReturnType<typeof createProjects>;
