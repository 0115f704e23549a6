import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ProgramPerson } from '../../../contract/programs.js';
import { addMonths, defaultEngagementMonths } from '../../../domain/engagements/index.js';
import type { MatchingPerson, Tier } from '../../../domain/matching/score/index.js';
import { queryRows, type Database } from '../../db/client.js';
import { coachingEngagements, mentoringRelationships } from '../engagements/engagements.table.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';
import { matchingProposals, matchingRuns, matchRequests } from './matching.table.js';

export type MatchingRunRow = typeof matchingRuns.$inferSelect;
export type NewMatchingRunRow = typeof matchingRuns.$inferInsert;
export type MatchingProposalRow = typeof matchingProposals.$inferSelect;
export type NewMatchingProposalRow = typeof matchingProposals.$inferInsert;
export type MatchRequestRow = typeof matchRequests.$inferSelect;

export type MatchingKind = 'mentoring' | 'coaching';

/** An enrolled person as matching and its screens need them. */
export type PoolPerson = MatchingPerson & {
  title: string;
  department: string;
  location: string;
  /** Places a mentor or coach offers in the program; null for participants. */
  capacity: number | null;
  /** The approach their latest recommendation settled on (override first), if any. */
  approach: 'coaching' | 'mentoring' | 'both' | null;
};

type PoolRow = {
  id: string;
  name: string;
  title: string;
  tier: Tier;
  function: string;
  department: string;
  location: string;
  time_zone: string;
  languages: string[];
  industries: string[];
  years_of_experience: number | null;
  skills: { skill: string; level: number }[];
  development_competencies: string[];
  target_competencies: string[] | null;
  manager_id: string | null;
  managers_manager_id: string | null;
  capacity: number | null;
  approach: PoolPerson['approach'];
  profile_points: number | null;
  profile_means: Record<string, number | null> | null;
};

/**
 * The active people enrolled in a program in one role, with what scoring needs: the two managers
 * above them (for the reporting-line rules) and their latest approach recommendation, whose target
 * competencies add to the ones they chose themselves.
 */
export async function listPool(
  db: Database,
  orgId: string,
  programId: string,
  role: 'participant' | 'mentor' | 'coach',
): Promise<PoolPerson[]> {
  const rows = await queryRows<PoolRow>(
    db,
    sql`select p.id, p.name, p.title, p.tier, p.function, p.department, p.location, p.time_zone, p.languages,
          p.industries, p.years_of_experience, p.skills, p.development_competencies, p.manager_id,
          m.manager_id as managers_manager_id, e.capacity, r.approach, r.target_competencies,
          b.points as profile_points, b.means as profile_means
        from program_enrollments e
        join people p on p.org_id = e.org_id and p.id = e.person_id
        left join people m on m.org_id = p.org_id and m.id = p.manager_id
        left join behavioural_profiles b on b.org_id = p.org_id and b.person_id = p.id
        left join lateral (
          select coalesce(a.override_approach, a.recommended_approach) as approach, a.target_competencies
          from approach_recommendations a
          where a.org_id = p.org_id and a.person_id = p.id
          order by a.created_at desc limit 1
        ) r on true
        where e.org_id = ${orgId} and e.program_id = ${programId} and e.role = ${role} and p.status = 'active'
        order by p.name, p.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    title: row.title,
    tier: row.tier,
    function: row.function,
    department: row.department,
    location: row.location,
    timeZone: row.time_zone,
    languages: row.languages,
    industries: row.industries,
    yearsOfExperience: row.years_of_experience,
    skills: row.skills,
    developmentCompetencies: [...new Set([...row.development_competencies, ...(row.target_competencies ?? [])])],
    reportingChain: [row.manager_id, row.managers_manager_id].filter((id): id is string => id !== null),
    capacity: row.capacity,
    approach: row.approach,
    behaviouralProfile:
      row.profile_points === null || row.profile_means === null
        ? null
        : { points: row.profile_points, means: row.profile_means },
  }));
}

/** The table of current pairs for a kind, with its two people columns. */
function pairTable(kind: MatchingKind) {
  return kind === 'mentoring'
    ? {
        table: mentoringRelationships,
        participant: mentoringRelationships.menteePersonId,
        partner: mentoringRelationships.mentorPersonId,
      }
    : {
        table: coachingEngagements,
        participant: coachingEngagements.leaderPersonId,
        partner: coachingEngagements.coachPersonId,
      };
}

export type CurrentPair = { participantPersonId: string; partnerPersonId: string };

/** The program's current pairs of a kind: proposed, active or (coaching) paused. */
export async function listCurrentPairs(
  db: Database,
  orgId: string,
  programId: string,
  kind: MatchingKind,
): Promise<CurrentPair[]> {
  const { table, participant, partner } = pairTable(kind);
  return db
    .select({ participantPersonId: participant, partnerPersonId: partner })
    .from(table)
    .where(
      and(
        eq(table.orgId, orgId),
        eq(table.programId, programId),
        inArray(table.status, ['proposed', 'active', 'paused']),
      ),
    );
}

/** Every pair of a kind matched in the organization's other programs, whatever became of it. */
export async function listPreviousPairs(
  db: Database,
  orgId: string,
  programId: string,
  kind: MatchingKind,
): Promise<CurrentPair[]> {
  const { table, participant, partner } = pairTable(kind);
  return db
    .select({ participantPersonId: participant, partnerPersonId: partner })
    .from(table)
    .where(and(eq(table.orgId, orgId), sql`${table.programId} <> ${programId}`));
}

export async function insertCurrentPairs(
  db: Database,
  kind: MatchingKind,
  rows: {
    orgId: string;
    programId: string;
    participantPersonId: string;
    partnerPersonId: string;
    origin: 'matching_run' | 'self_service';
    matchingRunId: string | null;
    score: number;
    reasons: string[];
    createdAt: Date;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  const common = (row: (typeof rows)[number]) => ({
    orgId: row.orgId,
    programId: row.programId,
    origin: row.origin,
    matchingRunId: row.matchingRunId,
    score: row.score,
    reasons: row.reasons,
    createdAt: row.createdAt,
    updatedAt: row.createdAt,
  });
  if (kind === 'mentoring') {
    await db.insert(mentoringRelationships).values(
      rows.map((row) => ({
        ...common(row),
        menteePersonId: row.participantPersonId,
        mentorPersonId: row.partnerPersonId,
      })),
    );
  } else {
    const parties = await loadCoachingParties(db, rows);
    await db.insert(coachingEngagements).values(
      rows.map((row) => ({
        ...common(row),
        leaderPersonId: row.participantPersonId,
        coachPersonId: row.partnerPersonId,
        ...parties(row),
      })),
    );
  }
}

/**
 * What a new coaching engagement takes from its program and its leader: the leader's current
 * manager, the program's sponsor, and dates from the later of the program's start and today, six
 * months long but not past the program's end (when the program is nearly over, the full six
 * months: an engagement cannot end on or before its start).
 */
async function loadCoachingParties(
  db: Database,
  rows: { orgId: string; programId: string; participantPersonId: string; createdAt: Date }[],
) {
  const first = rows[0]!;
  const [program] = await db
    .select({
      sponsorPersonId: programs.sponsorPersonId,
      startDate: programs.startDate,
      endDate: programs.endDate,
      minMonths: programs.engagementMinMonths,
      maxMonths: programs.engagementMaxMonths,
    })
    .from(programs)
    .where(and(eq(programs.orgId, first.orgId), eq(programs.id, first.programId)));
  const leaders = await db
    .select({ id: people.id, managerId: people.managerId })
    .from(people)
    .where(
      and(eq(people.orgId, first.orgId), inArray(people.id, [...new Set(rows.map((row) => row.participantPersonId))])),
    );
  const managers = new Map(leaders.map((leader) => [leader.id, leader.managerId]));
  return (row: (typeof rows)[number]) => {
    const today = row.createdAt.toISOString().slice(0, 10);
    const startDate = program && program.startDate > today ? program.startDate : today;
    // The usual six months, within the program's allowed length.
    const months = program
      ? Math.min(program.maxMonths, Math.max(program.minMonths, defaultEngagementMonths))
      : defaultEngagementMonths;
    const usual = addMonths(startDate, months);
    const endDate = program && program.endDate < usual && program.endDate > startDate ? program.endDate : usual;
    return {
      managerPersonId: managers.get(row.participantPersonId) ?? null,
      sponsorPersonId: program?.sponsorPersonId ?? null,
      startDate,
      endDate,
    };
  };
}

const personColumns = {
  id: people.id,
  name: people.name,
  title: people.title,
  tier: people.tier,
  department: people.department,
};

/** Only what a program shows of a person. */
export function asProgramPerson(person: ProgramPerson): ProgramPerson {
  return { id: person.id, name: person.name, title: person.title, tier: person.tier, department: person.department };
}

/** Shown for someone whose directory entry is gone (never today: people are marked as left, not deleted). */
export function unknownPerson(id: string): ProgramPerson & { location: string } {
  return { id, name: 'Unknown person', title: '', tier: 'individual_contributor', department: '', location: '' };
}

/** People by id, as programs show them, with their location for the fairness report. */
export async function listProgramPeople(
  db: Database,
  orgId: string,
  ids: string[],
): Promise<Map<string, ProgramPerson & { location: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ ...personColumns, location: people.location })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, [...new Set(ids)])));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function insertRun(db: Database, values: NewMatchingRunRow): Promise<MatchingRunRow> {
  const [row] = await db.insert(matchingRuns).values(values).returning();
  return row!;
}

export async function findRun(
  db: Database,
  orgId: string,
  programId: string,
  runId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MatchingRunRow | null> {
  const query = db
    .select()
    .from(matchingRuns)
    .where(and(eq(matchingRuns.orgId, orgId), eq(matchingRuns.programId, programId), eq(matchingRuns.id, runId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function listRuns(db: Database, orgId: string, programId: string): Promise<MatchingRunRow[]> {
  return db
    .select()
    .from(matchingRuns)
    .where(and(eq(matchingRuns.orgId, orgId), eq(matchingRuns.programId, programId)))
    .orderBy(desc(matchingRuns.createdAt), desc(matchingRuns.id));
}

export async function updateRun(
  db: Database,
  orgId: string,
  runId: string,
  values: Partial<Omit<NewMatchingRunRow, 'id' | 'orgId'>>,
): Promise<MatchingRunRow> {
  const [row] = await db
    .update(matchingRuns)
    .set(values)
    .where(and(eq(matchingRuns.orgId, orgId), eq(matchingRuns.id, runId)))
    .returning();
  return row!;
}

/** Marks the program's draft of a kind as discarded (a new run replaces it). */
export async function discardDrafts(db: Database, orgId: string, programId: string, kind: MatchingKind, at: Date) {
  await db
    .update(matchingRuns)
    .set({ status: 'discarded', updatedAt: at })
    .where(
      and(
        eq(matchingRuns.orgId, orgId),
        eq(matchingRuns.programId, programId),
        eq(matchingRuns.kind, kind),
        eq(matchingRuns.status, 'draft'),
      ),
    );
}

export async function listProposals(db: Database, orgId: string, runId: string): Promise<MatchingProposalRow[]> {
  return db
    .select()
    .from(matchingProposals)
    .where(and(eq(matchingProposals.orgId, orgId), eq(matchingProposals.runId, runId)));
}

/** Proposal and participant counts per run, for the run list. */
export async function countProposalsByRun(db: Database, orgId: string, programId: string) {
  const rows = await queryRows<{ run_id: string; matched: number; total_score: number | null }>(
    db,
    sql`select r.id as run_id, count(p.id)::int as matched, sum(p.score)::float8 as total_score
        from matching_runs r left join matching_proposals p on p.org_id = r.org_id and p.run_id = r.id
        where r.org_id = ${orgId} and r.program_id = ${programId}
        group by r.id`,
  );
  return new Map(rows.map((row) => [row.run_id, { matched: row.matched, totalScore: row.total_score ?? 0 }]));
}

export async function insertProposals(db: Database, rows: NewMatchingProposalRow[]): Promise<void> {
  // Chunks keep each statement under the drivers' parameter limit.
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(matchingProposals).values(rows.slice(start, start + 1000));
  }
}

export async function deleteProposals(db: Database, orgId: string, proposalIds: string[]): Promise<void> {
  if (proposalIds.length === 0) return;
  await db
    .delete(matchingProposals)
    .where(and(eq(matchingProposals.orgId, orgId), inArray(matchingProposals.id, proposalIds)));
}

export async function updateProposal(
  db: Database,
  orgId: string,
  proposalId: string,
  values: Partial<Omit<NewMatchingProposalRow, 'id' | 'orgId' | 'runId'>>,
): Promise<void> {
  await db
    .update(matchingProposals)
    .set(values)
    .where(and(eq(matchingProposals.orgId, orgId), eq(matchingProposals.id, proposalId)));
}

// Self-service requests.

export async function insertRequest(db: Database, values: typeof matchRequests.$inferInsert): Promise<MatchRequestRow> {
  const [row] = await db.insert(matchRequests).values(values).returning();
  return row!;
}

export async function findRequest(
  db: Database,
  orgId: string,
  requestId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MatchRequestRow | null> {
  const query = db
    .select()
    .from(matchRequests)
    .where(and(eq(matchRequests.orgId, orgId), eq(matchRequests.id, requestId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateRequest(
  db: Database,
  orgId: string,
  requestId: string,
  values: Partial<Pick<MatchRequestRow, 'status' | 'decidedAt' | 'declineReason'>>,
): Promise<MatchRequestRow> {
  const [row] = await db
    .update(matchRequests)
    .set(values)
    .where(and(eq(matchRequests.orgId, orgId), eq(matchRequests.id, requestId)))
    .returning();
  return row!;
}

/** A program's requests, or those one mentee or one mentor is part of; pending first, newest first. */
export async function listRequests(
  db: Database,
  orgId: string,
  filter: { programId?: string; menteePersonId?: string; mentorPersonId?: string; status?: MatchRequestRow['status'] },
): Promise<MatchRequestRow[]> {
  return db
    .select()
    .from(matchRequests)
    .where(
      and(
        eq(matchRequests.orgId, orgId),
        filter.programId === undefined ? undefined : eq(matchRequests.programId, filter.programId),
        filter.menteePersonId === undefined ? undefined : eq(matchRequests.menteePersonId, filter.menteePersonId),
        filter.mentorPersonId === undefined ? undefined : eq(matchRequests.mentorPersonId, filter.mentorPersonId),
        filter.status === undefined ? undefined : eq(matchRequests.status, filter.status),
      ),
    )
    .orderBy(sql`${matchRequests.status} = 'pending' desc`, desc(matchRequests.createdAt), asc(matchRequests.id));
}

export type ProgramMatchRow = {
  id: string;
  kind: MatchingKind;
  participant_person_id: string;
  partner_person_id: string;
  status: 'proposed' | 'active' | 'paused' | 'completed' | 'ended_early';
  origin: 'matching_run' | 'self_service';
  score: number;
  reasons: string[];
  created_at: Date | string;
};

/** A page of the program's relationships and engagements, newest first. */
export async function listProgramMatches(
  db: Database,
  orgId: string,
  programId: string,
  options: { kind?: MatchingKind; limit: number; offset: number },
): Promise<{ rows: ProgramMatchRow[]; total: number }> {
  const kind = options.kind ?? null;
  const union = sql`
    select id, 'mentoring' as kind, mentee_person_id as participant_person_id, mentor_person_id as partner_person_id,
      status, origin, score, reasons, created_at
    from mentoring_relationships where org_id = ${orgId} and program_id = ${programId}
      and (${kind}::text is null or ${kind}::text = 'mentoring')
    union all
    select id, 'coaching', leader_person_id, coach_person_id, status, origin, score, reasons, created_at
    from coaching_engagements where org_id = ${orgId} and program_id = ${programId}
      and (${kind}::text is null or ${kind}::text = 'coaching')`;
  const rows = await queryRows<ProgramMatchRow>(
    db,
    sql`select * from (${union}) m order by created_at desc, id limit ${options.limit} offset ${options.offset}`,
  );
  const [count] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from (${union}) m`);
  return { rows, total: count?.total ?? 0 };
}
