import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { behaviouralProfiles } from './behavioural-profiles.table.js';

export type BehaviouralProfileRow = typeof behaviouralProfiles.$inferSelect;

export async function findProfile(db: Database, orgId: string, personId: string) {
  const [row] = await db
    .select()
    .from(behaviouralProfiles)
    .where(and(eq(behaviouralProfiles.orgId, orgId), eq(behaviouralProfiles.personId, personId)));
  return row ?? null;
}

/** Stores a person's profile, replacing the one before. */
export async function saveProfile(db: Database, values: typeof behaviouralProfiles.$inferInsert): Promise<void> {
  const changes = {
    instrumentKey: values.instrumentKey,
    instrumentVersion: values.instrumentVersion,
    points: values.points,
    answers: values.answers,
    means: values.means,
    completedAt: values.completedAt,
  };
  await db
    .insert(behaviouralProfiles)
    .values(values)
    .onConflictDoUpdate({ target: [behaviouralProfiles.orgId, behaviouralProfiles.personId], set: changes });
}

export async function deleteProfile(db: Database, orgId: string, personId: string): Promise<boolean> {
  const deleted = await db
    .delete(behaviouralProfiles)
    .where(and(eq(behaviouralProfiles.orgId, orgId), eq(behaviouralProfiles.personId, personId)))
    .returning({ id: behaviouralProfiles.id });
  return deleted.length > 0;
}

export async function findPersonName(db: Database, orgId: string, personId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row?.name ?? null;
}
