#!/usr/bin/env node
// `npm test`: installs what the suite needs (PostgreSQL server, Chromium) when absent, then runs
// type checking, lint and format checks, and every Vitest project (unit, PGlite, PostgreSQL, e2e).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const chromium = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';
const isRoot = process.getuid?.() === 0;
let hasUpdatedPackageLists = false;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function hasPostgres() {
  if (spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim()) return true;
  const debian = '/usr/lib/postgresql';
  return existsSync(debian) && readdirSync(debian).some((version) => existsSync(`${debian}/${version}/bin/initdb`));
}

function aptInstall(packageName, why) {
  if (!isRoot) {
    console.error(`${why} is missing. Install it with: sudo apt-get install -y ${packageName}`);
    process.exit(1);
  }
  console.log(`Installing ${packageName} (${why}) with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!hasUpdatedPackageLists) {
    if (run('apt-get', ['update', '-q'], { env }) !== 0) process.exit(1);
    hasUpdatedPackageLists = true;
  }
  if (run('apt-get', ['install', '-y', '-q', '--no-install-recommends', packageName], { env }) !== 0) process.exit(1);
}

if (!hasPostgres()) aptInstall('postgresql', 'a PostgreSQL server for the integration tests');
if (!existsSync(chromium)) aptInstall('chromium', 'Chromium for the browser tests');

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  [
    'tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
      ...process.argv.slice(2),
    ],
  ],
];

for (const [name, command, args] of steps) {
  console.log(`\n== ${name} ==`);
  const status = run(command, args);
  if (name === 'tests' && existsSync('test-results/vitest.json')) {
    const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
    console.log(`\ntests: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
  if (status !== 0) {
    console.error(`\n${name} failed.`);
    process.exit(status);
  }
}
