import { sql } from 'drizzle-orm';
import type { Health } from '../../../contract/health.js';
import type { DatabaseConnection } from '../../db/client.js';
import { readMigrationStatus } from '../../db/migrate.js';
import { readRowLevelSecurity } from '../../db/row-level-security.js';

/** Is the database answering, and is it at the migration level this build expects? */
export async function getHealth(connection: DatabaseConnection, version: string): Promise<Health> {
  try {
    await connection.db.execute(sql`select 1`);
    const migrations = await readMigrationStatus(connection);
    const rowLevelSecurity = await readRowLevelSecurity(connection.db);
    return {
      status: migrations.applied === migrations.expected ? 'ok' : 'degraded',
      version,
      database: { reachable: true, driver: connection.driver, rowLevelSecurity },
      migrations,
    };
  } catch {
    return {
      status: 'degraded',
      version,
      database: { reachable: false, driver: connection.driver, rowLevelSecurity: null },
      migrations: { applied: 0, expected: 0, latest: null },
    };
  }
}
