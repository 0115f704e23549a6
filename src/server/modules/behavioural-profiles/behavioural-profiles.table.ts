import { foreignKey, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';

/**
 * A person's behavioural self-profile: their last answers and the means per dimension they give.
 * One per person; retaking replaces it. The answers are the person's alone; their coach or mentor
 * reads the means, matching compares them.
 */
export const behaviouralProfiles = pgTable(
  'behavioural_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    instrumentKey: text('instrument_key').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    /** The instrument's Likert points, so matching compares means on the same scale. */
    points: integer('points').notNull(),
    answers: jsonb('answers').$type<Record<string, number | string | null>>().notNull(),
    means: jsonb('means').$type<Record<string, number | null>>().notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('behavioural_profiles_person_key').on(table.orgId, table.personId),
    foreignKey({
      name: 'behavioural_profiles_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
  ],
);
