import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A tenant. Its primary key is the `org_id` every other table carries. */
export const organizations = pgTable('organizations', {
  orgId: uuid('org_id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
