import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { readinessLevels } from '../../../contract/outcomes.js';
import { criticalities, leavingRisks } from '../../../contract/succession.js';
import { isOneOf } from '../../db/checks.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';

/** A role the organization cannot leave empty: who holds it, how critical it is, what it needs. */
export const keyPositions = pgTable(
  'key_positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    incumbentPersonId: uuid('incumbent_person_id'),
    criticality: text('criticality', { enum: criticalities }).notNull(),
    incumbentLeavingRisk: text('incumbent_leaving_risk', { enum: leavingRisks }).notNull(),
    requiredCompetencies: text('required_competencies')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
    /** Set when the position is no longer key; kept so the bench's trend stays true to its past. */
    archivedOn: date('archived_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('key_positions_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'key_positions_incumbent_fkey',
      columns: [table.orgId, table.incumbentPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    check('key_positions_criticality_check', isOneOf(table.criticality, criticalities)),
    check('key_positions_leaving_risk_check', isOneOf(table.incumbentLeavingRisk, leavingRisks)),
  ],
);

/**
 * A person named as a successor for a key position, from `added_on` until `removed_on`. Their
 * readiness for it is the latest readiness assessment of that position.
 */
export const successors = pgTable(
  'successors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    keyPositionId: uuid('key_position_id').notNull(),
    personId: uuid('person_id').notNull(),
    addedOn: date('added_on', { mode: 'string' }).notNull(),
    removedOn: date('removed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    foreignKey({
      name: 'successors_position_fkey',
      columns: [table.orgId, table.keyPositionId],
      foreignColumns: [keyPositions.orgId, keyPositions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'successors_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    // A person is named once per position at a time.
    uniqueIndex('successors_current_key')
      .on(table.orgId, table.keyPositionId, table.personId)
      .where(sql`${table.removedOn} is null`),
    index('successors_person_idx').on(table.orgId, table.personId),
  ],
);

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
    /** Set when the assessment is of a successor for one key position; null for readiness in general. */
    keyPositionId: uuid('key_position_id'),
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
      name: 'readiness_assessments_position_fkey',
      columns: [table.orgId, table.keyPositionId],
      foreignColumns: [keyPositions.orgId, keyPositions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'readiness_assessments_assessor_fkey',
      columns: [table.orgId, table.assessorPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    check('readiness_assessments_readiness_check', isOneOf(table.readiness, readinessLevels)),
  ],
);
