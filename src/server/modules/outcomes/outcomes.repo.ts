// The data a program's outcomes are computed from, loaded in a handful of set-based queries:
// the dashboard must stay fast for an organization of 100,000 people (npm run bench:outcomes).
// Reads of thousands of rows come back as one JSON value (queryRowsAsJson).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tier } from '../../../contract/people.js';
import { queryRows, queryRowsAsJson, type Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { programOutcomes, programs } from '../programs/programs.table.js';
import { outcomeMeasurements, programRoiAssumptions } from './outcomes.table.js';

export async function findProgram(db: Database, orgId: string, programId: string) {
  const [row] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.orgId, orgId), eq(programs.id, programId)));
  return row ?? null;
}
export type ProgramRow = NonNullable<Awaited<ReturnType<typeof findProgram>>>;

/** The programs whose outcomes the actor may see: all (admin) or those they sponsor. */
export async function listVisiblePrograms(db: Database, orgId: string, sponsorPersonId: string | null | 'all') {
  return queryRows<{
    id: string;
    name: string;
    type: string;
    status: string;
    start_date: string;
    end_date: string;
    participants: number | string;
  }>(
    db,
    sql`select p.id, p.name, p.type, p.status, p.start_date::text as start_date, p.end_date::text as end_date,
          (select count(*) from program_enrollments e
            where e.org_id = p.org_id and e.program_id = p.id and e.role = 'participant') as participants
        from programs p
        where p.org_id = ${orgId}
          and ${sponsorPersonId === 'all' ? sql`true` : sql`p.sponsor_person_id is not distinct from ${sponsorPersonId} and ${sponsorPersonId}::uuid is not null`}
        order by p.start_date desc, p.name`,
  );
}

export type ParticipantRow = {
  id: string;
  tier: Tier;
  high_potential: boolean;
  exit_date: string | null;
  enrolled_on: string;
};

export async function listParticipants(db: Database, orgId: string, programId: string): Promise<ParticipantRow[]> {
  return queryRowsAsJson<ParticipantRow>(
    db,
    sql`select p.id, p.tier, p.high_potential, p.exit_date::text as exit_date,
          (e.created_at at time zone 'UTC')::date::text as enrolled_on
        from program_enrollments e
        join people p on p.org_id = e.org_id and p.id = e.person_id
        where e.org_id = ${orgId} and e.program_id = ${programId} and e.role = 'participant'`,
  );
}

/**
 * Shown pulse scores (closed, enough responses) of every leader of the given tiers, with whether
 * they are a participant of the program: the treated group and its comparison in one pass. One
 * row per leader, their scores by quarter as JSON (which parses far faster than arrays), gathered
 * through the leader index rather than by sorting every result.
 */
export async function listPulseScores(db: Database, orgId: string, programId: string, tierList: Tier[]) {
  if (tierList.length === 0) return [];
  return queryRowsAsJson<{ leader_id: string; scores: Record<string, number>; is_participant: boolean }>(
    db,
    sql`select p.id as leader_id, r.scores,
          exists (select 1 from program_enrollments e where e.org_id = p.org_id and e.program_id = ${programId}
            and e.person_id = p.id and e.role = 'participant') as is_participant
        from people p
        cross join lateral (select json_object_agg(r.quarter, r.score) as scores from pulse_results r
          where r.org_id = p.org_id and r.leader_person_id = p.id and r.score is not null) r
        where p.org_id = ${orgId} and r.scores is not null
          and p.tier in (${sql.join(
            tierList.map((tier) => sql`${tier}`),
            sql`, `,
          )})`,
  );
}

/** High-potential people hired by `startDate` and still employed on it, with whether they take part. */
export async function listHighPotentials(db: Database, orgId: string, programId: string, startDate: string) {
  return queryRowsAsJson<{ id: string; exit_date: string | null; is_participant: boolean }>(
    db,
    sql`select p.id, p.exit_date::text as exit_date,
          exists (select 1 from program_enrollments e where e.org_id = p.org_id and e.program_id = ${programId}
            and e.person_id = p.id and e.role = 'participant') as is_participant
        from people p
        where p.org_id = ${orgId} and p.high_potential
          and (p.hire_date is null or p.hire_date <= ${startDate})
          and (p.exit_date is null or p.exit_date > ${startDate})`,
  );
}

export async function listOutcomes(db: Database, orgId: string, programId: string) {
  return db
    .select()
    .from(programOutcomes)
    .where(and(eq(programOutcomes.orgId, orgId), eq(programOutcomes.programId, programId)))
    .orderBy(asc(programOutcomes.position));
}

export async function listMeasurements(db: Database, orgId: string, programId: string) {
  return db
    .select({
      outcomeId: outcomeMeasurements.outcomeId,
      leaderId: outcomeMeasurements.leaderPersonId,
      leaderName: people.name,
      measuredOn: outcomeMeasurements.measuredOn,
      value: outcomeMeasurements.value,
    })
    .from(outcomeMeasurements)
    .innerJoin(
      programOutcomes,
      and(eq(programOutcomes.orgId, outcomeMeasurements.orgId), eq(programOutcomes.id, outcomeMeasurements.outcomeId)),
    )
    .innerJoin(
      people,
      and(eq(people.orgId, outcomeMeasurements.orgId), eq(people.id, outcomeMeasurements.leaderPersonId)),
    )
    .where(and(eq(outcomeMeasurements.orgId, orgId), eq(programOutcomes.programId, programId)))
    .orderBy(asc(outcomeMeasurements.measuredOn), asc(outcomeMeasurements.createdAt));
}

export async function insertMeasurement(db: Database, values: typeof outcomeMeasurements.$inferInsert) {
  const [row] = await db.insert(outcomeMeasurements).values(values).returning();
  return row!;
}

export async function findPersonName(db: Database, orgId: string, personId: string) {
  const [row] = await db
    .select({ name: people.name, erasedAt: people.erasedAt })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row ?? null;
}

/**
 * Session statuses of the program's pairs, and how many pairs there are and ended early. The
 * sessions are counted per pair as they change (session_counts): a few thousand rows to add up.
 */
export async function countActivity(db: Database, orgId: string, programId: string) {
  const counts = await queryRows<{ status: string; total: number | string }>(
    db,
    sql`select status, sum(total) as total from session_counts
        where org_id = ${orgId} and pair_id in (
          select id from mentoring_relationships where org_id = ${orgId} and program_id = ${programId}
          union all
          select id from coaching_engagements where org_id = ${orgId} and program_id = ${programId})
        group by status`,
  );
  const sessionsWith = (status: string) => Number(counts.find((row) => row.status === status)?.total ?? 0);
  const [pairs] = await queryRows<{ total: number | string; ended_early: number | string }>(
    db,
    sql`select count(*) as total, count(*) filter (where status = 'ended_early') as ended_early from (
          select status from mentoring_relationships where org_id = ${orgId} and program_id = ${programId}
          union all
          select status from coaching_engagements where org_id = ${orgId} and program_id = ${programId}) pairs`,
  );
  return {
    sessions: {
      held: sessionsWith('held'),
      cancelled: sessionsWith('cancelled'),
      scheduled: sessionsWith('scheduled'),
    },
    pairs: { total: Number(pairs?.total ?? 0), endedEarly: Number(pairs?.ended_early ?? 0) },
  };
}

/**
 * Each coaching goal's first and latest progress rating, for goals rated at least twice. Goal ids
 * are grouped byte by byte (collation "C"): the same groups, without the locale's slower comparison.
 */
export async function listGoalProgress(db: Database, orgId: string, programId: string) {
  return queryRowsAsJson<{ first: number; latest: number }>(
    db,
    sql`select (array_agg(g.rating order by g.checked_at asc))[1] as first,
          (array_agg(g.rating order by g.checked_at desc))[1] as latest
        from (select rating.value ->> 'goalId' collate "C" as goal_id, (rating.value ->> 'rating')::int as rating, pc.checked_at
              from coaching_progress_checks pc
              join coaching_engagements c on c.org_id = pc.org_id and c.id = pc.engagement_id
              cross join lateral jsonb_array_elements(pc.ratings) as rating(value)
              where pc.org_id = ${orgId} and c.program_id = ${programId}) g
        group by g.goal_id
        having count(*) >= 2`,
  );
}

export async function findRoiAssumptions(db: Database, orgId: string, programId: string) {
  const [row] = await db
    .select()
    .from(programRoiAssumptions)
    .where(and(eq(programRoiAssumptions.orgId, orgId), eq(programRoiAssumptions.programId, programId)));
  return row ?? null;
}

export async function saveRoiAssumptions(db: Database, values: typeof programRoiAssumptions.$inferInsert) {
  await db
    .insert(programRoiAssumptions)
    .values(values)
    .onConflictDoUpdate({
      target: [programRoiAssumptions.orgId, programRoiAssumptions.programId],
      set: { assumptions: values.assumptions, updatedAt: values.updatedAt },
    });
}
