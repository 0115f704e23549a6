import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { PersonalDataExport } from '../../../contract/privacy.js';
import { generalSection } from '../../../contract/sessions.js';
import type { Database } from '../../db/client.js';
// The export reads every table that holds something about a person, directly: most modules
// export no repository, and it needs a few columns of each. Every query is scoped by org_id.
import { approachRecommendations } from '../approach/approach.table.js';
import { collectBehaviouralProfile } from '../behavioural-profiles/index.js';
import { collectTeamPulse } from '../team-pulse/index.js';
import { collectOngoingFeedback, withholdOngoingFeedbackTexts } from '../ongoing-feedback/index.js';
import { collectPersonalFeedback } from '../assessments/index.js';
import {
  coachingEngagements,
  coachingGoalConfirmations,
  coachingGoals,
  coachingProgressChecks,
  mentoringRelationships,
} from '../engagements/engagements.table.js';
import { matchRequests } from '../matching/matching.table.js';
import { notifications } from '../notifications/notifications.table.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';
import { programEnrollments, programs } from '../programs/programs.table.js';
import { sessionActionItems, sessionNotes, sessions } from '../sessions/sessions.table.js';
import { users } from '../users/users.table.js';
import { weeklyGoals } from '../weekly-goals/weekly-goals.table.js';

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => value?.toISOString() ?? null;

/** Names of other people, by id: the only thing the export tells about anyone else. */
async function namesOf(db: Database, orgId: string, ids: Iterable<string | null>) {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  const names = new Map<string, string>();
  if (wanted.length === 0) return (id: string) => ({ name: names.get(id) ?? 'Unknown person' });
  const rows = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, wanted)));
  for (const row of rows) names.set(row.id, row.name);
  return (id: string) => ({ name: names.get(id) ?? 'Unknown person' });
}

async function programNames(db: Database, orgId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(and(eq(programs.orgId, orgId), inArray(programs.id, [...new Set(ids)])));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * Everything about one person of `orgId`, as they may see it: their own records in full, other
 * people by name only, the shared notes and action items of sessions they were in, and their own
 * private notes (the query asks for no one else's). The caller checks the person exists.
 */
export async function collectPersonalData(
  db: Database,
  orgId: string,
  personId: string,
  now: Date,
): Promise<PersonalDataExport> {
  const [person] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  if (!person) throw new Error(`Person ${personId} vanished during the export.`);
  const [organization] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.orgId, orgId));

  const accounts = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      roles: users.roles,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.personId, personId)))
    .orderBy(asc(users.createdAt));

  const enrollments = await db
    .select({
      program: programs.name,
      programType: programs.type,
      role: programEnrollments.role,
      capacity: programEnrollments.capacity,
      enrolledAt: programEnrollments.createdAt,
    })
    .from(programEnrollments)
    .innerJoin(
      programs,
      and(eq(programs.orgId, programEnrollments.orgId), eq(programs.id, programEnrollments.programId)),
    )
    .where(and(eq(programEnrollments.orgId, orgId), eq(programEnrollments.personId, personId)))
    .orderBy(asc(programEnrollments.createdAt));

  const recommendations = await db
    .select()
    .from(approachRecommendations)
    .where(and(eq(approachRecommendations.orgId, orgId), eq(approachRecommendations.personId, personId)))
    .orderBy(asc(approachRecommendations.createdAt));

  const requests = await db
    .select()
    .from(matchRequests)
    .where(
      and(
        eq(matchRequests.orgId, orgId),
        or(eq(matchRequests.menteePersonId, personId), eq(matchRequests.mentorPersonId, personId)),
      ),
    )
    .orderBy(asc(matchRequests.createdAt));

  const relationships = await db
    .select()
    .from(mentoringRelationships)
    .where(
      and(
        eq(mentoringRelationships.orgId, orgId),
        or(eq(mentoringRelationships.mentorPersonId, personId), eq(mentoringRelationships.menteePersonId, personId)),
      ),
    )
    .orderBy(asc(mentoringRelationships.createdAt));

  const engagements = await db
    .select()
    .from(coachingEngagements)
    .where(
      and(
        eq(coachingEngagements.orgId, orgId),
        or(
          eq(coachingEngagements.coachPersonId, personId),
          eq(coachingEngagements.leaderPersonId, personId),
          eq(coachingEngagements.managerPersonId, personId),
          eq(coachingEngagements.sponsorPersonId, personId),
        ),
      ),
    )
    .orderBy(asc(coachingEngagements.createdAt));
  const engagementIds = engagements.map((row) => row.id);
  const goals =
    engagementIds.length === 0
      ? []
      : await db
          .select()
          .from(coachingGoals)
          .where(and(eq(coachingGoals.orgId, orgId), inArray(coachingGoals.engagementId, engagementIds)))
          .orderBy(asc(coachingGoals.position));
  const confirmations =
    engagementIds.length === 0
      ? []
      : await db
          .select()
          .from(coachingGoalConfirmations)
          .where(
            and(
              eq(coachingGoalConfirmations.orgId, orgId),
              inArray(coachingGoalConfirmations.engagementId, engagementIds),
            ),
          )
          .orderBy(asc(coachingGoalConfirmations.confirmedAt));
  // Progress checks are about the leader: only those of engagements where this person is led.
  const ledIds = engagements.filter((row) => row.leaderPersonId === personId).map((row) => row.id);
  const checks =
    ledIds.length === 0
      ? []
      : await db
          .select()
          .from(coachingProgressChecks)
          .where(and(eq(coachingProgressChecks.orgId, orgId), inArray(coachingProgressChecks.engagementId, ledIds)))
          .orderBy(asc(coachingProgressChecks.checkedAt));

  // Sessions only of the pairs this person is one of; a manager or sponsor never sees their content.
  const pairRelationshipIds = relationships.map((row) => row.id);
  const pairEngagementIds = engagements
    .filter((row) => row.coachPersonId === personId || row.leaderPersonId === personId)
    .map((row) => row.id);
  const sessionRows =
    pairRelationshipIds.length + pairEngagementIds.length === 0
      ? []
      : await db
          .select()
          .from(sessions)
          .where(
            and(
              eq(sessions.orgId, orgId),
              or(
                pairRelationshipIds.length > 0 ? inArray(sessions.relationshipId, pairRelationshipIds) : undefined,
                pairEngagementIds.length > 0 ? inArray(sessions.engagementId, pairEngagementIds) : undefined,
              ),
            ),
          )
          .orderBy(asc(sessions.scheduledAt));
  const sessionIds = sessionRows.map((row) => row.id);
  const notes =
    sessionIds.length === 0
      ? []
      : await db
          .select()
          .from(sessionNotes)
          .where(
            and(
              eq(sessionNotes.orgId, orgId),
              inArray(sessionNotes.sessionId, sessionIds),
              // Shared notes, and private notes of this person only: nobody else's are even read.
              or(
                eq(sessionNotes.visibility, 'shared'),
                and(eq(sessionNotes.visibility, 'private'), eq(sessionNotes.authorPersonId, personId)),
              ),
            ),
          )
          .orderBy(asc(sessionNotes.section));
  const actionItems =
    sessionIds.length === 0
      ? []
      : await db
          .select()
          .from(sessionActionItems)
          .where(and(eq(sessionActionItems.orgId, orgId), inArray(sessionActionItems.sessionId, sessionIds)))
          .orderBy(asc(sessionActionItems.createdAt));

  const goalsOfWeeks = await db
    .select()
    .from(weeklyGoals)
    .where(and(eq(weeklyGoals.orgId, orgId), eq(weeklyGoals.personId, personId)))
    .orderBy(asc(weeklyGoals.week), asc(weeklyGoals.createdAt));

  const accountIds = accounts.map((account) => account.id);
  const inbox =
    accountIds.length === 0
      ? []
      : await db
          .select()
          .from(notifications)
          .where(and(eq(notifications.orgId, orgId), inArray(notifications.userId, accountIds)))
          .orderBy(asc(notifications.createdAt));

  const nameOf = await namesOf(db, orgId, [
    person.managerId,
    ...requests.flatMap((row) => [row.mentorPersonId, row.menteePersonId]),
    ...relationships.flatMap((row) => [row.mentorPersonId, row.menteePersonId]),
    ...engagements.flatMap((row) => [row.coachPersonId, row.leaderPersonId, row.managerPersonId, row.sponsorPersonId]),
    ...confirmations.map((row) => row.personId),
    ...checks.map((row) => row.byPersonId),
    ...notes.map((row) => row.authorPersonId),
    ...actionItems.map((row) => row.ownerPersonId),
  ]);
  const programOf = await programNames(db, orgId, [
    ...requests.map((row) => row.programId),
    ...relationships.map((row) => row.programId),
    ...engagements.map((row) => row.programId),
  ]);
  const programName = (id: string) => programOf.get(id) ?? 'Unknown program';
  const relationshipById = new Map(relationships.map((row) => [row.id, row]));
  const engagementById = new Map(engagements.map((row) => [row.id, row]));

  return {
    exportedAt: iso(now),
    withheld: null,
    organization: { name: organization?.name ?? '' },
    person: {
      id: person.id,
      employeeId: person.employeeId,
      name: person.name,
      email: person.email,
      title: person.title,
      tier: person.tier,
      function: person.function,
      department: person.department,
      manager: person.managerId === null ? null : nameOf(person.managerId),
      location: person.location,
      timeZone: person.timeZone,
      languages: person.languages,
      hireDate: person.hireDate,
      isHighPotential: person.isHighPotential,
      performanceRating: person.performanceRating,
      potentialRating: person.potentialRating,
      skills: person.skills,
      industries: person.industries,
      yearsOfExperience: person.yearsOfExperience,
      developmentGoals: person.developmentGoals,
      developmentCompetencies: person.developmentCompetencies,
      status: person.status,
      exitDate: person.exitDate,
      erasedAt: isoOrNull(person.erasedAt),
      createdAt: iso(person.createdAt),
      updatedAt: iso(person.updatedAt),
    },
    userAccounts: accounts.map((account) => ({
      email: account.email,
      displayName: account.displayName,
      roles: account.roles,
      createdAt: iso(account.createdAt),
      disabledAt: isoOrNull(account.disabledAt),
    })),
    programEnrollments: enrollments.map((row) => ({ ...row, enrolledAt: iso(row.enrolledAt) })),
    approachRecommendations: recommendations.map((row) => ({
      createdAt: iso(row.createdAt),
      need: row.need,
      recommendedApproach: row.recommendedApproach,
      rules: row.rules.map((rule) => ({ title: rule.title, explanation: rule.explanation })),
      targetCompetencies: row.targetCompetencies,
      overrideApproach: row.overrideApproach,
      overrideReason: row.overrideReason,
      overriddenAt: isoOrNull(row.overriddenAt),
    })),
    matchRequests: requests.map((row) => ({
      direction: row.menteePersonId === personId ? 'sent' : 'received',
      program: programName(row.programId),
      mentor: nameOf(row.mentorPersonId),
      mentee: nameOf(row.menteePersonId),
      status: row.status,
      message: row.message,
      declineReason: row.declineReason,
      createdAt: iso(row.createdAt),
      decidedAt: isoOrNull(row.decidedAt),
    })),
    mentoringRelationships: relationships.map((row) => {
      const isMentor = row.mentorPersonId === personId;
      return {
        id: row.id,
        program: programName(row.programId),
        myRole: isMentor ? 'mentor' : 'mentee',
        mentor: nameOf(row.mentorPersonId),
        mentee: nameOf(row.menteePersonId),
        status: row.status,
        startDate: row.startDate,
        endDate: row.endDate,
        agreement: {
          confidentialityNorms: row.confidentialityNorms,
          cadence: row.cadence,
          topics: row.topics,
          mentorSignedAt: isoOrNull(row.mentorSignedAt),
          menteeSignedAt: isoOrNull(row.menteeSignedAt),
        },
        myTraining: isMentor ? row.mentorTraining : row.menteeTraining,
        endingKind: row.endingKind,
        endReason: row.endReason,
        endedAt: isoOrNull(row.endedAt),
        createdAt: iso(row.createdAt),
      };
    }),
    coachingEngagements: engagements.map((row) => ({
      id: row.id,
      program: programName(row.programId),
      myRoles: (['coach', 'leader', 'manager', 'sponsor'] as const).filter(
        (role) => row[`${role}PersonId`] === personId,
      ),
      coach: nameOf(row.coachPersonId),
      leader: nameOf(row.leaderPersonId),
      manager: row.managerPersonId === null ? null : nameOf(row.managerPersonId),
      sponsor: row.sponsorPersonId === null ? null : nameOf(row.sponsorPersonId),
      status: row.status,
      startDate: row.startDate,
      endDate: row.endDate,
      goals: goals
        .filter((goal) => goal.engagementId === row.id)
        .map((goal) => ({
          statement: goal.statement,
          competency: goal.competency,
          metric: goal.metric,
          baseline: goal.baseline,
          target: goal.target,
          dueDate: goal.dueDate,
        })),
      agreement: confirmations
        .filter((confirmation) => confirmation.engagementId === row.id)
        .map((confirmation) => ({
          party: confirmation.party,
          confirmedBy: nameOf(confirmation.personId),
          confirmedAt: iso(confirmation.confirmedAt),
        })),
      endReason: row.endReason,
      finalSummary: row.finalSummary,
      endedAt: isoOrNull(row.endedAt),
      createdAt: iso(row.createdAt),
    })),
    sessions: sessionRows.map((session) => {
      const relationship = session.relationshipId ? relationshipById.get(session.relationshipId) : undefined;
      const engagement = session.engagementId ? engagementById.get(session.engagementId) : undefined;
      const [first, second] = relationship
        ? [relationship.mentorPersonId, relationship.menteePersonId]
        : [engagement!.coachPersonId, engagement!.leaderPersonId];
      const isFirst = first === personId;
      const sessionNotesOf = notes.filter((note) => note.sessionId === session.id);
      return {
        id: session.id,
        kind: relationship ? 'mentoring' : 'coaching',
        relationshipId: session.relationshipId,
        engagementId: session.engagementId,
        myRole: relationship ? (isFirst ? 'mentor' : 'mentee') : isFirst ? 'coach' : 'leader',
        with: nameOf(isFirst ? second : first),
        scheduledAt: iso(session.scheduledAt),
        durationMinutes: session.durationMinutes,
        status: session.status,
        framework: session.framework,
        agenda: session.agenda,
        location: session.location,
        sharedNotes: sessionNotesOf
          .filter((note) => note.visibility === 'shared')
          .map((note) => ({
            section: note.section === '' ? generalSection : note.section,
            body: note.body,
            author: nameOf(note.authorPersonId),
            updatedAt: iso(note.updatedAt),
          })),
        // The query read no one else's private notes; the filter says so again.
        myPrivateNotes: sessionNotesOf
          .filter((note) => note.visibility === 'private' && note.authorPersonId === personId)
          .map((note) => ({
            section: note.section === '' ? generalSection : note.section,
            body: note.body,
            updatedAt: iso(note.updatedAt),
          })),
        actionItems: actionItems
          .filter((item) => item.sessionId === session.id)
          .map((item) => ({
            description: item.description,
            owner: nameOf(item.ownerPersonId),
            dueDate: item.dueDate,
            doneAt: isoOrNull(item.doneAt),
          })),
      };
    }),
    progressChecks: checks.map((check) => ({
      engagementId: check.engagementId,
      checkedAt: iso(check.checkedAt),
      by: nameOf(check.byPersonId),
      ratings: check.ratings.map((rating) => ({
        statement: rating.statement,
        rating: rating.rating,
        evidence: rating.evidence,
      })),
    })),
    weeklyGoals: goalsOfWeeks.map((goal) => ({
      week: goal.week,
      description: goal.description,
      developmentGoal: goal.developmentGoal,
      businessResult: goal.businessResult,
      doneAt: isoOrNull(goal.doneAt),
      createdAt: iso(goal.createdAt),
    })),
    notifications: inbox.map((notification) => ({
      kind: notification.kind,
      title: notification.title,
      body: notification.body,
      link: notification.link,
      createdAt: iso(notification.createdAt),
      readAt: isoOrNull(notification.readAt),
    })),
    ...(await collectPersonalFeedback(db, orgId, personId)),
    ...(await collectBehaviouralProfile(db, orgId, personId)),
    ...(await collectTeamPulse(db, orgId, personId)),
    ...(await collectOngoingFeedback(db, orgId, personId)),
  };
}

/**
 * The export as an admin may hand it over: the records, dates and statuses, without the texts a
 * pair keeps between themselves (agendas, notes, action items, goals, progress evidence, weekly
 * goals, the mentoring agreement's words). The person gets those in their own download.
 */
export function withholdPairContent(data: PersonalDataExport): PersonalDataExport {
  return {
    ...data,
    withheld:
      'Session agendas, notes and action items, coaching goals and progress ratings, weekly goals and ' +
      'mentoring agreements are confidential to the people of each pair, and 360 reports and the answers ' +
      'the person gave as a rater, their behavioural profile and whether they answered a team pulse are ' +
      'theirs alone, and the words of ongoing feedback, requests, kudos and feedback prompts belong to ' +
      "the people who exchanged them; none is in an administrator's export. The person " +
      'downloads them with “Download my data”.',
    mentoringRelationships: data.mentoringRelationships.map((relationship) => ({
      ...relationship,
      agreement: { ...relationship.agreement, confidentialityNorms: null, topics: [] },
    })),
    coachingEngagements: data.coachingEngagements.map((engagement) => ({
      ...engagement,
      goals: [],
      finalSummary: null,
    })),
    sessions: data.sessions.map((session) => ({
      ...session,
      agenda: '',
      sharedNotes: [],
      myPrivateNotes: [],
      actionItems: [],
    })),
    progressChecks: data.progressChecks.map((check) => ({ ...check, ratings: [] })),
    weeklyGoals: [],
    feedbackCycles: data.feedbackCycles.map((cycle) => ({ ...cycle, report: null })),
    feedbackGiven: data.feedbackGiven.map((given) => ({ ...given, answers: {} })),
    behaviouralProfile: null,
    teamPulse: { ...data.teamPulse, asked: data.teamPulse.asked.map((entry) => ({ ...entry, hasAnswered: null })) },
    ongoingFeedback: withholdOngoingFeedbackTexts(data.ongoingFeedback),
  };
}
