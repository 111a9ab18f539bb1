// Notifications (通知): in-app messages for users, and an email copy through SMTP when it is
// configured and the user has an address. Domain-free: callers (the workflow sweep, …) say who and
// what; this room knows nothing of cases or applications.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database, Db, PendingWrite } from '../db/index.ts';
import { uuidv7 } from '../db/index.ts';
import * as repo from './repository.ts';
import type { BilingualText } from './tables.ts';

export type { NotificationRow } from './repository.ts';
export type { BilingualText } from './tables.ts';

export interface SmtpConfig {
  /** e.g. smtp://user:pass@host:587 or smtps://user:pass@host:465 */
  url: string;
  /** The From header, e.g. 营商通 <noreply@example.gov.cn>. */
  from: string;
}

export interface NotifyMessage {
  /** What it is about, chosen by the sender, e.g. 'workflow.overdue'. */
  kind: string;
  title: BilingualText;
  body: BilingualText;
  /** A path in the web app to open, e.g. /cases/… */
  link?: string | null | undefined;
}

export interface NotifyResult {
  ids: string[];
  /** Emails the SMTP server accepted, and those that failed (logged, never thrown). */
  emailed: number;
  emailFailed: number;
}

export interface NotifyDeps {
  smtp: SmtpConfig | null;
  /** Email addresses of users (ids without an address are left out). Without it, no email is sent. */
  userEmails?: ((userIds: string[]) => Promise<Map<string, string>>) | undefined;
  /** Where an email failure is reported; defaults to one JSON line on stderr. */
  log?: ((entry: { err: unknown; userId?: string }, message: string) => void) | undefined;
  /** SMTP connection timeout, milliseconds (default 10 000). */
  smtpTimeoutMs?: number | undefined;
}

export interface NotificationView {
  id: string;
  kind: string;
  title: BilingualText;
  body: BilingualText;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotifyService {
  /**
   * Writes one in-app notification per user (in the caller's transaction when `db` is one), then
   * emails each user with an address when SMTP is configured. Email failures are logged and counted,
   * never thrown. With a transaction, the emails go out after the insert but before the caller commits.
   */
  notify(db: Db, userIds: string[], message: NotifyMessage): Promise<NotifyResult>;
  /**
   * The same notifications as a write for the caller's own batch (runWrites), so they exist exactly when what
   * they announce was written; `send` e-mails them once that has committed. `write` is null for nobody.
   */
  prepare(userIds: string[], message: NotifyMessage): { write: PendingWrite | null; send: () => Promise<NotifyResult> };
  /** Notifies each user who has had no notification of `message.kind` yet (a reminder sent once); returns who was told. */
  notifyOnce(userIds: string[], message: NotifyMessage): Promise<{ told: string[] } & Omit<NotifyResult, 'ids'>>;
  list(userId: string, query: { unreadOnly?: boolean; page?: number; pageSize?: number }): Promise<{ items: NotificationView[]; total: number; page: number; pageSize: number }>;
  /** Marks the caller's own notifications read; ids of others' or unknown ones are ignored. */
  markRead(userId: string, ids: string[]): Promise<{ marked: number }>;
  unreadCount(userId: string): Promise<number>;
  /** Closes the SMTP connection pool (process shutdown, tests). */
  close(): void;
}

const toView = (r: repo.NotificationRow): NotificationView => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt ? r.readAt.toISOString() : null,
});

function defaultLog(entry: { err: unknown; userId?: string }, message: string) {
  const err = entry.err instanceof Error ? entry.err.message : String(entry.err);
  process.stderr.write(`${JSON.stringify({ level: 'error', msg: message, userId: entry.userId, err })}\n`);
}

/** The email text: Chinese first, English after, then the link. */
function emailText(message: NotifyMessage): string {
  const parts = [message.body.zh, '', message.title.en, message.body.en];
  if (message.link) parts.push('', message.link);
  return parts.join('\n');
}

export function createNotifyService(database: Database, deps: NotifyDeps): NotifyService {
  const log = deps.log ?? defaultLog;
  const timeout = deps.smtpTimeoutMs ?? 10_000;
  let transport: Transporter | null = null;
  const transporter = (smtp: SmtpConfig) =>
    (transport ??= nodemailer.createTransport({
      url: smtp.url,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout * 3,
    }));

  async function sendEmails(userIds: string[], message: NotifyMessage): Promise<{ emailed: number; emailFailed: number }> {
    const result = { emailed: 0, emailFailed: 0 };
    const smtp = deps.smtp;
    if (!smtp || !deps.userEmails || userIds.length === 0) return result;
    let emails: Map<string, string>;
    try {
      emails = await deps.userEmails(userIds);
    } catch (err) {
      log({ err }, 'notify: looking up email addresses failed');
      result.emailFailed = userIds.length;
      return result;
    }
    for (const userId of userIds) {
      const to = emails.get(userId);
      if (!to) continue;
      try {
        await transporter(smtp).sendMail({ from: smtp.from, to, subject: message.title.zh, text: emailText(message) });
        result.emailed++;
      } catch (err) {
        result.emailFailed++;
        log({ err, userId }, 'notify: email failed (the in-app notification is kept)');
      }
    }
    return result;
  }

  return {
    async notify(db, userIds, message) {
      const unique = [...new Set(userIds)];
      const rows = unique.map((userId) => ({
        id: uuidv7(),
        userId,
        kind: message.kind,
        title: message.title,
        body: message.body,
        link: message.link ?? null,
      }));
      await repo.insertNotifications(db, rows);
      const emails = await sendEmails(unique, message);
      return { ids: rows.map((r) => r.id), ...emails };
    },

    async notifyOnce(userIds, message) {
      const rows = [...new Set(userIds)].map((userId) => ({ id: uuidv7(), userId, kind: message.kind, title: message.title, body: message.body, link: message.link ?? null }));
      const told = await repo.insertNotificationsOnce(database.db, rows);
      return { told, ...(await sendEmails(told, message)) };
    },

    prepare(userIds, message) {
      const unique = [...new Set(userIds)];
      const rows = unique.map((userId) => ({ id: uuidv7(), userId, kind: message.kind, title: message.title, body: message.body, link: message.link ?? null }));
      const ids = rows.map((r) => r.id);
      return { write: rows.length ? repo.notificationsWrite(rows) : null, send: async () => ({ ids, ...(await sendEmails(unique, message)) }) };
    },

    async list(userId, query) {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const { rows, total } = await repo.listNotifications(database.db, userId, {
        unreadOnly: query.unreadOnly ?? false,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: rows.map(toView), total, page, pageSize };
    },

    async markRead(userId, ids) {
      return { marked: await repo.markNotificationsRead(database.db, userId, [...new Set(ids)]) };
    },

    unreadCount: (userId) => repo.countUnread(database.db, userId),

    close() {
      transport?.close();
      transport = null;
    },
  };
}
