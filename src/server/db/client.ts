import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Config } from '../config.js';
import * as schema from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseDriver = 'pglite' | 'postgres';

/** An open database: the Drizzle handle plus what start-up, health and shutdown need. */
export type DatabaseConnection = {
  db: Database;
  driver: DatabaseDriver;
  close: () => Promise<void>;
  /** Runs `work` while holding a cluster-wide lock, so only one process does it at a time. */
  runExclusive: <T>(lockKey: number, work: () => Promise<T>) => Promise<T>;
  /** What the job runner (pg-boss) connects through: the server's URL, or the one PGlite client. */
  jobStore: { driver: 'postgres'; url: string } | { driver: 'pglite'; client: PGlite };
};

/** Opens PGlite in a folder (or in memory when `dataDir` is null) or a pool on a PostgreSQL server. */
export async function openDatabase(
  target: Config['database'] | { driver: 'pglite'; dataDir: null },
): Promise<DatabaseConnection> {
  if (target.driver === 'postgres') {
    // JIT compilation costs more than it saves on our short, index-driven queries.
    const pool = new pg.Pool({ connectionString: target.url, max: 10, options: '-c jit=off' });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const db = drizzlePostgres(pool, { schema }) as unknown as Database;
    const runExclusive = async <T>(lockKey: number, work: () => Promise<T>): Promise<T> => {
      // Advisory locks belong to one connection, so hold one for the whole run.
      const lockClient = await pool.connect();
      try {
        await lockClient.query('select pg_advisory_lock($1)', [lockKey]);
        try {
          return await work();
        } finally {
          await lockClient.query('select pg_advisory_unlock($1)', [lockKey]);
        }
      } finally {
        lockClient.release();
      }
    };
    return {
      db,
      driver: 'postgres',
      close: () => pool.end(),
      runExclusive,
      jobStore: { driver: 'postgres', url: target.url },
    };
  }
  const client = target.dataDir === null ? new PGlite() : new PGlite(target.dataDir);
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  // One process owns a PGlite folder (see data-dir-lock.ts), so there is no one to exclude.
  return {
    db,
    driver: 'pglite',
    close: () => client.close(),
    runExclusive: (_lockKey, work) => work(),
    jobStore: { driver: 'pglite', client },
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
