import type { Command } from 'commander';
import { loadConfig, startServer, stopOnSignals, version, type DemoSummary } from '../../server/main.js';
import { buildWebIfStale } from './web-build.js';

export function printDemoLogins(demo: DemoSummary): void {
  const lines = [
    `Demo organization "${demo.organizationName}" created with ${demo.peopleCount} people and ${demo.programCount} programs.`,
    `Sign in with the password "${demo.password}" as:`,
    ...demo.logins.map((login) => `  ${login.role.padEnd(12)} ${login.email.padEnd(32)} ${login.displayName}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the Tandem server (migrates the database first)')
    .option('--build-web', 'build the web app first when it is missing or out of date')
    .option('--demo-if-empty', 'create the demo organization on a first start with an empty embedded database')
    .action(async (options: { buildWeb?: boolean; demoIfEmpty?: boolean }) => {
      const config = loadConfig();
      if (options.buildWeb) await buildWebIfStale(config.webDir);
      const server = await startServer({ config, demoIfEmpty: options.demoIfEmpty ?? false });
      stopOnSignals(server);
      const database =
        config.database.driver === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server';
      process.stdout.write(`\nTandem ${version} is running at ${server.url} (${database})\n`);
      process.stdout.write(`API docs: ${server.url}/api/docs\n`);
      if (server.demo) printDemoLogins(server.demo);
    });
}
