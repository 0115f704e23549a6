import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { EnrollmentRole, ProgramStatus } from '../../../domain/programs/index.js';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { programEnrollments, programOutcomes, programs } from './programs.table.js';

export type ProgramRow = typeof programs.$inferSelect;
export type NewProgramRow = typeof programs.$inferInsert;
export type ProgramOutcomeRow = typeof programOutcomes.$inferSelect;
export type NewProgramOutcome = Pick<ProgramOutcomeRow, 'kind' | 'name' | 'unit' | 'baseline' | 'target'>;
export type ProgramEnrollmentRow = typeof programEnrollments.$inferSelect;

const personColumns = {
  id: people.id,
  name: people.name,
  title: people.title,
  tier: people.tier,
  department: people.department,
};

/** A person as programs see them: enough to show, plus whether they still work here. */
export type ProgramPersonRow = Pick<
  typeof people.$inferSelect,
  'id' | 'name' | 'title' | 'tier' | 'department' | 'status'
>;

export async function findPerson(db: Database, orgId: string, personId: string): Promise<ProgramPersonRow | null> {
  const [row] = await db
    .select({ ...personColumns, status: people.status })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row ?? null;
}

export async function insertProgram(db: Database, values: NewProgramRow): Promise<ProgramRow> {
  const [row] = await db.insert(programs).values(values).returning();
  return row!;
}

/**
 * A program of the organization, or null. `forUpdate` locks its row until the transaction ends,
 * so two changes to one program (a transition and an enrollment, say) run one after the other.
 */
export async function findProgram(
  db: Database,
  orgId: string,
  programId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProgramRow | null> {
  const query = db
    .select()
    .from(programs)
    .where(and(eq(programs.orgId, orgId), eq(programs.id, programId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateProgramRow(
  db: Database,
  orgId: string,
  programId: string,
  values: Partial<Omit<NewProgramRow, 'id' | 'orgId'>>,
): Promise<ProgramRow> {
  const [row] = await db
    .update(programs)
    .set(values)
    .where(and(eq(programs.orgId, orgId), eq(programs.id, programId)))
    .returning();
  return row!;
}

function programFilter(orgId: string, status: ProgramStatus | undefined): SQL | undefined {
  return and(eq(programs.orgId, orgId), status === undefined ? undefined : eq(programs.status, status));
}

/** One page of programs, newest first, with each sponsor's name and how many people are enrolled. */
export async function listProgramSummaries(
  db: Database,
  orgId: string,
  options: { status?: ProgramStatus; limit: number; offset: number },
) {
  return db
    .select({
      program: programs,
      sponsor: { id: people.id, name: people.name },
      enrollmentCount: sql<number>`(select count(*)::int from ${programEnrollments}
        where ${programEnrollments.orgId} = ${programs.orgId} and ${programEnrollments.programId} = ${programs.id})`,
    })
    .from(programs)
    .leftJoin(people, and(eq(people.orgId, programs.orgId), eq(people.id, programs.sponsorPersonId)))
    .where(programFilter(orgId, options.status))
    .orderBy(desc(programs.createdAt), asc(programs.name), asc(programs.id))
    .limit(options.limit)
    .offset(options.offset);
}

export async function countPrograms(db: Database, orgId: string, status?: ProgramStatus): Promise<number> {
  const [row] = await db.select({ total: count() }).from(programs).where(programFilter(orgId, status));
  return Number(row?.total ?? 0);
}

export async function listOutcomes(db: Database, orgId: string, programId: string): Promise<ProgramOutcomeRow[]> {
  return db
    .select()
    .from(programOutcomes)
    .where(and(eq(programOutcomes.orgId, orgId), eq(programOutcomes.programId, programId)))
    .orderBy(asc(programOutcomes.position));
}

/** Replaces a program's outcomes with `outcomes`, in that order. */
export async function replaceOutcomes(
  db: Database,
  orgId: string,
  programId: string,
  outcomes: NewProgramOutcome[],
): Promise<void> {
  await db
    .delete(programOutcomes)
    .where(and(eq(programOutcomes.orgId, orgId), eq(programOutcomes.programId, programId)));
  if (outcomes.length === 0) return;
  await db
    .insert(programOutcomes)
    .values(outcomes.map((outcome, position) => ({ ...outcome, orgId, programId, position })));
}

/** How many people each role has in the program. */
export async function countEnrollmentsByRole(
  db: Database,
  orgId: string,
  programId: string,
): Promise<Record<EnrollmentRole, number>> {
  const rows = await db
    .select({ role: programEnrollments.role, total: count() })
    .from(programEnrollments)
    .where(and(eq(programEnrollments.orgId, orgId), eq(programEnrollments.programId, programId)))
    .groupBy(programEnrollments.role);
  const counts: Record<EnrollmentRole, number> = { participant: 0, mentor: 0, coach: 0 };
  for (const row of rows) counts[row.role] = Number(row.total);
  return counts;
}

export async function insertEnrollment(
  db: Database,
  values: Omit<ProgramEnrollmentRow, 'id'>,
): Promise<ProgramEnrollmentRow> {
  const [row] = await db.insert(programEnrollments).values(values).returning();
  return row!;
}

/** Many enrollments in one statement (the demo data enrolls a whole organization). */
export async function insertEnrollments(db: Database, values: Omit<ProgramEnrollmentRow, 'id'>[]): Promise<void> {
  if (values.length > 0) await db.insert(programEnrollments).values(values);
}

export async function findEnrollment(
  db: Database,
  orgId: string,
  programId: string,
  enrollmentId: string,
): Promise<ProgramEnrollmentRow | null> {
  const [row] = await db
    .select()
    .from(programEnrollments)
    .where(
      and(
        eq(programEnrollments.orgId, orgId),
        eq(programEnrollments.programId, programId),
        eq(programEnrollments.id, enrollmentId),
      ),
    );
  return row ?? null;
}

export async function findEnrollmentOfPerson(
  db: Database,
  orgId: string,
  programId: string,
  personId: string,
): Promise<ProgramEnrollmentRow | null> {
  const [row] = await db
    .select()
    .from(programEnrollments)
    .where(
      and(
        eq(programEnrollments.orgId, orgId),
        eq(programEnrollments.programId, programId),
        eq(programEnrollments.personId, personId),
      ),
    );
  return row ?? null;
}

export async function deleteEnrollment(db: Database, orgId: string, enrollmentId: string): Promise<void> {
  await db
    .delete(programEnrollments)
    .where(and(eq(programEnrollments.orgId, orgId), eq(programEnrollments.id, enrollmentId)));
}

function enrollmentFilter(orgId: string, programId: string, role: EnrollmentRole | undefined): SQL | undefined {
  return and(
    eq(programEnrollments.orgId, orgId),
    eq(programEnrollments.programId, programId),
    role === undefined ? undefined : eq(programEnrollments.role, role),
  );
}

/** One page of a program's enrollments with each person, by name. */
export async function listEnrollmentsWithPeople(
  db: Database,
  orgId: string,
  programId: string,
  options: { role?: EnrollmentRole; limit: number; offset: number },
) {
  return db
    .select({ enrollment: programEnrollments, person: personColumns })
    .from(programEnrollments)
    .innerJoin(people, and(eq(people.orgId, programEnrollments.orgId), eq(people.id, programEnrollments.personId)))
    .where(enrollmentFilter(orgId, programId, options.role))
    .orderBy(asc(people.name), asc(programEnrollments.id))
    .limit(options.limit)
    .offset(options.offset);
}

export async function countEnrollments(
  db: Database,
  orgId: string,
  programId: string,
  role?: EnrollmentRole,
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(programEnrollments)
    .where(enrollmentFilter(orgId, programId, role));
  return Number(row?.total ?? 0);
}
