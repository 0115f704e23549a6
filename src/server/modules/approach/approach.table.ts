import { foreignKey, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';

export type StoredRule = { id: string; title: string; explanation: string; favours: string };

/**
 * Every approach recommendation made for a person, newest last: the need it was made for,
 * the rules that fired, and an admin's override with its reason when there is one.
 */
export const approachRecommendations = pgTable(
  'approach_recommendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    need: jsonb('need').$type<Record<string, unknown>>().notNull(),
    recommendedApproach: text('recommended_approach').notNull(),
    rules: jsonb('rules').$type<StoredRule[]>().notNull(),
    targetCompetencies: text('target_competencies').array().notNull(),
    overrideApproach: text('override_approach'),
    overrideReason: text('override_reason'),
    overriddenByUserId: uuid('overridden_by_user_id'),
    overriddenAt: timestamp('overridden_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    foreignKey({
      name: 'approach_recommendations_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    index('approach_recommendations_person_idx').on(table.orgId, table.personId, table.createdAt),
  ],
);
