import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { notifications } from './notifications.table.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

export async function insertNotification(db: Database, values: NewNotificationRow): Promise<NotificationRow> {
  const [row] = await db.insert(notifications).values(values).returning();
  return row!;
}

const ofUser = (orgId: string, userId: string) => and(eq(notifications.orgId, orgId), eq(notifications.userId, userId));

export async function selectNotifications(
  db: Database,
  owner: { orgId: string; userId: string },
  options: { isUnreadOnly: boolean; limit: number; offset: number },
): Promise<{ rows: NotificationRow[]; total: number }> {
  const where = options.isUnreadOnly
    ? and(ofUser(owner.orgId, owner.userId), isNull(notifications.readAt))
    : ofUser(owner.orgId, owner.userId);
  const rows = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit)
    .offset(options.offset);
  const [totals] = await db.select({ total: count() }).from(notifications).where(where);
  return { rows, total: Number(totals?.total ?? 0) };
}

export async function countUnread(db: Database, owner: { orgId: string; userId: string }): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(notifications)
    .where(and(ofUser(owner.orgId, owner.userId), isNull(notifications.readAt)));
  return Number(row?.total ?? 0);
}

/** Marks one of the user's notifications read (keeping the first read time); null when not theirs. */
export async function markRead(
  db: Database,
  owner: { orgId: string; userId: string },
  notificationId: string,
  at: Date,
): Promise<NotificationRow | null> {
  const where = and(ofUser(owner.orgId, owner.userId), eq(notifications.id, notificationId));
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(where, isNull(notifications.readAt)));
  const [row] = await db.select().from(notifications).where(where);
  return row ?? null;
}

export async function markAllRead(db: Database, owner: { orgId: string; userId: string }, at: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(ofUser(owner.orgId, owner.userId), isNull(notifications.readAt)));
}
