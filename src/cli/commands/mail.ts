import type { Command } from 'commander';
import { loadConfig, queueTestEmailInDatabase } from '../../server/main.js';

export function registerMailCommands(program: Command): void {
  const mail = program.command('mail').description('Outgoing email');
  mail
    .command('send-test')
    .description('Queue a test email; the server sends it (through SMTP_URL, or as an .eml file)')
    .requiredOption('--org <name>', 'the organization it is sent for')
    .requiredOption('--to <address>', 'the recipient')
    .action(async (options: { org: string; to: string }) => {
      const queued = await queueTestEmailInDatabase(loadConfig(), options);
      process.stdout.write(`Queued test email ${queued.id} to ${options.to}; a running server sends it.\n`);
    });
}
