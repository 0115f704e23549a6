import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { CoachingParty, CoachingStatus } from '../../../domain/engagements/index.js';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';
import {
  coachingEngagements,
  coachingGoalConfirmations,
  coachingGoals,
  coachingProgressChecks,
} from './engagements.table.js';

export type CoachingEngagementRow = typeof coachingEngagements.$inferSelect;
export type CoachingGoalRow = typeof coachingGoals.$inferSelect;
export type CoachingConfirmationRow = typeof coachingGoalConfirmations.$inferSelect;
export type NewCoachingGoalRow = typeof coachingGoals.$inferInsert;

export async function findEngagement(
  db: Database,
  orgId: string,
  engagementId: string,
  options: { forUpdate?: boolean } = {},
): Promise<CoachingEngagementRow | null> {
  const query = db
    .select()
    .from(coachingEngagements)
    .where(and(eq(coachingEngagements.orgId, orgId), eq(coachingEngagements.id, engagementId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateEngagementRow(
  db: Database,
  orgId: string,
  engagementId: string,
  values: Partial<
    Pick<
      CoachingEngagementRow,
      'status' | 'startDate' | 'endDate' | 'endReason' | 'finalSummary' | 'endedAt' | 'updatedAt'
    >
  >,
): Promise<CoachingEngagementRow> {
  const [row] = await db
    .update(coachingEngagements)
    .set(values)
    .where(and(eq(coachingEngagements.orgId, orgId), eq(coachingEngagements.id, engagementId)))
    .returning();
  return row!;
}

/** Whether the leader has another proposed or active engagement in the program (one current coach each). */
export async function hasOtherCurrentEngagement(db: Database, row: CoachingEngagementRow): Promise<boolean> {
  const [other] = await db
    .select({ id: coachingEngagements.id })
    .from(coachingEngagements)
    .where(
      and(
        eq(coachingEngagements.orgId, row.orgId),
        eq(coachingEngagements.programId, row.programId),
        eq(coachingEngagements.leaderPersonId, row.leaderPersonId),
        inArray(coachingEngagements.status, ['proposed', 'active']),
        sql`${coachingEngagements.id} <> ${row.id}`,
      ),
    )
    .limit(1);
  return other !== undefined;
}

export async function listGoals(db: Database, orgId: string, engagementId: string): Promise<CoachingGoalRow[]> {
  return db
    .select()
    .from(coachingGoals)
    .where(and(eq(coachingGoals.orgId, orgId), eq(coachingGoals.engagementId, engagementId)))
    .orderBy(asc(coachingGoals.position));
}

/** Replaces the goals with `goals`, in order. */
export async function replaceGoals(
  db: Database,
  orgId: string,
  engagementId: string,
  goals: Omit<NewCoachingGoalRow, 'orgId' | 'engagementId' | 'position'>[],
): Promise<void> {
  await db
    .delete(coachingGoals)
    .where(and(eq(coachingGoals.orgId, orgId), eq(coachingGoals.engagementId, engagementId)));
  if (goals.length === 0) return;
  await db
    .insert(coachingGoals)
    .values(goals.map((goal, index) => ({ ...goal, orgId, engagementId, position: index + 1 })));
}

export async function listConfirmations(
  db: Database,
  orgId: string,
  engagementId: string,
): Promise<CoachingConfirmationRow[]> {
  return db
    .select()
    .from(coachingGoalConfirmations)
    .where(and(eq(coachingGoalConfirmations.orgId, orgId), eq(coachingGoalConfirmations.engagementId, engagementId)));
}

/** Removes the confirmations of every party but `keep`; answers how many were removed. */
export async function deleteConfirmations(
  db: Database,
  orgId: string,
  engagementId: string,
  keep: readonly CoachingParty[],
): Promise<number> {
  const deleted = await db
    .delete(coachingGoalConfirmations)
    .where(
      and(
        eq(coachingGoalConfirmations.orgId, orgId),
        eq(coachingGoalConfirmations.engagementId, engagementId),
        keep.length === 0 ? undefined : notInArray(coachingGoalConfirmations.party, [...keep]),
      ),
    )
    .returning({ party: coachingGoalConfirmations.party });
  return deleted.length;
}

/** Records a party's confirmation; a party that already confirmed keeps its first one. Answers whether it was new. */
export async function insertConfirmation(
  db: Database,
  values: { orgId: string; engagementId: string; party: CoachingParty; personId: string; confirmedAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(coachingGoalConfirmations)
    .values(values)
    .onConflictDoNothing()
    .returning({ party: coachingGoalConfirmations.party });
  return inserted.length > 0;
}

const personColumns = {
  id: people.id,
  name: people.name,
  title: people.title,
  tier: people.tier,
  department: people.department,
};
export type EngagementPerson = { id: string; name: string; title: string; tier: PersonRow['tier']; department: string };
type PersonRow = typeof people.$inferSelect;

/** People by id, with only what an engagement shows of them. */
export async function listEngagementPeople(
  db: Database,
  orgId: string,
  ids: (string | null)[],
): Promise<Map<string, EngagementPerson>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, wanted)));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function listProgramNames(db: Database, orgId: string, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(and(eq(programs.orgId, orgId), inArray(programs.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Per engagement: how many goals it has and which parties confirmed them. */
export async function listAgreementFacts(
  db: Database,
  orgId: string,
  engagementIds: string[],
): Promise<Map<string, { goalCount: number; confirmed: CoachingParty[] }>> {
  const facts = new Map(engagementIds.map((id) => [id, { goalCount: 0, confirmed: [] as CoachingParty[] }]));
  if (engagementIds.length === 0) return facts;
  const goals = await db
    .select({ engagementId: coachingGoals.engagementId, count: sql<number>`count(*)::int` })
    .from(coachingGoals)
    .where(and(eq(coachingGoals.orgId, orgId), inArray(coachingGoals.engagementId, engagementIds)))
    .groupBy(coachingGoals.engagementId);
  for (const row of goals) facts.get(row.engagementId)!.goalCount = Number(row.count);
  const confirmations = await db
    .select({ engagementId: coachingGoalConfirmations.engagementId, party: coachingGoalConfirmations.party })
    .from(coachingGoalConfirmations)
    .where(
      and(eq(coachingGoalConfirmations.orgId, orgId), inArray(coachingGoalConfirmations.engagementId, engagementIds)),
    );
  for (const row of confirmations) facts.get(row.engagementId)!.confirmed.push(row.party);
  return facts;
}

/**
 * A page of the organization's engagements, newest first: all of them (`personId` null), or those
 * `personId` takes part in as coach, leader, manager or sponsor.
 */
export async function listEngagementRows(
  db: Database,
  orgId: string,
  filter: { personId: string | null; programId?: string; status?: CoachingStatus; limit: number; offset: number },
): Promise<{ rows: CoachingEngagementRow[]; total: number }> {
  const table = coachingEngagements;
  const where = and(
    eq(table.orgId, orgId),
    filter.personId === null
      ? undefined
      : sql`${filter.personId} in (${table.coachPersonId}, ${table.leaderPersonId}, ${table.managerPersonId}, ${table.sponsorPersonId})`,
    filter.programId === undefined ? undefined : eq(table.programId, filter.programId),
    filter.status === undefined ? undefined : eq(table.status, filter.status),
  );
  const rows = await db
    .select()
    .from(table)
    .where(where)
    .orderBy(sql`${table.createdAt} desc`, asc(table.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(table)
    .where(where);
  return { rows, total: Number(count?.total ?? 0) };
}

export type CoachingProgressCheckRow = typeof coachingProgressChecks.$inferSelect;

/** An engagement's progress checks, newest first. */
export async function listProgressChecks(db: Database, orgId: string, engagementId: string) {
  return db
    .select()
    .from(coachingProgressChecks)
    .where(and(eq(coachingProgressChecks.orgId, orgId), eq(coachingProgressChecks.engagementId, engagementId)))
    .orderBy(desc(coachingProgressChecks.checkedAt), desc(coachingProgressChecks.id));
}

export async function insertProgressCheck(db: Database, values: typeof coachingProgressChecks.$inferInsert) {
  const [row] = await db.insert(coachingProgressChecks).values(values).returning();
  return row!;
}

/** The session cadence of the engagement's program: progress checks follow it. */
export async function findProgramCadence(db: Database, orgId: string, programId: string) {
  const [row] = await db
    .select({ cadence: programs.sessionCadence })
    .from(programs)
    .where(and(eq(programs.orgId, orgId), eq(programs.id, programId)));
  return row?.cadence ?? 'monthly';
}
