import type { Command } from 'commander';
import { createOrganizationInDatabase, loadConfig } from '../../server/main.js';

export function registerOrganizationCommands(program: Command): void {
  const organization = program.command('org').description('Organizations (tenants)');
  organization
    .command('create')
    .description('Create an organization')
    .requiredOption('--name <name>', 'the organization name, unique')
    .action(async (options: { name: string }) => {
      const created = await createOrganizationInDatabase(loadConfig(), options.name);
      process.stdout.write(`Created organization "${created.name}" (${created.id}).\n`);
    });
}
