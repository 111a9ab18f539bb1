// 事后核查 of commitment-based approvals (国办发〔2020〕42号): opened with the approval, held by the deciding
// department, due within the item's check period. A commitment found false revokes the result (the
// licence in the registry), records a credit event for the credit room, and bars the applicant from
// commitment-based approval until the office lifts the bar (信用修复) — all in one transaction.
import type { Item } from '../../../../common/api/catalog.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import { emitEvent, EVENT_TYPES } from '../../../platform/events/index.ts';
import type { Holder } from '../../../platform/workflow/index.ts';
import * as repo from '../repository.ts';
import { postCheckWorkflow } from '../workflow.ts';
import { readable, refuse, usersOfHolders, workflowActorOf, type ApplicationsDeps } from './shared.ts';

/** The check period's last day: `months` after the approval (default 2 months, DOMAIN.md ⚠). */
export function postCheckDueOn(approvedOn: string, months: number): string {
  const [y, m, d] = approvedOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export async function openPostCheck(tx: Db, deps: ApplicationsDeps, actor: Actor, row: repo.ApplicationRow, item: Item, now: Date) {
  const approvedOn = shanghaiDate(now);
  const dueOn = postCheckDueOn(approvedOn, item.postCheckMonths ?? 2);
  const days = Math.round((Date.parse(dueOn) - Date.parse(approvedOn)) / 86_400_000);
  const id = uuidv7();
  await repo.insertPostCheck(tx, { id, applicationId: row.id, departmentId: item.implementingDepartmentId, dueOn });
  const view = await deps.workflow.open(
    tx,
    postCheckWorkflow,
    { subjectType: 'post_check', subjectId: id, initiatorId: null, holders: [{ kind: 'department', id: item.implementingDepartmentId }], limit: { unit: 'naturalDays', value: days } },
    actor,
    now,
  );
  await repo.setPostCheckCase(tx, id, view.id);
}

/**
 * 转办: the check's new holder — an approver or inspector of the check's own department (by person), or
 * another department's queue. Other actions keep the holders.
 */
async function handoverHolders(deps: ApplicationsDeps, departmentId: string, body: { action: string; toUserId?: string | undefined; toDepartmentId?: string | undefined }): Promise<Holder[] | undefined> {
  if (body.action !== 'handover') return undefined;
  if (body.toUserId) {
    const members = await deps.org.membersOf(departmentId, ['approver', 'inspector']);
    if (!members.includes(body.toUserId)) throw refuse('只能转办给本部门的审批人员或核查人员', 'A post-check can be handed over only to an approver or inspector of its department', 'body.toUserId');
    return [{ kind: 'user', id: body.toUserId }];
  }
  if (body.toDepartmentId) return [{ kind: 'department', id: body.toDepartmentId }];
  throw refuse('请指定转办给谁', 'Name whom to hand it over to', 'body.toUserId');
}

/** The notice of a 转办 (to the new holder) or 催办 (to the holders), or null for any other action or nobody to tell. */
async function noticeOf(deps: ApplicationsDeps, app: repo.ApplicationRow, action: string, holders: Holder[], actorUserId: string | null) {
  if (action !== 'handover' && action !== 'urge') return null;
  const users = await usersOfHolders(deps, holders, postCheckWorkflow.states.pending!.queueRoles ?? []);
  if (actorUserId) users.delete(actorUserId);
  if (users.size === 0) return null;
  const title = action === 'handover' ? { zh: '事后核查转办给您', en: 'A post-check handed over to you' } : { zh: '事后核查催办', en: 'A post-check is being urged' };
  const body = { zh: `${app.number ?? ''} ${app.title}`.trim(), en: `${app.number ?? ''} ${app.title}`.trim() };
  return deps.prepareNotice([...users], { kind: `application.postCheck.${action}`, title, body, link: '/work/post-checks' });
}

export function createPostCheckService(database: Database, deps: ApplicationsDeps) {
  const { db } = database;
  return {
    /** Passes or fails a post-check (`pass` / `fail` with findings), or hands it over (转办) / urges it. */
    async act(actor: Actor, p: Principal, checkId: string, body: { action: string; version: number; comment?: string | undefined; toUserId?: string | undefined; toDepartmentId?: string | undefined }, now = new Date()) {
      const check = await repo.findPostCheck(db, checkId);
      if (!check?.caseId) throw notFound({ zh: '核查任务', en: 'Post-check' });
      const app = await readable(deps, p, await repo.findApplication(db, check.applicationId));
      const holders = await handoverHolders(deps, check.departmentId, body);
      // Revoking presents the licence with its department's name: refresh that cache before the transaction.
      await deps.org.departmentName(check.departmentId);
      const told: { send?: () => Promise<unknown> } = {};
      await deps.workflow.act({
        caseId: check.caseId,
        action: body.action,
        actor,
        who: workflowActorOf(p),
        input: { comment: body.comment ?? null, ...(holders ? { holders } : {}) },
        version: body.version,
        now,
        // 转办 and 催办 tell the people now holding the check, in the same transaction (e-mails after it).
        writes: async (result) => {
          const notice = await noticeOf(deps, app, body.action, result.notify, p.userId);
          if (!notice) return [];
          told.send = notice.send;
          return notice.write ? [notice.write] : [];
        },
        effects: async (tx) => {
          if (body.action === 'pass') await repo.setPostCheckResult(tx, check.id, 'passed', body.comment ?? null, now);
          if (body.action !== 'fail') return;
          const findings = body.comment!;
          await repo.setPostCheckResult(tx, check.id, 'failed', findings, now);
          if (app.resultLicenceId) await deps.registry.revokeLicence(tx, actor.id ?? p.id, app.resultLicenceId, `告知承诺不实（事后核查）：${findings}`.slice(0, 200), now);
          await repo.update(tx, app.id, { outcome: 'revoked' });
          const keys = [...(app.applicantUscc ? [`uscc:${app.applicantUscc}`] : []), ...(app.applicantUserId ? [`user:${app.applicantUserId}`] : [])];
          for (const applicantKey of keys) await repo.insertBlock(tx, { id: uuidv7(), applicantKey, applicationId: app.id, reason: findings });
          await emitEvent(tx, {
            type: EVENT_TYPES.commitmentBreached,
            subjectType: app.applicantUscc ? 'entity' : 'user',
            subjectId: app.applicantUscc ?? app.applicantUserId ?? app.id,
            payload: { applicationId: app.id, number: app.number, item: app.itemCode, departmentId: app.departmentId, findings, at: now.toISOString() },
          });
          await appendAudit(tx, actor, { action: 'application.commitment.breached', entity: 'application', entityId: app.id, change: { postCheck: check.id, licence: app.resultLicenceId, blocked: keys } });
        },
      });
      await told.send?.().catch(() => undefined);
      return repo.findPostCheck(db, checkId);
    },

    blocks: (activeOnly: boolean) => repo.listBlocks(db, activeOnly),

    async lift(actor: Actor, p: Principal, blockId: string, reason: string, now = new Date()) {
      await db.transaction(async (tx) => {
        if (!(await repo.liftBlock(tx, blockId, p.userId ?? p.id, reason, now))) throw new AppError('CONFLICT', { zh: '该限制不存在或已解除', en: 'No such active bar' });
        await appendAudit(tx, actor, { action: 'application.commitment.unblock', entity: 'commitment_block', entityId: blockId, change: { reason } });
      });
    },
  };
}

export type PostCheckService = ReturnType<typeof createPostCheckService>;
