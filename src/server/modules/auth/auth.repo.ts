import { and, eq, lt, or } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { users } from '../users/users.table.js';
import { loginSessions } from './auth.table.js';

export type LoginSessionRow = typeof loginSessions.$inferSelect;

export async function insertLoginSession(db: Database, values: Omit<LoginSessionRow, 'id'>): Promise<LoginSessionRow> {
  const [row] = await db.insert(loginSessions).values(values).returning();
  return row!;
}

/**
 * A session by the hash of its token, with its user's current roles and person, and what decides
 * whether the login may still be used (disabled, person left or erased). One query per request.
 */
export async function findLoginSessionByTokenHash(db: Database, tokenHash: string) {
  const [row] = await db
    .select({
      session: loginSessions,
      roles: users.roles,
      personId: users.personId,
      disabledAt: users.disabledAt,
      personStatus: people.status,
      personErasedAt: people.erasedAt,
    })
    .from(loginSessions)
    .innerJoin(users, and(eq(users.orgId, loginSessions.orgId), eq(users.id, loginSessions.userId)))
    .leftJoin(people, and(eq(people.orgId, users.orgId), eq(people.id, users.personId)))
    .where(eq(loginSessions.tokenHash, tokenHash));
  return row ?? null;
}

export async function touchLoginSession(db: Database, orgId: string, sessionId: string, at: Date): Promise<void> {
  await db
    .update(loginSessions)
    .set({ lastSeenAt: at })
    .where(and(eq(loginSessions.orgId, orgId), eq(loginSessions.id, sessionId)));
}

export async function deleteLoginSession(db: Database, orgId: string, sessionId: string): Promise<void> {
  await db.delete(loginSessions).where(and(eq(loginSessions.orgId, orgId), eq(loginSessions.id, sessionId)));
}

/** Removes a user's sessions that are past either expiry, so the table does not grow forever. */
export async function deleteExpiredLoginSessions(
  db: Database,
  orgId: string,
  userId: string,
  now: Date,
  idleCutoff: Date,
): Promise<void> {
  await db
    .delete(loginSessions)
    .where(
      and(
        eq(loginSessions.orgId, orgId),
        eq(loginSessions.userId, userId),
        or(lt(loginSessions.expiresAt, now), lt(loginSessions.lastSeenAt, idleCutoff)),
      ),
    );
}
