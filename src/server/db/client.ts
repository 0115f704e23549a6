import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Config } from '../config.js';
import * as schema from './schema.js';
import { currentTenantScope, setTenantScopeStatement } from './tenant-scope.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseDriver = 'pglite' | 'postgres';

/** An open database: the Drizzle handle plus what start-up, health and shutdown need. */
export type DatabaseConnection = {
  db: Database;
  driver: DatabaseDriver;
  close: () => Promise<void>;
  /** Runs `work` while holding a cluster-wide lock, so only one process does it at a time. */
  runExclusive: <T>(lockKey: number, work: () => Promise<T>) => Promise<T>;
  /**
   * Runs `work` connected as the owner of the tables (migrations, grants): on a server with
   * `DATABASE_OWNER_URL`, a short-lived connection of its own; otherwise the same database.
   */
  runAsOwner: <T>(work: (ownerDb: Database) => Promise<T>) => Promise<T>;
  /** What the job runner (pg-boss) connects through: the server's URL, or the one PGlite client. */
  jobStore: { driver: 'postgres'; url: string } | { driver: 'pglite'; client: PGlite };
};

/** Opens PGlite in a folder (or in memory when `dataDir` is null) or a pool on a PostgreSQL server. */
export async function openDatabase(
  target: Config['database'] | { driver: 'pglite'; dataDir: null },
): Promise<DatabaseConnection> {
  if (target.driver === 'postgres') {
    // JIT compilation costs more than it saves on our short, index-driven queries.
    const pool = new TenantScopedPool({ connectionString: target.url, max: 10, options: '-c jit=off' });
    const db = drizzlePostgres(pool as unknown as pg.Pool, { schema }) as unknown as Database;
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
    const ownerUrl = target.ownerUrl;
    return {
      db,
      driver: 'postgres',
      close: () => pool.end(),
      runExclusive,
      runAsOwner: async (work) => {
        if (ownerUrl === null) return work(db);
        const ownerPool = new TenantScopedPool({ connectionString: ownerUrl, max: 2, options: '-c jit=off' });
        try {
          return await work(drizzlePostgres(ownerPool as unknown as pg.Pool, { schema }) as unknown as Database);
        } finally {
          await ownerPool.end();
        }
      },
      // pg-boss creates its own schema, so it connects as the owner when there is one.
      jobStore: { driver: 'postgres', url: ownerUrl ?? target.url },
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
    runAsOwner: (work) => work(db),
    jobStore: { driver: 'pglite', client },
  };
}

type QueryText = string | { text: string };

/** A checked-out connection as Drizzle uses it: promise queries and a release. */
type ScopedClient = {
  query: (config: QueryText, values?: unknown[]) => Promise<pg.QueryResult>;
  release: (error?: Error) => void;
};

function isBegin(config: QueryText): boolean {
  const text = typeof config === 'string' ? config : config.text;
  return /^\s*begin\b/i.test(text);
}

/**
 * A pg pool whose every transaction carries the tenant scope (SET LOCAL): transactions Drizzle opens
 * get it right after their `begin`; a single statement outside one is wrapped in its own. Row-level
 * security reads it (migration 0009). The name keeps "Pool": Drizzle's node-postgres session checks
 * for it to check out one connection per transaction.
 */
class TenantScopedPool {
  private readonly pool: pg.Pool;

  constructor(config: pg.PoolConfig) {
    this.pool = new pg.Pool(config);
    // A dropped idle connection must not crash the process; the pool replaces it.
    this.pool.on('error', () => undefined);
  }

  async connect(): Promise<ScopedClient> {
    const client = await this.pool.connect();
    return {
      query: async (config, values) => {
        const result = await client.query(config, values);
        if (isBegin(config)) await client.query(setTenantScopeStatement(currentTenantScope()));
        return result;
      },
      release: (error) => client.release(error),
    };
  }

  async query(config: QueryText, values?: unknown[]): Promise<pg.QueryResult> {
    const client = await this.pool.connect();
    let failure: Error | undefined;
    try {
      await client.query(`begin; ${setTenantScopeStatement(currentTenantScope())}`);
      const result = await client.query(config, values);
      await client.query('commit');
      return result;
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      // A connection that failed mid-protocol is not reused.
      client.release(failure !== undefined && !('code' in failure) ? failure : undefined);
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/**
 * Runs raw SQL and returns its rows as one JSON array: for thousands of rows far cheaper than
 * `queryRows`, whose driver decodes every row and field in JavaScript where JSON.parse is native.
 * Columns arrive as JSON has them: text, numbers (doubles exactly), booleans, null, JSON — so cast
 * dates and timestamps to text in the query.
 */
export async function queryRowsAsJson<Row>(db: Database, query: SQL): Promise<Row[]> {
  const [result] = await queryRows<{ rows: Row[] }>(
    db,
    sql`select coalesce(json_agg(q), '[]'::json) as rows from (${query}) q`,
  );
  return result?.rows ?? [];
}
