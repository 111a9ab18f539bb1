// The ticket's steps as the hotline and the units take them (see steps.ts for how one is written).
import type { z } from 'zod';
import type { callbackBody, commentBody, dishonestyDecisionBody, dispatchBody, extendBody, handoverBody, mergeBody, replyBody, returnBody, urgeBody } from '../../../../common/api/appeals.ts';
import type { Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import * as repo from '../repository.ts';
import type { CatalogueService } from './catalogue.ts';
import { notFound } from '../../../platform/errors/index.ts';
import { forbidden, refuse, returnUntil, what, type AppealsDeps } from './shared.ts';
import type { Steps } from './steps.ts';

const dept = (id: string) => ({ kind: 'department' as const, id });

export function createHandling(database: Database, deps: AppealsDeps, catalogue: CatalogueService, steps: Steps) {
  const { db } = database;
  const { step } = steps;

  async function hotline(): Promise<string> {
    const id = await deps.org.hotlineDepartmentId();
    if (!id) throw refuse('尚未设置 12345 热线部门', 'No hotline department is set up');
    return id;
  }

  async function unitsExist(ids: string[]) {
    const known = new Set((await deps.org.departments()).map((d) => d.id));
    if (ids.some((i) => !known.has(i))) throw refuse('所选单位不存在', 'No such unit', 'body.leadDepartmentId');
  }

  /**
   * 派单 / 改派: the lead unit takes it to sign for (within the sign-for limit in force now), the support units see it;
   * a corrected category tells the requester.
   */
  async function toUnit(actor: Actor, p: Principal, id: string, action: 'dispatch' | 'redispatch', body: z.infer<typeof dispatchBody>, now?: Date) {
    await unitsExist([body.leadDepartmentId, ...body.supportDepartmentIds]);
    if (body.supportDepartmentIds.includes(body.leadDepartmentId)) throw refuse('主办单位不能同时是协办单位', 'The lead unit cannot also support', 'body.supportDepartmentIds');
    const corrected = body.categoryCode ? await catalogue.category(body.categoryCode) : null;
    let requesterTold = false;
    return step(actor, p, id, {
      action,
      version: body.version,
      input: { holders: [dept(body.leadDepartmentId)], stateLimit: { unit: 'workingDays', value: deps.rules.signDays }, comment: body.comment ?? null, data: { leadDepartmentId: body.leadDepartmentId, supportDepartmentIds: body.supportDepartmentIds, ...(corrected ? { categoryCode: corrected.code } : {}) } },
      mirror: (_t, r) => ({
        leadDepartmentId: body.leadDepartmentId,
        supportDepartmentIds: body.supportDepartmentIds,
        dispatchedAt: now ?? new Date(),
        signDueAt: r.next.stateDueAt ? new Date(r.next.stateDueAt) : null,
        signedAt: null,
        signedOnTime: null,
        ...(corrected ? { categoryCode: corrected.code } : {}),
      }),
      updates: (t) => {
        if (!corrected || corrected.code === t.categoryCode) return [];
        requesterTold = true;
        return [{ kind: 'correction', authorUserId: p.userId, departmentId: p.departmentId, public: !t.confidential, text: `诉求分类更正为“${corrected.name}”，已转有关单位办理`, data: { from: t.categoryCode, to: corrected.code }, attachments: [] }];
      },
      tell: async (t) => [
        ...(body.supportDepartmentIds.length ? [{ userIds: (await Promise.all(body.supportDepartmentIds.map((d) => deps.org.membersOf(d, ['handler', 'leader'])))).flat(), message: { kind: 'appeal.support', title: { zh: `协办工单：${t.number}`, en: `A ticket to support: ${t.number}` }, body: { zh: t.title, en: t.title }, link: `/work/appeals/${t.id}` } }] : []),
        ...(requesterTold && t.requesterUserId ? [{ userIds: [t.requesterUserId], message: { kind: 'appeal.correction', title: { zh: `您的诉求已更正分类并转办：${t.number}`, en: `Your ticket was re-categorised and passed on: ${t.number}` }, body: { zh: t.title, en: t.title }, link: `/my/appeals/${t.id}` } }] : []),
      ],
    }, now);
  }

  return {
    dispatch: (actor: Actor, p: Principal, id: string, body: z.infer<typeof dispatchBody>, now?: Date) => toUnit(actor, p, id, 'dispatch', body, now),
    redispatch: (actor: Actor, p: Principal, id: string, body: z.infer<typeof dispatchBody>, now?: Date) => {
      if (!body.comment?.trim()) throw refuse('改派需说明理由（采纳退单或驳回退单）', 'Say why (the return accepted or refused)', 'body.comment');
      return toUnit(actor, p, id, 'redispatch', body, now);
    },

    /** 签收: in time when before the sign-for due time. */
    sign: (actor: Actor, p: Principal, id: string, version: number, now = new Date()) =>
      step(actor, p, id, { action: 'sign', version, mirror: (t) => ({ signedAt: now, signedOnTime: t.signDueAt ? now.getTime() <= t.signDueAt.getTime() : true }) }, now),

    /** 退单: only within the configured working days of dispatch, with a reason and (ideally) the right owner. */
    async return(actor: Actor, p: Principal, id: string, body: z.infer<typeof returnBody>, now = new Date()) {
      const desk = await hotline();
      if (body.suggestedDepartmentId) await unitsExist([body.suggestedDepartmentId]);
      const calendar = await deps.calendar();
      return step(actor, p, id, {
        action: 'return',
        version: body.version,
        input: { holders: [dept(desk)], comment: body.reason, data: { suggestedDepartmentId: body.suggestedDepartmentId ?? null } },
        check: (t) => {
          if (now.getTime() > returnUntil(calendar, deps.rules, t).getTime()) throw refuse(`退单须在派单后 ${deps.rules.returnDays} 个工作日内提出，已超过期限：请办理并答复，确需改派的请联系 12345 热线协调`, `A return must come within ${deps.rules.returnDays} working days of dispatch, and that time has passed: handle and answer it, or call the 12345 hotline to ask for it to be re-dispatched`);
        },
        increment: ['returnCount'],
      }, now);
    },

    /** 答复: the unit's answer to the requester; the ticket goes to the hotline to call back (within the callback limit in force). */
    async reply(actor: Actor, p: Principal, id: string, body: z.infer<typeof replyBody>, now = new Date()) {
      const desk = await hotline();
      return step(actor, p, id, {
        action: 'reply',
        version: body.version,
        input: { holders: [dept(desk)], stateLimit: { unit: 'workingDays', value: deps.rules.callbackDays }, comment: body.reply, data: { solved: body.solved } },
        mirror: (t) => ({ reply: body.reply, repliedAt: now, onTime: t.dueAt ? now.getTime() <= t.dueAt.getTime() : true }),
        updates: (t) => [{ kind: 'reply', authorUserId: p.userId, departmentId: p.departmentId, public: !t.confidential, text: body.reply, data: { solved: body.solved }, attachments: [] }],
        tell: async (t) => (t.requesterUserId ? [{ userIds: [t.requesterUserId], message: { kind: 'appeal.reply', title: { zh: `您的诉求已答复：${t.number}`, en: `Your ticket has an answer: ${t.number}` }, body: { zh: body.reply.slice(0, 80), en: body.reply.slice(0, 80) }, link: `/my/appeals/${t.id}` } }] : []),
      }, now);
    },

    /** 回访: satisfied (or not reached) → 办结; not satisfied → 重办 to the same unit. */
    async callback(actor: Actor, p: Principal, id: string, body: z.infer<typeof callbackBody>, now = new Date()) {
      if (body.contacted && (body.solved === undefined || !body.satisfaction)) throw refuse('联系上诉求人时，需记录是否解决和满意度', 'When the requester was reached, record whether it was solved and how satisfied they are', 'body.satisfaction');
      const reopen = body.contacted && body.satisfaction === 'unsatisfied';
      const record = { callbackAt: now, callbackContacted: body.contacted, callbackSolved: body.contacted ? (body.solved ?? null) : null, callbackSatisfaction: body.contacted ? (body.satisfaction ?? null) : null };
      const text = body.contacted ? `回访：${body.solved ? '已解决' : '未解决'}，${{ satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' }[body.satisfaction!]}${body.comment ? `。${body.comment}` : ''}` : `回访未联系上诉求人${body.comment ? `。${body.comment}` : ''}`;
      const found = await repo.findTicket(db, id);
      if (reopen) {
        if (!found?.leadDepartmentId) throw refuse('工单没有主办单位，不能重办', 'The ticket has no lead unit to reopen it to');
        return step(actor, p, id, {
          action: 'reopen',
          version: body.version,
          input: { holders: [dept(found.leadDepartmentId)], comment: body.comment?.trim() || '回访不满意，重办', data: { satisfaction: body.satisfaction, solved: body.solved } },
          mirror: () => ({ ...record, reply: null, repliedAt: null, onTime: null }),
          increment: ['reopenCount'],
          updates: () => [{ kind: 'callback', authorUserId: p.userId, departmentId: p.departmentId, public: false, text, data: { ...record, reopened: true }, attachments: [] }],
        }, now);
      }
      // Not reached: the unit's own word on whether it was solved stands.
      const lastReply = found ? (await repo.updatesOf(db, found.id)).filter((u) => u.kind === 'reply').at(-1) : undefined;
      const solvedByUnit = (lastReply?.data as { solved?: boolean } | undefined)?.solved ?? false;
      return step(actor, p, id, {
        action: 'close',
        version: body.version,
        input: { comment: body.comment ?? null, data: { contacted: body.contacted, satisfaction: body.satisfaction ?? null } },
        mirror: () => record,
        outcome: () => ((body.contacted ? body.solved : solvedByUnit) ? 'solved' : 'unsolved'),
        updates: () => [{ kind: 'callback', authorUserId: p.userId, departmentId: p.departmentId, public: false, text, data: record, attachments: [] }],
      }, now);
    },

    /** 并单: this ticket is the same matter as an open one; it ends and points there. */
    async merge(actor: Actor, p: Principal, id: string, body: z.infer<typeof mergeBody>, now = new Date()) {
      if (body.intoTicketId === id) throw refuse('不能并入自身', 'A ticket cannot be merged into itself', 'body.intoTicketId');
      const into = await repo.openTicket(db, body.intoTicketId);
      if (!into || into.mergedInto) throw refuse('只能并入一张在办的工单', 'Merge into an open ticket only', 'body.intoTicketId');
      return step(actor, p, id, {
        action: 'merge',
        version: body.version,
        input: { comment: body.comment?.trim() || `并入工单 ${into.number}`, data: { into: into.id, intoNumber: into.number } },
        mirror: () => ({ mergedInto: into.id }),
        outcome: () => 'merged',
        updates: (t) => [{ kind: 'status', authorUserId: p.userId, departmentId: p.departmentId, public: !t.confidential, text: `与工单 ${into.number} 为同一诉求，已合并办理`, data: { into: into.id }, attachments: [] }],
      }, now);
    },

    invalidate: (actor: Actor, p: Principal, id: string, body: z.infer<typeof commentBody>, now?: Date) =>
      step(actor, p, id, { action: 'invalidate', version: body.version, input: { comment: body.comment }, outcome: () => 'invalid' }, now),

    /** 批准延期 (the hotline): more working days for the unit. */
    extend: (actor: Actor, p: Principal, id: string, body: z.infer<typeof extendBody>, now?: Date) =>
      step(actor, p, id, { action: 'extend', version: body.version, input: { extension: body.days, comment: body.comment }, increment: ['extensionCount'] }, now),

    urge: (actor: Actor, p: Principal, id: string, body: z.infer<typeof urgeBody>, now?: Date) => step(actor, p, id, { action: 'urge', version: body.version, input: { comment: body.comment ?? null } }, now),
    supervise: (actor: Actor, p: Principal, id: string, body: z.infer<typeof commentBody>, now?: Date) => step(actor, p, id, { action: 'supervise', version: body.version, input: { comment: body.comment } }, now),

    /** 转交 within the unit to a named colleague. */
    handover: (actor: Actor, p: Principal, id: string, body: z.infer<typeof handoverBody>, now?: Date) =>
      step(actor, p, id, { action: 'handover', version: body.version, input: { holders: [{ kind: 'user', id: body.userId }], comment: body.comment ?? null } }, now),

    /** 政务失信: the superior body's finding, the body's rectification or refusal, and the feedback. */
    async dishonesty(actor: Actor, p: Principal, id: string, body: z.infer<typeof dishonestyDecisionBody>, now = new Date()) {
      const t = await repo.findTicket(db, id);
      if (!t) throw notFound(what);
      if (t.channel !== 'dishonesty') throw refuse('这不是政务失信举报工单', 'This is not a dishonesty report');
      const verifier = t.leadDepartmentId!;
      const holders = body.action === 'found' ? [dept(t.accusedDepartmentId!)] : body.action === 'reply' ? undefined : [dept(verifier)];
      return step(actor, p, id, {
        action: body.action,
        version: body.version,
        input: { comment: body.comment, ...(holders ? { holders } : {}) },
        // Checked once the ticket is known readable (someone who may not see it gets 404, not 403).
        check: () => {
          if (body.action === 'recordBreach' && p.departmentId !== verifier && !p.roles.some((r) => r.role === 'office')) {
            throw forbidden('只有核实机关可以认定政务失信', 'Only the verifying body records a breach of trust');
          }
        },
        mirror: () => ({
          ...(body.action === 'found' ? { dishonestyFinding: 'founded' } : {}),
          ...(body.action === 'unfounded' ? { dishonestyFinding: 'unfounded' } : {}),
          ...(body.action === 'recordBreach' ? { breachRecorded: true } : {}),
          ...(body.action === 'reply' ? { reply: body.comment, repliedAt: now } : {}),
        }),
        outcome: body.action === 'reply' ? () => (t.dishonestyFinding === 'founded' && !t.breachRecorded ? 'solved' : 'unsolved') : undefined,
        updates: () => (body.action === 'reply' ? [{ kind: 'reply', authorUserId: p.userId, departmentId: p.departmentId, public: false, text: body.comment, data: {}, attachments: [] }] : []),
      }, now);
    },
  };
}

export type Handling = ReturnType<typeof createHandling>;
