import { and, count, desc, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';
import { mentoringRelationships } from './engagements.table.js';

export type RelationshipRow = typeof mentoringRelationships.$inferSelect;
export type RelationshipChange = Partial<Omit<typeof mentoringRelationships.$inferInsert, 'id' | 'orgId'>>;

const mentor = alias(people, 'mentor');
const mentee = alias(people, 'mentee');
const personOf = (table: typeof mentor | typeof mentee) => ({
  id: table.id,
  name: table.name,
  title: table.title,
  tier: table.tier,
  department: table.department,
});

/** A relationship with its program's name and both people, as every read shows them. */
function selectRelationships(db: Database) {
  return db
    .select({
      relationship: mentoringRelationships,
      programName: programs.name,
      mentor: personOf(mentor),
      mentee: personOf(mentee),
    })
    .from(mentoringRelationships)
    .innerJoin(
      programs,
      and(eq(programs.orgId, mentoringRelationships.orgId), eq(programs.id, mentoringRelationships.programId)),
    )
    .innerJoin(
      mentor,
      and(eq(mentor.orgId, mentoringRelationships.orgId), eq(mentor.id, mentoringRelationships.mentorPersonId)),
    )
    .innerJoin(
      mentee,
      and(eq(mentee.orgId, mentoringRelationships.orgId), eq(mentee.id, mentoringRelationships.menteePersonId)),
    );
}

export type RelationshipView = NonNullable<Awaited<ReturnType<typeof findRelationship>>>;

export async function findRelationship(db: Database, orgId: string, id: string) {
  const [row] = await selectRelationships(db).where(
    and(eq(mentoringRelationships.orgId, orgId), eq(mentoringRelationships.id, id)),
  );
  return row ?? null;
}

/** Locks the relationship's row until the transaction ends, so two changes run one after the other. */
export async function lockRelationship(db: Database, orgId: string, id: string): Promise<RelationshipRow | null> {
  const [row] = await db
    .select()
    .from(mentoringRelationships)
    .where(and(eq(mentoringRelationships.orgId, orgId), eq(mentoringRelationships.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateRelationship(db: Database, orgId: string, id: string, change: RelationshipChange) {
  await db
    .update(mentoringRelationships)
    .set(change)
    .where(and(eq(mentoringRelationships.orgId, orgId), eq(mentoringRelationships.id, id)));
}

/** A page of relationships, newest first; `personId` keeps those the person is mentor or mentee in. */
export async function listRelationshipRows(
  db: Database,
  orgId: string,
  filter: { personId?: string; programId?: string; status?: RelationshipRow['status']; limit: number; offset: number },
) {
  const where: SQL | undefined = and(
    eq(mentoringRelationships.orgId, orgId),
    filter.personId === undefined
      ? undefined
      : or(
          eq(mentoringRelationships.mentorPersonId, filter.personId),
          eq(mentoringRelationships.menteePersonId, filter.personId),
        ),
    filter.programId === undefined ? undefined : eq(mentoringRelationships.programId, filter.programId),
    filter.status === undefined ? undefined : eq(mentoringRelationships.status, filter.status),
  );
  const rows = await selectRelationships(db)
    .where(where)
    .orderBy(desc(mentoringRelationships.createdAt), desc(mentoringRelationships.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ total: count() }).from(mentoringRelationships).where(where);
  return { rows, total: Number(total?.total ?? 0) };
}
