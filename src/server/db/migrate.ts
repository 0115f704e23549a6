import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { escapeIdentifier } from 'pg';
import { queryRows, type Database, type DatabaseConnection } from './client.js';

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
    connection.runAsOwner(async (ownerDb) => {
      await migratePostgres(ownerDb as unknown as NodePgDatabase, { migrationsFolder });
      await grantToAppRole(ownerDb, connection.db);
    }),
  );
}

/**
 * When the app connects as a role other than the owner, that role may read and write rows and
 * nothing more: no DDL, and the audit log only grows (no update, delete or truncate). Run after
 * every migration, so new tables are covered; granting twice changes nothing.
 */
async function grantToAppRole(ownerDb: Database, appDb: Database): Promise<void> {
  const [owner] = await queryRows<{ name: string }>(ownerDb, sql`select current_user as name`);
  const [app] = await queryRows<{ name: string }>(appDb, sql`select current_user as name`);
  if (!owner || !app || owner.name === app.name) return;
  const role = sql.raw(escapeIdentifier(app.name));
  await ownerDb.execute(sql`grant usage on schema public, drizzle to ${role}`);
  await ownerDb.execute(sql`grant select, insert, update, delete on all tables in schema public to ${role}`);
  await ownerDb.execute(sql`revoke update, delete, truncate on audit_events from ${role}`);
  await ownerDb.execute(sql`grant usage, select on all sequences in schema public to ${role}`);
  await ownerDb.execute(sql`grant select on all tables in schema drizzle to ${role}`);
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
