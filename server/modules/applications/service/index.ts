// The applications room's services over one database: drafts, submission, actions, reads,
// statistics, post-checks, postal delivery and the deemed-acceptance sweep.
import type { z } from 'zod';
import type { postBody } from '../../../../common/api/applications.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import { SYSTEM_ACTOR_ID } from '../../../platform/workflow/index.ts';
import * as repo from '../repository.ts';
import { applicationWorkflow, postCheckWorkflow } from '../workflow.ts';
import { createActionService } from './actions.ts';
import { createDraftService } from './drafts.ts';
import { createPostCheckService } from './post-checks.ts';
import { createQueryService } from './queries.ts';
import { holderNames, isStaff, readable, seesAll, what, workflowActorOf, type ApplicationsDeps } from './shared.ts';
import { createStatsService } from './stats.ts';
import { createSubmitService } from './submit.ts';

const POST_CHECK_ACTIONS = ['pass', 'fail', 'handover', 'urge'] as const;
const isPostCheckAction = (key: string): key is (typeof POST_CHECK_ACTIONS)[number] => (POST_CHECK_ACTIONS as readonly string[]).includes(key);

export function createApplicationsService(database: Database, deps: ApplicationsDeps & { fullyOnlineCodes: () => Promise<string[]> }) {
  deps.workflow.register(applicationWorkflow);
  deps.workflow.register(postCheckWorkflow);
  const drafts = createDraftService(database, deps);
  const submission = createSubmitService(database, deps);
  const actions = createActionService(database, deps);
  const queries = createQueryService(database, deps);
  const postChecks = createPostCheckService(database, deps);
  const stats = createStatsService(database, deps);
  const system = { type: 'system' as const, id: null };

  return {
    drafts,
    submit: submission.submit,
    act: actions.act,
    queries,
    stats,
    postChecks,
    rowsForExport: (filter: repo.ListFilter, afterId: string | null, limit: number) => repo.exportPage(database.readDb, filter, afterId, limit),
    departmentName: (id: string) => deps.org.departmentName(id),

    /** 邮寄送达: the clerk records the postal status of a result. */
    async setPost(actor: Actor, p: Principal, id: string, body: z.infer<typeof postBody>) {
      const row = await readable(deps, p, await repo.findApplication(database.db, id));
      if (!isStaff(p)) throw notFound(what);
      if (row.delivery !== 'post' || !row.postStatus) throw new AppError('CONFLICT', { zh: '此办件的结果不是邮寄送达，或尚未作出准予决定', en: 'This result is not delivered by post, or not granted yet' });
      const order = ['pending', 'sent', 'delivered'];
      if (order.indexOf(body.status) < order.indexOf(row.postStatus)) throw new AppError('CONFLICT', { zh: '邮寄状态不能倒退', en: 'The postal status cannot go backwards' });
      await database.db.transaction(async (tx) => {
        if (!(await repo.setPostStatus(tx, id, row.postStatus, body.status, body.tracking ?? row.postTracking))) {
          throw new AppError('VERSION_CONFLICT', { zh: '邮寄状态已被他人更新，请刷新后重试', en: 'Someone updated the postal status first; reload and try again' });
        }
        await appendAudit(tx, actor, { action: 'application.post', entity: 'application', entityId: id, change: { from: row.postStatus, to: body.status, tracking: body.tracking ?? null } });
      });
    },

    async listPostChecks(p: Principal, q: { result?: string | undefined; limit: number }, now = new Date()) {
      const departments = seesAll(p) ? 'all' : await deps.org.visibleDepartments(p);
      const rows = await repo.listPostChecks(database.readDb, { departments, limit: q.limit, ...(q.result ? { result: q.result } : {}) });
      const who = workflowActorOf(p);
      return {
        items: await Promise.all(
          rows.map(async (r) => {
            const view = r.check.caseId ? await deps.workflow.get(r.check.caseId, now) : null;
            const open = view !== null && !view.ended;
            return {
              id: r.check.id,
              applicationId: r.check.applicationId,
              number: r.number,
              title: r.title,
              applicantName: r.applicantName,
              departmentName: await deps.org.departmentName(r.check.departmentId),
              dueOn: r.check.dueOn,
              result: r.check.result as 'pending' | 'passed' | 'failed',
              findings: r.check.findings,
              departmentId: r.check.departmentId,
              holders: open ? await holderNames(deps, view) : [],
              actions: open ? (await deps.workflow.actionsFor(view.id, who)).map((a) => a.key).filter(isPostCheckAction) : [],
              caseVersion: view?.version ?? 0,
              deadline: view?.deadline ?? 'none',
            };
          }),
        ),
      };
    },

    /**
     * 逾期视为受理: applications left in intake past the 5 working days without a 补正 notice are accepted by the
     * platform, their clock starting when the period ended (行政许可法 Art. 32). Returns how many.
     */
    async deemAcceptOverdue(now = new Date()) {
      let n = 0;
      for (const c of await deps.workflow.pastStateDue(applicationWorkflow.key, 'submitted', now)) {
        const row = await repo.findByCase(database.db, c.id);
        if (!row) continue;
        try {
          const { act } = actions;
          await act(system, platformPrincipal, row.id, { action: 'deemAccept', version: c.version }, now).catch(async (err: unknown) => {
            if (err instanceof AppError && err.status === 409) return; // someone acted meanwhile
            throw err;
          });
          n++;
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
        }
      }
      return n;
    },
  };
}

/** The platform acting on its own (sweeps): sees everything, holds no department. */
const platformPrincipal: Principal = {
  via: 'session',
  id: SYSTEM_ACTOR_ID,
  userId: SYSTEM_ACTOR_ID,
  username: null,
  name: '系统',
  kind: 'staff',
  departmentId: null,
  departmentName: null,
  roles: [{ role: 'admin', departmentId: null } as Principal['roles'][number]],
  mustChangePassword: false,
  csrfToken: null,
  sessionId: null,
  sessionExpiry: null,
};

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
export type { ApplicationsDeps } from './shared.ts';
