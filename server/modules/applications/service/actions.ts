// Acting on an application (受理, 补正, 审查, 决定, 送达 …): the workflow engine decides who may do what;
// this file adds the rules that belong to applications — the 5-working-day 补正 rule, one complete
// 补正 list, 即办件 and 告知承诺 conditions, a bundle's results handed out together — and, in the
// same transaction as the action, its effects: the row's mirror columns, the e-licence issued into
// the registry, the post-check a commitment owes, and the bundle parent's progress.
import type { ActionBody, Outcome } from '../../../../common/api/applications.ts';
import type { Item } from '../../../../common/api/catalog.ts';
import type { Calendar } from '../../../../common/calendar/index.ts';
import type { Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import { clockDueAt, deadlineState, timeTaken, type ActionInput, type ActionResult, type Holder } from '../../../platform/workflow/index.ts';
import * as repo from '../repository.ts';
import { applicationWorkflow, GRANTING_ACTIONS } from '../workflow.ts';
import { licenceFieldsFor } from './licence-fields.ts';
import { emitEnded, endedPayload, endedWrite, RATABLE_END_STATES } from './ended.ts';
import { openPostCheck } from './post-checks.ts';
import { mayRead, readable, refuse, usersOfHolders, what, workflowActorOf, type ApplicationsDeps } from './shared.ts';

const END_OUTCOME: Record<string, Outcome> = {
  rejected: 'rejected',
  refused: 'refused',
  withdrawn: 'withdrawn',
  terminated: 'terminated',
};

/** The mirror columns an action leaves on the row. */
export function mirrorOf(result: ActionResult, action: string, calendar: Calendar, now: Date, prior: Pick<repo.ApplicationRow, 'acceptedAt'>): Partial<repo.NewApplication> {
  const next = result.next;
  const def = applicationWorkflow;
  const ended = Boolean(def.states[next.state]?.end);
  // Before the clock starts (awaiting intake) the step's own deadline lights the case: the 5 days to answer.
  const due = next.clock.pausedAt ? null : (clockDueAt(calendar, next.clock) ?? (next.stateDueAt && !next.clock.startedAt ? new Date(next.stateDueAt) : null));
  const out: Partial<repo.NewApplication> = { state: next.state, dueAt: due };
  if (!prior.acceptedAt && (next.state === 'review' || next.state === 'delivery') && next.clock.startedAt) out.acceptedAt = new Date(next.clock.startedAt);
  if (GRANTING_ACTIONS.has(action)) {
    out.decidedAt = now;
    out.outcome = 'approved';
  }
  if (ended) {
    out.finishedAt = now;
    if (END_OUTCOME[next.state]) out.outcome = END_OUTCOME[next.state];
    if (next.state === 'rejected' || next.state === 'refused') out.decidedAt = now;
    const taken = timeTaken(calendar, next.clock, now);
    out.workingDays = taken === null ? null : Math.round(taken * 100) / 100;
    out.onTime = next.clock.startedAt ? deadlineState(calendar, next.clock, now, def) !== 'overdue' : null;
  }
  return out;
}

type MemberMirror = Pick<repo.ApplicationRow, 'finishedAt' | 'dueAt' | 'acceptedAt' | 'outcome' | 'workingDays' | 'onTime'>;

/** A bundle is done when every member is; its outcome is approved only when every member was. */
export function parentMirror(members: MemberMirror[], parent: Pick<repo.ApplicationRow, 'acceptedAt'>, now: Date): Partial<repo.NewApplication> {
  const ended = members.every((m) => m.finishedAt !== null);
  const dueAt = members.reduce<Date | null>((latest, m) => (m.dueAt && (!latest || m.dueAt > latest) ? m.dueAt : latest), null);
  if (!ended) return { dueAt, acceptedAt: parent.acceptedAt ?? members.find((m) => m.acceptedAt)?.acceptedAt ?? null };
  const allApproved = members.every((m) => m.outcome === 'approved');
  const taken = members.map((m) => m.workingDays ?? 0);
  return {
    state: 'done',
    outcome: allApproved ? 'approved' : members.some((m) => m.outcome === 'approved') ? 'rejected' : (members[0]!.outcome ?? 'rejected'),
    finishedAt: now,
    decidedAt: now,
    workingDays: Math.max(...taken),
    onTime: members.every((m) => m.onTime !== false),
    dueAt,
  };
}

export function createActionService(database: Database, deps: ApplicationsDeps) {
  const { db } = database;

  /** Builds the engine's input from the request, applying the application's own rules first. */
  async function inputFor(row: repo.ApplicationRow, item: Item | null, body: ActionBody, stateDueAt: string | null, now: Date): Promise<ActionInput> {
    const input: ActionInput = { comment: body.comment ?? null, attachments: body.attachments ?? [] };
    const late = stateDueAt !== null && now.getTime() > Date.parse(stateDueAt);
    switch (body.action) {
      case 'accept':
        // 逾期未告知补正的，自受理期限届满之日起即为受理 (Art. 32): the clock starts at the deadline, not today.
        if (late && row.state === 'submitted') input.clockStartAt = stateDueAt!;
        input.data = late ? { deemed: true } : {};
        break;
      case 'deemAccept':
        input.clockStartAt = stateDueAt ?? undefined;
        input.data = { deemed: true };
        break;
      case 'requestCorrection': {
        if (!body.missing?.length) throw refuse('请一次性列出需要补正的全部内容', 'List everything that is missing, all at once', 'body.missing');
        if (row.state === 'submitted') {
          if (late) throw refuse('已超过 5 个工作日未告知补正，依法视为受理，不能再要求补正', 'More than 5 working days passed without a correction notice: the application counts as accepted and no correction can be asked now');
          const history = await deps.workflow.history(row.caseId!);
          if (history.some((h) => h.action === 'requestCorrection' && h.fromState === 'submitted')) {
            throw refuse('补正须一次性告知，此办件已告知过一次', 'A correction notice lists everything at once: this application has had one already');
          }
        }
        input.data = { missing: body.missing };
        input.holders = row.applicantUserId ? [{ kind: 'user', id: row.applicantUserId }] : [{ kind: 'department', id: row.departmentId! }];
        break;
      }
      case 'approveOnSpot':
        if (!item?.onTheSpot) throw refuse('此事项不是即办件', 'This item is not decided on the spot');
        break;
      case 'approveOnCommitment':
        if (!row.commitment) throw refuse('此办件未签署告知承诺书', 'This application has no signed commitment');
        break;
      case 'handover': {
        const holders: Holder[] = [...(body.toUserId ? [{ kind: 'user' as const, id: body.toUserId }] : []), ...(body.toDepartmentId ? [{ kind: 'department' as const, id: body.toDepartmentId }] : [])];
        if (!holders.length) throw refuse('请指定转办给哪个部门或人员', 'Name the department or person to hand it over to', 'body.toDepartmentId');
        input.holders = holders;
        break;
      }
      case 'delegate':
        input.delegateTo = body.toUserId;
        break;
      case 'sendBack':
        input.toState = body.toState;
        break;
      case 'extend':
        input.extension = body.extension;
        break;
      case 'deliver':
        if (row.parentId) {
          const siblings = await repo.membersOf(db, row.parentId);
          const waiting = siblings.filter((s) => s.id !== row.id && !['delivery', 'done', 'rejected', 'refused', 'withdrawn', 'terminated'].includes(s.state));
          if (waiting.length) throw refuse(`一件事的结果须一并送达：还有 ${waiting.length} 个事项未办完（${waiting.map((w) => w.title).join('、')}）`, `A bundle's results are handed out together: ${waiting.length} member(s) are still in progress`);
        }
        break;
    }
    return input;
  }

  /** Re-checks and stores a 补正 answer: new materials and changed answers. */
  function correctionChanges(row: repo.ApplicationRow, item: Item | null, body: ActionBody): Partial<repo.NewApplication> {
    const changes: Partial<repo.NewApplication> = {};
    if (body.formData && item) {
      const formData = { ...row.formData, ...body.formData };
      const { errors } = deps.catalog.validateForm(item, formData);
      if (errors.length)
        throw new AppError(
          'VALIDATION_FAILED',
          { zh: '补正的表单内容有误', en: 'The corrected form has problems' },
          errors.map((e) => ({ path: `body.formData.${e.field}`, message: e.message })),
        );
      changes.formData = formData;
    }
    if (body.materials?.length) {
      changes.materials = row.materials.map((m) => {
        const given = body.materials!.find((g) => g.key === m.key);
        if (!given) return m;
        return {
          ...m,
          fileIds: [...new Set([...m.fileIds, ...given.fileIds])],
          status: given.fileIds.length ? 'uploaded' : given.paper ? 'paper' : m.status,
        };
      });
    }
    return changes;
  }

  return {
    async act(actor: Actor, p: Principal, id: string, body: ActionBody, now = new Date()) {
      const found = await repo.findWithCase(db, id);
      const row = found?.row;
      if (!row || !row.caseId) throw notFound(what);
      const current = found.caseJson ? deps.workflow.caseFromJson(found.caseJson) : undefined;
      // Most who act see the application through their department or as its applicant; only someone a case was
      // handed to personally needs the case's holders to be let in.
      if (!(await mayRead(deps, p, row))) {
        const view = await deps.workflow.get(row.caseId, now);
        await readable(
          deps,
          p,
          row,
          view.holders.flatMap((h) => [`${h.holder.kind}:${h.holder.id}`, ...(h.delegatedTo ? [`user:${h.delegatedTo}`] : [])]),
        );
      }
      const item = row.itemId ? await deps.catalog.edition(row.itemId) : null;
      const changes = body.action === 'submitCorrection' ? correctionChanges(row, item, body) : {};

      // What the effects need from other rooms, read before the transaction.
      const granting = GRANTING_ACTIONS.has(body.action);
      const licenceType = granting && item?.resultLicenceTypeCode && row.applicantUscc ? await deps.registry.licenceType(item.resultLicenceTypeCode) : null;
      const entity = licenceType && row.applicantUscc ? await deps.registry.entityByUscc(row.applicantUscc) : null;
      const licenceFields = licenceType ? licenceFieldsFor(licenceType, row, entity, body.licenceFields ?? {}, now) : null;
      const calendar = await deps.calendar();
      // The registry names the issuing department when it presents a licence: refresh that cache now, not inside the
      // transaction (PGlite has one connection; a read outside the transaction would wait for it forever).
      if (licenceType && row.departmentId) await deps.org.departmentName(row.departmentId);
      const newFiles = body.materials?.flatMap((m) => m.fileIds) ?? [];

      const mirrorFor = (result: ActionResult) => {
        const mirror = { ...changes, ...mirrorOf(result, body.action, calendar, now, row) };
        if (granting && row.delivery === 'post') mirror.postStatus = 'pending';
        return mirror;
      };
      const endsRatably = (result: ActionResult) => !row.parentId && RATABLE_END_STATES.has(result.next.state) && Boolean(row.departmentId);
      const simple = !newFiles.length && !(licenceType && licenceFields && entity) && body.action !== 'approveOnCommitment' && !row.parentId;

      let sendNotices = async () => {};
      const { result } = await deps.workflow.act({
        caseId: row.caseId,
        ...(current ? { current } : {}),
        action: body.action,
        actor,
        who: workflowActorOf(p),
        input: (current) => inputFor(row, item, body, current.stateDueAt, now),
        version: body.version,
        now,
        // Most actions write only the row's mirror columns (and an 办结 event): those go in the engine's one
        // statement. Files to claim, an e-licence to issue, a post-check to open or a bundle parent to follow
        // need reads and results, so those actions get a transaction around their effects.
        // The notices are written with the action either way (they exist exactly when it does); e-mails after.
        writes: async (result: ActionResult) => {
          const notices = await noticesOf(row, body.action, result);
          sendNotices = notices.send;
          if (!simple) return notices.writes;
          const mirror = mirrorFor(result);
          return [repo.updateWrite(row.id, mirror), ...(endsRatably(result) ? [endedWrite(endedPayload(row, row.departmentId!, mirror.outcome ?? row.outcome, now))] : []), ...notices.writes];
        },
        effects: simple
          ? undefined
          : async (tx: Db, result: ActionResult) => {
              if (newFiles.length) await deps.files.attach(tx, newFiles, `application:${row.parentId ?? row.id}`, [row.applicantUserId, row.assistedBy, p.userId]);
              const mirror = mirrorFor(result);
              if (licenceType && licenceFields && entity) {
                const licence = await deps.registry.issueLicence(tx, actor.id ?? p.id, { typeId: licenceType.id, holderUscc: entity.uscc, fields: licenceFields }, now);
                mirror.resultLicenceId = licence.id;
              }
              await repo.update(tx, row.id, mirror);
              if (body.action === 'approveOnCommitment' && item) await openPostCheck(tx, deps, actor, row, item, now);
              if (row.parentId) await syncParent(tx, row.parentId, now);
              else if (endsRatably(result)) await emitEnded(tx, endedPayload(row, row.departmentId!, mirror.outcome ?? row.outcome, now));
            },
      });
      await sendNotices();
      return result;
    },
  };

  /** A bundle's parent follows its members (parentMirror) after each member's action. */
  async function syncParent(tx: Db, parentId: string, now: Date) {
    const members = await repo.membersOf(tx, parentId);
    const parent = await repo.findApplication(tx, parentId);
    if (!parent) return;
    const mirror = parentMirror(members, parent, now);
    await repo.update(tx, parentId, mirror);
    const lead = members.find((m) => m.departmentId)?.departmentId;
    if (!parent.finishedAt && mirror.finishedAt && lead) await emitEnded(tx, endedPayload(parent, lead, mirror.outcome ?? null, now));
  }

  /** In-app notices of an action (the new holders, and the applicant at the steps that concern them), as writes. */
  async function noticesOf(row: repo.ApplicationRow, action: string, result: ActionResult) {
    const users = await usersOfHolders(deps, result.notify, applicationWorkflow.states[result.next.state]?.queueRoles ?? []);
    if (row.applicantUserId) users.delete(row.applicantUserId);
    const label = applicationWorkflow.actions[action]!.label;
    const body = { zh: `${row.number ?? ''} ${row.title}`, en: `${row.number ?? ''} ${row.title}` };
    const notices: ReturnType<ApplicationsDeps['prepareNotice']>[] = [];
    if (users.size) notices.push(deps.prepareNotice([...users], { kind: `application.${action}`, title: { zh: `办件${label.zh}`, en: `Application: ${label.en}` }, body, link: `/work/applications/${row.parentId ?? row.id}` }));
    const forApplicant = ['requestCorrection', 'approve', 'approveOnSpot', 'approveOnCommitment', 'reject', 'refuse', 'deliver', 'accept', 'terminate'];
    if (row.applicantUserId && forApplicant.includes(action)) {
      notices.push(deps.prepareNotice([row.applicantUserId], { kind: `application.${action}`, title: { zh: `您的办件：${label.zh}`, en: `Your application: ${label.en}` }, body, link: `/my/applications/${row.parentId ?? row.id}` }));
    }
    return {
      writes: notices.flatMap((n) => (n.write ? [n.write] : [])),
      send: async () => {
        for (const n of notices) await n.send();
      },
    };
  }
}

export type ActionService = ReturnType<typeof createActionService>;
