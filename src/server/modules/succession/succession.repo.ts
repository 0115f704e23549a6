import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Readiness } from '../../../domain/succession/index.js';
import { queryRowsAsJson, type Database } from '../../db/client.js';
import { auditEvents } from '../audit/audit.table.js';
import { people } from '../people/people.table.js';
import { programEnrollments, programs } from '../programs/programs.table.js';
import { users } from '../users/users.table.js';
import { keyPositions, readinessAssessments, successors } from './succession.table.js';

const assessors = alias(people, 'assessor');

/** A person's readiness history, newest first, with the assessor's name. */
export async function listReadiness(db: Database, orgId: string, personId: string, keyPositionId?: string) {
  return db
    .select({ assessment: readinessAssessments, assessorName: assessors.name })
    .from(readinessAssessments)
    .leftJoin(
      assessors,
      and(eq(assessors.orgId, readinessAssessments.orgId), eq(assessors.id, readinessAssessments.assessorPersonId)),
    )
    .where(
      and(
        eq(readinessAssessments.orgId, orgId),
        eq(readinessAssessments.personId, personId),
        keyPositionId === undefined
          ? isNull(readinessAssessments.keyPositionId)
          : eq(readinessAssessments.keyPositionId, keyPositionId),
      ),
    )
    .orderBy(desc(readinessAssessments.assessedOn), desc(readinessAssessments.createdAt));
}

export async function insertReadiness(db: Database, values: typeof readinessAssessments.$inferInsert) {
  const [row] = await db.insert(readinessAssessments).values(values).returning();
  return row!;
}

/**
 * Every readiness assessment of a program's participants, general and per key position, oldest
 * first (the outcomes report's time to "ready now"). One query, read as one JSON value.
 */
export async function listReadinessOfProgram(db: Database, orgId: string, programId: string) {
  return queryRowsAsJson<{ personId: string; readiness: Readiness; assessedOn: string }>(
    db,
    sql`select r.person_id as "personId", r.readiness, r.assessed_on::text as "assessedOn"
        from readiness_assessments r
        join program_enrollments e on e.org_id = r.org_id and e.person_id = r.person_id
        where r.org_id = ${orgId} and e.program_id = ${programId} and e.role = 'participant'
        order by r.assessed_on, r.created_at`,
  );
}

export async function findPerson(db: Database, orgId: string, personId: string) {
  const [row] = await db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      tier: people.tier,
      status: people.status,
      erasedAt: people.erasedAt,
      isHighPotential: people.isHighPotential,
      skills: people.skills,
      performanceRating: people.performanceRating,
      potentialRating: people.potentialRating,
    })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row ?? null;
}

const incumbents = alias(people, 'incumbent');

/** The organization's current key positions (not archived), with their incumbents, by title. */
export async function listPositions(db: Database, orgId: string, options: { forUpdate?: boolean; id?: string } = {}) {
  const query = db
    .select({ position: keyPositions, incumbentName: incumbents.name, incumbentTitle: incumbents.title })
    .from(keyPositions)
    .leftJoin(
      incumbents,
      and(eq(incumbents.orgId, keyPositions.orgId), eq(incumbents.id, keyPositions.incumbentPersonId)),
    )
    .where(
      and(
        eq(keyPositions.orgId, orgId),
        isNull(keyPositions.archivedOn),
        options.id === undefined ? undefined : eq(keyPositions.id, options.id),
      ),
    )
    .orderBy(asc(keyPositions.title), asc(keyPositions.createdAt));
  return options.forUpdate ? query.for('update', { of: keyPositions }) : query;
}

export type PositionRow = Awaited<ReturnType<typeof listPositions>>[number];

export async function insertPosition(db: Database, values: typeof keyPositions.$inferInsert) {
  const [row] = await db.insert(keyPositions).values(values).returning();
  return row!;
}

export async function updatePosition(
  db: Database,
  orgId: string,
  id: string,
  values: Partial<typeof keyPositions.$inferInsert>,
) {
  await db
    .update(keyPositions)
    .set(values)
    .where(and(eq(keyPositions.orgId, orgId), eq(keyPositions.id, id)));
}

/**
 * The current successors of these positions, each with their latest readiness for that position
 * (the assessment of the latest date; of two on one day, the later recorded).
 */
export async function listCurrentSuccessors(db: Database, orgId: string, positionIds: string[]) {
  if (positionIds.length === 0) return [];
  const latest = db
    .selectDistinctOn([readinessAssessments.keyPositionId, readinessAssessments.personId])
    .from(readinessAssessments)
    .where(and(eq(readinessAssessments.orgId, orgId), inArray(readinessAssessments.keyPositionId, positionIds)))
    .orderBy(
      readinessAssessments.keyPositionId,
      readinessAssessments.personId,
      desc(readinessAssessments.assessedOn),
      desc(readinessAssessments.createdAt),
    )
    .as('latest');
  return db
    .select({
      successor: successors,
      person: { name: people.name, title: people.title, tier: people.tier },
      readiness: latest.readiness,
      assessedOn: latest.assessedOn,
      assessorPersonId: latest.assessorPersonId,
      assessorName: assessors.name,
    })
    .from(successors)
    .innerJoin(people, and(eq(people.orgId, successors.orgId), eq(people.id, successors.personId)))
    .innerJoin(
      latest,
      and(eq(latest.keyPositionId, successors.keyPositionId), eq(latest.personId, successors.personId)),
    )
    .leftJoin(assessors, and(eq(assessors.orgId, successors.orgId), eq(assessors.id, latest.assessorPersonId)))
    .where(
      and(eq(successors.orgId, orgId), inArray(successors.keyPositionId, positionIds), isNull(successors.removedOn)),
    )
    .orderBy(asc(people.name));
}

export type CurrentSuccessorRow = Awaited<ReturnType<typeof listCurrentSuccessors>>[number];

export async function findCurrentSuccessor(db: Database, orgId: string, positionId: string, personId: string) {
  const [row] = await db
    .select()
    .from(successors)
    .where(
      and(
        eq(successors.orgId, orgId),
        eq(successors.keyPositionId, positionId),
        eq(successors.personId, personId),
        isNull(successors.removedOn),
      ),
    );
  return row ?? null;
}

export async function findSuccessor(db: Database, orgId: string, positionId: string, successorId: string) {
  const [row] = await db
    .select()
    .from(successors)
    .where(
      and(
        eq(successors.orgId, orgId),
        eq(successors.keyPositionId, positionId),
        eq(successors.id, successorId),
        isNull(successors.removedOn),
      ),
    );
  return row ?? null;
}

export async function insertSuccessor(db: Database, values: typeof successors.$inferInsert) {
  const [row] = await db.insert(successors).values(values).returning();
  return row!;
}

export async function endSuccessor(db: Database, orgId: string, successorId: string, removedOn: string) {
  await db
    .update(successors)
    .set({ removedOn })
    .where(and(eq(successors.orgId, orgId), eq(successors.id, successorId)));
}

/** Everything the bench's trend needs, past included: every position, successor and readiness mark. */
export async function listBenchHistory(db: Database, orgId: string) {
  const [positions, named, marks] = await Promise.all([
    db
      .select({ id: keyPositions.id, createdOn: keyPositions.createdOn, archivedOn: keyPositions.archivedOn })
      .from(keyPositions)
      .where(eq(keyPositions.orgId, orgId)),
    db
      .select({
        positionId: successors.keyPositionId,
        personId: successors.personId,
        addedOn: successors.addedOn,
        removedOn: successors.removedOn,
      })
      .from(successors)
      .where(eq(successors.orgId, orgId)),
    db
      .select({
        positionId: sql<string>`${readinessAssessments.keyPositionId}`,
        personId: readinessAssessments.personId,
        readiness: readinessAssessments.readiness,
        assessedOn: readinessAssessments.assessedOn,
      })
      .from(readinessAssessments)
      .where(and(eq(readinessAssessments.orgId, orgId), sql`${readinessAssessments.keyPositionId} is not null`))
      .orderBy(asc(readinessAssessments.assessedOn), asc(readinessAssessments.createdAt)),
  ]);
  return { positions, successors: named, marks };
}

/** The active people of the organization for the nine-box, optionally of one department or tier. */
export async function listRatedPeople(db: Database, orgId: string, filter: { department?: string; tier?: string }) {
  return db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      tier: people.tier,
      department: people.department,
      performanceRating: people.performanceRating,
      potentialRating: people.potentialRating,
    })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        eq(people.status, 'active'),
        isNull(people.erasedAt),
        filter.department === undefined ? undefined : eq(people.department, filter.department),
        filter.tier === undefined ? undefined : sql`${people.tier} = ${filter.tier}`,
      ),
    )
    .orderBy(asc(people.name));
}

export async function setRatings(
  db: Database,
  orgId: string,
  personId: string,
  ratings: { performanceRating: number; potentialRating: number },
  now: Date,
) {
  await db
    .update(people)
    .set({ ...ratings, updatedAt: now })
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
}

/** The latest nine-box moves, from the audit trail (where they are kept), with who made them. */
export async function listNineBoxMoves(db: Database, orgId: string, limit: number) {
  return db
    .select({ event: auditEvents, movedBy: users.displayName, person: { name: people.name, title: people.title } })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .innerJoin(people, and(eq(people.orgId, auditEvents.orgId), sql`${people.id}::text = ${auditEvents.targetId}`))
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, 'nine_box.moved')))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
}

/** Programs a successor might join, with whether they are already enrolled. */
export async function listProgramsFor(db: Database, orgId: string, personId: string) {
  return db
    .select({
      id: programs.id,
      name: programs.name,
      type: programs.type,
      status: programs.status,
      startDate: programs.startDate,
      targetTiers: programs.targetTiers,
      enrollmentId: programEnrollments.id,
    })
    .from(programs)
    .leftJoin(
      programEnrollments,
      and(
        eq(programEnrollments.orgId, programs.orgId),
        eq(programEnrollments.programId, programs.id),
        eq(programEnrollments.personId, personId),
      ),
    )
    .where(eq(programs.orgId, orgId))
    .orderBy(asc(programs.startDate), asc(programs.name));
}

/**
 * On erasure: the person leaves every bench they were on (today), stops being anyone's incumbent,
 * and the notes on their readiness are cleared. Returns how many benches they left.
 */
export async function endSuccessionOf(db: Database, orgId: string, personId: string, today: string): Promise<number> {
  const ended = await db
    .update(successors)
    .set({ removedOn: today })
    .where(and(eq(successors.orgId, orgId), eq(successors.personId, personId), isNull(successors.removedOn)))
    .returning({ id: successors.id });
  await db
    .update(keyPositions)
    .set({ incumbentPersonId: null })
    .where(and(eq(keyPositions.orgId, orgId), eq(keyPositions.incumbentPersonId, personId)));
  await db
    .update(readinessAssessments)
    .set({ note: '' })
    .where(and(eq(readinessAssessments.orgId, orgId), eq(readinessAssessments.personId, personId)));
  return ended.length;
}
