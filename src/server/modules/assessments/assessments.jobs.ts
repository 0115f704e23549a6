import type { RequestContext } from '../../deps.js';
import type { JobLogger, JobRunner } from '../../jobs/index.js';
import { closeCycle, remindRaters, type FeedbackDeps } from './assessments.cycles.js';
import { findCycle, listCyclesPastTheirLastDay, listRatersToRemind } from './assessments.repo.js';

/** A rater who has not submitted hears from us again this many days after the last mail. */
export const reminderEveryDays = 3;

const jobContext: RequestContext = { ipAddress: null, userAgent: 'tandem-job', requestId: null };

/**
 * One run of the 360 job: closes cycles past their last day, then sends a fresh link to raters who
 * have not submitted and were last mailed `reminderEveryDays` ago. Safe to run again: a closed
 * cycle is skipped, and a reminded rater waits another three days.
 */
export async function runFeedbackCycleJob(deps: FeedbackDeps): Promise<{ closed: number; reminded: number }> {
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const due = await listCyclesPastTheirLastDay(deps.db, today);
  for (const cycle of due)
    await closeCycle(deps, jobContext, { orgId: cycle.orgId, cycleId: cycle.id, actorUserId: null });
  const before = new Date(now.getTime() - reminderEveryDays * 24 * 60 * 60_000);
  const raters = [];
  for (const row of await listRatersToRemind(deps.db, before)) {
    const found = await findCycle(deps.db, row.rater.orgId, row.rater.cycleId);
    if (found) raters.push({ ...row, participantName: found.participantName });
  }
  const reminded = await remindRaters(deps, raters);
  return { closed: due.length, reminded };
}

/** Registers the hourly `feedback-cycles` job. */
export function registerAssessmentJobs(runner: JobRunner, deps: FeedbackDeps & { logger: JobLogger }): void {
  runner.registerJob(
    'feedback-cycles',
    async () => {
      const run = await runFeedbackCycleJob(deps);
      if (run.closed + run.reminded > 0) deps.logger.info({ job: 'feedback-cycles', ...run }, '360 cycles run');
    },
    { cron: '15 * * * *' },
  );
}
