// Case reminders: the workflow sweep's due-soon and overdue notices go to whoever holds each case —
// a user, the delegate of one, or the members of a holding department's queue — in the app and, when
// SMTP is set up, by e-mail. Run by housekeeping; each notice is sent once across all processes.
import { shanghaiDate } from '../common/calendar/index.ts';
import type { Services } from './services.ts';

type ReminderServices = Pick<Services, 'workflow' | 'notify' | 'org' | 'database'>;

export async function sendCaseReminders(services: ReminderServices, now = new Date()): Promise<number> {
  return services.workflow.sweep(
    async ({ kind, case: c }) => {
      const def = services.workflow.definition(c.workflow);
      const queueRoles = def.states[c.state]?.queueRoles ?? [];
      const userIds = new Set<string>();
      for (const h of c.holders) {
        if (h.delegatedTo) userIds.add(h.delegatedTo);
        else if (h.holder.kind === 'user') userIds.add(h.holder.id);
        else for (const id of await services.org.users.membersOf(h.holder.id, queueRoles)) userIds.add(id);
      }
      const due = c.dueAt ? shanghaiDate(new Date(c.dueAt)) : '—';
      const overdue = kind === 'overdue';
      await services.notify.notify(services.database.db, [...userIds], {
        kind: `workflow.${kind}`,
        title: overdue ? { zh: `${def.label.zh}已超期`, en: `${def.label.en}: overdue` } : { zh: `${def.label.zh}即将到期`, en: `${def.label.en}: due soon` },
        body: {
          zh: `当前环节“${c.stateLabel.zh}”，办理期限 ${due}${overdue ? '，已超过期限' : ''}。`,
          en: `Now at "${c.stateLabel.en}", due ${due}${overdue ? ', past its deadline' : ''}.`,
        },
      });
    },
    { now },
  );
}
