import { sql } from 'drizzle-orm';
import type { Health } from '../../../contract/health.js';
import type { DatabaseConnection } from '../../db/client.js';
import { readMigrationStatus } from '../../db/migrate.js';

/** Is the database answering, and is it at the migration level this build expects? */
export async function getHealth(connection: DatabaseConnection, version: string): Promise<Health> {
  try {
    await connection.db.execute(sql`select 1`);
    const migrations = await readMigrationStatus(connection);
    return {
      status: migrations.applied === migrations.expected ? 'ok' : 'degraded',
      version,
      database: { reachable: true, driver: connection.driver },
      migrations,
    };
  } catch {
    return {
      status: 'degraded',
      version,
      database: { reachable: false, driver: connection.driver },
      migrations: { applied: 0, expected: 0, latest: null },
    };
  }
}
