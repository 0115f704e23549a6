import { z } from 'zod';

/** An in-app notification of the signed-in user. */
export const Notification = z.object({
  id: z.string(),
  /** What it is about, for icons and filters: `session.reminder`, `progress-check.due`… */
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path in the web app to open, or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationQuery = z.object({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotificationQuery = z.input<typeof NotificationQuery>;
/** The query after parsing, with defaults filled in. */
export type NotificationFilter = z.output<typeof NotificationQuery>;

/** Newest first. `unreadCount` counts all unread notifications, not only this page's. */
export const NotificationPage = z.object({
  items: z.array(Notification),
  total: z.number().int(),
  unreadCount: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const NotificationParams = z.object({ notificationId: z.uuid() });

export const NotificationsRead = z.object({ unreadCount: z.number().int() });
export type NotificationsRead = z.infer<typeof NotificationsRead>;
