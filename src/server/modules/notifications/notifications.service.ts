import type {
  Notification,
  NotificationFilter,
  NotificationPage,
  NotificationsRead,
} from '../../../contract/notifications.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import {
  countUnread,
  insertNotification,
  markAllRead,
  markRead,
  selectNotifications,
  type NotificationRow,
} from './notifications.repo.js';

export type NewNotification = {
  orgId: string;
  userId: string;
  /** Dotted words, e.g. `session.reminder`. */
  kind: string;
  title: string;
  body: string;
  /** A path in the web app (starting with `/`), or null. */
  link?: string | null;
};

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** Adds a notification for one user, in the caller's transaction. */
export async function notify(deps: { db: Database; clock: Clock }, input: NewNotification): Promise<{ id: string }> {
  if (input.link && !input.link.startsWith('/')) {
    throw new AppError('INVALID', { message: 'A notification link is a path in the app, starting with /.' });
  }
  const row = await insertNotification(deps.db, {
    orgId: input.orgId,
    userId: input.userId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    link: input.link ?? null,
    createdAt: deps.clock.now(),
  });
  return { id: row.id };
}

export async function listNotifications(
  db: Database,
  actor: Actor,
  filter: NotificationFilter,
): Promise<NotificationPage> {
  const owner = { orgId: actor.orgId, userId: actor.userId };
  const { rows, total } = await selectNotifications(db, owner, {
    isUnreadOnly: filter.unreadOnly ?? false,
    limit: filter.pageSize,
    offset: (filter.page - 1) * filter.pageSize,
  });
  return {
    items: rows.map(toNotification),
    total,
    unreadCount: await countUnread(db, owner),
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

/** Marks one of the actor's own notifications read; anyone else's is NOT_FOUND. */
export async function readNotification(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  notificationId: string,
): Promise<Notification> {
  const row = await markRead(deps.db, { orgId: actor.orgId, userId: actor.userId }, notificationId, deps.clock.now());
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such notification.' });
  return toNotification(row);
}

export async function readAllNotifications(
  deps: { db: Database; clock: Clock },
  actor: Actor,
): Promise<NotificationsRead> {
  const owner = { orgId: actor.orgId, userId: actor.userId };
  await markAllRead(deps.db, owner, deps.clock.now());
  return { unreadCount: await countUnread(deps.db, owner) };
}
