// What the team pulse holds about one person: the surveys they were asked to answer (whether they
// did, never what — nothing links an answer to anyone) and their own team's results as a leader.
import { and, asc, eq } from 'drizzle-orm';
import type { PersonalDataExport } from '../../../contract/privacy.js';
import type { Database } from '../../db/client.js';
import { people } from '../people/people.table.js';
import { pulseInvitations, pulseResults, pulseSurveys } from './team-pulse.table.js';

export async function collectTeamPulse(
  db: Database,
  orgId: string,
  personId: string,
): Promise<Pick<PersonalDataExport, 'teamPulse'>> {
  const asked = await db
    .select({ quarter: pulseSurveys.quarter, leader: people.name, hasAnswered: pulseInvitations.hasAnswered })
    .from(pulseInvitations)
    .innerJoin(
      pulseSurveys,
      and(eq(pulseSurveys.orgId, pulseInvitations.orgId), eq(pulseSurveys.id, pulseInvitations.surveyId)),
    )
    .innerJoin(people, and(eq(people.orgId, pulseInvitations.orgId), eq(people.id, pulseInvitations.leaderPersonId)))
    .where(and(eq(pulseInvitations.orgId, orgId), eq(pulseInvitations.personId, personId)))
    .orderBy(asc(pulseSurveys.quarter));
  const asLeader = await db
    .select({
      quarter: pulseResults.quarter,
      invited: pulseResults.invited,
      responses: pulseResults.responses,
      score: pulseResults.score,
    })
    .from(pulseResults)
    .where(and(eq(pulseResults.orgId, orgId), eq(pulseResults.leaderPersonId, personId)))
    .orderBy(asc(pulseResults.quarter));
  return {
    teamPulse: {
      asked: asked.map((row) => ({ quarter: row.quarter, leader: { name: row.leader }, hasAnswered: row.hasAnswered })),
      asLeader,
    },
  };
}

/** Deletes the person's invitations (their links stop working); answers how many there were. */
export async function deletePulseInvitationsOf(db: Database, orgId: string, personId: string): Promise<number> {
  const deleted = await db
    .delete(pulseInvitations)
    .where(and(eq(pulseInvitations.orgId, orgId), eq(pulseInvitations.personId, personId)))
    .returning({ id: pulseInvitations.id });
  return deleted.length;
}
