// A ticket's steps on the workflow engine: 派单, 签收, 退单 (within the configured working days of dispatch),
// 改派, 答复, 回访 (办结, or 重办 to the same unit when the requester is not satisfied), 并单, 无效, 延期, 催办,
// 督办, 转交, and the 政务失信 path. Each step is one statement: the engine's writes, the ticket's mirror
// columns (versioned, so a stale screen gets 409), its timeline entry, the notices and, on closing, the event.
import type { Actor } from '../../../platform/audit/index.ts';
import type { NotifyMessage } from '../../../platform/notify/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, PendingWrite } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import { clockDueAt, type ActionInput, type ActionResult, type Holder } from '../../../platform/workflow/index.ts';
import * as repo from '../repository.ts';
import { closedEventWrite } from './tickets.ts';
import { mayRead, viewerOf } from './views.ts';
import { refuse, staleTicket, what, workflowActorOf, type AppealsDeps } from './shared.ts';

export interface StepSpec {
  action: string;
  version: number;
  input?: ActionInput;
  /** Checks on the ticket as it is (a return's window, a merge's target). */
  check?: (t: repo.TicketRow) => Promise<void> | void;
  /** The ticket's mirror columns after the step (state, due time and dueAt are added). */
  mirror?: (t: repo.TicketRow, result: ActionResult) => Partial<repo.NewTicket>;
  increment?: string[];
  /** Timeline entries beyond the engine's history. */
  updates?: (t: repo.TicketRow, state: string) => Omit<repo.NewUpdate, 'id' | 'ticketId' | 'at' | 'state'>[];
  /** Who to tell, beyond the engine's new holders. */
  tell?: (t: repo.TicketRow, result: ActionResult) => Promise<{ userIds: string[]; message: NotifyMessage }[]>;
  /** The ticket ends with this outcome (closedAt, the closed event). */
  outcome?: (t: repo.TicketRow) => string;
}

const UNIT_ROLES = ['handler', 'leader'] as const;
const HOTLINE_ROLES = ['agent'] as const;

export function createSteps(database: Database, deps: AppealsDeps) {
  const { db } = database;

  /** Users behind holders: a named user, or the members of a department's queue with the given roles. */
  async function usersOf(holders: Holder[], roles: readonly ('handler' | 'leader' | 'agent')[]) {
    const ids = await Promise.all(holders.map((h) => (h.kind === 'user' ? Promise.resolve([h.id]) : deps.org.membersOf(h.id, roles))));
    return [...new Set(ids.flat())];
  }

  async function step(actor: Actor, p: Principal, id: string, spec: StepSpec, now = new Date()) {
    const found = await repo.findWithCase(db, id);
    if (!found || !mayRead(await viewerOf(deps, p), found.row)) throw notFound(what);
    const t = found.row;
    if (t.version !== spec.version) throw staleTicket(t.version);
    if (!t.caseId || !found.caseJson) throw refuse('这张工单已办结，不能再办理', 'This ticket has ended: nothing more to do on it');
    await spec.check?.(t);
    const current = deps.workflow.caseFromJson(found.caseJson);
    const calendar = await deps.calendar();
    const notices: { send: () => Promise<unknown> }[] = [];
    const { result } = await deps.workflow.act({
      caseId: t.caseId,
      action: spec.action,
      actor,
      who: workflowActorOf(p),
      input: spec.input ?? {},
      version: current.version,
      current,
      now,
      writes: async (r) => {
        const next = r.next;
        const due = next.clock.pausedAt ? null : clockDueAt(calendar, next.clock);
        const outcome = spec.outcome?.(t) ?? null;
        const changes: Partial<repo.NewTicket> = {
          state: next.state,
          ...(due ? { dueAt: due } : {}),
          ...(spec.mirror?.(t, r) ?? {}),
          ...(outcome ? { outcome, closedAt: now } : {}),
        };
        const writes: PendingWrite[] = [repo.updateTicketWrite(t.id, t.version, changes, spec.increment ?? [])];
        for (const u of spec.updates?.(t, next.state) ?? []) writes.push(repo.insertUpdateWrite({ ...u, id: uuidv7(), ticketId: t.id, at: now, state: next.state }));
        if (outcome) writes.push(closedEventWrite(t, outcome, now));
        const holderRoles = ['dispatching', 'returned', 'callback'].includes(next.state) ? HOTLINE_ROLES : UNIT_ROLES;
        const told = [
          ...(r.notify.length && spec.action !== 'close' ? [{ userIds: await usersOf(r.notify, holderRoles), message: noticeOf(t, r) }] : []),
          ...((await spec.tell?.(t, r)) ?? []),
        ];
        for (const n of told) {
          const userIds = n.userIds.filter((u) => u !== p.userId);
          if (userIds.length === 0) continue;
          const prepared = deps.prepareNotice(userIds, n.message);
          if (prepared.write) writes.push(prepared.write);
          notices.push(prepared);
        }
        return writes;
      },
    });
    for (const n of notices) await n.send().catch(() => undefined);
    return result;
  }

  return { step, usersOf };
}

function noticeOf(t: repo.TicketRow, r: ActionResult): NotifyMessage {
  const link = `/work/appeals/${t.id}`;
  const urgent = r.entry.action === 'urge' || r.entry.action === 'supervise';
  return {
    kind: `appeal.${r.entry.action}`,
    title: urgent ? { zh: `工单被${r.entry.action === 'supervise' ? '督办' : '催办'}：${t.number}`, en: `Ticket ${r.entry.action === 'supervise' ? 'under supervision' : 'urged'}: ${t.number}` } : { zh: `新工单待处理：${t.number}`, en: `A ticket to act on: ${t.number}` },
    body: { zh: `${t.title}${r.entry.comment ? `（${r.entry.comment}）` : ''}`, en: `${t.title}${r.entry.comment ? ` (${r.entry.comment})` : ''}` },
    link,
  };
}

export type Steps = ReturnType<typeof createSteps>;
