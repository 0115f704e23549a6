import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import type { JobLogger, JobRunner } from '../../jobs/index.js';
import type { Mailer } from './notifications.mailer.js';
import { sendDueEmails } from './notifications.outbox.js';

/** Seconds between outbox runs: the longest a new mail waits. Cheap: one indexed query when idle. */
export const outboxIntervalSeconds = 10;

export function registerNotificationJobs(
  runner: JobRunner,
  deps: { db: Database; clock: Clock; mailer: Mailer; logger: JobLogger },
): void {
  runner.registerJob(
    'send-outbox',
    async () => {
      const run = await sendDueEmails(deps);
      if (run.sent + run.retrying + run.failed > 0) deps.logger.info(run, 'outbox run');
    },
    { every: outboxIntervalSeconds },
  );
}
