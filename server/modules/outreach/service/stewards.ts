// 企业帮扶管家: a steward sent to a newly signed or newly established enterprise (有求必应、无事不扰). One active
// steward per enterprise (held by the database's outreach_steward_active_key): a second is refused until the first
// is ended, explicitly, with its date.
import type { z } from 'zod';
import type { OutreachListQuery, StewardBody, StewardView, stewardEndBody } from '../../../../common/api/outreach.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import * as repo from '../repository.ts';
import { departmentBook, notFuture, oneOf, paged, refuse, requireEnterprise, stale, WHAT, type DepartmentBook, type OutreachDeps } from './shared.ts';

export function presentSteward(r: repo.StewardListRow, book: DepartmentBook): StewardView {
  return {
    id: r.id,
    uscc: r.uscc,
    enterpriseName: r.enterpriseName,
    reason: r.reason as StewardView['reason'],
    stewardUserId: r.stewardUserId,
    stewardName: r.stewardName,
    stewardPhone: r.stewardPhone,
    departmentId: r.departmentId,
    departmentName: book.name(r.departmentId),
    assignedOn: r.assignedOn,
    endedOn: r.endedOn,
    note: r.note,
    contacts: r.contacts,
    openProblems: r.openProblems,
    version: r.version,
  };
}

const ACTIVE_KEY = 'outreach_steward_active_key';

/** The database refused a second active steward (SQLSTATE 23505 on the one-active index; either driver, possibly wrapped). */
function isActiveStewardClash(error: unknown): boolean {
  for (let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return e.constraint === undefined || e.constraint === ACTIVE_KEY;
  }
  return false;
}

/** 422: the enterprise already has an active steward (named when still found; it may have ended meanwhile). */
/** A steward named by account must be an enabled staff user (an applicant account or a typo is refused). */
async function requireStaffUser(deps: OutreachDeps, id: string, path: string) {
  const user = await deps.org.user(id);
  if (!user || user.kind !== 'staff') throw refuse('帮扶管家须为本平台的工作人员账号', 'The steward must be a staff account of the platform', path);
  if (user.disabled) throw refuse(`账号“${user.name}”已停用，不能担任帮扶管家`, `The account of ${user.name} is disabled and cannot be a steward`, path);
}

function alreadyServed(name: string, current: repo.StewardRow | null) {
  return current
    ? refuse(
        `${name}已有在岗帮扶管家（${current.stewardName}，${current.assignedOn} 起），请先结束其帮扶再派驻新管家`,
        `${name} already has an active steward (${current.stewardName}, since ${current.assignedOn}); end that assignment first`,
        'body.uscc',
      )
    : refuse(`${name}已有在岗帮扶管家，请先结束其帮扶再派驻新管家`, `${name} already has an active steward; end that assignment first`, 'body.uscc');
}

export function createStewards(database: Database, deps: OutreachDeps) {
  const { db } = database;

  async function view(id: string) {
    const row = await repo.stewardWithCounts(db, id);
    if (!row) throw notFound(WHAT.steward);
    return presentSteward(row, await departmentBook(deps));
  }

  return {
    view,

    /** Assigns a steward; 422 for an enterprise not in the registry or one that already has an active steward. */
    async assign(actor: Actor, body: StewardBody, now = new Date()): Promise<StewardView> {
      notFuture(body.assignedOn, now, 'body.assignedOn');
      const [entity, book] = await Promise.all([requireEnterprise(deps, body.uscc), departmentBook(deps)]);
      book.require(body.departmentId, 'body.departmentId');
      if (body.stewardUserId) await requireStaffUser(deps, body.stewardUserId, 'body.stewardUserId');
      const id = uuidv7();
      const row: repo.NewSteward = {
        id,
        uscc: entity.uscc,
        enterpriseName: entity.name,
        reason: body.reason,
        stewardUserId: body.stewardUserId,
        stewardName: body.stewardName,
        stewardPhone: body.stewardPhone,
        departmentId: body.departmentId,
        assignedOn: body.assignedOn,
        note: body.note,
      };
      try {
        await db.transaction(async (tx) => {
          await repo.insertSteward(tx, row);
          await appendAudit(tx, actor, { action: 'outreach.steward.assign', entity: 'outreach_steward', entityId: id, change: row });
        });
      } catch (error) {
        if (!isActiveStewardClash(error)) throw error;
        throw alreadyServed(entity.name, await repo.activeSteward(db, entity.uscc));
      }
      return view(id);
    },

    /** Ends a steward's assignment (the version seen; 409 when it changed meanwhile). */
    async end(actor: Actor, id: string, body: z.infer<typeof stewardEndBody>, now = new Date()): Promise<StewardView> {
      notFuture(body.endedOn, now, 'body.endedOn');
      const current = await repo.findSteward(db, id);
      if (!current) throw notFound(WHAT.steward);
      if (current.endedOn) throw refuse(`该帮扶管家已于 ${current.endedOn} 结束帮扶`, `This steward's assignment already ended on ${current.endedOn}`);
      if (body.endedOn < current.assignedOn) throw refuse('结束日期不能早于派驻日期', 'The end cannot be before the assignment', 'body.endedOn');
      await db.transaction(async (tx) => {
        const row = await repo.endSteward(tx, id, body.version, body.endedOn, body.note);
        if (!row) throw stale(WHAT.steward, current.version);
        await appendAudit(tx, actor, { action: 'outreach.steward.end', entity: 'outreach_steward', entityId: id, change: { endedOn: body.endedOn, note: body.note ?? null } });
      });
      return view(id);
    },

    async list(query: OutreachListQuery) {
      const state = oneOf(query.state, ['active', 'ended'] as const, 'query.state');
      const [{ rows, total }, book] = await Promise.all([
        repo.listStewards(database.readDb, { uscc: query.uscc, state, departmentId: query.departmentId, q: query.q, from: query.from, to: query.to }, query.page, query.pageSize),
        departmentBook(deps),
      ]);
      return paged(
        rows.map((r) => presentSteward(r, book)),
        total,
        query,
      );
    },
  };
}

export type Stewards = ReturnType<typeof createStewards>;
