// Reminders by e-mail end to end: a user's address recorded through the admin API, SMTP configured,
// an overdue case held by that user → the sweep sends an in-app notice and a real e-mail to a real
// local SMTP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOHHOT_REGIONS } from '../common/ids/index.ts';
import { systemActor } from './platform/audit/index.ts';
import { uuidv7 } from './platform/db/index.ts';
import { defineWorkflow } from './platform/workflow/index.ts';
import { sendCaseReminders } from './reminders.ts';
import { ensureDemoAccounts } from './seed/accounts.ts';
import { demoDepartments } from './seed/departments.ts';
import { DEMO_PASSWORD } from './seed/index.ts';
import { createTestApp, type TestApp } from './test/harness.ts';
import { signIn } from './test/sign-in.ts';
import { startSmtp } from './test/smtp.ts';

const wf = defineWorkflow({
  key: 'test.mail',
  label: { zh: '测试办件', en: 'Test case' },
  initial: 'working',
  states: { working: { label: { zh: '办理中', en: 'Working' }, startsClock: true }, done: { label: { zh: '办结', en: 'Done' }, end: true } },
  actions: { finish: { label: { zh: '办结', en: 'Finish' }, effect: 'move', from: ['working'], to: 'done', who: ['holder'] } },
});

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ SMTP_URL: `smtp://mailer:s3cret@127.0.0.1:${smtp.port}`, SMTP_FROM: '营商通 <noreply@yingshang.test>' });
  const regions = HOHHOT_REGIONS.map((r) => ({ code: r.key, name: r.name, nameEn: r.nameEn, level: r.level, parentCode: r.parent }));
  await t.services.org.departments.ensureStructure(systemActor, regions, demoDepartments());
  await ensureDemoAccounts(t.services, systemActor, 1, () => undefined);
  t.services.workflow.register(wf);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('reminders by e-mail', () => {
  it('go to the holder’s recorded address when SMTP is configured; the address is masked in lists', async () => {
    const admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
    const approver = (await t.services.org.users.findByUsername('approver'))!;
    const set = await t.app.inject({ method: 'PATCH', url: `/api/v1/org/users/${approver.id}`, headers: admin.headers(true), payload: { version: approver.version, email: 'Zhao.Qiang@scjg.example.gov.cn' } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().email).toBe('z********g@scjg.example.gov.cn');
    const bad = await t.app.inject({ method: 'PATCH', url: `/api/v1/org/users/${approver.id}`, headers: admin.headers(true), payload: { version: set.json().version, email: 'not-an-address' } });
    expect(bad.statusCode).toBe(400);

    const opened = new Date('2026-03-02T02:00:00Z');
    await t.services.database.db.transaction((tx) =>
      t.services.workflow.open(tx, wf, { subjectType: 'test', subjectId: uuidv7(), initiatorId: null, holders: [{ kind: 'user', id: approver.id }], limit: { unit: 'workingDays', value: 2 } }, systemActor, opened),
    );
    const sent = await sendCaseReminders(t.services, new Date('2026-03-10T02:00:00Z'));
    expect(sent).toBe(1);
    await expect.poll(() => smtp.received.length, { timeout: 5000 }).toBe(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['zhao.qiang@scjg.example.gov.cn']);
    expect(mail.subject).toContain('测试办件已超期');
    expect(mail.text).toContain('已超过期限');
  });
});
