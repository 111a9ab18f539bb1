// Taking a ticket in (受理) from any channel: checks by channel, the requester's personal data sealed, the
// 工单编号 drawn inside the one statement that writes the ticket, its case (待派单 at the hotline; a 政务失信
// report straight to the superior body) and the audit row. A call answered from the knowledge base closes at once.
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import type { CreateTicketBody } from '../../../../common/api/appeals.ts';
import { maskPhone, ticketLimit, type Kind } from '../../../../common/appeals/vocabulary.ts';
import { validateUscc } from '../../../../common/ids/index.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import type { Database, PendingWrite } from '../../../platform/db/index.ts';
import { runWritesFor, uuidv7, WriteRefused } from '../../../platform/db/index.ts';
import { eventWrite, EVENT_TYPES } from '../../../platform/events/index.ts';
import type { WorkflowDefinition } from '../../../platform/workflow/index.ts';
import * as repo from '../repository.ts';
import type { CatalogueService } from './catalogue.ts';
import { KNOWLEDGE_MISSING, missingKnowledge, type KnowledgeService } from './knowledge.ts';
import { forbidden, refuse, type AppealsDeps } from './shared.ts';

/** Channels only hotline staff file (a call, a mail, the enterprise line, a dishonesty report). */
const SEAT_CHANNELS = new Set(['phone', 'email', 'enterprise', 'dishonesty']);

export type CreateInput = CreateTicketBody & {
  /** Open311: the client's own id and the service's attributes. */
  externalId?: string;
  attributes?: Record<string, string | string[]>;
};

/** The event a closed ticket records (evaluations invites its requester to rate it). */
export interface AppealClosedPayload {
  ticketId: string;
  /** 工单编号; null for a call answered at once (its number is drawn inside the statement that records this). */
  number: string | null;
  title: string;
  requesterUserId: string | null;
  leadDepartmentId: string | null;
  categoryCode: string;
  outcome: string;
  closedAt: string;
}

export function closedEventWrite(t: Pick<repo.TicketRow, 'id' | 'title' | 'requesterUserId' | 'leadDepartmentId' | 'categoryCode'> & { number: string | null }, outcome: string, at: Date): PendingWrite {
  const payload: AppealClosedPayload = { ticketId: t.id, number: t.number, title: t.title, requesterUserId: t.requesterUserId, leadDepartmentId: t.leadDepartmentId, categoryCode: t.categoryCode, outcome, closedAt: at.toISOString() };
  return eventWrite({ type: EVENT_TYPES.appealClosed, subjectType: 'appeal_ticket', subjectId: t.id, payload: payload as unknown as Record<string, unknown> });
}

export function createTicketIntake(database: Database, deps: AppealsDeps, catalogue: CatalogueService, defs: { ticket: WorkflowDefinition; dishonesty: WorkflowDefinition }, knowledge: KnowledgeService) {
  const { db } = database;

  /** Who may file on this channel: seat channels need the hotline; web and phone forms an account; Open311 an API key. */
  function checkChannel(principal: Principal | null, input: CreateInput) {
    if (input.channel === 'open311') {
      if (principal) throw refuse('Open311 渠道只能通过 Open311 接口提交', 'The open311 channel is for the Open311 API only', 'body.channel');
      return;
    }
    if (!principal) throw forbidden('请先登录', 'Sign in first');
    if (SEAT_CHANNELS.has(input.channel) && !hasAnyRole(principal, ['agent', 'office', 'admin'])) {
      throw forbidden('只有热线坐席可以登记来电、来信、企业专席和政务失信工单', 'Only hotline seats file calls, mail, enterprise-line and dishonesty tickets');
    }
    if (input.directAnswer && !hasAnyRole(principal, ['agent', 'office', 'admin'])) throw forbidden('只有热线坐席可以直接答复', 'Only hotline seats answer on the call');
  }

  async function superiorOf(departmentId: string): Promise<string> {
    const all = await deps.org.departments();
    const accused = all.find((d) => d.id === departmentId);
    if (!accused) throw refuse('被举报的机关不存在', 'No such government body', 'body.accusedDepartmentId');
    // The superior body verifies; a top-level body is verified by the city government's office (the office role's department).
    return accused.parentId ?? (await deps.org.hotlineDepartmentId()) ?? accused.id;
  }

  return {
    async create(actor: Actor, principal: Principal | null, input: CreateInput, now = new Date()): Promise<{ id: string; number: string; state: string }> {
      checkChannel(principal, input);
      const category = await catalogue.category(input.categoryCode);
      if (input.channel === 'dishonesty' && input.directAnswer) throw refuse('政务失信举报须经上级机关核实，不能直接答复', 'A dishonesty report is verified by the superior body: it cannot be answered on the call', 'body.directAnswer');
      if (input.lat !== undefined && !(input.lat >= 37 && input.lat <= 46 && input.lng! >= 106 && input.lng! <= 126)) {
        // Hohhot's region and well around it: a point elsewhere is a slip of the map or of the client.
        throw refuse('坐标不在本市范围内', 'The point is outside the city', 'body.lat');
      }
      let enterpriseName: string | null = null;
      if (input.enterpriseUscc) {
        const check = validateUscc(input.enterpriseUscc);
        if (!check.ok) throw refuse(`统一社会信用代码有误：${check.message.zh}`, `Invalid USCC: ${check.message.en}`, 'body.enterpriseUscc');
        const entity = await deps.registry.entityByUscc(input.enterpriseUscc);
        if (input.channel === 'enterprise' && !entity) throw refuse('登记系统中没有这家企业，请核对统一社会信用代码', 'The registry has no such enterprise: check the USCC', 'body.enterpriseUscc');
        enterpriseName = entity?.name ?? null;
      }
      const hotline = await deps.org.hotlineDepartmentId();
      if (!hotline) throw refuse('尚未设置 12345 热线部门（需有热线坐席所在的部门）', 'No hotline department is set up yet (a department with hotline seats)');

      const id = uuidv7();
      const phone = input.requesterPhone ?? null;
      const requesterUserId = principal && principal.kind === 'applicant' ? (principal.userId ?? null) : null;
      const kind = input.kind as Kind;
      const base = {
        id,
        channel: input.channel,
        kind,
        urgency: input.urgency,
        categoryCode: category.code,
        areaCode: input.areaCode,
        title: input.title,
        content: input.content,
        requesterUserId,
        requesterName: input.requesterName ?? (requesterUserId ? principal!.name : null),
        requesterPhoneEnc: phone ? deps.crypto.encrypt(phone) : null,
        requesterPhoneMasked: phone ? maskPhone(phone) : null,
        requesterPhoneIndex: phone ? deps.crypto.blindIndex(phone) : null,
        requesterEmailEnc: input.requesterEmail ? deps.crypto.encrypt(input.requesterEmail) : null,
        enterpriseUscc: input.enterpriseUscc ?? null,
        enterpriseName,
        address: input.address ?? null,
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        mediaFileIds: input.mediaFileIds,
        attributes: input.attributes ?? {},
        externalId: input.externalId ?? null,
        confidential: input.confidential || input.channel === 'dishonesty',
        nameHidden: input.nameHidden,
        createdAt: now,
        updatedAt: now,
      };
      const writes: PendingWrite[] = [repo.drawNumberWrite(shanghaiDate(now))];
      let state: string;
      // The case opened with the ticket (none when the seat answered at once): the ticket's audit row names it.
      let caseId: string | null = null;
      if (input.directAnswer) {
        state = 'closed';
        writes.push(
          repo.insertTicketWrite({ ...base, state, outcome: 'answered', reply: input.directAnswer.answer, repliedAt: now, closedAt: now, onTime: true }),
          repo.insertUpdateWrite({ id: uuidv7(), ticketId: id, at: now, kind: 'reply', authorUserId: principal?.userId ?? null, departmentId: principal?.departmentId ?? null, public: !base.confidential, text: input.directAnswer.answer, data: input.directAnswer.knowledgeId ? { knowledgeId: input.directAnswer.knowledgeId } : {}, attachments: [], state }),
          // Answered by the seat: the hotline is the unit a rating of it concerns.
          closedEventWrite({ ...base, number: null, leadDepartmentId: principal?.departmentId ?? hotline }, 'answered', now),
          // The entry read out counts as used (a missing entry refuses the whole statement).
          ...(input.directAnswer.knowledgeId ? [knowledge.usedWrite(input.directAnswer.knowledgeId)] : []),
        );
      } else if (input.channel === 'dishonesty') {
        const verifier = await superiorOf(input.accusedDepartmentId!);
        const opened = await deps.workflow.openWrites(db, defs.dishonesty, { subjectType: 'appeal_ticket', subjectId: id, initiatorId: principal?.userId ?? null, holders: [{ kind: 'department', id: verifier }], limit: { unit: 'workingDays', value: deps.rules.dishonestyDays }, maxExtension: 10, auditedByCaller: true }, actor, now);
        state = opened.view.state;
        caseId = opened.view.id;
        writes.push(
          repo.insertTicketWrite({ ...base, state, caseId: opened.view.id, leadDepartmentId: verifier, accusedDepartmentId: input.accusedDepartmentId!, dispatchedAt: now, dueAt: opened.view.dueAt ? new Date(opened.view.dueAt) : null }),
          ...opened.writes,
        );
      } else {
        const limit = ticketLimit(deps.rules, kind, input.urgency === 'normal' && category.utility ? 'utility' : input.urgency);
        const opened = await deps.workflow.openWrites(
          db,
          defs.ticket,
          { subjectType: 'appeal_ticket', subjectId: id, initiatorId: principal?.userId ?? null, holders: [{ kind: 'department', id: hotline }], limit, maxExtension: limit.unit === 'workingDays' ? deps.rules.maxExtensionDays : 0, auditedByCaller: true },
          actor,
          now,
        );
        state = opened.view.state;
        caseId = opened.view.id;
        writes.push(repo.insertTicketWrite({ ...base, state, caseId: opened.view.id }), ...opened.writes);
      }
      writes.push(
        auditWrite(actor, {
          action: 'appeal.ticket.create',
          entity: 'appeal_ticket',
          entityId: id,
          change: { channel: input.channel, kind, urgency: input.urgency, categoryCode: category.code, areaCode: input.areaCode, state, confidential: base.confidential, directAnswer: Boolean(input.directAnswer), knowledgeId: input.directAnswer?.knowledgeId ?? null, caseId },
        }),
      );
      // The statement answers with the number it drew.
      let number: unknown;
      try {
        if (input.mediaFileIds.length) {
          await db.transaction(async (tx) => {
            number = await runWritesFor(tx, writes, [], repo.DRAWN_TICKET_NUMBER);
            await deps.files.attach(tx, input.mediaFileIds, `appeal:${id}`, [principal?.userId ?? null]);
          });
        } else {
          number = await runWritesFor(db, writes, [], repo.DRAWN_TICKET_NUMBER);
        }
      } catch (error) {
        throw error instanceof WriteRefused && error.reason === KNOWLEDGE_MISSING ? missingKnowledge() : error;
      }
      return { id, number: String(number), state };
    },
  };
}
