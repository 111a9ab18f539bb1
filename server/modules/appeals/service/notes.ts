// What a ticket gathers beside its steps: a unit's progress notes, its request for more time (the hotline
// decides), the requester's follow-ups — which always reach the unit, even after closing — and the
// requester hiding their name. Each is one statement with its audit row.
import type { z } from 'zod';
import type { extensionRequestBody, followUpBody, noteBody } from '../../../../common/api/appeals.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, PendingWrite } from '../../../platform/db/index.ts';
import { runWrites, uuidv7 } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import type { NotifyMessage } from '../../../platform/notify/index.ts';
import * as repo from '../repository.ts';
import { forbidden, refuse, what, type AppealsDeps } from './shared.ts';
import { isRequester, mayRead, viewerOf } from './views.ts';

export function createNotes(database: Database, deps: AppealsDeps) {
  const { db } = database;

  async function readable(p: Principal, id: string) {
    const t = await repo.findTicket(db, id);
    if (!t) throw notFound(what);
    const v = await viewerOf(deps, p);
    if (!mayRead(v, t)) throw notFound(what);
    return { t, v };
  }

  async function save(actor: Actor, t: repo.TicketRow, update: Omit<repo.NewUpdate, 'id' | 'ticketId' | 'state'>, tell: { userIds: string[]; message: NotifyMessage } | null, extra: PendingWrite[] = []) {
    const id = uuidv7();
    const writes: PendingWrite[] = [
      repo.insertUpdateWrite({ ...update, id, ticketId: t.id, state: t.state }),
      ...extra,
      auditWrite(actor, { action: `appeal.ticket.${update.kind}`, entity: 'appeal_ticket', entityId: t.id, change: { update: id, public: update.public ?? false } }),
    ];
    const notice = tell && tell.userIds.length ? deps.prepareNotice(tell.userIds, tell.message) : null;
    if (notice?.write) writes.push(notice.write);
    await runWrites(db, writes);
    await notice?.send().catch(() => undefined);
    return id;
  }

  const unitMembers = async (t: repo.TicketRow) => (t.leadDepartmentId ? deps.org.membersOf(t.leadDepartmentId, ['handler', 'leader']) : []);
  const hotlineMembers = async () => {
    const desk = await deps.org.hotlineDepartmentId();
    return desk ? deps.org.membersOf(desk, ['agent']) : [];
  };
  const link = (t: repo.TicketRow) => `/work/appeals/${t.id}`;

  return {
    /** A progress note by the hotline or a unit on the ticket (public ones reach the requester's page and Open311). */
    async note(actor: Actor, p: Principal, id: string, body: z.infer<typeof noteBody>, now = new Date()) {
      const { t, v } = await readable(p, id);
      if (isRequester(v, t) && !v.hotline && v.departments.length === 0) throw forbidden('诉求人请使用“补充说明”', 'Requesters add a follow-up instead');
      if (['closed', 'merged', 'invalid'].includes(t.state)) throw refuse('工单已办结，不能再添加办理进展', 'The ticket has ended: no more progress notes');
      return save(actor, t, { at: now, kind: 'progress', authorUserId: p.userId, departmentId: p.departmentId, public: body.public && !t.confidential, text: body.text, data: {}, attachments: body.attachments }, null);
    },

    /** 申请延期: the lead unit asks; the hotline's seats are told and approve with the extend step. */
    async requestExtension(actor: Actor, p: Principal, id: string, body: z.infer<typeof extensionRequestBody>, now = new Date()) {
      const { t } = await readable(p, id);
      if (!t.leadDepartmentId || p.departmentId !== t.leadDepartmentId) throw forbidden('只有主办单位可以申请延期', 'Only the lead unit asks for more time');
      if (!['signing', 'handling'].includes(t.state)) throw refuse('只有办理中的工单可以申请延期', 'Only a ticket being handled can be extended');
      return save(actor, t, { at: now, kind: 'extensionRequest', authorUserId: p.userId, departmentId: p.departmentId, public: false, text: body.reason, data: { days: body.days }, attachments: [] }, {
        userIds: await hotlineMembers(),
        message: { kind: 'appeal.extensionRequest', title: { zh: `延期申请：${t.number}（${body.days} 个工作日）`, en: `Extension asked: ${t.number} (${body.days} working days)` }, body: { zh: body.reason, en: body.reason }, link: link(t) },
      });
    },

    /** 补充说明: the requester's own word, at any time; it always reaches the lead unit (and the hotline). */
    async followUp(actor: Actor, p: Principal, id: string, body: z.infer<typeof followUpBody>, now = new Date()) {
      const { t, v } = await readable(p, id);
      if (!isRequester(v, t)) throw forbidden('只有诉求人本人可以补充说明', 'Only the requester adds a follow-up');
      const userIds = [...new Set([...(await unitMembers(t)), ...(['closed', 'merged', 'invalid'].includes(t.state) ? await hotlineMembers() : [])])];
      return save(actor, t, { at: now, kind: 'followUp', authorUserId: p.userId, departmentId: null, public: false, text: body.text, data: {}, attachments: [] }, {
        userIds,
        message: { kind: 'appeal.followUp', title: { zh: `诉求人补充说明：${t.number}`, en: `The requester wrote again: ${t.number}` }, body: { zh: body.text.slice(0, 80), en: body.text.slice(0, 80) }, link: link(t) },
      });
    },

    /**
     * An update a partner system sent through Open311 (servicerequestupdates): on the timeline at the server's time
     * (clients poll by it), what they said in its data, the lead unit and the hotline told.
     */
    async addExternalUpdate(actor: Actor, input: { ticketId: string; keyId: string; externalUpdateId: string | null; reportedAt: Date; status: 'open' | 'closed'; text: string; mediaUrl: string | null }, now = new Date()) {
      const t = await repo.findTicket(db, input.ticketId);
      if (!t) throw notFound(what);
      const userIds = [...new Set([...(await unitMembers(t)), ...(await hotlineMembers())])];
      const id = await save(
        actor,
        t,
        { at: now, kind: 'external', authorUserId: null, departmentId: null, public: !t.confidential, text: input.text, data: { keyId: input.keyId, externalUpdateId: input.externalUpdateId, reportedAt: input.reportedAt.toISOString(), status: input.status, mediaUrl: input.mediaUrl }, attachments: [] },
        { userIds, message: { kind: 'appeal.external', title: { zh: `外部系统更新：${t.number}`, en: `Update from a partner system: ${t.number}` }, body: { zh: input.text.slice(0, 80), en: input.text.slice(0, 80) }, link: link(t) } },
      );
      return { id };
    },

    /** The requester hides their name from the units (the hotline still sees it, to call back). */
    async hideName(actor: Actor, p: Principal, id: string, now = new Date()) {
      const { t, v } = await readable(p, id);
      if (!isRequester(v, t)) throw forbidden('只有诉求人本人可以隐藏姓名', 'Only the requester hides their name');
      if (t.nameHidden) return;
      await save(actor, t, { at: now, kind: 'status', authorUserId: p.userId, departmentId: null, public: false, text: '诉求人已选择对承办单位隐藏姓名', data: { nameHidden: true }, attachments: [] }, null, [repo.mirrorTicketWrite(t.id, { nameHidden: true })]);
    },
  };
}

export type Notes = ReturnType<typeof createNotes>;
