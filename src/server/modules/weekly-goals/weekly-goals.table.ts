import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';

/**
 * A participant's goal for one ISO week ('2026-W48'), tied to a development goal and to a business
 * result, ticked off when done. Their coach or mentor sees them.
 */
export const weeklyGoals = pgTable(
  'weekly_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    week: text('week').notNull(),
    description: text('description').notNull(),
    developmentGoal: text('development_goal').notNull(),
    businessResult: text('business_result').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    foreignKey({
      name: 'weekly_goals_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    index('weekly_goals_person_week_idx').on(table.orgId, table.personId, table.week),
    check('weekly_goals_week_check', sql`${table.week} ~ '^[0-9]{4}-W[0-9]{2}$'`),
  ],
);
