import { and, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { coachingEngagements, mentoringRelationships } from '../engagements/engagements.table.js';
import { organizations } from '../organizations/organizations.table.js';
import { sessionNotes, sessions } from '../sessions/sessions.table.js';

/** Pairs in these states are over; an open (proposed, active, paused) pair keeps its notes. */
const closedStatuses = ['completed', 'ended_early'] as const;

/** What one organization's retention pass removed. */
export type RetentionCounts = { sessions: number; notesDeleted: number; agendasCleared: number };

/** The moment before which a closed pair's session notes are due: `days` whole days before `now`. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/** The organizations that set a retention, with it. */
export async function listRetentionSettings(db: Database): Promise<{ orgId: string; days: number }[]> {
  const rows = await db
    .select({ orgId: organizations.orgId, days: organizations.sessionNoteRetentionDays })
    .from(organizations)
    .where(isNotNull(organizations.sessionNoteRetentionDays));
  return rows.map((row) => ({ orgId: row.orgId, days: row.days! }));
}

/**
 * Ids of the sessions of `orgId` whose relationship or engagement is closed and ended before
 * `cutoff` (its `ended_at`; the planned end date for a pair closed without one).
 */
function sessionsPastRetention(db: Database, orgId: string, cutoff: Date) {
  const endedBefore = (endedAt: AnyPgColumn, endDate: AnyPgColumn) =>
    sql`coalesce(${endedAt}, ${endDate}::timestamptz) < ${cutoff.toISOString()}::timestamptz`;
  const relationships = db
    .select({ id: mentoringRelationships.id })
    .from(mentoringRelationships)
    .where(
      and(
        eq(mentoringRelationships.orgId, orgId),
        inArray(mentoringRelationships.status, closedStatuses),
        endedBefore(mentoringRelationships.endedAt, mentoringRelationships.endDate),
      ),
    );
  const engagements = db
    .select({ id: coachingEngagements.id })
    .from(coachingEngagements)
    .where(
      and(
        eq(coachingEngagements.orgId, orgId),
        inArray(coachingEngagements.status, closedStatuses),
        endedBefore(coachingEngagements.endedAt, coachingEngagements.endDate),
      ),
    );
  return db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        eq(sessions.orgId, orgId),
        or(inArray(sessions.relationshipId, relationships), inArray(sessions.engagementId, engagements)),
      ),
    );
}

/** The sessions whose notes and agenda a pass at `now` with `days` of retention would remove. */
export async function listSessionsPastRetention(db: Database, orgId: string, now: Date, days: number) {
  const rows = await sessionsPastRetention(db, orgId, retentionCutoff(now, days));
  return rows.map((row) => row.id);
}

/**
 * Deletes the shared and private notes and empties the agenda of every session past retention.
 * Action items, times and statuses stay: they are what the program's statistics count.
 */
export async function removeExpiredSessionContent(
  db: Database,
  orgId: string,
  now: Date,
  days: number,
): Promise<RetentionCounts> {
  const cutoff = retentionCutoff(now, days);
  const expired = await sessionsPastRetention(db, orgId, cutoff);
  if (expired.length === 0) return { sessions: 0, notesDeleted: 0, agendasCleared: 0 };
  // The same selection as a subquery: no list of ids travels to the database and back.
  const deleted = await db
    .delete(sessionNotes)
    .where(
      and(eq(sessionNotes.orgId, orgId), inArray(sessionNotes.sessionId, sessionsPastRetention(db, orgId, cutoff))),
    )
    .returning({ id: sessionNotes.id });
  const cleared = await db
    .update(sessions)
    .set({ agenda: '' })
    .where(
      and(
        eq(sessions.orgId, orgId),
        inArray(sessions.id, sessionsPastRetention(db, orgId, cutoff)),
        ne(sessions.agenda, ''),
      ),
    )
    .returning({ id: sessions.id });
  return { sessions: expired.length, notesDeleted: deleted.length, agendasCleared: cleared.length };
}
