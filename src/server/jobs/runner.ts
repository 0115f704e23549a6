import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseConnection } from '../db/client.js';
import { pgliteJobDatabase } from './pglite-adapter.js';

/** Work a job does when it runs. It must be safe to run again: a crash mid-way means it will. */
export type JobHandler = () => Promise<void>;

/**
 * When a job runs: every so many seconds, or on a cron pattern (UTC, minute resolution).
 * Each job also runs once shortly after start, so work left by a stopped process is picked up.
 */
export type JobSchedule = { every: number } | { cron: string };

export type JobLogger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export type JobRunner = {
  /** Adds a job; call before `start`. Names are lower-case words with dashes (`send-outbox`). */
  registerJob: (name: string, handler: JobHandler, schedule: JobSchedule) => void;
  /** Asks for a run soon, e.g. right after something was queued for it. Coalesces with a waiting run. */
  runSoon: (name: string) => Promise<void>;
  start: () => Promise<void>;
  /** Stops taking jobs and waits (up to `timeoutMs`) for running ones to finish. */
  stop: (options?: { timeoutMs?: number }) => Promise<void>;
};

const jobNamePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

type RegisteredJob = { name: string; handler: JobHandler; schedule: JobSchedule };

/**
 * Background jobs on pg-boss, in the same database as the data: on a PostgreSQL server pg-boss
 * connects itself (schema `pgboss`, a small pool of its own); on PGlite it runs over the one
 * embedded client through an adapter. Every queue has the `stately` policy: at most one run
 * waiting and one running per job, so slow runs never pile up, also across several servers.
 */
export function createJobRunner(
  connection: DatabaseConnection,
  options: { logger: JobLogger; pollingIntervalSeconds?: number },
): JobRunner {
  const jobs = new Map<string, RegisteredJob>();
  const timers: NodeJS.Timeout[] = [];
  let boss: PgBoss | null = null;

  const database =
    connection.jobStore.driver === 'postgres'
      ? { connectionString: connection.jobStore.url, max: 3 }
      : { db: pgliteJobDatabase(connection.jobStore.client) as PgBoss.Db };

  const runSoon = async (name: string) => {
    if (!boss) throw new Error(`The job runner is not started; cannot run ${name}.`);
    // null when a run is already waiting (stately policy): that run will do the work.
    await boss.send(name, {});
  };

  return {
    registerJob: (name, handler, schedule) => {
      if (boss) throw new Error(`Register job ${name} before the runner starts.`);
      if (!jobNamePattern.test(name)) throw new Error(`Job name ${name} is not lower-case words with dashes.`);
      if (jobs.has(name)) throw new Error(`Job ${name} is registered twice.`);
      if ('every' in schedule && !(schedule.every >= 1)) throw new Error(`Job ${name}: every must be ≥ 1 s.`);
      jobs.set(name, { name, handler, schedule });
    },
    runSoon,
    start: async () => {
      if (boss) return;
      const started = new PgBoss({
        ...database,
        schema: 'pgboss',
        application_name: 'tandem-jobs',
        // A job that hangs is failed after 15 minutes so the next run can start.
        expireInSeconds: 15 * 60,
        retentionDays: 7,
        deleteAfterDays: 7,
        // The handlers keep their own retry state (the outbox does); a failed run waits for the next one.
        retryLimit: 0,
      });
      started.on('error', (error: unknown) => options.logger.error({ err: error }, 'job runner error'));
      await started.start();
      boss = started;
      for (const job of jobs.values()) {
        await started.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 0 });
        await started.work(
          job.name,
          { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
          async () => {
            try {
              await job.handler();
            } catch (error) {
              options.logger.error({ err: error, job: job.name }, 'job failed');
              throw error;
            }
          },
        );
        if ('cron' in job.schedule) {
          await started.schedule(job.name, job.schedule.cron, {}, { tz: 'UTC' });
        } else {
          const timer = setInterval(() => {
            runSoon(job.name).catch((error: unknown) =>
              options.logger.warn({ err: error, job: job.name }, 'could not queue a job run'),
            );
          }, job.schedule.every * 1000);
          timer.unref();
          timers.push(timer);
        }
        await runSoon(job.name);
      }
    },
    stop: async ({ timeoutMs = 10_000 } = {}) => {
      for (const timer of timers.splice(0)) clearInterval(timer);
      const running = boss;
      boss = null;
      if (!running) return;
      // graceful: running handlers finish (or time out and are failed, to be run again later).
      await running.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true });
    },
  };
}
