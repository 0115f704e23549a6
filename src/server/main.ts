// Composition root: config -> database -> app -> listen. The CLI reaches the server only through here.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { createApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type DatabaseConnection } from './db/client.js';
import { lockDataDir, type DataDirLock } from './db/data-dir-lock.js';
import { migrate, readMigrationStatus, type MigrationStatus } from './db/migrate.js';
import { readRowLevelSecurity } from './db/row-level-security.js';
import { createJobRunner, type JobRunner } from './jobs/index.js';
import { systemClock, type RequestContext } from './deps.js';
import { createDemoOrganization, isDatabaseEmpty, type DemoSummary } from './modules/demo/index.js';
import { createMailer, queueTestEmail, registerNotificationJobs } from './modules/notifications/index.js';
import { createOrganization, getOrganizationByName } from './modules/organizations/index.js';
import { registerTeamPulseJobs } from './modules/team-pulse/index.js';
import { registerAssessmentJobs } from './modules/assessments/index.js';
import { registerPrivacyJobs } from './modules/privacy/index.js';
import { registerReminderJobs } from './modules/reminders/index.js';
import { createUser, type NewUser } from './modules/users/index.js';

export { loadConfig, type Config } from './config.js';
export { DataDirBusyError } from './db/data-dir-lock.js';
export { AppError } from './http/errors.js';
export type { DemoSummary } from './modules/demo/index.js';

export const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const commandLineContext: RequestContext = { ipAddress: null, userAgent: 'tandem-cli', requestId: null };

/** Opens the configured database (locking a PGlite folder first) and brings it to the latest migration. */
async function openMigrated(config: Config): Promise<{ connection: DatabaseConnection; release: () => Promise<void> }> {
  const lock: DataDirLock | null = config.database.driver === 'pglite' ? lockDataDir(config.dataDir) : null;
  try {
    const connection = await openDatabase(config.database);
    try {
      await migrate(connection);
    } catch (error) {
      await connection.close();
      throw error;
    }
    return {
      connection,
      release: async () => {
        await connection.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function withDatabase<T>(config: Config, work: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
  const { connection, release } = await openMigrated(config);
  try {
    return await work(connection);
  } finally {
    await release();
  }
}

export function migrateDatabase(config: Config = loadConfig()): Promise<MigrationStatus> {
  return withDatabase(config, (connection) => readMigrationStatus(connection));
}

export function createOrganizationInDatabase(config: Config, name: string): Promise<{ id: string; name: string }> {
  return withDatabase(config, async ({ db }) => {
    const organization = await createOrganization(db, { name });
    return { id: organization.orgId, name: organization.name };
  });
}

export function createUserInDatabase(
  config: Config,
  input: NewUser,
): Promise<{ id: string; email: string; roles: string[]; organization: string }> {
  return withDatabase(config, async ({ db }) => {
    const user = await createUser({ db, clock: systemClock }, commandLineContext, input);
    return { id: user.id, email: user.email, roles: user.roles, organization: input.org };
  });
}

/** `tandem demo`: adds the demo organization to any database, server ones included. */
export function createDemoInDatabase(config: Config): Promise<DemoSummary> {
  return withDatabase(config, ({ db }) => createDemoOrganization({ db, clock: systemClock }, commandLineContext));
}

/** `tandem mail send-test`: queues one mail; a running (or the next started) server sends it. */
export function queueTestEmailInDatabase(config: Config, input: { org: string; to: string }): Promise<{ id: string }> {
  return withDatabase(config, async ({ db }) => {
    const organization = await getOrganizationByName(db, input.org);
    return queueTestEmail(
      { db, clock: systemClock },
      { orgId: organization.orgId, to: input.to, organizationName: organization.name },
    );
  });
}

export type RunningServer = {
  app: FastifyInstance;
  url: string;
  /** Set when this start created the demo organization. */
  demo: DemoSummary | null;
  /** Stops accepting, drains open requests, closes the database and frees the data folder. */
  stop: () => Promise<void>;
};

/**
 * Starts Tandem. With `demoIfEmpty`, a first start on an empty *embedded* database creates the
 * demo organization; a PostgreSQL server never gets demo data unless asked (`tandem demo`).
 */
export async function startServer(options: { config?: Config; demoIfEmpty?: boolean } = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const { connection, release } = await openMigrated(config);
  let jobs: JobRunner | null = null;
  try {
    let demo: DemoSummary | null = null;
    if (options.demoIfEmpty && connection.driver === 'pglite' && (await isDatabaseEmpty(connection.db))) {
      demo = await createDemoOrganization({ db: connection.db, clock: systemClock }, commandLineContext);
    }
    const app = await createApp({ connection, clock: systemClock, config, version });
    // Background jobs run only in a server, never in the one-shot CLI commands.
    const mailer = createMailer(config.mail);
    const runner = createJobRunner(connection, { logger: app.log });
    registerNotificationJobs(runner, { db: connection.db, clock: systemClock, mailer, logger: app.log });
    registerReminderJobs(runner, { db: connection.db, clock: systemClock, logger: app.log });
    registerPrivacyJobs(runner, { db: connection.db, clock: systemClock, logger: app.log });
    registerAssessmentJobs(runner, {
      db: connection.db,
      clock: systemClock,
      publicUrl: config.publicUrl,
      logger: app.log,
    });
    registerTeamPulseJobs(runner, {
      db: connection.db,
      clock: systemClock,
      publicUrl: config.publicUrl,
      logger: app.log,
    });
    jobs = runner;
    await runner.start();
    app.log.info({ mail: mailer.destination }, 'background jobs started');
    if (connection.driver === 'postgres') {
      const rowLevelSecurity = await readRowLevelSecurity(connection.db);
      if (rowLevelSecurity !== 'enforced') {
        app.log.warn(
          { rowLevelSecurity },
          'DATABASE_URL connects as a role that owns the tables or bypasses row-level security; ' +
            'connect as a role of its own and migrate through DATABASE_OWNER_URL (see README, "Running on PostgreSQL")',
        );
      }
    }
    const url = await app.listen({ port: config.port, host: config.host });
    let stopping: Promise<void> | null = null;
    const stop = () => {
      stopping ??= (async () => {
        await app.close();
        await runner.stop();
        mailer.close();
        await release();
      })();
      return stopping;
    };
    return { app, url, demo, stop };
  } catch (error) {
    await jobs?.stop();
    await release();
    throw error;
  }
}

/** Stops gracefully on SIGTERM/SIGINT; a second signal, or 15 s without finishing, exits at once. */
export function stopOnSignals(server: RunningServer): void {
  let isStopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (isStopping) process.exit(1);
    isStopping = true;
    server.app.log.info({ signal }, 'shutting down: draining requests');
    setTimeout(() => {
      server.app.log.error('shutdown took longer than 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
