import type { Database } from '../../db/client.js';
import { people } from './people.table.js';

export type PersonRow = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/** Inserts many people in one statement; managers may be among them (checked at statement end). */
export async function insertPeople(db: Database, rows: NewPerson[]): Promise<void> {
  if (rows.length > 0) await db.insert(people).values(rows);
}
