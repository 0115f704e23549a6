import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { readinessAssessments } from './succession.table.js';

const assessors = alias(people, 'assessor');

/** A person's readiness history, newest first, with the assessor's name. */
export async function listReadiness(db: Database, orgId: string, personId: string) {
  return db
    .select({ assessment: readinessAssessments, assessorName: assessors.name })
    .from(readinessAssessments)
    .leftJoin(
      assessors,
      and(eq(assessors.orgId, readinessAssessments.orgId), eq(assessors.id, readinessAssessments.assessorPersonId)),
    )
    .where(and(eq(readinessAssessments.orgId, orgId), eq(readinessAssessments.personId, personId)))
    .orderBy(desc(readinessAssessments.assessedOn), desc(readinessAssessments.createdAt));
}

export async function insertReadiness(db: Database, values: typeof readinessAssessments.$inferInsert) {
  const [row] = await db.insert(readinessAssessments).values(values).returning();
  return row!;
}

/** Every readiness assessment of these people, oldest first (for timelines). */
export async function listReadinessOf(db: Database, orgId: string, personIds: string[]) {
  const rows: (typeof readinessAssessments.$inferSelect)[] = [];
  for (let start = 0; start < personIds.length; start += 1000) {
    rows.push(
      ...(await db
        .select()
        .from(readinessAssessments)
        .where(
          and(
            eq(readinessAssessments.orgId, orgId),
            inArray(readinessAssessments.personId, personIds.slice(start, start + 1000)),
          ),
        )
        .orderBy(asc(readinessAssessments.assessedOn), asc(readinessAssessments.createdAt))),
    );
  }
  return rows;
}

export async function findPerson(db: Database, orgId: string, personId: string) {
  const [row] = await db
    .select({ id: people.id, name: people.name, erasedAt: people.erasedAt })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row ?? null;
}
