import type { Command } from 'commander';
import { createDemoInDatabase, loadConfig } from '../../server/main.js';
import { printDemoLogins } from './serve.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Create the demo organization (about 200 people, two mentoring programs, a coaching pilot, one login per role) in the configured database',
    )
    .action(async () => {
      printDemoLogins(await createDemoInDatabase(loadConfig()));
    });
}
