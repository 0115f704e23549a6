import { count, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { organizations } from './organizations.table.js';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function insertOrganization(db: Database, name: string): Promise<OrganizationRow> {
  const [row] = await db.insert(organizations).values({ name }).returning();
  return row!;
}

export async function findOrganizationByName(db: Database, name: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.name, name));
  return row ?? null;
}

export async function findOrganization(db: Database, orgId: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.orgId, orgId));
  return row ?? null;
}

/** Sets how many days after a pair closes its session notes are kept (null: for good). */
export async function updateSessionNoteRetention(db: Database, orgId: string, days: number | null): Promise<void> {
  await db.update(organizations).set({ sessionNoteRetentionDays: days }).where(eq(organizations.orgId, orgId));
}

export async function countOrganizations(db: Database): Promise<number> {
  const [row] = await db.select({ total: count() }).from(organizations);
  return Number(row?.total ?? 0);
}
