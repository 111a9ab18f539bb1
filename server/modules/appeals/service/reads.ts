// Reading tickets: the lists (a user's queue, everything they may see, a requester's own), the detail with its
// timeline, what the viewer may do now, the dispatch catalogue's proposal and the tickets that look like the
// same matter (并单), and the seat's look-up of a caller by phone.
import type { z } from 'zod';
import type { TicketSummary, TicketView, ticketsQuery } from '../../../../common/api/appeals.ts';
import { maskName, OUTCOME_LABELS, type Outcome, type Satisfaction } from '../../../../common/appeals/vocabulary.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import type { WorkflowDefinition } from '../../../platform/workflow/index.ts';
import * as repo from '../repository.ts';
import { DISHONESTY_WORKFLOW, TICKET_WORKFLOW } from '../workflow.ts';
import type { CatalogueService } from './catalogue.ts';
import { isStaff, returnUntil, what, workflowActorOf, type AppealsDeps } from './shared.ts';
import { isRequester, labelOf, mayRead, seesRequester, summaryOf, viewerOf, type Viewer } from './views.ts';

const t2 = (zh: string, en: string) => ({ zh, en });
const UPDATE_LABELS: Record<string, { zh: string; en: string }> = {
  progress: t2('办理进展', 'Progress'),
  reply: t2('答复', 'Reply'),
  followUp: t2('诉求人补充说明', 'Requester wrote again'),
  callback: t2('回访', 'Callback'),
  correction: t2('分类更正', 'Category corrected'),
  extensionRequest: t2('申请延期', 'Extension asked'),
  status: t2('状态说明', 'Status note'),
  external: t2('外部系统更新', 'Update from a partner system'),
};
const DAY = 86_400_000;
const shanghaiDay = (d: string) => new Date(`${d}T00:00:00+08:00`);

export function createReads(database: Database, deps: AppealsDeps, catalogue: CatalogueService, defOf: (key: string) => WorkflowDefinition) {
  const { db } = database;

  async function namesFor() {
    const [departments, categories] = await Promise.all([deps.org.departments(), catalogue.categories()]);
    const d = new Map(departments.map((x) => [x.id, x.name]));
    const e = new Map(departments.map((x) => [x.id, x.nameEn || x.name]));
    const c = new Map(categories.map((x) => [x.code, { zh: x.name, en: x.nameEn || x.name }]));
    return {
      department: (id: string | null) => (id ? (d.get(id) ?? null) : null),
      /** The department's name in both languages (its Chinese one where it has no English one). */
      departmentText: (id: string | null) => (id && d.has(id) ? { zh: d.get(id)!, en: e.get(id)! } : null),
      category: (code: string) => c.get(code) ?? { zh: code, en: code },
    };
  }

  async function readable(p: Principal, id: string): Promise<{ t: repo.TicketRow; v: Viewer }> {
    const t = await repo.findTicket(db, id);
    if (!t) throw notFound(what);
    const v = await viewerOf(deps, p);
    if (!mayRead(v, t)) throw notFound(what);
    return { t, v };
  }

  async function timelineOf(t: repo.TicketRow, v: Viewer, names: Awaited<ReturnType<typeof namesFor>>): Promise<TicketView['timeline']> {
    const staff = isStaff(v.principal);
    const [history, updates] = await Promise.all([t.caseId ? deps.workflow.history(t.caseId) : Promise.resolve([]), repo.updatesOf(db, t.id)]);
    const def = defOf(t.channel === 'dishonesty' ? DISHONESTY_WORKFLOW : TICKET_WORKFLOW);
    const userIds = [...new Set([...history.map((h) => h.actorId), ...updates.map((u) => u.authorUserId)].filter((x): x is string => Boolean(x)))];
    const handedTo = history.flatMap((h) => (h.action === 'handover' ? holderUsers(h.data) : []));
    const people = staff ? await deps.org.userNames([...userIds, ...handedTo]) : new Map<string, string>();
    // The requester's own entries (filing, a follow-up) name them only as the ticket does for this viewer: in full
    // to the hotline and, unless hidden, the lead unit; masked to other units; not at all once they hid their name.
    const shown = seesRequester(v, t);
    const nameOf = (userId: string | null) => {
      if (!staff || !userId) return null;
      const name = people.get(userId) ?? null;
      if (userId !== t.requesterUserId || shown || !name) return name;
      return t.nameHidden ? null : maskName(name);
    };
    const steps = history.map((h) => ({
      at: h.at.toISOString(),
      kind: h.action,
      label: h.action === 'open' ? t2('受理', 'Received') : (def.actions[h.action]?.label ?? t2(h.action, h.action)),
      actorName: nameOf(h.actorId),
      departmentName: null,
      to: destinationOf(h, staff, names, people),
      // Comments are the staff's (a return's reason, a supervision's words): the requester sees the step only.
      text: staff ? h.comment : null,
      public: false,
      state: h.toState,
    }));
    const notes = updates
      .filter((u) => staff || u.public || (u.kind === 'followUp' && isRequester(v, t)))
      .map((u) => ({
        at: u.at.toISOString(),
        kind: u.kind,
        label: UPDATE_LABELS[u.kind] ?? t2(u.kind, u.kind),
        actorName: nameOf(u.authorUserId),
        departmentName: names.department(u.departmentId),
        text: u.text,
        public: u.public,
        state: u.state,
      }));
    return [...recordSteps(t, def, names), ...steps, ...notes].sort((a, b) => a.at.localeCompare(b.at));
  }

  /**
   * The steps of a ticket without a case, as its own record tells them: one answered on the call (受理 only), or
   * a finished one from a bulk import such as the demo's year (受理, 派单 to its lead unit, 签收, and how it ended;
   * the in-between returns and reopenings are counted on the ticket but not dated).
   */
  function recordSteps(t: repo.TicketRow, def: WorkflowDefinition, names: Awaited<ReturnType<typeof namesFor>>): TicketView['timeline'] {
    if (t.caseId) return [];
    const lead = names.department(t.leadDepartmentId);
    const entry = (at: Date | null, kind: string, label: { zh: string; en: string }, state: string, departmentName: string | null = null) =>
      at ? [{ at: at.toISOString(), kind, label, actorName: null, departmentName, text: null, public: kind === 'open', state }] : [];
    const ending = t.outcome && t.dispatchedAt ? t2(`办结：${OUTCOME_LABELS[t.outcome as Outcome].zh}`, `Closed: ${OUTCOME_LABELS[t.outcome as Outcome].en}`) : null;
    return [
      ...entry(t.createdAt, 'open', t2('受理', 'Received'), t.dispatchedAt ? 'dispatching' : t.state),
      ...entry(t.dispatchedAt, 'dispatch', def.actions.dispatch?.label ?? t2('派单', 'Dispatch'), 'signing', lead),
      ...entry(t.signedAt, 'sign', def.actions.sign?.label ?? t2('签收', 'Sign for'), 'handling', lead),
      ...(ending ? entry(t.closedAt, 'close', ending, t.state) : []),
    ];
  }

  /** A returned ticket's last 退单 named the unit it should go to: the hotline is offered that unit first. */
  async function suggestedByReturn(t: repo.TicketRow) {
    if (t.state !== 'returned' || !t.caseId) return null;
    const last = (await deps.workflow.history(t.caseId)).filter((h) => h.action === 'return').at(-1);
    const unit = last?.data.suggestedDepartmentId;
    return typeof unit === 'string' ? { leadDepartmentId: unit, supportDepartmentIds: [] as string[], source: 'return' as const } : null;
  }

  async function actionsOf(t: repo.TicketRow, v: Viewer, now: Date): Promise<TicketView['actions']> {
    const p = v.principal;
    const engine = t.caseId ? await deps.workflow.actionsFor(t.caseId, workflowActorOf(p)) : [];
    const out: TicketView['actions'] = [];
    let callback = false;
    // 拒不整改 is the verifying body's (the ticket's lead) or the office's to record, not the body reported on
    // (handling.ts refuses anyone else): the engine's role rule alone would offer it to the reported body's staff.
    const mayRecordBreach = t.leadDepartmentId === p.departmentId || p.roles.some((r) => r.role === 'office');
    // 退单 only within the working days after dispatch that the rules allow (handling.ts refuses it afterwards).
    const mayReturn = async () => now.getTime() <= returnUntil(await deps.calendar(), deps.rules, t).getTime();
    for (const a of engine) {
      if (a.key === 'recordBreach' && !mayRecordBreach) continue;
      if (a.key === 'return' && !(await mayReturn())) continue;
      if (a.key === 'close' || a.key === 'reopen') callback = true;
      else out.push({ key: a.key, label: a.label, commentRequired: a.commentRequired });
    }
    if (callback) out.push({ key: 'callback', label: t2('回访', 'Call back'), commentRequired: false });
    const open = !['closed', 'merged', 'invalid'].includes(t.state);
    if (open && isStaff(p) && (v.hotline || v.departments.length > 0)) out.push({ key: 'note', label: t2('添加办理进展', 'Add a progress note'), commentRequired: true });
    if (['signing', 'handling'].includes(t.state) && t.leadDepartmentId === p.departmentId && t.channel !== 'dishonesty') out.push({ key: 'requestExtension', label: t2('申请延期', 'Ask for more time'), commentRequired: true });
    if (isRequester(v, t)) {
      out.push({ key: 'followUp', label: t2('补充说明', 'Add a follow-up'), commentRequired: true });
      if (!t.nameHidden) out.push({ key: 'hideName', label: t2('对承办单位隐藏姓名', 'Hide my name from the units'), commentRequired: false });
    }
    return out;
  }

  /** A requester's own tickets (我的诉求), newest first. */
  async function mine(p: Principal, page = 1, pageSize = 20, now = new Date()) {
    if (!p.userId) return { items: [], total: 0, page, pageSize };
    const names = await namesFor();
    const { rows, total } = await repo.listTickets(db, { departments: 'all', confidentialFor: 'all', requesterUserId: p.userId }, page, pageSize);
    return { items: rows.map((r) => ({ ...summaryOf(defOf, r, names, now), requesterName: r.requesterName })), total, page, pageSize };
  }

  return {
    async get(p: Principal, id: string, now = new Date()): Promise<TicketView> {
      const { t, v } = await readable(p, id);
      const names = await namesFor();
      const base = summaryOf(defOf, t, names, now);
      const full = seesRequester(v, t);
      const phone = full && t.requesterPhoneEnc ? deps.crypto.decrypt(t.requesterPhoneEnc) : t.requesterPhoneMasked;
      const waiting = ['dispatching', 'returned'].includes(t.state) && v.hotline;
      const fromCatalogue = async () => {
        const c = await catalogue.propose(t.categoryCode, t.areaCode);
        return c ? { ...c, source: 'catalogue' as const } : null;
      };
      const proposal = waiting ? ((await suggestedByReturn(t)) ?? (await fromCatalogue())) : null;
      const repeats = v.hotline && !['closed', 'merged', 'invalid'].includes(t.state) ? await repo.repeatsOf(db, t, new Date(now.getTime() - deps.rules.repeatWindowDays * DAY)) : [];
      const [timeline, actions, media, into] = await Promise.all([
        timelineOf(t, v, names),
        actionsOf(t, v, now),
        t.mediaFileIds.length ? deps.files.describe(t.mediaFileIds) : Promise.resolve(new Map<string, { id: string; name: string }>()),
        t.mergedInto ? repo.ticketNumber(db, t.mergedInto) : Promise.resolve(null),
      ]);
      return {
        ...base,
        requesterName: full ? t.requesterName : base.requesterName,
        requesterPhone: phone,
        content: t.content,
        address: t.address,
        lat: t.lat,
        lng: t.lng,
        enterpriseUscc: t.enterpriseUscc,
        accusedDepartmentName: names.department(t.accusedDepartmentId),
        supportDepartments: t.supportDepartmentIds.map((d) => ({ id: d, name: names.department(d) ?? d })),
        reply: t.reply,
        nameHidden: t.nameHidden,
        mergedInto: t.mergedInto && into ? { id: t.mergedInto, number: into } : null,
        returnCount: t.returnCount,
        reopenCount: t.reopenCount,
        extensionCount: t.extensionCount,
        signedAt: t.signedAt?.toISOString() ?? null,
        repliedAt: t.repliedAt?.toISOString() ?? null,
        callback: t.callbackAt ? { at: t.callbackAt.toISOString(), contacted: Boolean(t.callbackContacted), solved: t.callbackSolved, satisfaction: (t.callbackSatisfaction as Satisfaction | null) ?? null } : null,
        media: [...media.values()],
        timeline,
        actions,
        proposal: proposal ? { leadDepartmentId: proposal.leadDepartmentId, leadDepartmentName: names.department(proposal.leadDepartmentId) ?? '', supportDepartmentIds: proposal.supportDepartmentIds, source: proposal.source } : null,
        repeats: repeats.map((r) => ({ id: r.id, number: r.number, title: r.title, state: r.state, createdAt: r.createdAt.toISOString() })),
      };
    },

    /** Lists: `mine` is this user's queue, soonest deadline first; `all` what they may see, newest first. */
    async list(p: Principal, q: z.infer<typeof ticketsQuery>, now = new Date()): Promise<{ items: TicketSummary[]; total: number; page: number; pageSize: number }> {
      const v = await viewerOf(deps, p);
      const names = await namesFor();
      const filter: repo.TicketFilter = {
        departments: v.all ? 'all' : v.departments,
        confidentialFor: v.hotline ? 'all' : v.own,
        state: q.state,
        kind: q.kind,
        channel: q.channel,
        categoryCode: q.categoryCode,
        leadDepartmentId: q.leadDepartmentId,
        q: q.q,
        from: q.from ? shanghaiDay(q.from) : undefined,
        to: q.to ? new Date(shanghaiDay(q.to).getTime() + DAY) : undefined,
      };
      if (!isStaff(p)) return mine(p, q.page, q.pageSize, now);
      if (q.scope === 'mine') {
        const who = workflowActorOf(p);
        const held = (await Promise.all([TICKET_WORKFLOW, DISHONESTY_WORKFLOW].map((workflow) => deps.workflow.queue({ who, workflow, limit: 500 }, now)))).flat();
        const order = new Map(held.map((c, i) => [c.subjectId, i]));
        const rows = (await repo.listTickets(db, { ...filter, departments: 'all', confidentialFor: 'all', ids: [...order.keys()] }, 1, 1000)).rows;
        rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
        let items = rows.map((r) => summaryOf(defOf, r, names, now));
        if (q.deadline) items = items.filter((i) => i.deadline === q.deadline || (q.deadline === 'warning' && i.deadline === 'overdue'));
        return { items: items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: items.length, page: q.page, pageSize: q.pageSize };
      }
      const { rows, total } = await repo.listTickets(db, filter, q.page, q.pageSize);
      return { items: rows.map((r) => summaryOf(defOf, r, names, now)), total, page: q.page, pageSize: q.pageSize };
    },

    mine,

    /** The seat's caller look-up: this phone's earlier tickets, newest first (masked as in every list). */
    async caller(phone: string, now = new Date()) {
      const names = await namesFor();
      const rows = await repo.ticketsOfPhone(db, deps.crypto.blindIndex(phone));
      return { tickets: rows.map((r) => summaryOf(defOf, r, names, now)) };
    },

    stateLabel: (state: string) => labelOf(defOf, state),
  };
}

export type Reads = ReturnType<typeof createReads>;

/** The users a handover's history entry names as its new holders. */
function holderUsers(data: Record<string, unknown>): string[] {
  const holders = Array.isArray(data.holders) ? (data.holders as { kind?: string; id?: string }[]) : [];
  return holders.filter((h) => h.kind === 'user' && typeof h.id === 'string').map((h) => h.id!);
}

/**
 * Where a step sent the ticket, in words: 派单/改派 to a unit (shown to everyone, as the ticket's lead unit is), and for
 * the staff only a 转交 to a colleague and the unit a 退单 suggests.
 */
function destinationOf(
  h: { action: string; data: Record<string, unknown> },
  staff: boolean,
  names: { departmentText: (id: string | null) => { zh: string; en: string } | null },
  people: Map<string, string>,
): { zh: string; en: string } | null {
  const unit = (key: string) => (typeof h.data[key] === 'string' ? names.departmentText(h.data[key] as string) : null);
  if (h.action === 'dispatch' || h.action === 'redispatch') {
    const lead = unit('leadDepartmentId');
    return lead ? { zh: `派至${lead.zh}`, en: `To ${lead.en}` } : null;
  }
  if (!staff) return null;
  if (h.action === 'handover') {
    const who = holderUsers(h.data).map((id) => people.get(id) ?? '').filter(Boolean).join('、');
    return who ? { zh: `转交给${who}`, en: `Handed to ${who}` } : null;
  }
  if (h.action === 'return') {
    const suggested = unit('suggestedDepartmentId');
    return suggested ? { zh: `建议改派${suggested.zh}`, en: `Suggests ${suggested.en}` } : null;
  }
  return null;
}
