// Row-level security as the second wall, on a PostgreSQL server: the app connects as a role that
// owns nothing, and every transaction carries its organization. Only the server project runs this
// file (vitest.config.ts): PGlite's one user is a superuser, which no policy binds.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestAs, seedOrganization, seedUser, signIn } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { queryRows } from './client.js';
import { acrossOrganizations, setTenantScopeStatement, withOrganization } from './tenant-scope.js';

let t: TestApp;
let acme: { id: string; name: string };
let globex: { id: string; name: string };

// A route that forgets the org_id filter on purpose, as a bug would: what does the database let it see?
function addCarelessRoute(app: FastifyInstance): void {
  app.get('/api/test/careless', { schema: { hide: true } }, async () => {
    const rows = await queryRows<{ org_id: string }>(t.db, sql`select distinct org_id from users order by org_id`);
    return { orgIds: rows.map((row) => row.org_id) };
  });
}

beforeAll(async () => {
  t = await createTestApp({ beforeReady: addCarelessRoute });
  acme = await seedOrganization(t.connection, 'Acme');
  globex = await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'ada@acme.example', roles: ['admin'] });
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'gus@globex.example', roles: ['admin'] });
});
afterAll(() => t.close());

const countUsers = async () =>
  Number((await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from users`))[0]?.n);

describe('the app role', () => {
  it('is neither superuser nor exempt from row security, and owns no table', async () => {
    const [role] = await queryRows<{ name: string; isSuperuser: boolean; bypassesRls: boolean; owned: number }>(
      t.db,
      sql`select r.rolname as name, r.rolsuper as "isSuperuser", r.rolbypassrls as "bypassesRls",
            (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = 'public' and c.relowner = r.oid) as owned
          from pg_roles r where r.rolname = current_user`,
    );
    expect(role).toEqual({ name: 'tandem_app', isSuperuser: false, bypassesRls: false, owned: 0 });
  });

  it('may add to the audit log but never change or remove from it', async () => {
    await t.db.execute(
      sql`insert into audit_events (org_id, action, target_type, occurred_at) values (${acme.id}, 'test.probe', 'test', now())`,
    );
    await expect(t.db.execute(sql`update audit_events set action = 'x'`)).rejects.toMatchObject({
      cause: { code: '42501' },
    });
    await expect(t.db.execute(sql`delete from audit_events`)).rejects.toMatchObject({ cause: { code: '42501' } });
    await expect(t.db.execute(sql`truncate audit_events`)).rejects.toMatchObject({ cause: { code: '42501' } });
  });

  it('cannot create or drop tables', async () => {
    await expect(t.db.execute(sql`create table sneaky (id int)`)).rejects.toMatchObject({ cause: { code: '42501' } });
    await expect(t.db.execute(sql`drop table users`)).rejects.toMatchObject({ cause: { code: '42501' } });
  });
});

describe('the tenant scope of a transaction', () => {
  it('shows one organization’s rows, whatever the query forgets to filter', async () => {
    expect(await withOrganization(acme.id, countUsers)).toBe(1);
    expect(await withOrganization(globex.id, countUsers)).toBe(1);
    expect(await withOrganization(null, countUsers)).toBe(0);
    expect(await acrossOrganizations(countUsers)).toBe(2);
  });

  it('refuses to write a row into another organization', async () => {
    const write = withOrganization(acme.id, () =>
      t.db.execute(sql`insert into competencies (org_id, key, label) values (${globex.id}, 'sneaky', 'Sneaky')`),
    );
    await expect(write).rejects.toMatchObject({ cause: { code: '42501' } });
    const moved = await withOrganization(acme.id, () =>
      queryRows(t.db, sql`update users set org_id = ${globex.id} returning id`),
    ).catch((error: unknown) => error);
    expect(moved).toMatchObject({ cause: { code: '42501' } });
  });

  it('is set per transaction: explicit transactions carry it, and it does not outlive them', async () => {
    const setting = sql`select current_setting('tandem.org_id', true) as org`;
    const inTransaction = await withOrganization(acme.id, () =>
      t.db.transaction(async (tx) => (await queryRows<{ org: string }>(tx, setting))[0]?.org),
    );
    expect(inTransaction).toBe(acme.id);
    // On a raw connection of the app role: a scope set inside a transaction is gone after it.
    const raw = new pg.Client({ connectionString: t.serverUrl ?? '' });
    await raw.connect();
    try {
      await raw.query(`begin; ${setTenantScopeStatement({ kind: 'organization', orgId: acme.id })}`);
      expect((await raw.query('select count(*)::int as n from users')).rows).toEqual([{ n: 1 }]);
      await raw.query('commit');
      expect((await raw.query("select current_setting('tandem.org_id', true) as org")).rows).toEqual([{ org: '' }]);
      expect((await raw.query('select count(*)::int as n from users')).rows).toEqual([{ n: 0 }]);
    } finally {
      await raw.end();
    }
  });

  it('rolls back a transaction that fails, leaving nothing half-written', async () => {
    const before = await acrossOrganizations(countUsers);
    await expect(
      withOrganization(acme.id, () =>
        t.db.transaction(async (tx) => {
          await tx.execute(
            sql`insert into competencies (org_id, key, label) values (${acme.id}, 'half_written', 'Half written')`,
          );
          throw new Error('stop here');
        }),
      ),
    ).rejects.toThrow('stop here');
    const rows = await queryRows(t.db, sql`select 1 from competencies where key = 'half_written'`);
    expect(rows).toEqual([]);
    expect(await acrossOrganizations(countUsers)).toBe(before);
  });
});

describe('the policies', () => {
  it('read the scope once per query, not once per row', async () => {
    const plan = await withOrganization(acme.id, () =>
      queryRows<{ 'QUERY PLAN': string }>(t.db, sql`explain select count(*) from users`),
    );
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    // The settings are InitPlans; the per-row filter only compares org_id with their results.
    expect(text).toContain('InitPlan');
    expect(text).not.toContain('current_setting');
  });

  it('keep the stored 360 scores and session counts of one organization from another', async () => {
    // A closed cycle of Acme's with its stored scores, and a pair's session count, written as jobs do.
    const programId = randomUUID();
    const personId = randomUUID();
    const cycleId = randomUUID();
    await acrossOrganizations(async () => {
      await t.db.execute(sql`insert into people (id, org_id, employee_id, name, email, title, tier, department)
        values (${personId}, ${acme.id}, 'RLS-1', 'Rita', 'rita@acme.example', 'Lead', 'middle_manager', 'Ops')`);
      await t.db.execute(sql`insert into programs (id, org_id, name, type, purpose, target_tiers, start_date, end_date,
          session_cadence, session_framework, created_at, updated_at)
        values (${programId}, ${acme.id}, 'RLS pilot', 'coaching', 'performance_gaps', '{middle_manager}',
          '2026-01-01', '2026-12-31', 'weekly', 'grow', now(), now())`);
      await t.db.execute(sql`insert into feedback_cycles (id, org_id, program_id, person_id, phase, status,
          instrument_key, instrument_version, anonymity_threshold, closes_on, created_at)
        values (${cycleId}, ${acme.id}, ${programId}, ${personId}, 'pre', 'closed', 'leadership_360', 1, 3,
          '2026-02-01', now())`);
      await t.db.execute(
        sql`insert into feedback_cycle_scores (org_id, cycle_id, others) values (${acme.id}, ${cycleId}, '{"a": 3.5}')`,
      );
      await t.db.execute(
        sql`insert into session_counts (org_id, pair_id, status, total) values (${acme.id}, ${randomUUID()}, 'held', 4)`,
      );
    });
    const count = (table: 'feedback_cycle_scores' | 'session_counts') => async () =>
      Number(
        (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n,
      );
    for (const table of ['feedback_cycle_scores', 'session_counts'] as const) {
      expect(await withOrganization(acme.id, count(table))).toBe(1);
      expect(await withOrganization(globex.id, count(table))).toBe(0);
      expect(await withOrganization(null, count(table))).toBe(0);
    }
    // Globex cannot write into Acme's, nor change Acme's rows.
    const intoAcme = withOrganization(globex.id, () =>
      t.db.execute(sql`insert into session_counts (org_id, pair_id, status, total)
        values (${acme.id}, ${randomUUID()}, 'held', 1)`),
    );
    await expect(intoAcme).rejects.toMatchObject({ cause: { code: '42501' } });
    const changed = await withOrganization(globex.id, () =>
      queryRows(t.db, sql`update feedback_cycle_scores set others = '{}' returning cycle_id`),
    );
    expect(changed).toEqual([]);
  });
});

describe('route handlers', () => {
  it('run scoped to the signed-in user’s organization, and to none when anonymous', async () => {
    const ada = requestAs(t.app, await signIn(t.app, 'ada@acme.example', 'correct horse battery'));
    const gus = requestAs(t.app, await signIn(t.app, 'gus@globex.example', 'correct horse battery'));
    expect((await ada.get('/api/test/careless')).json()).toEqual({ orgIds: [acme.id] });
    expect((await gus.get('/api/test/careless')).json()).toEqual({ orgIds: [globex.id] });
    expect((await t.app.inject({ method: 'GET', url: '/api/test/careless' })).json()).toEqual({ orgIds: [] });
  });
});
