import { and, asc, count, desc, eq, ilike, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { pulseInvitations, pulseResponses, pulseResults, pulseSurveys } from './team-pulse.table.js';

export type PulseSurveyRow = typeof pulseSurveys.$inferSelect;
export type PulseInvitationRow = typeof pulseInvitations.$inferSelect;

export async function findSurvey(db: Database, orgId: string, surveyId: string) {
  const [row] = await db
    .select()
    .from(pulseSurveys)
    .where(and(eq(pulseSurveys.orgId, orgId), eq(pulseSurveys.id, surveyId)));
  return row ?? null;
}

export async function lockSurvey(db: Database, orgId: string, surveyId: string) {
  const [row] = await db
    .select()
    .from(pulseSurveys)
    .where(and(eq(pulseSurveys.orgId, orgId), eq(pulseSurveys.id, surveyId)))
    .for('update');
  return row ?? null;
}

export async function findSurveyOfQuarter(db: Database, orgId: string, quarter: string) {
  const [row] = await db
    .select({ id: pulseSurveys.id })
    .from(pulseSurveys)
    .where(and(eq(pulseSurveys.orgId, orgId), eq(pulseSurveys.quarter, quarter)));
  return row ?? null;
}

export async function insertSurvey(db: Database, values: typeof pulseSurveys.$inferInsert): Promise<PulseSurveyRow> {
  const [row] = await db.insert(pulseSurveys).values(values).returning();
  return row!;
}

export async function updateSurvey(
  db: Database,
  orgId: string,
  surveyId: string,
  values: Partial<typeof pulseSurveys.$inferInsert>,
) {
  await db
    .update(pulseSurveys)
    .set(values)
    .where(and(eq(pulseSurveys.orgId, orgId), eq(pulseSurveys.id, surveyId)));
}

export async function listSurveys(db: Database, orgId: string, page: { offset: number; limit: number }) {
  const rows = await db
    .select()
    .from(pulseSurveys)
    .where(eq(pulseSurveys.orgId, orgId))
    .orderBy(desc(pulseSurveys.quarter))
    .offset(page.offset)
    .limit(page.limit);
  const [total] = await db.select({ total: count() }).from(pulseSurveys).where(eq(pulseSurveys.orgId, orgId));
  return { rows, total: Number(total?.total ?? 0) };
}

/** Active people with a manager who is active too: the teams a pulse asks. */
export async function listTeamMembers(db: Database, orgId: string) {
  const leaders = sql`exists (select 1 from people m where m.org_id = ${people.orgId} and m.id = ${people.managerId}
    and m.status = 'active' and m.erased_at is null)`;
  return db
    .select({ id: people.id, name: people.name, email: people.email, leaderId: people.managerId })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.status, 'active'), sql`${people.erasedAt} is null`, leaders))
    .orderBy(asc(people.managerId), asc(people.id));
}

export async function insertInvitations(db: Database, rows: (typeof pulseInvitations.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(pulseInvitations).values(rows.slice(start, start + 1000));
  }
}

/** Invited and answered per survey (open surveys; closed ones keep theirs in the results). */
export async function countInvitations(db: Database, orgId: string, surveyIds: string[]) {
  if (surveyIds.length === 0) return [];
  return db
    .select({
      surveyId: pulseInvitations.surveyId,
      leaders: sql<number>`count(distinct ${pulseInvitations.leaderPersonId})::int`,
      invited: sql<number>`count(*)::int`,
      responses: sql<number>`(count(*) filter (where ${pulseInvitations.hasAnswered}))::int`,
    })
    .from(pulseInvitations)
    .where(and(eq(pulseInvitations.orgId, orgId), inArray(pulseInvitations.surveyId, surveyIds)))
    .groupBy(pulseInvitations.surveyId);
}

/** Leaders, invited, answered and shown per closed survey, from its results. */
export async function countResults(db: Database, orgId: string, surveyIds: string[]) {
  if (surveyIds.length === 0) return [];
  return db
    .select({
      surveyId: pulseResults.surveyId,
      leaders: sql<number>`count(*)::int`,
      invited: sql<number>`coalesce(sum(${pulseResults.invited}), 0)::int`,
      responses: sql<number>`coalesce(sum(${pulseResults.responses}), 0)::int`,
      leadersShown: sql<number>`(count(*) filter (where ${pulseResults.score} is not null))::int`,
    })
    .from(pulseResults)
    .where(and(eq(pulseResults.orgId, orgId), inArray(pulseResults.surveyId, surveyIds)))
    .groupBy(pulseResults.surveyId);
}

export type LeaderCount = {
  leaderId: string;
  name: string;
  title: string;
  invited: number;
  responses: number;
  score: number | null;
};

/**
 * One page of a survey's leaders with their counts: from the invitations while open, from the
 * results once closed (the score only there). Ordered by name.
 */
export async function listLeaderCounts(
  db: Database,
  orgId: string,
  survey: PulseSurveyRow,
  filter: { search?: string; offset: number; limit: number },
): Promise<{ rows: LeaderCount[]; total: number }> {
  const nameFilter = filter.search ? ilike(people.name, `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`) : undefined;
  if (survey.status === 'closed') {
    const where = and(eq(pulseResults.orgId, orgId), eq(pulseResults.surveyId, survey.id), nameFilter);
    const join = and(eq(people.orgId, pulseResults.orgId), eq(people.id, pulseResults.leaderPersonId));
    const rows = await db
      .select({
        leaderId: pulseResults.leaderPersonId,
        name: people.name,
        title: people.title,
        invited: pulseResults.invited,
        responses: pulseResults.responses,
        score: pulseResults.score,
      })
      .from(pulseResults)
      .innerJoin(people, join)
      .where(where)
      .orderBy(asc(people.name), asc(people.id))
      .offset(filter.offset)
      .limit(filter.limit);
    const [total] = await db.select({ total: count() }).from(pulseResults).innerJoin(people, join).where(where);
    return { rows, total: Number(total?.total ?? 0) };
  }
  const where = and(eq(pulseInvitations.orgId, orgId), eq(pulseInvitations.surveyId, survey.id), nameFilter);
  const join = and(eq(people.orgId, pulseInvitations.orgId), eq(people.id, pulseInvitations.leaderPersonId));
  const rows = await db
    .select({
      leaderId: pulseInvitations.leaderPersonId,
      name: people.name,
      title: people.title,
      invited: sql<number>`count(*)::int`,
      responses: sql<number>`(count(*) filter (where ${pulseInvitations.hasAnswered}))::int`,
      score: sql<null>`null`,
    })
    .from(pulseInvitations)
    .innerJoin(people, join)
    .where(where)
    .groupBy(pulseInvitations.leaderPersonId, people.name, people.title, people.id)
    .orderBy(asc(people.name), asc(people.id))
    .offset(filter.offset)
    .limit(filter.limit);
  const [total] = await db
    .select({ total: sql<number>`count(distinct ${pulseInvitations.leaderPersonId})::int` })
    .from(pulseInvitations)
    .innerJoin(people, join)
    .where(where);
  return { rows, total: Number(total?.total ?? 0) };
}

/** The answers of a survey, grouped by whose team they are about. */
export async function listResponses(db: Database, orgId: string, surveyId: string) {
  return db
    .select({ leaderId: pulseResponses.leaderPersonId, answers: pulseResponses.answers })
    .from(pulseResponses)
    .where(and(eq(pulseResponses.orgId, orgId), eq(pulseResponses.surveyId, surveyId)));
}

export async function insertResults(db: Database, rows: (typeof pulseResults.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(pulseResults).values(rows.slice(start, start + 1000));
  }
}

/** The leader's own history: live counts of open surveys, results of closed ones. */
export async function listLeaderHistory(db: Database, orgId: string, leaderId: string) {
  const open = await db
    .select({
      survey: pulseSurveys,
      invited: sql<number>`count(*)::int`,
      responses: sql<number>`(count(*) filter (where ${pulseInvitations.hasAnswered}))::int`,
    })
    .from(pulseInvitations)
    .innerJoin(
      pulseSurveys,
      and(eq(pulseSurveys.orgId, pulseInvitations.orgId), eq(pulseSurveys.id, pulseInvitations.surveyId)),
    )
    .where(
      and(
        eq(pulseInvitations.orgId, orgId),
        eq(pulseInvitations.leaderPersonId, leaderId),
        eq(pulseSurveys.status, 'open'),
      ),
    )
    .groupBy(pulseSurveys.id);
  const closed = await db
    .select({
      survey: pulseSurveys,
      invited: pulseResults.invited,
      responses: pulseResults.responses,
      score: pulseResults.score,
    })
    .from(pulseResults)
    .innerJoin(
      pulseSurveys,
      and(eq(pulseSurveys.orgId, pulseResults.orgId), eq(pulseSurveys.id, pulseResults.surveyId)),
    )
    .where(and(eq(pulseResults.orgId, orgId), eq(pulseResults.leaderPersonId, leaderId)));
  return [...open.map((row) => ({ ...row, score: null })), ...closed].sort((a, b) =>
    b.survey.quarter.localeCompare(a.survey.quarter),
  );
}

export async function findInvitationByTokenHash(db: Database, tokenHash: string) {
  const [row] = await db.select().from(pulseInvitations).where(eq(pulseInvitations.tokenHash, tokenHash));
  return row ?? null;
}

export async function lockInvitation(db: Database, orgId: string, invitationId: string) {
  const [row] = await db
    .select()
    .from(pulseInvitations)
    .where(and(eq(pulseInvitations.orgId, orgId), eq(pulseInvitations.id, invitationId)))
    .for('update');
  return row ?? null;
}

export async function updateInvitation(
  db: Database,
  orgId: string,
  invitationId: string,
  values: Partial<typeof pulseInvitations.$inferInsert>,
) {
  await db
    .update(pulseInvitations)
    .set(values)
    .where(and(eq(pulseInvitations.orgId, orgId), eq(pulseInvitations.id, invitationId)));
}

export async function insertResponse(db: Database, values: typeof pulseResponses.$inferInsert) {
  await db.insert(pulseResponses).values(values);
}

export async function findPersonName(db: Database, orgId: string, personId: string) {
  return (await findPeopleNames(db, orgId, [personId])).get(personId) ?? null;
}

export async function findPeopleNames(db: Database, orgId: string, personIds: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < personIds.length; start += 1000) {
    const rows = await db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(and(eq(people.orgId, orgId), inArray(people.id, personIds.slice(start, start + 1000))));
    for (const row of rows) names.set(row.id, row.name);
  }
  return names;
}

/** Open surveys whose last day is before `today`, across organizations (for the job). */
export async function listSurveysPastTheirLastDay(db: Database, today: string) {
  return db
    .select({ orgId: pulseSurveys.orgId, id: pulseSurveys.id })
    .from(pulseSurveys)
    .where(and(eq(pulseSurveys.status, 'open'), sql`${pulseSurveys.closesOn} < ${today}`));
}

const leaders = alias(people, 'leader');

/** Unanswered invitations of open surveys last mailed before `before`, with whom to write to. */
export async function listInvitationsToRemind(db: Database, before: Date) {
  return db
    .select({
      invitation: pulseInvitations,
      quarter: pulseSurveys.quarter,
      closesOn: pulseSurveys.closesOn,
      email: people.email,
      name: people.name,
      leaderName: leaders.name,
    })
    .from(pulseInvitations)
    .innerJoin(
      pulseSurveys,
      and(eq(pulseSurveys.orgId, pulseInvitations.orgId), eq(pulseSurveys.id, pulseInvitations.surveyId)),
    )
    .innerJoin(people, and(eq(people.orgId, pulseInvitations.orgId), eq(people.id, pulseInvitations.personId)))
    .innerJoin(leaders, and(eq(leaders.orgId, pulseInvitations.orgId), eq(leaders.id, pulseInvitations.leaderPersonId)))
    .where(
      and(
        eq(pulseSurveys.status, 'open'),
        eq(pulseInvitations.hasAnswered, false),
        eq(people.status, 'active'),
        lte(sql`coalesce(${pulseInvitations.lastRemindedAt}, ${pulseInvitations.invitedAt})`, before),
      ),
    );
}
