import { and, eq, exists, gte, inArray, isNotNull, isNull, lt, max, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
// The reminder jobs read the pair tables, sessions, people and logins directly: none of those
// modules exports a repository, and the jobs need only a few columns of each. Every lookup of a
// person or a pair is keyed by (org_id, id), so one organization's ids never reach another's rows.
import {
  coachingEngagements,
  coachingProgressChecks,
  mentoringRelationships,
} from '../engagements/engagements.table.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';
import { sessions } from '../sessions/sessions.table.js';
import { users } from '../users/users.table.js';
import { weeklyGoals } from '../weekly-goals/weekly-goals.table.js';

export type Login = { userId: string; email: string };

/** A person as a reminder needs them: whom to greet, in which time zone, and where to reach them. */
export type Recipient = { personId: string; name: string; timeZone: string; logins: Login[] };

/**
 * The people (by id, in one organization) with their logins. A person without a login is listed
 * with none: they cannot be reached.
 */
export async function findRecipients(
  db: Database,
  orgId: string,
  personIds: readonly string[],
): Promise<Map<string, Recipient>> {
  const recipients = new Map<string, Recipient>();
  if (personIds.length === 0) return recipients;
  const rows = await db
    .select({
      personId: people.id,
      name: people.name,
      timeZone: people.timeZone,
      userId: users.id,
      email: users.email,
    })
    .from(people)
    // Only logins that still work: a disabled one, or one of a person who left, gets no mail.
    .leftJoin(
      users,
      and(
        eq(users.orgId, people.orgId),
        eq(users.personId, people.id),
        isNull(users.disabledAt),
        eq(people.status, 'active'),
      ),
    )
    .where(and(eq(people.orgId, orgId), inArray(people.id, [...new Set(personIds)])))
    .orderBy(people.id, users.createdAt);
  for (const row of rows) {
    const recipient = recipients.get(row.personId) ?? {
      personId: row.personId,
      name: row.name,
      timeZone: row.timeZone,
      logins: [],
    };
    if (row.userId !== null && row.email !== null) recipient.logins.push({ userId: row.userId, email: row.email });
    recipients.set(row.personId, recipient);
  }
  return recipients;
}

export type UpcomingSession = {
  id: string;
  orgId: string;
  sequence: number;
  scheduledAt: Date;
  durationMinutes: number;
  kind: 'mentoring' | 'coaching';
  /** The mentor or the coach. */
  firstPersonId: string;
  /** The mentee or the leader. */
  secondPersonId: string;
};

/**
 * Scheduled sessions of active pairs starting in [from, until), in every organization. Only time,
 * length and who: agenda, place and notes are not read.
 */
export async function listUpcomingSessions(db: Database, from: Date, until: Date): Promise<UpcomingSession[]> {
  const rows = await db
    .select({
      id: sessions.id,
      orgId: sessions.orgId,
      sequence: sessions.sequence,
      scheduledAt: sessions.scheduledAt,
      durationMinutes: sessions.durationMinutes,
      mentorPersonId: mentoringRelationships.mentorPersonId,
      menteePersonId: mentoringRelationships.menteePersonId,
      coachPersonId: coachingEngagements.coachPersonId,
      leaderPersonId: coachingEngagements.leaderPersonId,
    })
    .from(sessions)
    .leftJoin(
      mentoringRelationships,
      and(eq(mentoringRelationships.orgId, sessions.orgId), eq(mentoringRelationships.id, sessions.relationshipId)),
    )
    .leftJoin(
      coachingEngagements,
      and(eq(coachingEngagements.orgId, sessions.orgId), eq(coachingEngagements.id, sessions.engagementId)),
    )
    .where(
      and(
        eq(sessions.status, 'scheduled'),
        gte(sessions.scheduledAt, from),
        lt(sessions.scheduledAt, until),
        or(eq(mentoringRelationships.status, 'active'), eq(coachingEngagements.status, 'active')),
      ),
    )
    .orderBy(sessions.scheduledAt, sessions.id);
  return rows.flatMap((row): UpcomingSession[] => {
    const base = {
      id: row.id,
      orgId: row.orgId,
      sequence: row.sequence,
      scheduledAt: row.scheduledAt,
      durationMinutes: row.durationMinutes,
    };
    if (row.mentorPersonId !== null && row.menteePersonId !== null) {
      return [{ ...base, kind: 'mentoring', firstPersonId: row.mentorPersonId, secondPersonId: row.menteePersonId }];
    }
    if (row.coachPersonId !== null && row.leaderPersonId !== null) {
      return [{ ...base, kind: 'coaching', firstPersonId: row.coachPersonId, secondPersonId: row.leaderPersonId }];
    }
    return [];
  });
}

export type ProgressCandidate = {
  id: string;
  orgId: string;
  coachPersonId: string;
  leaderPersonId: string;
  startDate: string;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  lastCheckedAt: Date | null;
};

/** Active coaching engagements in every organization, with their program's cadence and last check. */
export async function listActiveEngagementProgress(db: Database): Promise<ProgressCandidate[]> {
  const rows = await db
    .select({
      id: coachingEngagements.id,
      orgId: coachingEngagements.orgId,
      coachPersonId: coachingEngagements.coachPersonId,
      leaderPersonId: coachingEngagements.leaderPersonId,
      startDate: coachingEngagements.startDate,
      cadence: programs.sessionCadence,
      lastCheckedAt: max(coachingProgressChecks.checkedAt),
    })
    .from(coachingEngagements)
    .innerJoin(
      programs,
      and(eq(programs.orgId, coachingEngagements.orgId), eq(programs.id, coachingEngagements.programId)),
    )
    .leftJoin(
      coachingProgressChecks,
      and(
        eq(coachingProgressChecks.orgId, coachingEngagements.orgId),
        eq(coachingProgressChecks.engagementId, coachingEngagements.id),
      ),
    )
    .where(and(eq(coachingEngagements.status, 'active'), isNotNull(coachingEngagements.startDate)))
    .groupBy(coachingEngagements.id, programs.sessionCadence)
    .orderBy(coachingEngagements.id);
  return rows.map((row) => ({
    ...row,
    startDate: row.startDate!,
    // max() of a timestamp comes back as a string on some drivers.
    lastCheckedAt: row.lastCheckedAt === null ? null : new Date(row.lastCheckedAt),
  }));
}

export type WeeklyGoalCandidate = { orgId: string; personId: string };

/**
 * People in every organization who plan weekly goals: active, with a login, and the mentee of an
 * active mentoring relationship or the leader of an active coaching engagement.
 */
export async function listWeeklyGoalPeople(db: Database): Promise<WeeklyGoalCandidate[]> {
  return db
    .select({ orgId: people.orgId, personId: people.id })
    .from(people)
    .where(
      and(
        eq(people.status, 'active'),
        exists(
          db
            .select({ one: sql`1` })
            .from(users)
            .where(and(eq(users.orgId, people.orgId), eq(users.personId, people.id), isNull(users.disabledAt))),
        ),
        or(
          exists(
            db
              .select({ one: sql`1` })
              .from(mentoringRelationships)
              .where(
                and(
                  eq(mentoringRelationships.orgId, people.orgId),
                  eq(mentoringRelationships.menteePersonId, people.id),
                  eq(mentoringRelationships.status, 'active'),
                ),
              ),
          ),
          exists(
            db
              .select({ one: sql`1` })
              .from(coachingEngagements)
              .where(
                and(
                  eq(coachingEngagements.orgId, people.orgId),
                  eq(coachingEngagements.leaderPersonId, people.id),
                  eq(coachingEngagements.status, 'active'),
                ),
              ),
          ),
        ),
      ),
    )
    .orderBy(people.orgId, people.id);
}

export async function hasWeeklyGoal(db: Database, orgId: string, personId: string, week: string): Promise<boolean> {
  const [row] = await db
    .select({ id: weeklyGoals.id })
    .from(weeklyGoals)
    .where(and(eq(weeklyGoals.orgId, orgId), eq(weeklyGoals.personId, personId), eq(weeklyGoals.week, week)))
    .limit(1);
  return row !== undefined;
}

export type RelationshipRow = typeof mentoringRelationships.$inferSelect;
export type RelationshipHealthChange = Partial<
  Pick<RelationshipRow, 'status' | 'endingKind' | 'endReason' | 'endedAt' | 'healthWarnedAt' | 'updatedAt'>
>;

/** The active mentoring relationships in every organization that have agreed a cadence and a start. */
export async function listActiveRelationships(db: Database): Promise<RelationshipRow[]> {
  return db
    .select()
    .from(mentoringRelationships)
    .where(
      and(
        eq(mentoringRelationships.status, 'active'),
        isNotNull(mentoringRelationships.cadence),
        isNotNull(mentoringRelationships.startDate),
      ),
    )
    .orderBy(mentoringRelationships.orgId, mentoringRelationships.id);
}

/** The relationship, locked until the transaction ends, so a meeting recorded meanwhile waits or wins. */
export async function lockRelationshipRow(db: Database, orgId: string, id: string): Promise<RelationshipRow | null> {
  const [row] = await db
    .select()
    .from(mentoringRelationships)
    .where(and(eq(mentoringRelationships.orgId, orgId), eq(mentoringRelationships.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateRelationshipHealth(
  db: Database,
  orgId: string,
  id: string,
  change: RelationshipHealthChange,
): Promise<void> {
  await db
    .update(mentoringRelationships)
    .set(change)
    .where(and(eq(mentoringRelationships.orgId, orgId), eq(mentoringRelationships.id, id)));
}
