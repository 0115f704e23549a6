import { Command } from 'commander';
import { MatchingInputError } from '../domain/matching/solve/index.js';
import { AppError, DataDirBusyError, version } from '../server/main.js';
import { registerDatabaseCommands } from './commands/database.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerMailCommands } from './commands/mail.js';
import { registerMatchCommands } from './commands/match.js';
import { registerOrganizationCommands } from './commands/organization.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUserCommands } from './commands/user.js';

const program = new Command('tandem')
  .description('Tandem: leadership coaching and mentoring programs')
  .version(version)
  .showHelpAfterError();
registerServeCommand(program);
registerDatabaseCommands(program);
registerOrganizationCommands(program);
registerUserCommands(program);
registerDemoCommand(program);
registerMatchCommands(program);
registerMailCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures get one clear line; anything else is a bug and keeps its stack.
  if (
    error instanceof AppError ||
    error instanceof DataDirBusyError ||
    error instanceof MatchingInputError ||
    error instanceof SyntaxError ||
    (error as NodeJS.ErrnoException).code === 'ENOENT'
  ) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    process.exit(2);
  }
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(
      `error: ${(error as Error).message}. Another program uses that port: set PORT to a free one.\n`,
    );
    process.exit(2);
  }
  throw error;
}
