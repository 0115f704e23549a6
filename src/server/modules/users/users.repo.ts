import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../contract/roles.js';
import type { Database } from '../../db/client.js';
import { users } from './users.table.js';

export type UserRow = typeof users.$inferSelect;

export type NewUserRow = {
  orgId: string;
  email: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  personId: string | null;
};

export async function insertUsers(db: Database, rows: NewUserRow[]): Promise<UserRow[]> {
  return rows.length === 0 ? [] : db.insert(users).values(rows).returning();
}

/** Login looks users up across organizations: an email belongs to one user only. */
export async function findUserByEmail(db: Database, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

export async function findUser(db: Database, orgId: string, userId: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)));
  return row ?? null;
}
