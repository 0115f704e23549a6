// What 360 feedback holds about one person, for their personal-data export: their own cycles
// (never who rated them) and the feedback they gave.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PersonalDataExport } from '../../../contract/privacy.js';
import { raterGroups } from '../../../contract/assessments.js';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';
import { feedbackReportOf } from './assessments.cycles.js';
import { listRaters } from './assessments.repo.js';
import { feedbackCycles, feedbackRaters } from './assessments.table.js';

type PersonalFeedback = Pick<PersonalDataExport, 'feedbackCycles' | 'feedbackGiven'>;

export async function collectPersonalFeedback(
  db: Database,
  orgId: string,
  personId: string,
): Promise<PersonalFeedback> {
  const cycles = await db
    .select({ cycle: feedbackCycles, program: programs.name })
    .from(feedbackCycles)
    .innerJoin(programs, and(eq(programs.orgId, feedbackCycles.orgId), eq(programs.id, feedbackCycles.programId)))
    .where(and(eq(feedbackCycles.orgId, orgId), eq(feedbackCycles.personId, personId)))
    .orderBy(asc(feedbackCycles.createdAt), asc(feedbackCycles.id));
  const raters = await listRaters(
    db,
    orgId,
    cycles.map((row) => row.cycle.id),
  );
  const feedbackCyclesOut: PersonalFeedback['feedbackCycles'] = [];
  for (const { cycle, program } of cycles) {
    const mine = raters.filter((row) => row.rater.cycleId === cycle.id);
    feedbackCyclesOut.push({
      id: cycle.id,
      program,
      phase: cycle.phase,
      status: cycle.status,
      closesOn: cycle.closesOn,
      createdAt: cycle.createdAt.toISOString(),
      closedAt: cycle.closedAt?.toISOString() ?? null,
      answeredPerGroup: raterGroups
        .map((group) => ({
          group,
          answered: mine.filter((row) => row.rater.group === group && row.rater.submittedAt !== null).length,
        }))
        .filter((count) => count.answered > 0),
      report: cycle.status === 'closed' ? await feedbackReportOf(db, orgId, cycle) : null,
    });
  }
  const given = await db
    .select({ rater: feedbackRaters, about: people.name })
    .from(feedbackRaters)
    .innerJoin(
      feedbackCycles,
      and(eq(feedbackCycles.orgId, feedbackRaters.orgId), eq(feedbackCycles.id, feedbackRaters.cycleId)),
    )
    .innerJoin(people, and(eq(people.orgId, feedbackCycles.orgId), eq(people.id, feedbackCycles.personId)))
    .where(and(eq(feedbackRaters.orgId, orgId), eq(feedbackRaters.personId, personId)))
    .orderBy(asc(feedbackRaters.id));
  return {
    feedbackCycles: feedbackCyclesOut,
    feedbackGiven: given
      .filter((row) => row.rater.answeredAt !== null)
      .map((row) => ({
        cycleId: row.rater.cycleId,
        about: { name: row.about },
        group: row.rater.group,
        submittedAt: row.rater.submittedAt?.toISOString() ?? null,
        answers: row.rater.answers,
      })),
  };
}

/**
 * On erasure: the words the person wrote as a rater go (they may identify them); their ratings
 * stay, so the reports of the people they rated keep their numbers. Answers the rows it changed.
 */
export async function clearFeedbackCommentsBy(db: Database, orgId: string, personId: string): Promise<number> {
  const rows = await db
    .update(feedbackRaters)
    .set({
      answers: sql`(select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) from jsonb_each(${feedbackRaters.answers})
                    where jsonb_typeof(value) <> 'string')`,
    })
    .where(
      and(
        eq(feedbackRaters.orgId, orgId),
        eq(feedbackRaters.personId, personId),
        sql`jsonb_path_exists(${feedbackRaters.answers}, '$.* ? (@.type() == "string")')`,
      ),
    )
    .returning({ id: feedbackRaters.id });
  return rows.length;
}
