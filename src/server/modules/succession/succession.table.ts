import { check, date, foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { readinessLevels } from '../../../contract/outcomes.js';
import { isOneOf } from '../../db/checks.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';

/**
 * A promotion-readiness assessment of a person: every change is a new row, so the history stays
 * (the outcomes dashboard reads it as time to "ready now"; succession planning builds on it).
 */
export const readinessAssessments = pgTable(
  'readiness_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    readiness: text('readiness', { enum: readinessLevels }).notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    assessorPersonId: uuid('assessor_person_id'),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('readiness_assessments_person_idx').on(table.orgId, table.personId, table.assessedOn),
    foreignKey({
      name: 'readiness_assessments_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'readiness_assessments_assessor_fkey',
      columns: [table.orgId, table.assessorPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    check('readiness_assessments_readiness_check', isOneOf(table.readiness, readinessLevels)),
  ],
);
