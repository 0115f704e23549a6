import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  date,
} from 'drizzle-orm/pg-core';
import { isOneOf } from '../../db/checks.js';
import { feedbackCycleStatuses, feedbackPhases, raterGroups } from '../../../contract/assessments.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';

/**
 * An instrument an organization imported (shipped instruments live in code). A version never
 * changes once stored: answers name the key and version they were given on.
 */
export const assessmentInstruments = pgTable(
  'assessment_instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [unique('assessment_instruments_key_version').on(table.orgId, table.key, table.version)],
);

/** One participant's 360 in one phase of a program: nominations, the manager's approval, answers, the report. */
export const feedbackCycles = pgTable(
  'feedback_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull(),
    personId: uuid('person_id').notNull(),
    phase: text('phase', { enum: feedbackPhases }).notNull(),
    status: text('status', { enum: feedbackCycleStatuses }).notNull().default('nominating'),
    instrumentKey: text('instrument_key').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    anonymityThreshold: integer('anonymity_threshold').notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    returnNote: text('return_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedByUserId: uuid('approved_by_user_id'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    unique('feedback_cycles_org_id_key').on(table.orgId, table.id),
    // One cycle per participant, program and phase: pre and post stay comparable.
    unique('feedback_cycles_person_phase_key').on(table.orgId, table.programId, table.personId, table.phase),
    foreignKey({
      name: 'feedback_cycles_program_fkey',
      columns: [table.orgId, table.programId],
      foreignColumns: [programs.orgId, programs.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'feedback_cycles_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    index('feedback_cycles_org_status_idx').on(table.orgId, table.status, table.closesOn),
    check('feedback_cycles_phase_check', isOneOf(table.phase, feedbackPhases)),
    check('feedback_cycles_status_check', isOneOf(table.status, feedbackCycleStatuses)),
    check('feedback_cycles_threshold_check', sql`${table.anonymityThreshold} >= 3`),
  ],
);

/**
 * A rater of a cycle: nominated (or the participant's own self-rating), then invited with a personal
 * link whose token only the email holds (we keep its SHA-256). Answers stay editable until close.
 */
export const feedbackRaters = pgTable(
  'feedback_raters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id').notNull(),
    personId: uuid('person_id').notNull(),
    group: text('rater_group', { enum: raterGroups }).notNull(),
    tokenHash: text('token_hash'),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
    answers: jsonb('answers').$type<Record<string, number | string | null>>().notNull().default({}),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (table) => [
    unique('feedback_raters_person_key').on(table.orgId, table.cycleId, table.personId),
    unique('feedback_raters_token_key').on(table.tokenHash),
    foreignKey({
      name: 'feedback_raters_cycle_fkey',
      columns: [table.orgId, table.cycleId],
      foreignColumns: [feedbackCycles.orgId, feedbackCycles.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'feedback_raters_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    check('feedback_raters_group_check', isOneOf(table.group, raterGroups)),
  ],
);

/**
 * Others' mean per scale of a closed cycle, exactly as its report shows it (self excluded, shown
 * groups only). Kept when the cycle closes, since answers cannot change after, so a program's
 * outcomes read one row per cycle instead of rebuilding every report (decision 016).
 */
export const feedbackCycleScores = pgTable(
  'feedback_cycle_scores',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id').notNull(),
    /** Scale key → others' mean, null when no shown group rated the scale; every scale of the instrument. */
    others: jsonb('others').$type<Record<string, number | null>>().notNull(),
  },
  (table) => [
    primaryKey({ name: 'feedback_cycle_scores_pkey', columns: [table.orgId, table.cycleId] }),
    foreignKey({
      name: 'feedback_cycle_scores_cycle_fkey',
      columns: [table.orgId, table.cycleId],
      foreignColumns: [feedbackCycles.orgId, feedbackCycles.id],
    }).onDelete('cascade'),
  ],
);
