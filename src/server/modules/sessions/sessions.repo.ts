import { and, asc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
// The pair tables are read here directly: the engagements module exports no repository, and a
// session needs only who its people are, the pair's status and (for mentoring) last_meeting_at.
import { coachingEngagements, mentoringRelationships } from '../engagements/engagements.table.js';
import { people } from '../people/people.table.js';
import { users } from '../users/users.table.js';
import { calendarFeeds, sessionActionItems, sessionNotes, sessions } from './sessions.table.js';

export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;
export type SessionNoteRow = typeof sessionNotes.$inferSelect;
export type ActionItemRow = typeof sessionActionItems.$inferSelect;

/**
 * The pair a session belongs to, as the sessions module needs it: `first` is the mentor or the
 * coach, `second` the mentee or the leader; observers are a coaching engagement's manager and sponsor.
 */
export type PairRow = {
  kind: 'mentoring' | 'coaching';
  id: string;
  orgId: string;
  status: string;
  first: string;
  second: string;
  managerPersonId: string | null;
  sponsorPersonId: string | null;
};

export async function findRelationshipPair(db: Database, orgId: string, id: string): Promise<PairRow | null> {
  const [row] = await db
    .select({
      id: mentoringRelationships.id,
      orgId: mentoringRelationships.orgId,
      status: mentoringRelationships.status,
      first: mentoringRelationships.mentorPersonId,
      second: mentoringRelationships.menteePersonId,
    })
    .from(mentoringRelationships)
    .where(and(eq(mentoringRelationships.orgId, orgId), eq(mentoringRelationships.id, id)));
  return row ? { ...row, kind: 'mentoring', managerPersonId: null, sponsorPersonId: null } : null;
}

export async function findEngagementPair(db: Database, orgId: string, id: string): Promise<PairRow | null> {
  const [row] = await db
    .select({
      id: coachingEngagements.id,
      orgId: coachingEngagements.orgId,
      status: coachingEngagements.status,
      first: coachingEngagements.coachPersonId,
      second: coachingEngagements.leaderPersonId,
      managerPersonId: coachingEngagements.managerPersonId,
      sponsorPersonId: coachingEngagements.sponsorPersonId,
    })
    .from(coachingEngagements)
    .where(and(eq(coachingEngagements.orgId, orgId), eq(coachingEngagements.id, id)));
  return row ? { ...row, kind: 'coaching' } : null;
}

/** Sessions with the people and status of their pair, whichever kind it is. */
function selectSessionsWithPair(db: Database) {
  return db
    .select({
      session: sessions,
      mentorPersonId: mentoringRelationships.mentorPersonId,
      menteePersonId: mentoringRelationships.menteePersonId,
      relationshipStatus: mentoringRelationships.status,
      coachPersonId: coachingEngagements.coachPersonId,
      leaderPersonId: coachingEngagements.leaderPersonId,
      managerPersonId: coachingEngagements.managerPersonId,
      sponsorPersonId: coachingEngagements.sponsorPersonId,
      engagementStatus: coachingEngagements.status,
    })
    .from(sessions)
    .leftJoin(
      mentoringRelationships,
      and(eq(mentoringRelationships.orgId, sessions.orgId), eq(mentoringRelationships.id, sessions.relationshipId)),
    )
    .leftJoin(
      coachingEngagements,
      and(eq(coachingEngagements.orgId, sessions.orgId), eq(coachingEngagements.id, sessions.engagementId)),
    );
}

type JoinedRow = Awaited<ReturnType<ReturnType<typeof selectSessionsWithPair>['execute']>>[number];
export type SessionWithPair = { session: SessionRow; pair: PairRow };

function withPair(row: JoinedRow): SessionWithPair {
  const { session } = row;
  const pair: PairRow =
    session.relationshipId !== null
      ? {
          kind: 'mentoring',
          id: session.relationshipId,
          orgId: session.orgId,
          status: row.relationshipStatus!,
          first: row.mentorPersonId!,
          second: row.menteePersonId!,
          managerPersonId: null,
          sponsorPersonId: null,
        }
      : {
          kind: 'coaching',
          id: session.engagementId!,
          orgId: session.orgId,
          status: row.engagementStatus!,
          first: row.coachPersonId!,
          second: row.leaderPersonId!,
          managerPersonId: row.managerPersonId,
          sponsorPersonId: row.sponsorPersonId,
        };
  return { session, pair };
}

export async function findSession(
  db: Database,
  orgId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SessionWithPair | null> {
  const query = selectSessionsWithPair(db).where(and(eq(sessions.orgId, orgId), eq(sessions.id, id)));
  // Only the session's row is locked: the pair is read, not changed (but for last_meeting_at).
  const [row] = options.forUpdate ? await query.for('update', { of: sessions }) : await query;
  return row ? withPair(row) : null;
}

/**
 * A session's two people, for other modules: `guide` is the mentor or coach, `participant` the
 * mentee or leader. Null when the session is not one of the organization's.
 */
export async function findSessionPeople(
  db: Database,
  orgId: string,
  id: string,
): Promise<{ sessionId: string; status: SessionRow['status']; guide: string; participant: string } | null> {
  const item = await findSession(db, orgId, id);
  if (!item) return null;
  return {
    sessionId: item.session.id,
    status: item.session.status,
    guide: item.pair.first,
    participant: item.pair.second,
  };
}

/**
 * The organization's sessions in time order: of one relationship or engagement, or those
 * `pairPersonId` is one of the two people of, from `from` (inclusive) to `to` (exclusive).
 */
export async function listSessionRows(
  db: Database,
  orgId: string,
  filter: { relationshipId?: string; engagementId?: string; pairPersonId?: string; from?: Date; to?: Date },
): Promise<SessionWithPair[]> {
  const person = filter.pairPersonId;
  const where: SQL | undefined = and(
    eq(sessions.orgId, orgId),
    filter.relationshipId === undefined ? undefined : eq(sessions.relationshipId, filter.relationshipId),
    filter.engagementId === undefined ? undefined : eq(sessions.engagementId, filter.engagementId),
    person === undefined
      ? undefined
      : or(
          eq(mentoringRelationships.mentorPersonId, person),
          eq(mentoringRelationships.menteePersonId, person),
          eq(coachingEngagements.coachPersonId, person),
          eq(coachingEngagements.leaderPersonId, person),
        ),
    filter.from === undefined ? undefined : gte(sessions.scheduledAt, filter.from),
    filter.to === undefined ? undefined : lt(sessions.scheduledAt, filter.to),
  );
  const rows = await selectSessionsWithPair(db)
    .where(where)
    .orderBy(asc(sessions.scheduledAt), asc(sessions.id))
    .limit(2000);
  return rows.map(withPair);
}

export async function insertSession(db: Database, values: NewSessionRow): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values(values).returning();
  return row!;
}

export async function updateSessionRow(
  db: Database,
  orgId: string,
  id: string,
  values: Partial<
    Pick<SessionRow, 'scheduledAt' | 'durationMinutes' | 'agenda' | 'location' | 'status' | 'sequence' | 'updatedAt'>
  >,
): Promise<void> {
  await db
    .update(sessions)
    .set(values)
    .where(and(eq(sessions.orgId, orgId), eq(sessions.id, id)));
}

/** Moves a relationship's last meeting to `at` unless it already is later. */
export async function advanceLastMeeting(db: Database, orgId: string, relationshipId: string, at: Date) {
  await db
    .update(mentoringRelationships)
    .set({
      lastMeetingAt: sql`greatest(coalesce(${mentoringRelationships.lastMeetingAt}, ${at}::timestamptz), ${at}::timestamptz)`,
    })
    .where(and(eq(mentoringRelationships.orgId, orgId), eq(mentoringRelationships.id, relationshipId)));
}

export type SessionCounts = { sharedNotes: number; actionItems: number; openActionItems: number };

/** Shared notes and action items per session; private notes are not counted. */
export async function countSessionContents(
  db: Database,
  orgId: string,
  sessionIds: string[],
): Promise<Map<string, SessionCounts>> {
  const counts = new Map(sessionIds.map((id) => [id, { sharedNotes: 0, actionItems: 0, openActionItems: 0 }]));
  if (sessionIds.length === 0) return counts;
  const notes = await db
    .select({ sessionId: sessionNotes.sessionId, total: sql<number>`count(*)::int` })
    .from(sessionNotes)
    .where(
      and(
        eq(sessionNotes.orgId, orgId),
        inArray(sessionNotes.sessionId, sessionIds),
        eq(sessionNotes.visibility, 'shared'),
      ),
    )
    .groupBy(sessionNotes.sessionId);
  for (const row of notes) counts.get(row.sessionId)!.sharedNotes = Number(row.total);
  const items = await db
    .select({
      sessionId: sessionActionItems.sessionId,
      total: sql<number>`count(*)::int`,
      open: sql<number>`(count(*) filter (where ${sessionActionItems.doneAt} is null))::int`,
    })
    .from(sessionActionItems)
    .where(and(eq(sessionActionItems.orgId, orgId), inArray(sessionActionItems.sessionId, sessionIds)))
    .groupBy(sessionActionItems.sessionId);
  for (const row of items) {
    const entry = counts.get(row.sessionId)!;
    entry.actionItems = Number(row.total);
    entry.openActionItems = Number(row.open);
  }
  return counts;
}

/** The session's shared notes and the private notes of `authorPersonId` alone; nobody else's are read. */
export async function listNotesFor(
  db: Database,
  orgId: string,
  sessionId: string,
  authorPersonId: string,
): Promise<SessionNoteRow[]> {
  return db
    .select()
    .from(sessionNotes)
    .where(
      and(
        eq(sessionNotes.orgId, orgId),
        eq(sessionNotes.sessionId, sessionId),
        or(
          eq(sessionNotes.visibility, 'shared'),
          and(eq(sessionNotes.visibility, 'private'), eq(sessionNotes.authorPersonId, authorPersonId)),
        ),
      ),
    )
    .orderBy(asc(sessionNotes.section));
}

/**
 * Writes a note: the pair's shared note of a section (whoever writes last is its author), or
 * `authorPersonId`'s own private note of it.
 */
export async function upsertNote(
  db: Database,
  values: {
    orgId: string;
    sessionId: string;
    visibility: 'shared' | 'private';
    section: string;
    authorPersonId: string;
    body: string;
    updatedAt: Date;
  },
): Promise<SessionNoteRow> {
  const [row] = await db
    .insert(sessionNotes)
    .values(values)
    .onConflictDoUpdate(
      values.visibility === 'shared'
        ? {
            target: [sessionNotes.orgId, sessionNotes.sessionId, sessionNotes.section],
            targetWhere: sql`${sessionNotes.visibility} = 'shared'`,
            set: { body: values.body, authorPersonId: values.authorPersonId, updatedAt: values.updatedAt },
          }
        : {
            target: [sessionNotes.orgId, sessionNotes.sessionId, sessionNotes.authorPersonId, sessionNotes.section],
            targetWhere: sql`${sessionNotes.visibility} = 'private'`,
            set: { body: values.body, updatedAt: values.updatedAt },
          },
    )
    .returning();
  return row!;
}

/** Removes a shared note, or `authorPersonId`'s private note; answers whether there was one. */
export async function deleteNote(
  db: Database,
  key: {
    orgId: string;
    sessionId: string;
    visibility: 'shared' | 'private';
    section: string;
    authorPersonId: string;
  },
): Promise<boolean> {
  const deleted = await db
    .delete(sessionNotes)
    .where(
      and(
        eq(sessionNotes.orgId, key.orgId),
        eq(sessionNotes.sessionId, key.sessionId),
        eq(sessionNotes.visibility, key.visibility),
        eq(sessionNotes.section, key.section),
        key.visibility === 'private' ? eq(sessionNotes.authorPersonId, key.authorPersonId) : undefined,
      ),
    )
    .returning({ id: sessionNotes.id });
  return deleted.length > 0;
}

export async function listActionItems(db: Database, orgId: string, sessionId: string): Promise<ActionItemRow[]> {
  return db
    .select()
    .from(sessionActionItems)
    .where(and(eq(sessionActionItems.orgId, orgId), eq(sessionActionItems.sessionId, sessionId)))
    .orderBy(asc(sessionActionItems.createdAt), asc(sessionActionItems.id));
}

export async function insertActionItem(
  db: Database,
  values: typeof sessionActionItems.$inferInsert,
): Promise<ActionItemRow> {
  const [row] = await db.insert(sessionActionItems).values(values).returning();
  return row!;
}

/** Ticks an action item of the session off (or back on); null when the session has no such item. */
export async function setActionItemDone(
  db: Database,
  orgId: string,
  sessionId: string,
  itemId: string,
  doneAt: Date | null,
): Promise<ActionItemRow | null> {
  const [row] = await db
    .update(sessionActionItems)
    .set({
      // Ticking an item that is already done keeps the first time it was done.
      doneAt: doneAt === null ? null : sql`coalesce(${sessionActionItems.doneAt}, ${doneAt}::timestamptz)`,
    })
    .where(
      and(
        eq(sessionActionItems.orgId, orgId),
        eq(sessionActionItems.sessionId, sessionId),
        eq(sessionActionItems.id, itemId),
      ),
    )
    .returning();
  return row ?? null;
}

export type SessionPerson = { id: string; name: string; email: string };

/** Names and work emails of people, for participants and calendar attendees. */
export async function listSessionPeople(
  db: Database,
  orgId: string,
  ids: string[],
): Promise<Map<string, SessionPerson>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, wanted)));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Makes `tokenHash` the user's one feed, replacing (and so revoking) any earlier one. */
export async function replaceCalendarFeed(
  db: Database,
  values: { orgId: string; userId: string; tokenHash: string; createdAt: Date },
): Promise<boolean> {
  const removed = await deleteCalendarFeed(db, values.orgId, values.userId);
  await db.insert(calendarFeeds).values(values);
  return removed;
}

/** Revokes the user's feed; answers whether there was one. */
export async function deleteCalendarFeed(db: Database, orgId: string, userId: string): Promise<boolean> {
  const deleted = await db
    .delete(calendarFeeds)
    .where(and(eq(calendarFeeds.orgId, orgId), eq(calendarFeeds.userId, userId)))
    .returning({ userId: calendarFeeds.userId });
  return deleted.length > 0;
}

/** The user a feed token hash belongs to, with the person their login is linked to. */
export async function findCalendarFeedOwner(
  db: Database,
  tokenHash: string,
): Promise<{ orgId: string; userId: string; personId: string | null; displayName: string } | null> {
  const [row] = await db
    .select({
      orgId: calendarFeeds.orgId,
      userId: calendarFeeds.userId,
      personId: users.personId,
      displayName: users.displayName,
    })
    .from(calendarFeeds)
    .innerJoin(users, and(eq(users.orgId, calendarFeeds.orgId), eq(users.id, calendarFeeds.userId)))
    .where(eq(calendarFeeds.tokenHash, tokenHash));
  return row ?? null;
}
