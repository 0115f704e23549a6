import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import type { JobLogger, JobRunner } from '../../jobs/index.js';
import {
  checkRelationshipHealth,
  sendProgressCheckReminders,
  sendSessionReminders,
  sendWeeklyGoalPrompts,
  type ReminderRun,
} from './reminders.service.js';

/** Session reminders look this often for sessions entering their 24-hour window. */
export const sessionReminderIntervalSeconds = 5 * 60;
/** The other reminders run at the start of every hour (UTC); a week prompt reaches people within an hour of Monday 08:00. */
export const hourlyCron = '0 * * * *';

export const reminderJobNames = [
  'session-reminders',
  'progress-check-reminders',
  'weekly-goal-prompts',
  'relationship-health',
] as const;

/** Registers the four reminder jobs; each run is one idempotent pass over every organization. */
export function registerReminderJobs(runner: JobRunner, deps: { db: Database; clock: Clock; logger: JobLogger }): void {
  const logged = (name: string, pass: (passDeps: typeof deps) => Promise<ReminderRun>) => async (): Promise<void> => {
    const run = await pass(deps);
    if (run.emailsQueued + run.failed > 0 || ('concluded' in run && Number(run.concluded) > 0)) {
      deps.logger.info({ job: name, ...run }, 'reminder run');
    }
  };
  runner.registerJob('session-reminders', logged('session-reminders', sendSessionReminders), {
    every: sessionReminderIntervalSeconds,
  });
  runner.registerJob('progress-check-reminders', logged('progress-check-reminders', sendProgressCheckReminders), {
    cron: hourlyCron,
  });
  runner.registerJob('weekly-goal-prompts', logged('weekly-goal-prompts', sendWeeklyGoalPrompts), {
    cron: hourlyCron,
  });
  runner.registerJob('relationship-health', logged('relationship-health', checkRelationshipHealth), {
    cron: hourlyCron,
  });
}
