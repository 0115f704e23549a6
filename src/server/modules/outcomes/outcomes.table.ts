import {
  doublePrecision,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RoiAssumptions } from '../../../contract/outcomes.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';
import { programOutcomes, programs } from '../programs/programs.table.js';

/** A program metric measured for one leader's team on a day; the latest per leader counts. */
export const outcomeMeasurements = pgTable(
  'outcome_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    outcomeId: uuid('outcome_id').notNull(),
    leaderPersonId: uuid('leader_person_id').notNull(),
    measuredOn: date('measured_on', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('outcome_measurements_outcome_idx').on(table.orgId, table.outcomeId, table.leaderPersonId),
    foreignKey({
      name: 'outcome_measurements_outcome_fkey',
      columns: [table.orgId, table.outcomeId],
      foreignColumns: [programOutcomes.orgId, programOutcomes.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'outcome_measurements_leader_fkey',
      columns: [table.orgId, table.leaderPersonId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
  ],
);

/** The ROI calculator's assumptions, one set per program. */
export const programRoiAssumptions = pgTable(
  'program_roi_assumptions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull(),
    assumptions: jsonb('assumptions').$type<RoiAssumptions>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ name: 'program_roi_assumptions_pkey', columns: [table.orgId, table.programId] }),
    foreignKey({
      name: 'program_roi_assumptions_program_fkey',
      columns: [table.orgId, table.programId],
      foreignColumns: [programs.orgId, programs.id],
    }).onDelete('cascade'),
  ],
);
