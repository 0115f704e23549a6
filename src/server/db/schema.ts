// Every table, for Drizzle's relational queries and drizzle-kit.
export {
  assessmentInstruments,
  feedbackCycles,
  feedbackCycleScores,
  feedbackRaters,
} from '../modules/assessments/assessments.table.js';
export { approachRecommendations } from '../modules/approach/approach.table.js';
export { behaviouralProfiles } from '../modules/behavioural-profiles/behavioural-profiles.table.js';
export { auditEvents } from '../modules/audit/audit.table.js';
export { loginSessions } from '../modules/auth/auth.table.js';
export { competencies } from '../modules/competencies/competencies.table.js';
export { organizations } from '../modules/organizations/organizations.table.js';
export { people } from '../modules/people/people.table.js';
export { programEnrollments, programOutcomes, programs } from '../modules/programs/programs.table.js';
export { users } from '../modules/users/users.table.js';
export {
  coachingEngagements,
  coachingGoalConfirmations,
  coachingGoals,
  coachingProgressChecks,
  mentoringRelationships,
} from '../modules/engagements/engagements.table.js';
export { matchingProposals, matchingRuns, matchRequests } from '../modules/matching/matching.table.js';
export { emailOutbox, notifications } from '../modules/notifications/notifications.table.js';
export {
  calendarFeeds,
  sessionActionItems,
  sessionCounts,
  sessionNotes,
  sessions,
} from '../modules/sessions/sessions.table.js';
export { weeklyGoals } from '../modules/weekly-goals/weekly-goals.table.js';
export {
  pulseInvitations,
  pulseResponses,
  pulseResults,
  pulseSurveys,
} from '../modules/team-pulse/team-pulse.table.js';
export { outcomeMeasurements, programRoiAssumptions } from '../modules/outcomes/outcomes.table.js';
export { keyPositions, readinessAssessments, successors } from '../modules/succession/succession.table.js';
export {
  feedbackRequests,
  kudos,
  ongoingFeedback,
  sessionFeedbackPrompts,
} from '../modules/ongoing-feedback/ongoing-feedback.table.js';
