import { and, asc, count, desc, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { weeklyGoals } from './weekly-goals.table.js';

export type WeeklyGoalRow = typeof weeklyGoals.$inferSelect;

export async function findPersonTimeZone(db: Database, orgId: string, personId: string): Promise<string | null> {
  const [row] = await db
    .select({ timeZone: people.timeZone })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row?.timeZone ?? null;
}

export async function listWeekGoals(db: Database, orgId: string, personId: string, week: string) {
  return db
    .select()
    .from(weeklyGoals)
    .where(and(eq(weeklyGoals.orgId, orgId), eq(weeklyGoals.personId, personId), eq(weeklyGoals.week, week)))
    .orderBy(asc(weeklyGoals.createdAt), asc(weeklyGoals.id));
}

export async function countWeekGoals(db: Database, orgId: string, personId: string, week: string) {
  const [row] = await db
    .select({ total: count() })
    .from(weeklyGoals)
    .where(and(eq(weeklyGoals.orgId, orgId), eq(weeklyGoals.personId, personId), eq(weeklyGoals.week, week)));
  return Number(row?.total ?? 0);
}

/** The latest weeks in which the person ticked off at least one goal, newest first (enough for any streak shown). */
export async function listWeeksWithDoneGoals(db: Database, orgId: string, personId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ week: weeklyGoals.week })
    .from(weeklyGoals)
    .where(and(eq(weeklyGoals.orgId, orgId), eq(weeklyGoals.personId, personId), isNotNull(weeklyGoals.doneAt)))
    .orderBy(desc(weeklyGoals.week))
    .limit(260);
  return rows.map((row) => row.week);
}

export async function insertWeeklyGoal(db: Database, values: typeof weeklyGoals.$inferInsert) {
  const [row] = await db.insert(weeklyGoals).values(values).returning();
  return row!;
}

export async function findWeeklyGoal(db: Database, orgId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(weeklyGoals)
    .where(and(eq(weeklyGoals.orgId, orgId), eq(weeklyGoals.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateWeeklyGoal(db: Database, orgId: string, id: string, values: Partial<WeeklyGoalRow>) {
  const [row] = await db
    .update(weeklyGoals)
    .set(values)
    .where(and(eq(weeklyGoals.orgId, orgId), eq(weeklyGoals.id, id)))
    .returning();
  return row!;
}

export async function deleteWeeklyGoal(db: Database, orgId: string, id: string) {
  await db.delete(weeklyGoals).where(and(eq(weeklyGoals.orgId, orgId), eq(weeklyGoals.id, id)));
}
