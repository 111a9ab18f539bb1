// Reading applications: one application in full (timeline, holders, what I may do now, members,
// materials, result), my own list, the staff list with filters, and the work queue with deadline lights.
import type { z } from 'zod';
import type { ApplicationDetail, applicationsQuery, queueQuery } from '../../../../common/api/applications.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { holderKey } from '../../../platform/workflow/index.ts';
import * as queueRepo from '../queue-repository.ts';
import * as repo from '../repository.ts';
import { applicationWorkflow } from '../workflow.ts';
import { holderNames, isStaff, mayRead, readable, seesAll, stateLabel, summaries, workflowActorOf, type ApplicationsDeps } from './shared.ts';

/** Actions a user is offered: the engine's answer, less those the application's own rules rule out. */
function offered(actions: { key: string; label: { zh: string; en: string }; effect: string; commentRequired: boolean }[], row: repo.ApplicationRow, onTheSpot: boolean) {
  return actions.filter((a) => {
    if (a.key === 'deemAccept') return false;
    if (a.key === 'approveOnSpot') return onTheSpot;
    if (a.key === 'approveOnCommitment') return row.commitment;
    return true;
  });
}

export function createQueryService(database: Database, deps: ApplicationsDeps) {
  const { readDb } = database;

  async function detail(p: Principal, id: string, now = new Date()): Promise<ApplicationDetail> {
    const row = await repo.findApplication(database.db, id);
    const view = row?.caseId ? await deps.workflow.get(row.caseId, now) : null;
    await readable(deps, p, row, view ? view.holders.flatMap((h) => [holderKey(h.holder), ...(h.delegatedTo ? [`user:${h.delegatedTo}`] : [])]) : []);
    const r = row!;
    const [summary] = await summaries(deps, [r], now);
    const history = r.caseId ? await deps.workflow.history(r.caseId) : [];
    const actorNames = await deps.org.userNames([...new Set(history.flatMap((h) => (h.actorId ? [h.actorId] : [])))]);
    const item = r.itemId ? await deps.catalog.edition(r.itemId).catch(() => null) : null;
    const actions = r.caseId ? offered(await deps.workflow.actionsFor(r.caseId, workflowActorOf(p)), r, Boolean(item?.onTheSpot)) : [];
    const files = await deps.files.describe([...new Set(r.materials.flatMap((m) => m.fileIds))]);
    const licence = r.resultLicenceId ? await deps.registry.licence(r.resultLicenceId) : null;
    const postCheck = await repo.postCheckOf(database.db, r.id);
    const lastCorrection = [...history].reverse().find((h) => h.action === 'requestCorrection');
    const members = r.kind === 'bundle' ? await summaries(deps, await repo.membersOf(database.db, r.id), now) : [];
    const staffView = isStaff(p);
    return {
      ...summary!,
      itemId: r.itemId,
      bundleId: r.bundleId,
      intakeDepartmentName: r.intakeDepartmentId ? await deps.org.departmentName(r.intakeDepartmentId) : null,
      assistedByName: r.assistedBy ? ((await deps.org.userNames([r.assistedBy])).get(r.assistedBy) ?? null) : null,
      contactPhone: r.contactPhoneMasked,
      formData: r.formData,
      materials: r.materials.map((m) => ({
        key: m.key,
        name: m.name,
        required: m.required,
        status: m.status,
        files: m.fileIds.flatMap((f) => (files.get(f) ? [files.get(f)!] : [])),
        licenceNumber: m.licenceNumber,
        fetchedFrom: m.status === 'fetched' ? (m.licenceId ? ('registry' as const) : ('department' as const)) : null,
      })),
      exemptedCount: r.exemptedCount,
      delivery: r.delivery as ApplicationDetail['delivery'],
      postAddress: staffView || r.applicantUserId === p.userId ? r.postAddress : null,
      postStatus: r.postStatus as ApplicationDetail['postStatus'],
      postTracking: r.postTracking,
      result: licence ? { licenceId: licence.id, number: licence.number, verificationCode: licence.verificationCode, typeName: licence.typeName, revoked: licence.revoked } : null,
      holders: view && !view.ended ? await holderNames(deps, view) : [],
      stateDueAt: view?.stateDueAt ?? null,
      paused: view?.paused ?? false,
      workingDays: r.workingDays,
      history: history.map((h) => ({
        at: h.at.toISOString(),
        action: h.action,
        actionLabel: h.action === 'open' ? { zh: '提交申请', en: 'Submitted' } : (applicationWorkflow.actions[h.action]?.label ?? { zh: h.action, en: h.action }),
        actorName: h.actorId ? (actorNames.get(h.actorId) ?? null) : h.action === 'deemAccept' ? '系统 / System' : null,
        fromState: h.fromState,
        toState: h.toState,
        comment: h.comment,
        data: h.data,
      })),
      actions,
      members,
      correction:
        r.state === 'correction' && lastCorrection
          ? { requestedAt: lastCorrection.at.toISOString(), missing: (lastCorrection.data.missing as string[] | undefined) ?? [], comment: lastCorrection.comment }
          : null,
      postCheck: postCheck ? { id: postCheck.id, result: postCheck.result as 'pending' | 'passed' | 'failed', dueOn: postCheck.dueOn, findings: postCheck.findings } : null,
      version: view && r.kind !== 'bundle' ? view.version : r.version,
    };
  }

  const filterOf = async (p: Principal, q: z.infer<typeof applicationsQuery>, now: Date): Promise<repo.ListFilter> => ({
    departments: seesAll(p) ? 'all' : await deps.org.visibleDepartments(p),
    kinds: ['item', 'bundle'],
    ...(q.q ? { q: q.q } : {}),
    ...(q.state ? { state: q.state } : {}),
    ...(q.channel ? { channel: q.channel } : {}),
    ...(q.departmentId ? { departmentId: q.departmentId } : {}),
    ...(q.itemCode ? { itemCode: q.itemCode } : {}),
    ...(q.overdue ? { overdueAt: now } : {}),
    ...(q.from ? { from: new Date(`${q.from}T00:00:00+08:00`) } : {}),
    ...(q.to ? { to: new Date(Date.parse(`${q.to}T00:00:00+08:00`) + 86_400_000) } : {}),
  });

  return {
    detail,
    filterOf,

    /** An application's plain facts for another room (a window visit's rating), or null. */
    async facts(id: string) {
      const row = await repo.findApplication(database.db, id);
      return row ? { id: row.id, title: row.title, number: row.number, departmentId: row.departmentId, itemCode: row.itemCode ?? row.bundleCode } : null;
    },

    /** Whether the principal may read the application with this id (files attached to it follow this). */
    async mayReadId(p: Principal, id: string) {
      const row = await repo.findApplication(database.db, id);
      return row !== null && (await mayRead(deps, p, row));
    },

    async mine(p: Principal, q: { page: number; pageSize: number; state?: string | undefined }) {
      const { rows, total } = await repo.list(readDb, { applicantUserId: p.userId!, kinds: ['item', 'bundle'], includeDrafts: true, ...(q.state ? { state: q.state } : {}) }, q.page, q.pageSize);
      return { items: await summaries(deps, rows), total, page: q.page, pageSize: q.pageSize };
    },

    async list(p: Principal, q: z.infer<typeof applicationsQuery>, now = new Date()) {
      const { rows, total } = await repo.list(readDb, await filterOf(p, q, now), q.page, q.pageSize);
      return { items: await summaries(deps, rows, now), total, page: q.page, pageSize: q.pageSize };
    },

    /** The user's queue and their department's, soonest deadline first, with deadline filters. */
    async queue(p: Principal, q: z.infer<typeof queueQuery>, now = new Date()) {
      const who = workflowActorOf(p);
      const holderKeys = [`user:${who.userId}`, ...(who.departmentId ? [`department:${who.departmentId}`] : [])];
      const calendar = await deps.calendar();
      // The tabs agree with the light (deadlineOf): due by the end of the second working day is a warning, and
      // that end (23:59:59.999) is itself every working-day deadline's instant, so the warning window includes it.
      const soon = new Date(calendar.dueAt(now, { unit: 'workingDays', value: 2 }).getTime() + 1);
      const window =
        q.deadline === 'overdue' ? { dueBefore: now } : q.deadline === 'warning' ? { dueAfter: now, dueBefore: soon } : q.deadline === 'normal' ? { dueAfter: soon } : {};
      const rows = await queueRepo.queue(readDb, { holderKeys, limit: q.limit, ...window, ...(q.state ? { state: q.state } : {}), ...(q.itemCode ? { itemCode: q.itemCode } : {}), ...(q.channel ? { channel: q.channel } : {}) });
      return { items: await summaries(deps, rows, now) };
    },

    stateLabel,
  };
}

export type QueryService = ReturnType<typeof createQueryService>;
