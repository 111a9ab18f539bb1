import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOHHOT_REGIONS } from '../common/ids/index.ts';
import { systemActor } from './platform/audit/index.ts';
import { uuidv7 } from './platform/db/index.ts';
import { defineWorkflow, type WorkflowActor, type WorkflowDefinition } from './platform/workflow/index.ts';
import { sendCaseReminders } from './reminders.ts';
import { ensureDemoAccounts } from './seed/accounts.ts';
import { demoDepartments } from './seed/departments.ts';
import { createTestApp, type TestApp } from './test/harness.ts';

const t2 = (zh: string, en: string) => ({ zh, en });
const wf: WorkflowDefinition = defineWorkflow({
  key: 'test.reminders',
  label: t2('测试审批', 'Test approval'),
  initial: 'submitted',
  states: {
    submitted: { label: t2('已提交', 'Submitted'), queueRoles: ['clerk'] },
    reviewing: { label: t2('审查', 'Review'), startsClock: true, assign: 'input' },
    done: { label: t2('办结', 'Done'), end: true },
  },
  actions: {
    accept: { label: t2('受理', 'Accept'), effect: 'move', from: ['submitted'], to: 'reviewing', who: ['holder'] },
    decide: { label: t2('决定', 'Decide'), effect: 'move', from: ['reviewing'], to: 'done', who: ['holder'] },
  },
});

let t: TestApp;
const ids: Record<string, string> = {};
const dept: Record<string, string> = {};
// Accepted Thursday 24 Sep 2026: due at the end of Friday 9 October (中秋 and 国庆 in between).
const t0 = new Date('2026-09-24T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  const regions = HOHHOT_REGIONS.map((r) => ({ code: r.key, name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parent }));
  await t.services.org.departments.ensureStructure(systemActor, regions, demoDepartments());
  await ensureDemoAccounts(t.services, systemActor, 1, () => undefined);
  for (const d of await t.services.org.departments.listDepartments()) dept[d.code] = d.id;
  for (const name of ['clerk', 'approver', 'qiye']) ids[name] = (await t.services.org.users.findByUsername(name))!.id;
  t.services.workflow.register(wf);
});
afterAll(() => t.close());

const who = (name: string, roles: WorkflowActor['roles'], departmentId: string | null): WorkflowActor => ({ userId: ids[name]!, departmentId, roles });

async function acceptedCase(holders: { kind: 'user' | 'department'; id: string }[]) {
  const { workflow, database } = t.services;
  const opened = await database.db.transaction((tx) =>
    workflow.open(tx, wf, { subjectType: 'test', subjectId: uuidv7(), initiatorId: ids.qiye!, holders: [{ kind: 'department', id: dept['HHHT-ZWFW']! }], limit: { unit: 'workingDays', value: 5 } }, systemActor, t0),
  );
  const clerk = who('clerk', ['clerk'], dept['HHHT-ZWFW']!);
  return (await workflow.act({ caseId: opened.id, action: 'accept', actor: { type: 'user', id: clerk.userId }, who: clerk, input: { holders }, version: 1, now: t0 })).case;
}

const inbox = async (name: string) => (await t.services.notify.list(ids[name]!, { pageSize: 50 })).items;

describe('case reminders', () => {
  it('reach a holding user, and every member of a holding department, once per deadline', async () => {
    await acceptedCase([{ kind: 'user', id: ids.approver! }]);
    await acceptedCase([{ kind: 'department', id: dept['HHHT-ZWFW']! }]);
    const dayBefore = new Date('2026-10-09T02:00:00Z');
    expect(await sendCaseReminders(t.services, dayBefore)).toBe(2);
    expect(await sendCaseReminders(t.services, dayBefore)).toBe(0);
    const approverNotes = await inbox('approver');
    expect(approverNotes).toHaveLength(1);
    expect(approverNotes[0]).toMatchObject({ kind: 'workflow.due_soon', title: { zh: '测试审批即将到期' } });
    expect(approverNotes[0]!.body.zh).toContain('2026-10-09');
    expect((await inbox('clerk')).map((n) => n.kind)).toEqual(['workflow.due_soon']);
    expect(await inbox('qiye')).toEqual([]);

    expect(await sendCaseReminders(t.services, new Date('2026-10-10T02:00:00Z'))).toBe(2);
    expect((await inbox('approver')).map((n) => n.kind)).toEqual(['workflow.overdue', 'workflow.due_soon']);
  });
});
