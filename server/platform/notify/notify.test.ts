import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoCity } from '../../seed/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { startSmtp } from '../../test/smtp.ts';
import { createNotifyService, type NotifyMessage } from './index.ts';

let t: TestApp;
let handler: Browser;
let citizen: Browser;
let handlerId: string;
let citizenId: string;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
  handler = await signIn(t.app, 'handler', DEMO_PASSWORD);
  citizen = await signIn(t.app, 'shimin', DEMO_PASSWORD);
  handlerId = (await t.services.org.users.findByUsername('handler'))!.id;
  citizenId = (await t.services.org.users.findByUsername('shimin'))!.id;
});
afterAll(() => t.close());

const message = (n: number): NotifyMessage => ({
  kind: 'test.reminder',
  title: { zh: `办件即将超期 第${n}件`, en: `Case due soon #${n}` },
  body: { zh: `您有一件办件将于明天到期，请及时办理。`, en: 'A case is due tomorrow.' },
  link: `/cases/${n}`,
});

/** A local port nothing listens on. */
async function deadPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('in-app notifications', () => {
  it('are written, listed newest first, counted, and marked read by their owner only', async () => {
    const notify = t.services.notify;
    const first = await notify.notify(t.services.database.db, [handlerId, citizenId], message(1));
    expect(first).toMatchObject({ emailed: 0, emailFailed: 0 });
    expect(first.ids).toHaveLength(2);
    await notify.notify(t.services.database.db, [handlerId, handlerId], message(2)); // duplicates collapse

    const list = await t.app.inject({ url: '/api/v1/me/notifications', headers: handler.headers() });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; title: { zh: string }; link: string; readAt: string | null }[];
    expect(items.map((i) => i.title.zh)).toEqual(['办件即将超期 第2件', '办件即将超期 第1件']);
    expect(items[0]).toMatchObject({ link: '/cases/2', readAt: null });
    expect(list.json().total).toBe(2);
    expect((await t.app.inject({ url: '/api/v1/me/notifications/count', headers: handler.headers() })).json()).toEqual({ unread: 2 });

    // The citizen tries to mark the handler's notification and their own: only their own changes.
    const citizenItems = (await t.app.inject({ url: '/api/v1/me/notifications', headers: citizen.headers() })).json().items as { id: string }[];
    expect(citizenItems).toHaveLength(1);
    const mark = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/notifications/read',
      headers: citizen.headers(true),
      payload: { ids: [items[0]!.id, citizenItems[0]!.id] },
    });
    expect(mark.statusCode).toBe(200);
    expect(mark.json()).toEqual({ marked: 1 });
    expect(await notify.unreadCount(handlerId)).toBe(2);
    expect(await notify.unreadCount(citizenId)).toBe(0);

    const own = await t.app.inject({ method: 'POST', url: '/api/v1/me/notifications/read', headers: handler.headers(true), payload: { ids: [items[1]!.id] } });
    expect(own.json()).toEqual({ marked: 1 });
    const unread = (await t.app.inject({ url: '/api/v1/me/notifications?unread=true', headers: handler.headers() })).json();
    expect(unread.total).toBe(1);
    expect(unread.items[0].id).toBe(items[0]!.id);
    const paged = (await t.app.inject({ url: '/api/v1/me/notifications?page=2&pageSize=1', headers: handler.headers() })).json();
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items[0].readAt).not.toBeNull();
  });

  it('are written in the caller’s transaction (a rollback leaves none)', async () => {
    const before = await t.services.notify.unreadCount(citizenId);
    await expect(
      t.services.database.db.transaction(async (tx) => {
        await t.services.notify.notify(tx, [citizenId], message(3));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await t.services.notify.unreadCount(citizenId)).toBe(before);
  });

  it('refuse anonymous callers and bad input', async () => {
    for (const [method, url] of [['GET', '/api/v1/me/notifications'], ['GET', '/api/v1/me/notifications/count'], ['POST', '/api/v1/me/notifications/read']] as const) {
      const res = await t.app.inject({ method, url, ...(method === 'POST' ? { payload: { ids: [] } } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/me/notifications/read', headers: handler.headers(true), payload: { ids: ['not-a-uuid'] } });
    expect(bad.statusCode).toBe(400);
  });
});

describe('email through SMTP', () => {
  it('reaches a real SMTP server with the Chinese subject and body intact, after the in-app row', async () => {
    const smtp = await startSmtp();
    const log: string[] = [];
    const notify = createNotifyService(t.services.database, {
      smtp: { url: `smtp://mailer:s3cret@127.0.0.1:${smtp.port}`, from: '营商通 <noreply@yingshang.test>' },
      userEmails: async (ids) => new Map(ids.filter((id) => id === handlerId).map((id) => [id, 'handler@yingshang.test'])),
      log: (_entry, m) => log.push(m),
    });
    try {
      const result = await notify.notify(t.services.database.db, [handlerId, citizenId], message(4));
      expect(result).toMatchObject({ emailed: 1, emailFailed: 0 }); // the citizen has no address: in-app only
      expect(log).toEqual([]);
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0]!;
      expect(mail.to).toEqual(['handler@yingshang.test']);
      expect(mail.subject).toBe('办件即将超期 第4件');
      expect(mail.text).toContain('您有一件办件将于明天到期，请及时办理。');
      expect(mail.text).toContain('/cases/4');
      expect(mail.raw).toMatch(/^From:.*noreply@yingshang\.test/im);
      expect(mail.raw).toMatch(/charset=utf-8/i);
      expect((await notify.list(citizenId, { unreadOnly: true })).items.map((i) => i.title.zh)).toContain('办件即将超期 第4件');
    } finally {
      notify.close();
      await smtp.close();
    }
  });

  it('when the SMTP server is down, keeps the in-app row, logs, and does not throw', async () => {
    const log: string[] = [];
    const notify = createNotifyService(t.services.database, {
      smtp: { url: `smtp://127.0.0.1:${await deadPort()}`, from: 'noreply@yingshang.test' },
      userEmails: async (ids) => new Map(ids.map((id) => [id, 'someone@yingshang.test'])),
      log: (_entry, m) => log.push(m),
      smtpTimeoutMs: 2000,
    });
    try {
      const before = await notify.unreadCount(handlerId);
      const result = await notify.notify(t.services.database.db, [handlerId], message(5));
      expect(result).toMatchObject({ emailed: 0, emailFailed: 1 });
      expect(log).toHaveLength(1);
      expect(await notify.unreadCount(handlerId)).toBe(before + 1);
    } finally {
      notify.close();
    }
  });
});
