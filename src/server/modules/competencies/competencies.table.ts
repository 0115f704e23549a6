import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.table.js';

/** Competencies an admin added to the shared vocabulary (the defaults live in src/domain/competencies). */
export const competencies = pgTable(
  'competencies',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ name: 'competencies_pkey', columns: [table.orgId, table.key] })],
);
