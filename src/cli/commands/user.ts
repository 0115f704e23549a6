import { Option, type Command } from 'commander';
import { roles } from '../../contract/roles.js';
import { createUserInDatabase, loadConfig } from '../../server/main.js';

function collect(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  ];
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('User accounts');
  user
    .command('create')
    .description('Create a user in an organization')
    .requiredOption('--org <name>', 'the organization, by name')
    .requiredOption('--email <email>', 'the sign-in email, unique across organizations')
    .requiredOption('--password <password>', 'at least 8 characters')
    .addOption(
      new Option('--role <role>', `a role (${roles.join(', ')}); repeat or comma-separate for several`)
        .argParser(collect)
        .default([]),
    )
    .option('--name <display name>', 'how Tandem addresses the user (default: from the email)')
    .action(async (options: { org: string; email: string; password: string; role: string[]; name?: string }) => {
      const created = await createUserInDatabase(loadConfig(), {
        org: options.org,
        email: options.email,
        password: options.password,
        roles: options.role as never,
        ...(options.name ? { displayName: options.name } : {}),
      });
      process.stdout.write(
        `Created user ${created.email} in "${created.organization}" with roles ${created.roles.join(', ')}.\n`,
      );
    });
}
