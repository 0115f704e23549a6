import type { Command } from 'commander';
import { loadConfig, migrateDatabase } from '../../server/main.js';

export function registerDatabaseCommands(program: Command): void {
  const database = program.command('db').description('Database maintenance');
  database
    .command('migrate')
    .description('Apply every migration the database lacks')
    .action(async () => {
      const status = await migrateDatabase(loadConfig());
      process.stdout.write(
        `Database at migration ${status.latest ?? '(none)'} (${status.applied} of ${status.expected} applied).\n`,
      );
    });
}
