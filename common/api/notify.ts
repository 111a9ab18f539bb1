// Request and response schemas of the in-app notifications API (站内消息), shared by server and web.
import { z } from 'zod';
import { pageQuery } from './org.ts';

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const notificationSchema = z.object({
  id: z.string().uuid(),
  /** What it is about, e.g. 'workflow.overdue'. */
  kind: z.string(),
  title: bilingual,
  body: bilingual,
  /** A path in the web app to open, or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationsQuery = pageQuery.extend({ unread: z.enum(['true', 'false']).optional() });
export const notificationsReply = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const markReadBody = z.object({ ids: z.array(z.string().uuid()).min(1).max(500) });
export const markReadReply = z.object({ marked: z.number().int() });

export const unreadCountReply = z.object({ unread: z.number().int() });
