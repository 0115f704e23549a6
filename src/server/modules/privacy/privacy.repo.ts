import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
// Erasure writes to tables of several modules in one transaction. The users and auth modules are
// left alone on purpose: these few updates are all erasure needs of them.
import { loginSessions } from '../auth/auth.table.js';
import { notifications } from '../notifications/notifications.table.js';
import { people } from '../people/people.table.js';
import { calendarFeeds, sessionNotes } from '../sessions/sessions.table.js';
import { users } from '../users/users.table.js';
import { weeklyGoals } from '../weekly-goals/weekly-goals.table.js';

export const erasedName = 'Erased person';
export const erasedTitle = 'Erased';
/** A unique address in the reserved `.invalid` domain (RFC 2606): it can never reach anyone. */
export const erasedEmail = (id: string) => `erased-${id}@erased.invalid`;

/** The person row locked for the erasure, or null when it is not in this organization. */
export async function findPersonForErasure(db: Database, orgId: string, personId: string) {
  const [row] = await db
    .select({
      id: people.id,
      employeeId: people.employeeId,
      status: people.status,
      exitDate: people.exitDate,
      erasedAt: people.erasedAt,
    })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)))
    .for('update');
  return row ?? null;
}

/**
 * Anonymises the person row. What aggregates count stays (tier, department, manager, high-potential
 * flag, hire and exit dates, status); every name, contact, free text and rating goes.
 */
export async function anonymisePerson(
  db: Database,
  orgId: string,
  personId: string,
  values: { now: Date; exitDate: string },
): Promise<void> {
  await db
    .update(people)
    .set({
      name: erasedName,
      email: erasedEmail(personId),
      title: erasedTitle,
      function: '',
      location: '',
      timeZone: 'UTC',
      languages: [],
      performanceRating: null,
      potentialRating: null,
      skills: [],
      industries: [],
      yearsOfExperience: null,
      developmentGoals: '',
      developmentCompetencies: [],
      status: 'left',
      exitDate: values.exitDate,
      erasedAt: values.now,
      updatedAt: values.now,
    })
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
}

/** Deletes every private note the person wrote; answers how many. */
export async function deletePrivateNotesBy(db: Database, orgId: string, personId: string): Promise<number> {
  const rows = await db
    .delete(sessionNotes)
    .where(
      and(
        eq(sessionNotes.orgId, orgId),
        eq(sessionNotes.authorPersonId, personId),
        eq(sessionNotes.visibility, 'private'),
      ),
    )
    .returning({ id: sessionNotes.id });
  return rows.length;
}

/** Empties the words of the person's weekly goals; weeks and ticks stay for streak statistics. */
export async function clearWeeklyGoalTexts(db: Database, orgId: string, personId: string): Promise<number> {
  const rows = await db
    .update(weeklyGoals)
    .set({ description: '', developmentGoal: '', businessResult: '' })
    .where(and(eq(weeklyGoals.orgId, orgId), eq(weeklyGoals.personId, personId)))
    .returning({ id: weeklyGoals.id });
  return rows.length;
}

/**
 * Disables every login linked to the person: no sign-in (`disabled_at`), a placeholder email and
 * name, and its browser sessions, calendar feed and notifications deleted. Answers the user ids.
 */
export async function disableLoginsOf(db: Database, orgId: string, personId: string, now: Date): Promise<string[]> {
  const accounts = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.personId, personId)));
  const ids = accounts.map((account) => account.id);
  if (ids.length === 0) return [];
  for (const id of ids) {
    await db
      .update(users)
      .set({ email: erasedEmail(id), displayName: erasedName, disabledAt: now })
      .where(and(eq(users.orgId, orgId), eq(users.id, id)));
  }
  await db.delete(loginSessions).where(and(eq(loginSessions.orgId, orgId), inArray(loginSessions.userId, ids)));
  await db.delete(calendarFeeds).where(and(eq(calendarFeeds.orgId, orgId), inArray(calendarFeeds.userId, ids)));
  await db.delete(notifications).where(and(eq(notifications.orgId, orgId), inArray(notifications.userId, ids)));
  return ids;
}
