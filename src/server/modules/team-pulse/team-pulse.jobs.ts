import type { RequestContext } from '../../deps.js';
import type { JobLogger, JobRunner } from '../../jobs/index.js';
import { listInvitationsToRemind, listSurveysPastTheirLastDay } from './team-pulse.repo.js';
import { closeSurvey, remindTeamMembers, type TeamPulseDeps } from './team-pulse.surveys.js';

/** A team member who has not answered hears from us again this many days after the last mail. */
export const pulseReminderEveryDays = 3;

const jobContext: RequestContext = { ipAddress: null, userAgent: 'tandem-job', requestId: null };

/**
 * One run of the pulse job: closes surveys past their last day (keeping each leader's result), then
 * reminds those who have not answered, every three days, with a fresh link. Safe to run again.
 */
export async function runTeamPulseJob(deps: TeamPulseDeps): Promise<{ closed: number; reminded: number }> {
  const now = deps.clock.now();
  const due = await listSurveysPastTheirLastDay(deps.db, now.toISOString().slice(0, 10));
  for (const survey of due)
    await closeSurvey(deps, jobContext, { orgId: survey.orgId, surveyId: survey.id, actorUserId: null });
  const before = new Date(now.getTime() - pulseReminderEveryDays * 24 * 60 * 60_000);
  const reminded = await remindTeamMembers(
    deps,
    (await listInvitationsToRemind(deps.db, before)).map((row) => ({
      invitationId: row.invitation.id,
      orgId: row.invitation.orgId,
      email: row.email,
      name: row.name,
      leaderName: row.leaderName,
      quarter: row.quarter,
      closesOn: row.closesOn,
    })),
  );
  return { closed: due.length, reminded };
}

/** Registers the hourly `team-pulse` job. */
export function registerTeamPulseJobs(runner: JobRunner, deps: TeamPulseDeps & { logger: JobLogger }): void {
  runner.registerJob(
    'team-pulse',
    async () => {
      const run = await runTeamPulseJob(deps);
      if (run.closed + run.reminded > 0) deps.logger.info({ job: 'team-pulse', ...run }, 'team pulse run');
    },
    { cron: '20 * * * *' },
  );
}
