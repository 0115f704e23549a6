// `npm run bench:tenant-scope`: what carrying the organization into every transaction costs on a
// PostgreSQL server (row-level security, decision 012), against a baseline measured in the same
// run: the same queries through a plain pg pool as a superuser, with no scope and no policies.
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { openDatabase, queryRows, type Database } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { withOrganization } from '../src/server/db/tenant-scope.js';
import { createOrganization } from '../src/server/modules/organizations/index.js';
import { createTenantDatabase, startPostgresCluster } from '../src/server/testing/postgres-cluster.js';

const durationMs = Number(process.env.BENCH_MS ?? 3000);

async function measure(call: () => Promise<unknown>): Promise<{ perSecond: number; medianMs: number }> {
  for (let i = 0; i < 200; i++) await call(); // warm-up
  const times: number[] = [];
  const start = performance.now();
  while (performance.now() - start < durationMs) {
    const began = performance.now();
    await call();
    times.push(performance.now() - began);
  }
  const elapsed = performance.now() - start;
  times.sort((a, b) => a - b);
  return { perSecond: (times.length / elapsed) * 1000, medianMs: times[Math.floor(times.length / 2)]! };
}

const cluster = await startPostgresCluster();
try {
  const database = await createTenantDatabase(cluster.adminUrl, 'bench_scope');
  const connection = await openDatabase({ driver: 'postgres', url: database.url, ownerUrl: database.ownerUrl });
  await migrate(connection);
  const organization = await createOrganization(connection.db, { name: 'Bench' });
  await createOrganization(connection.db, { name: 'Other' });
  const superuserUrl = new URL(database.url);
  superuserUrl.username = 'postgres';
  const plainPool = new pg.Pool({ connectionString: superuserUrl.toString(), max: 10, options: '-c jit=off' });
  const plain = drizzle(plainPool) as unknown as Database;

  const orgId = organization.orgId;
  const oneQuery = (db: Database) => () =>
    queryRows(db, sql`select key, label from competencies where org_id = ${orgId} order by key`);
  const transaction = (db: Database) => () =>
    db.transaction(async (tx) => {
      await queryRows(tx, sql`select key from competencies where org_id = ${orgId}`);
      await queryRows(tx, sql`select name from organizations where org_id = ${orgId}`);
      await queryRows(tx, sql`select count(*)::int from users where org_id = ${orgId}`);
    });

  const rows = [
    ['one query, plain pool (baseline)', await measure(oneQuery(plain))],
    [
      'one query, scoped (begin; scope … commit)',
      await measure(() => withOrganization(orgId, oneQuery(connection.db))),
    ],
    ['transaction of 3 queries, plain pool (baseline)', await measure(transaction(plain))],
    ['transaction of 3 queries, scoped', await measure(() => withOrganization(orgId, transaction(connection.db)))],
  ] as const;
  console.log(`Tenant scope on PostgreSQL, ${durationMs} ms each, one client at a time`);
  for (const [index, [name, result]] of rows.entries()) {
    const baseline = rows[index - (index % 2)]![1];
    const ratio = result.perSecond / baseline.perSecond;
    console.log(
      `${name.padEnd(48)} ${result.perSecond.toFixed(0).padStart(7)}/s  median ${result.medianMs.toFixed(3)} ms  ×${ratio.toFixed(2)}`,
    );
  }
  await plainPool.end();
  await connection.close();
  await database.drop();
} finally {
  cluster.stop();
}
