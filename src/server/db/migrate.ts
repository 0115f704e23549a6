import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { queryRows, type DatabaseConnection } from './client.js';

export const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

// Any fixed number: it names the lock that keeps two servers from migrating at once.
const migrationLockKey = 7_464_001;

type Journal = { entries: { idx: number; tag: string }[] };

let journal: Journal | undefined;

/** The migrations this build ships; read once, they cannot change while we run. */
function readJournal(): Journal {
  journal ??= JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as Journal;
  return journal;
}

/** Applies every committed migration that the database lacks. Safe to run from several processes. */
export async function migrate(connection: DatabaseConnection): Promise<void> {
  if (connection.driver === 'pglite') {
    await migratePglite(connection.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  await connection.runExclusive(migrationLockKey, () =>
    migratePostgres(connection.db as unknown as NodePgDatabase, { migrationsFolder }),
  );
}

export type MigrationStatus = { applied: number; expected: number; latest: string | null };

/** How many migrations the database has applied, against how many this build ships. */
export async function readMigrationStatus(connection: DatabaseConnection): Promise<MigrationStatus> {
  const [table] = await queryRows<{ found: number }>(
    connection.db,
    sql`select count(*)::int as found from information_schema.tables
        where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`,
  );
  let applied = 0;
  if (Number(table?.found ?? 0) > 0) {
    const [row] = await queryRows<{ applied: number }>(
      connection.db,
      sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
    );
    applied = Number(row?.applied ?? 0);
  }
  const latest = applied > 0 ? (readJournal().entries[applied - 1]?.tag ?? null) : null;
  return { applied, expected: readJournal().entries.length, latest };
}
