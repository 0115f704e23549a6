import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './client.js';

/**
 * Whether the role the app connects as is bound by row-level security:
 * `enforced` — it owns no table and has no exemption (production, and the server tests);
 * `owner` — it owns the tables: the policies bind it (FORCE), but it could switch them off;
 * `bypassed` — a superuser or BYPASSRLS role (PGlite's only user is one): no policy applies.
 */
export type RowLevelSecurity = 'enforced' | 'owner' | 'bypassed';

export async function readRowLevelSecurity(db: Database): Promise<RowLevelSecurity> {
  const [role] = await queryRows<{ isExempt: boolean; ownsTables: boolean }>(
    db,
    sql`select r.rolsuper or r.rolbypassrls as "isExempt",
          exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where n.nspname = 'public' and c.relowner = r.oid) as "ownsTables"
        from pg_roles r where r.rolname = current_user`,
  );
  if (!role || role.isExempt) return 'bypassed';
  return role.ownsTables ? 'owner' : 'enforced';
}
