import { and, asc, count, eq, gt, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../contract/roles.js';
import type { UsersFilter } from '../../../contract/users.js';
import type { Database } from '../../db/client.js';
import { loginSessions } from '../auth/auth.table.js';
import { people } from '../people/people.table.js';
import { users } from './users.table.js';

export type UserRow = typeof users.$inferSelect;

export type NewUserRow = {
  orgId: string;
  email: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  personId: string | null;
};

/** What decides whether a login may still be used: the user and the state of their person. */
export type UserAccess = {
  disabledAt: Date | null;
  personStatus: 'active' | 'left' | null;
  personErasedAt: Date | null;
};

export async function insertUsers(db: Database, rows: NewUserRow[]): Promise<UserRow[]> {
  return rows.length === 0 ? [] : db.insert(users).values(rows).returning();
}

/** Login looks users up across organizations: an email belongs to one user only. */
export async function findUserByEmail(db: Database, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

/** Like `findUserByEmail`, with what sign-in needs to know about the linked person. */
export async function findUserAccessByEmail(
  db: Database,
  email: string,
): Promise<(UserAccess & { user: UserRow }) | null> {
  const [row] = await db
    .select({ user: users, personStatus: people.status, personErasedAt: people.erasedAt })
    .from(users)
    .leftJoin(people, and(eq(people.orgId, users.orgId), eq(people.id, users.personId)))
    .where(eq(users.email, email.toLowerCase()));
  return row ? { ...row, disabledAt: row.user.disabledAt } : null;
}

export async function findUser(db: Database, orgId: string, userId: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)));
  return row ?? null;
}

/** Like `findUser`, locking the row until the transaction ends. */
export async function findUserForUpdate(db: Database, orgId: string, userId: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)))
    .for('update');
  return row ?? null;
}

export async function updateUserRow(
  db: Database,
  orgId: string,
  userId: string,
  changes: Partial<Pick<UserRow, 'displayName' | 'roles' | 'disabledAt' | 'email' | 'passwordHash'>>,
): Promise<void> {
  await db
    .update(users)
    .set(changes)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)));
}

/**
 * Ends a user's sessions, all of them or all but `exceptSessionId`, and answers how many ended.
 * Sessions belong to the auth module; ending them is part of what a user account is, so it lives here.
 */
export async function deleteLoginSessionsOfUser(
  db: Database,
  orgId: string,
  userId: string,
  exceptSessionId?: string,
): Promise<number> {
  const conditions: SQL[] = [eq(loginSessions.orgId, orgId), eq(loginSessions.userId, userId)];
  if (exceptSessionId !== undefined) conditions.push(ne(loginSessions.id, exceptSessionId));
  const deleted = await db
    .delete(loginSessions)
    .where(and(...conditions))
    .returning({ id: loginSessions.id });
  return deleted.length;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A session counts as active until either expiry; these are the cut-offs at one moment. */
export type ActiveSince = { now: Date; idleCutoff: Date };

export type UserListRow = {
  user: UserRow;
  personName: string | null;
  activeSessionCount: number;
  lastSeenAt: Date | null;
};

function selectUsersWithSessions(db: Database, orgId: string, active: ActiveSince) {
  // One row per user with its session figures; users without sessions get none and are left-joined.
  const sessionFigures = db
    .select({
      userId: loginSessions.userId,
      activeSessionCount:
        sql<number>`cast(count(*) filter (where ${and(gt(loginSessions.expiresAt, active.now), gt(loginSessions.lastSeenAt, active.idleCutoff))}) as integer)`.as(
          'active_session_count',
        ),
      lastSeenAt: sql<Date | null>`max(${loginSessions.lastSeenAt})`
        .mapWith(loginSessions.lastSeenAt)
        .as('last_seen_at'),
    })
    .from(loginSessions)
    .where(eq(loginSessions.orgId, orgId))
    .groupBy(loginSessions.userId)
    .as('session_figures');
  return db
    .select({
      user: users,
      personName: people.name,
      activeSessionCount: sessionFigures.activeSessionCount,
      lastSeenAt: sessionFigures.lastSeenAt,
    })
    .from(users)
    .leftJoin(people, and(eq(people.orgId, users.orgId), eq(people.id, users.personId)))
    .leftJoin(sessionFigures, eq(sessionFigures.userId, users.id));
}

function toListRow(row: {
  user: UserRow;
  personName: string | null;
  activeSessionCount: number | null;
  lastSeenAt: Date | null;
}): UserListRow {
  return { ...row, activeSessionCount: Number(row.activeSessionCount ?? 0) };
}

export async function listUsers(
  db: Database,
  orgId: string,
  filter: UsersFilter,
  active: ActiveSince,
): Promise<{ items: UserListRow[]; total: number }> {
  const conditions: SQL[] = [eq(users.orgId, orgId)];
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    conditions.push(or(ilike(users.displayName, pattern), ilike(users.email, pattern))!);
  }
  const where = and(...conditions);
  const [items, [totals]] = await Promise.all([
    selectUsersWithSessions(db, orgId, active)
      .where(where)
      // The id breaks ties, so pages never repeat or skip a user.
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items: items.map(toListRow), total: Number(totals?.total ?? 0) };
}

export async function findUserListRow(
  db: Database,
  orgId: string,
  userId: string,
  active: ActiveSince,
): Promise<UserListRow | null> {
  const [row] = await selectUsersWithSessions(db, orgId, active).where(
    and(eq(users.orgId, orgId), eq(users.id, userId)),
  );
  return row ? toListRow(row) : null;
}
