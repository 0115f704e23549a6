export { registerTeamPulseJobs, runTeamPulseJob } from './team-pulse.jobs.js';
export { pulsePathPrefix, registerTeamPulseRoutes } from './team-pulse.routes.js';
export { collectTeamPulse, deletePulseInvitationsOf } from './team-pulse.personal-data.js';
