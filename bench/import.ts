// `npm run bench:import`: people CSV import on embedded PGlite and on a PostgreSQL server, in one run.
// Each import runs in a fresh child process, so its peak memory (max RSS) is its own. Printed
// against a baseline measured in the same run: reading the same file with no database at all.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCsvReader } from '../src/domain/csv/csv-reader.js';
import { openDatabase, type DatabaseConnection } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { systemClock } from '../src/server/deps.js';
import { createOrganization } from '../src/server/modules/organizations/index.js';
import { importPeople } from '../src/server/modules/people/people.import.js';
import { createTenantDatabase, startPostgresCluster } from '../src/server/testing/postgres-cluster.js';
import { withOrganization } from '../src/server/db/tenant-scope.js';

type Target = 'parse' | 'pglite' | 'postgres';
type RunResult = { rows: number; seconds: number; peakMiB: number };

const header =
  'employee_id,name,email,title,tier,function,department,manager_employee_id,location,time_zone,hire_date,high_potential,languages,skills,development_competencies';
const tiers = ['executive', 'senior_leader', 'middle_manager', 'frontline_manager', 'individual_contributor'];
const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Singapore', 'Europe/London'];

/** A synthetic organization of `count` people: a tree where person i reports to person (i - 1) / 8. */
async function writeFile(count: number, filePath: string): Promise<void> {
  const out = createWriteStream(filePath);
  out.write(`${header}\n`);
  for (let i = 0; i < count; i++) {
    const manager = i === 0 ? '' : `P${Math.floor((i - 1) / 8)}`;
    const tier = tiers[Math.min(4, Math.floor(Math.log(i + 1) / Math.log(8)))];
    const hireDate = `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`;
    const line = `P${i},Person ${i},p${i}@bench.example,Title ${i % 50},${tier},Function ${i % 6},Department ${i % 12},${manager},City ${i % 20},${zones[i % 4]},${hireDate},${i % 10 === 0},English; German,Negotiation:${1 + (i % 5)},decision_making\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** In the child: one import (or the parse-only baseline), timed. */
async function runOne(target: Target, filePath: string, server: { url: string; ownerUrl: string }): Promise<RunResult> {
  if (target === 'parse') {
    const start = performance.now();
    const reader = createCsvReader();
    let rows = 0;
    for await (const chunk of createReadStream(filePath, { encoding: 'utf8' }))
      rows += reader.push(chunk as string).length;
    rows += reader.end().length - 1;
    return { rows, seconds: (performance.now() - start) / 1000, peakMiB: process.resourceUsage().maxRSS / 1024 };
  }
  const connection: DatabaseConnection =
    target === 'pglite'
      ? // On disk, as in production: an in-memory PGlite would hold the whole database in RAM.
        await openDatabase({ driver: 'pglite', dataDir: `${filePath}.pglite` })
      : // As the app role, under row-level security, as a request would run.
        await openDatabase({ driver: 'postgres', url: server.url, ownerUrl: server.ownerUrl });
  await migrate(connection);
  const organization = await createOrganization(connection.db, { name: 'Bench' });
  const actor = {
    userId: '00000000-0000-4000-8000-000000000000',
    orgId: organization.orgId,
    roles: ['admin' as const],
    personId: null,
    sessionId: '',
    csrfToken: '',
  };
  const start = performance.now();
  const result = await withOrganization(organization.orgId, () =>
    importPeople(
      { db: connection.db, clock: systemClock },
      actor,
      { ipAddress: null, userAgent: 'bench', requestId: null },
      {
        mode: 'commit',
        filePath,
      },
    ),
  );
  const seconds = (performance.now() - start) / 1000;
  await connection.close();
  if (!result.isCommitted) throw new Error(`import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return { rows: result.created, seconds, peakMiB: process.resourceUsage().maxRSS / 1024 };
}

if (process.argv[2] === '--child') {
  const [, , , target, filePath, databaseUrl, ownerUrl] = process.argv;
  process.stdout.write(
    JSON.stringify(await runOne(target as Target, filePath!, { url: databaseUrl!, ownerUrl: ownerUrl! })),
  );
} else {
  const sizes = (process.env.BENCH_IMPORT_SIZES ?? '10000,100000').split(',').map(Number);
  const self = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-import-'));
  const cluster = await startPostgresCluster();
  const lines: string[] = [];
  try {
    for (const size of sizes) {
      const filePath = path.join(dir, `people-${size}.csv`);
      await writeFile(size, filePath);
      let baselineRate = 0;
      for (const target of ['parse', 'pglite', 'postgres'] as Target[]) {
        const urls =
          target === 'postgres'
            ? await createTenantDatabase(cluster.adminUrl, `bench_${size}`)
            : { url: '', ownerUrl: '' };
        const output = execFileSync(
          process.execPath,
          ['--import', 'tsx', self, '--child', target, filePath, urls.url, urls.ownerUrl],
          {
            encoding: 'utf8',
            maxBuffer: 1 << 20,
          },
        );
        const result = JSON.parse(output) as RunResult;
        if (result.rows !== size) throw new Error(`${target}: expected ${size} rows, got ${result.rows}`);
        const rate = size / result.seconds;
        if (target === 'parse') baselineRate = rate;
        const label = target === 'parse' ? 'read CSV only (baseline)' : target;
        lines.push(
          `${label.padEnd(26)} ${String(size).padStart(8)} ${rate.toFixed(0).padStart(10)} ${result.seconds.toFixed(2).padStart(8)} ${result.peakMiB.toFixed(0).padStart(9)} ${(rate / baselineRate).toFixed(3).padStart(9)}`,
        );
      }
    }
  } finally {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    'People import, commit mode (validate every row, check keys, managers and cycles, merge), one process per run\n',
  );
  console.log(
    `${'target'.padEnd(26)} ${'rows'.padStart(8)} ${'rows/s'.padStart(10)} ${'seconds'.padStart(8)} ${'peak MiB'.padStart(9)} ${'× baseline'.padStart(9)}`,
  );
  for (const line of lines) console.log(line);
}
