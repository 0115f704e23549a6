import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import type { JobLogger, JobRunner } from '../../jobs/index.js';
import { applySessionNoteRetention } from './privacy.service.js';

/** Daily at 02:30 UTC: a quiet hour in most places, and away from the hourly reminder runs. */
export const retentionCron = '30 2 * * *';

/** Registers the daily `session-note-retention` job. */
export function registerPrivacyJobs(runner: JobRunner, deps: { db: Database; clock: Clock; logger: JobLogger }): void {
  runner.registerJob(
    'session-note-retention',
    async () => {
      for (const run of await applySessionNoteRetention(deps)) {
        if (run.notesDeleted + run.agendasCleared > 0)
          deps.logger.info({ job: 'session-note-retention', ...run }, 'retention run');
      }
    },
    { cron: retentionCron },
  );
}
