// Runs on both databases: the migrations give every tenant table its forced policy, on PGlite too
// (where the one user is a superuser and so not bound by it; see row-level-security.postgres.test.ts).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { queryRows } from './client.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type TableSecurity = { table: string; isEnabled: boolean; isForced: boolean; policies: string[] };

/** Every table of ours that has an org_id column, with its row-level security state and policies. */
async function tenantTables(): Promise<TableSecurity[]> {
  return queryRows<TableSecurity>(
    t.db,
    sql`select c.relname as "table", c.relrowsecurity as "isEnabled", c.relforcerowsecurity as "isForced",
          coalesce(array_agg(p.polname::text || ': ' || pg_get_expr(p.polqual, p.polrelid) || ' / ' ||
            pg_get_expr(p.polwithcheck, p.polrelid)) filter (where p.polname is not null), '{}') as policies
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped
        left join pg_policy p on p.polrelid = c.oid
        where c.relkind in ('r', 'p')
        group by c.relname, c.relrowsecurity, c.relforcerowsecurity
        order by c.relname`,
  );
}

/**
 * The one policy condition, as PostgreSQL prints it back: both settings are read in scalar
 * subqueries, which run once per query (InitPlans) instead of once per row (decision 016).
 */
const tenantCondition =
  "((( SELECT current_setting('tandem.all_organizations'::text, true) AS current_setting) = 'on'::text) OR " +
  "(org_id = ( SELECT (NULLIF(current_setting('tandem.org_id'::text, true), ''::text))::uuid AS \"nullif\")))";

describe('row-level security in the schema', () => {
  it('covers every table with org_id: enabled, forced, and one policy that checks reads and writes', async () => {
    const tables = await tenantTables();
    // The organizations table and the 37 tables that hang off it, at the time of writing; more only add.
    expect(tables.length).toBeGreaterThanOrEqual(38);
    const lacking = tables.filter(
      (table) =>
        !table.isEnabled ||
        !table.isForced ||
        table.policies.length !== 1 ||
        table.policies[0] !== `tenant_isolation: ${tenantCondition} / ${tenantCondition}`,
    );
    expect(lacking).toEqual([]);
  });

  it('has no other schema of ours holding tenant rows out of the policies’ reach', async () => {
    const rows = await queryRows<{ schema: string; table: string }>(
      t.db,
      sql`select table_schema as schema, table_name as "table" from information_schema.columns
          where column_name = 'org_id' and table_schema not in ('public', 'information_schema', 'pg_catalog')`,
    );
    expect(rows).toEqual([]);
  });
});
