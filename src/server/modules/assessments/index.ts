export { registerAssessmentJobs, runFeedbackCycleJob } from './assessments.jobs.js';
export { raterPathPrefix, registerAssessmentRoutes } from './assessments.routes.js';
export { clearFeedbackCommentsBy, collectPersonalFeedback } from './assessments.personal-data.js';
export { resolveInstrument } from './assessments.instruments.js';
export { listClosedCycleScores, type ClosedCycleScores } from './assessments.scores.js';
export { hashRaterToken as hashLinkToken, newRaterToken as newLinkToken, tokenExpiry } from './assessments.cycles.js';
