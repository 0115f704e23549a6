// Builds the real app on a fresh database for one test file: PGlite in memory, or a new
// database on the throwaway PostgreSQL cluster when the project runs with TANDEM_TEST_DATABASE=postgres.
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase, type DatabaseConnection } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import type { Clock } from '../deps.js';
import { createTenantDatabase } from './postgres-cluster.js';

export type ManualClock = Clock & { set: (at: Date | string) => void; advanceMinutes: (minutes: number) => void };

export function manualClock(start = '2026-03-02T09:00:00Z'): ManualClock {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (at) => {
      now = new Date(at).getTime();
    },
    advanceMinutes: (minutes) => {
      now += minutes * 60_000;
    },
  };
}

export type TestApp = {
  app: FastifyInstance;
  connection: DatabaseConnection;
  db: DatabaseConnection['db'];
  clock: ManualClock;
  /** On a server, where the app role connects (for tests that need a raw connection of their own). */
  serverUrl: string | null;
  close: () => Promise<void>;
};

export const testDatabase = process.env.TANDEM_TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';

async function openTestDatabase(): Promise<{
  connection: DatabaseConnection;
  serverUrl: string | null;
  drop: () => Promise<void>;
}> {
  if (testDatabase === 'pglite') {
    const connection = await openDatabase({ driver: 'pglite', dataDir: null });
    return { connection, serverUrl: null, drop: async () => undefined };
  }
  const database = await createTenantDatabase(inject('postgresAdminUrl'));
  const connection = await openDatabase({ driver: 'postgres', url: database.url, ownerUrl: database.ownerUrl });
  return { connection, serverUrl: database.url, drop: database.drop };
}

/** A migrated database and the app on it. `beforeReady` may add routes (for error tests). */
export async function createTestApp(
  options: { beforeReady?: (app: FastifyInstance) => void; environment?: NodeJS.ProcessEnv } = {},
): Promise<TestApp> {
  const { connection, serverUrl, drop } = await openTestDatabase();
  await migrate(connection);
  const clock = manualClock();
  const config = loadConfig({ LOG_LEVEL: 'silent', TANDEM_WEB_DIR: '/nonexistent-web-dir', ...options.environment });
  const app = await createApp({ connection, clock, config, version: 'test' });
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    connection,
    db: connection.db,
    clock,
    serverUrl,
    close: async () => {
      await app.close();
      await connection.close();
      await drop();
    },
  };
}
