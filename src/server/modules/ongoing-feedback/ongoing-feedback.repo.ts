import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import type { FeedbackRequestStatus } from '../../../contract/ongoing-feedback.js';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { users } from '../users/users.table.js';
import { feedbackRequests, kudos, ongoingFeedback, sessionFeedbackPrompts } from './ongoing-feedback.table.js';

export type FeedbackRequestRow = typeof feedbackRequests.$inferSelect;
export type FeedbackRow = typeof ongoingFeedback.$inferSelect;
export type KudosRow = typeof kudos.$inferSelect;
export type FeedbackPromptRow = typeof sessionFeedbackPrompts.$inferSelect;
export type PageWindow = { limit: number; offset: number };

// ---- People ----

export type PersonBrief = { id: string; name: string; status: string; managerId: string | null };

export async function findPeople(
  db: Database,
  orgId: string,
  ids: Iterable<string>,
): Promise<Map<string, PersonBrief>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, name: people.name, status: people.status, managerId: people.managerId })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, wanted)));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Active people of the organization other than `personId`, whose name, title or department matches. */
export async function searchColleagues(db: Database, orgId: string, personId: string, search: string, limit: number) {
  const pattern = `%${search.replace(/[\\%_]/g, '\\$&')}%`;
  return db
    .select({ id: people.id, name: people.name, title: people.title, department: people.department })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        eq(people.status, 'active'),
        ne(people.id, personId),
        search === ''
          ? undefined
          : or(ilike(people.name, pattern), ilike(people.title, pattern), ilike(people.department, pattern)),
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit);
}

/** The logins of a person that may be told something: not disabled. */
export async function findUserIdsOfPerson(db: Database, orgId: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.personId, personId), isNull(users.disabledAt)));
  return rows.map((row) => row.id);
}

// ---- Requests ----

export async function insertRequest(db: Database, values: typeof feedbackRequests.$inferInsert) {
  const [row] = await db.insert(feedbackRequests).values(values).returning();
  return row!;
}

export async function findRequest(
  db: Database,
  orgId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<FeedbackRequestRow | null> {
  const query = db
    .select()
    .from(feedbackRequests)
    .where(and(eq(feedbackRequests.orgId, orgId), eq(feedbackRequests.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** An open request of the same asker to the same person on the same competency, if there is one. */
export async function findOpenRequest(
  db: Database,
  orgId: string,
  input: { requesterPersonId: string; askedPersonId: string; competencyKey: string },
): Promise<FeedbackRequestRow | null> {
  const [row] = await db
    .select()
    .from(feedbackRequests)
    .where(
      and(
        eq(feedbackRequests.orgId, orgId),
        eq(feedbackRequests.requesterPersonId, input.requesterPersonId),
        eq(feedbackRequests.askedPersonId, input.askedPersonId),
        eq(feedbackRequests.competencyKey, input.competencyKey),
        eq(feedbackRequests.status, 'open'),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Requests asked of (`received`) or by (`sent`) a person, newest first. */
export async function listRequests(
  db: Database,
  orgId: string,
  filter: { personId: string; direction: 'received' | 'sent'; status?: FeedbackRequestStatus | undefined },
  page: PageWindow,
): Promise<{ rows: FeedbackRequestRow[]; total: number }> {
  const where = and(
    eq(feedbackRequests.orgId, orgId),
    filter.direction === 'received'
      ? eq(feedbackRequests.askedPersonId, filter.personId)
      : eq(feedbackRequests.requesterPersonId, filter.personId),
    filter.status === undefined ? undefined : eq(feedbackRequests.status, filter.status),
  );
  const rows = await db
    .select()
    .from(feedbackRequests)
    .where(where)
    .orderBy(desc(feedbackRequests.createdAt), desc(feedbackRequests.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ total: count() }).from(feedbackRequests).where(where);
  return { rows, total: Number(total?.total ?? 0) };
}

export async function decideRequest(
  db: Database,
  orgId: string,
  id: string,
  change: { status: 'answered' | 'declined'; at: Date },
): Promise<FeedbackRequestRow> {
  const [row] = await db
    .update(feedbackRequests)
    .set({ status: change.status, decidedAt: change.at })
    .where(and(eq(feedbackRequests.orgId, orgId), eq(feedbackRequests.id, id)))
    .returning();
  return row!;
}

/** The questions of the given requests, by request id. */
export async function findQuestions(db: Database, orgId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: feedbackRequests.id, question: feedbackRequests.question })
    .from(feedbackRequests)
    .where(and(eq(feedbackRequests.orgId, orgId), inArray(feedbackRequests.id, [...new Set(ids)])));
  return new Map(rows.map((row) => [row.id, row.question]));
}

// ---- Feedback ----

export async function insertFeedback(db: Database, values: typeof ongoingFeedback.$inferInsert): Promise<FeedbackRow> {
  const [row] = await db.insert(ongoingFeedback).values(values).returning();
  return row!;
}

export async function findFeedback(db: Database, orgId: string, id: string): Promise<FeedbackRow | null> {
  const [row] = await db
    .select()
    .from(ongoingFeedback)
    .where(and(eq(ongoingFeedback.orgId, orgId), eq(ongoingFeedback.id, id)));
  return row ?? null;
}

async function pageOfFeedback(db: Database, where: SQL | undefined, page: PageWindow) {
  const rows = await db
    .select()
    .from(ongoingFeedback)
    .where(where)
    .orderBy(desc(ongoingFeedback.createdAt), desc(ongoingFeedback.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ total: count() }).from(ongoingFeedback).where(where);
  return { rows, total: Number(total?.total ?? 0) };
}

/** Feedback about (`received`) or by (`given`) a person, newest first. */
export function listFeedback(
  db: Database,
  orgId: string,
  filter: { personId: string; direction: 'received' | 'given' },
  page: PageWindow,
): Promise<{ rows: FeedbackRow[]; total: number }> {
  return pageOfFeedback(
    db,
    and(
      eq(ongoingFeedback.orgId, orgId),
      filter.direction === 'received'
        ? eq(ongoingFeedback.aboutPersonId, filter.personId)
        : eq(ongoingFeedback.giverPersonId, filter.personId),
    ),
    page,
  );
}

/** The pieces about a person that they shared with their coaches and mentors, newest first. */
export function listSharedFeedback(
  db: Database,
  orgId: string,
  personId: string,
  page: PageWindow,
): Promise<{ rows: FeedbackRow[]; total: number }> {
  return pageOfFeedback(
    db,
    and(
      eq(ongoingFeedback.orgId, orgId),
      eq(ongoingFeedback.aboutPersonId, personId),
      isNotNull(ongoingFeedback.sharedWithGuidesAt),
    ),
    page,
  );
}

export async function setSharing(db: Database, orgId: string, id: string, sharedAt: Date | null): Promise<FeedbackRow> {
  const [row] = await db
    .update(ongoingFeedback)
    .set({ sharedWithGuidesAt: sharedAt })
    .where(and(eq(ongoingFeedback.orgId, orgId), eq(ongoingFeedback.id, id)))
    .returning();
  return row!;
}

// ---- Kudos ----

export async function insertKudos(db: Database, values: typeof kudos.$inferInsert): Promise<KudosRow> {
  const [row] = await db.insert(kudos).values(values).returning();
  return row!;
}

async function pageOfKudos(db: Database, where: SQL | undefined, page: PageWindow) {
  const rows = await db
    .select()
    .from(kudos)
    .where(where)
    .orderBy(desc(kudos.createdAt), desc(kudos.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ total: count() }).from(kudos).where(where);
  return { rows, total: Number(total?.total ?? 0) };
}

export function listKudos(
  db: Database,
  orgId: string,
  filter: { personId: string; direction: 'received' | 'given' },
  page: PageWindow,
): Promise<{ rows: KudosRow[]; total: number }> {
  return pageOfKudos(
    db,
    and(
      eq(kudos.orgId, orgId),
      filter.direction === 'received'
        ? eq(kudos.recipientPersonId, filter.personId)
        : eq(kudos.giverPersonId, filter.personId),
    ),
    page,
  );
}

/**
 * Team-visible kudos of the people on a person's team — their manager, the manager's other direct
 * reports and their own direct reports, by the current reporting lines — newest first.
 */
export function listTeamKudos(
  db: Database,
  orgId: string,
  person: { id: string; managerId: string | null },
  page: PageWindow,
): Promise<{ rows: KudosRow[]; total: number }> {
  const team = db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        ne(people.id, person.id),
        or(
          eq(people.managerId, person.id),
          person.managerId === null ? undefined : eq(people.id, person.managerId),
          person.managerId === null ? undefined : eq(people.managerId, person.managerId),
        ),
      ),
    );
  return pageOfKudos(
    db,
    and(eq(kudos.orgId, orgId), eq(kudos.isVisibleToTeam, true), inArray(kudos.recipientPersonId, team)),
    page,
  );
}

// ---- Session prompts ----

export async function findPrompt(db: Database, orgId: string, sessionId: string): Promise<FeedbackPromptRow | null> {
  const [row] = await db
    .select()
    .from(sessionFeedbackPrompts)
    .where(and(eq(sessionFeedbackPrompts.orgId, orgId), eq(sessionFeedbackPrompts.sessionId, sessionId)));
  return row ?? null;
}

/** Stores a session's prompt; answers null when the session has one already. */
export async function insertPrompt(
  db: Database,
  values: typeof sessionFeedbackPrompts.$inferInsert,
): Promise<FeedbackPromptRow | null> {
  const [row] = await db.insert(sessionFeedbackPrompts).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function answerPrompt(
  db: Database,
  orgId: string,
  sessionId: string,
  answer: { text: string; at: Date },
): Promise<FeedbackPromptRow> {
  const [row] = await db
    .update(sessionFeedbackPrompts)
    .set({ answer: answer.text, answeredAt: answer.at })
    .where(and(eq(sessionFeedbackPrompts.orgId, orgId), eq(sessionFeedbackPrompts.sessionId, sessionId)))
    .returning();
  return row!;
}

// ---- Counts ----

/** Requests a person sent and feedback they gave from `from` (inclusive) to `to` (exclusive). */
export async function countHabitsBetween(
  db: Database,
  orgId: string,
  personId: string,
  window: { from: Date; to: Date },
): Promise<{ sought: number; given: number }> {
  const [sought] = await db
    .select({ total: count() })
    .from(feedbackRequests)
    .where(
      and(
        eq(feedbackRequests.orgId, orgId),
        eq(feedbackRequests.requesterPersonId, personId),
        gte(feedbackRequests.createdAt, window.from),
        lt(feedbackRequests.createdAt, window.to),
      ),
    );
  const [given] = await db
    .select({ total: count() })
    .from(ongoingFeedback)
    .where(
      and(
        eq(ongoingFeedback.orgId, orgId),
        eq(ongoingFeedback.giverPersonId, personId),
        gte(ongoingFeedback.createdAt, window.from),
        lt(ongoingFeedback.createdAt, window.to),
      ),
    );
  return { sought: Number(sought?.total ?? 0), given: Number(given?.total ?? 0) };
}

/**
 * For the outcomes dashboard: per person, the feedback requests they sent and the pieces of feedback
 * they gave since `since` (an ISO date, `YYYY-MM-DD`, from its start in UTC). Everyone asked about is
 * in the map, with zeros when they did neither. Counts only: no text is read.
 */
export async function countFeedbackHabits(
  db: Database,
  orgId: string,
  personIds: readonly string[],
  since: string,
): Promise<Map<string, { sought: number; given: number }>> {
  const habits = new Map(personIds.map((id) => [id, { sought: 0, given: 0 }]));
  if (personIds.length === 0) return habits;
  const from = new Date(`${since}T00:00:00Z`);
  const sought = await db
    .select({ personId: feedbackRequests.requesterPersonId, total: count() })
    .from(feedbackRequests)
    .where(
      and(
        eq(feedbackRequests.orgId, orgId),
        inArray(feedbackRequests.requesterPersonId, [...personIds]),
        gte(feedbackRequests.createdAt, from),
      ),
    )
    .groupBy(feedbackRequests.requesterPersonId);
  const given = await db
    .select({ personId: ongoingFeedback.giverPersonId, total: count() })
    .from(ongoingFeedback)
    .where(
      and(
        eq(ongoingFeedback.orgId, orgId),
        inArray(ongoingFeedback.giverPersonId, [...personIds]),
        gte(ongoingFeedback.createdAt, from),
      ),
    )
    .groupBy(ongoingFeedback.giverPersonId);
  for (const row of sought) habits.get(row.personId)!.sought = Number(row.total);
  for (const row of given) habits.get(row.personId)!.given = Number(row.total);
  return habits;
}
