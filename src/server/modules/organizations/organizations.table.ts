import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A tenant. Its primary key is the `org_id` every other table carries. */
export const organizations = pgTable(
  'organizations',
  {
    orgId: uuid('org_id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    /**
     * Days after a closed engagement or relationship ends before its session notes are deleted;
     * null keeps them.
     */
    sessionNoteRetentionDays: integer('session_note_retention_days'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('organizations_session_note_retention_check', sql`${table.sessionNoteRetentionDays} between 30 and 3650`),
  ],
);
