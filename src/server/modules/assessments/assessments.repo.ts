import { and, asc, count, desc, eq, ilike, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { programEnrollments, programs } from '../programs/programs.table.js';
import { users } from '../users/users.table.js';
import { assessmentInstruments, feedbackCycles, feedbackRaters } from './assessments.table.js';

export type FeedbackCycleRow = typeof feedbackCycles.$inferSelect;
export type FeedbackRaterRow = typeof feedbackRaters.$inferSelect;
export type NewFeedbackRater = typeof feedbackRaters.$inferInsert;

export async function listStoredInstruments(db: Database, orgId: string) {
  return db
    .select()
    .from(assessmentInstruments)
    .where(eq(assessmentInstruments.orgId, orgId))
    .orderBy(asc(assessmentInstruments.key), asc(assessmentInstruments.version));
}

export async function findStoredInstrument(db: Database, orgId: string, key: string, version: number | null) {
  const [row] = await db
    .select()
    .from(assessmentInstruments)
    .where(
      and(
        eq(assessmentInstruments.orgId, orgId),
        eq(assessmentInstruments.key, key),
        version === null ? undefined : eq(assessmentInstruments.version, version),
      ),
    )
    .orderBy(desc(assessmentInstruments.version))
    .limit(1);
  return row ?? null;
}

export async function insertInstrument(db: Database, row: typeof assessmentInstruments.$inferInsert) {
  await db.insert(assessmentInstruments).values(row);
}

/** Cycles with their program's name, the participant's name and manager: what views and the policy need. */
function selectCyclesWithNames(db: Database) {
  return db
    .select({
      cycle: feedbackCycles,
      programName: programs.name,
      participantName: people.name,
      managerId: people.managerId,
    })
    .from(feedbackCycles)
    .innerJoin(programs, and(eq(programs.orgId, feedbackCycles.orgId), eq(programs.id, feedbackCycles.programId)))
    .innerJoin(people, and(eq(people.orgId, feedbackCycles.orgId), eq(people.id, feedbackCycles.personId)));
}

/** The cycle with the names and the manager that decide who sees what. */
export async function findCycle(db: Database, orgId: string, cycleId: string) {
  const [row] = await selectCyclesWithNames(db).where(
    and(eq(feedbackCycles.orgId, orgId), eq(feedbackCycles.id, cycleId)),
  );
  return row ?? null;
}
export type CycleWithNames = NonNullable<Awaited<ReturnType<typeof findCycle>>>;

/** One page of cycles: all of the organization, or those where `personId` is the participant or their manager. */
export async function listCycles(
  db: Database,
  orgId: string,
  filter: { visibleTo: string | null | 'all'; programId?: string; status?: FeedbackCycleRow['status'] },
  page: { offset: number; limit: number },
) {
  const conditions: (SQL | undefined)[] = [
    eq(feedbackCycles.orgId, orgId),
    filter.programId ? eq(feedbackCycles.programId, filter.programId) : undefined,
    filter.status ? eq(feedbackCycles.status, filter.status) : undefined,
  ];
  if (filter.visibleTo !== 'all') {
    conditions.push(
      filter.visibleTo === null
        ? sql`false`
        : or(eq(feedbackCycles.personId, filter.visibleTo), eq(people.managerId, filter.visibleTo)),
    );
  }
  const where = and(...conditions);
  const rows = await selectCyclesWithNames(db)
    .where(where)
    .orderBy(desc(feedbackCycles.createdAt), asc(feedbackCycles.id))
    .offset(page.offset)
    .limit(page.limit);
  const [total] = await db
    .select({ total: count() })
    .from(feedbackCycles)
    .innerJoin(people, and(eq(people.orgId, feedbackCycles.orgId), eq(people.id, feedbackCycles.personId)))
    .where(where);
  return { rows, total: Number(total?.total ?? 0) };
}

export async function insertCycle(db: Database, row: typeof feedbackCycles.$inferInsert): Promise<FeedbackCycleRow> {
  const [created] = await db.insert(feedbackCycles).values(row).returning();
  return created!;
}

export async function updateCycle(
  db: Database,
  orgId: string,
  cycleId: string,
  change: Partial<typeof feedbackCycles.$inferInsert>,
): Promise<void> {
  await db
    .update(feedbackCycles)
    .set(change)
    .where(and(eq(feedbackCycles.orgId, orgId), eq(feedbackCycles.id, cycleId)));
}

/** Locks the cycle row for a change of state, so two approvals cannot both send invitations. */
export async function lockCycle(db: Database, orgId: string, cycleId: string): Promise<FeedbackCycleRow | null> {
  const [row] = await db
    .select()
    .from(feedbackCycles)
    .where(and(eq(feedbackCycles.orgId, orgId), eq(feedbackCycles.id, cycleId)))
    .for('update');
  return row ?? null;
}

export async function findCycleOfPhase(
  db: Database,
  orgId: string,
  programId: string,
  personId: string,
  phase: FeedbackCycleRow['phase'],
) {
  const [row] = await db
    .select()
    .from(feedbackCycles)
    .where(
      and(
        eq(feedbackCycles.orgId, orgId),
        eq(feedbackCycles.programId, programId),
        eq(feedbackCycles.personId, personId),
        eq(feedbackCycles.phase, phase),
      ),
    );
  return row ?? null;
}

/** Raters of cycles with their names; answers are read only where the report needs them. */
export async function listRaters(db: Database, orgId: string, cycleIds: string[]) {
  if (cycleIds.length === 0) return [];
  return db
    .select({ rater: feedbackRaters, name: people.name, title: people.title, email: people.email })
    .from(feedbackRaters)
    .innerJoin(people, and(eq(people.orgId, feedbackRaters.orgId), eq(people.id, feedbackRaters.personId)))
    .where(and(eq(feedbackRaters.orgId, orgId), inArray(feedbackRaters.cycleId, cycleIds)))
    .orderBy(asc(feedbackRaters.group), asc(people.name), asc(feedbackRaters.id));
}

export async function insertRaters(db: Database, rows: NewFeedbackRater[]): Promise<void> {
  if (rows.length > 0) await db.insert(feedbackRaters).values(rows);
}

/** Removes every nominee of a cycle but the participant's own self-rating. */
export async function deleteNominees(db: Database, orgId: string, cycleId: string): Promise<void> {
  await db
    .delete(feedbackRaters)
    .where(and(eq(feedbackRaters.orgId, orgId), eq(feedbackRaters.cycleId, cycleId), ne(feedbackRaters.group, 'self')));
}

export async function updateRater(
  db: Database,
  orgId: string,
  raterId: string,
  change: Partial<typeof feedbackRaters.$inferInsert>,
): Promise<void> {
  await db
    .update(feedbackRaters)
    .set(change)
    .where(and(eq(feedbackRaters.orgId, orgId), eq(feedbackRaters.id, raterId)));
}

/** The rater behind a link, across organizations: the token is the only credential. */
export async function findRaterByTokenHash(db: Database, tokenHash: string) {
  const [row] = await db.select().from(feedbackRaters).where(eq(feedbackRaters.tokenHash, tokenHash));
  return row ?? null;
}

/**
 * People of the organization who may be nominated: active, not the participant. Without a search,
 * those the reporting lines suggest: the manager, peers (same manager) and direct reports.
 */
export async function searchCandidates(
  db: Database,
  orgId: string,
  participant: { id: string; managerId: string | null },
  search: string | undefined,
  limit: number,
) {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (match) => `\\${match}`)}%` : undefined;
  const nearby = or(
    participant.managerId === null ? undefined : eq(people.id, participant.managerId),
    eq(people.managerId, participant.id),
    participant.managerId === null ? undefined : eq(people.managerId, participant.managerId),
  );
  return db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      department: people.department,
      managerId: people.managerId,
    })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        eq(people.status, 'active'),
        isNull(people.erasedAt),
        ne(people.id, participant.id),
        pattern
          ? or(ilike(people.name, pattern), ilike(people.title, pattern), ilike(people.department, pattern))
          : nearby,
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit);
}

export async function findPeople(db: Database, orgId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      status: people.status,
      erasedAt: people.erasedAt,
      managerId: people.managerId,
    })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, personIds)));
}

export async function isParticipantOf(db: Database, orgId: string, programId: string, personId: string) {
  const [row] = await db
    .select({ id: programEnrollments.id })
    .from(programEnrollments)
    .where(
      and(
        eq(programEnrollments.orgId, orgId),
        eq(programEnrollments.programId, programId),
        eq(programEnrollments.personId, personId),
        eq(programEnrollments.role, 'participant'),
      ),
    );
  return row !== undefined;
}

export async function findProgramName(db: Database, orgId: string, programId: string) {
  const [row] = await db
    .select({ name: programs.name })
    .from(programs)
    .where(and(eq(programs.orgId, orgId), eq(programs.id, programId)));
  return row?.name ?? null;
}

/** The logins of a person (for in-app notifications). */
export async function findUserIdsOfPerson(db: Database, orgId: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.personId, personId), isNull(users.disabledAt)));
  return rows.map((row) => row.id);
}

/** Cycles still collecting whose last day has passed, in every organization (the closing job). */
export async function listCyclesPastTheirLastDay(db: Database, today: string) {
  return db
    .select({ orgId: feedbackCycles.orgId, id: feedbackCycles.id })
    .from(feedbackCycles)
    .where(and(eq(feedbackCycles.status, 'collecting'), sql`${feedbackCycles.closesOn} < ${today}::date`));
}

/** Raters who have not submitted, in cycles still collecting, last invited or reminded before `before`. */
export async function listRatersToRemind(db: Database, before: Date) {
  return db
    .select({ rater: feedbackRaters, cycle: feedbackCycles, email: people.email, name: people.name })
    .from(feedbackRaters)
    .innerJoin(
      feedbackCycles,
      and(eq(feedbackCycles.orgId, feedbackRaters.orgId), eq(feedbackCycles.id, feedbackRaters.cycleId)),
    )
    .innerJoin(people, and(eq(people.orgId, feedbackRaters.orgId), eq(people.id, feedbackRaters.personId)))
    .where(
      and(
        eq(feedbackCycles.status, 'collecting'),
        isNull(feedbackRaters.submittedAt),
        eq(people.status, 'active'),
        lte(sql`coalesce(${feedbackRaters.lastRemindedAt}, ${feedbackRaters.invitedAt})`, before),
      ),
    );
}
