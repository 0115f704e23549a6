import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
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
} from 'drizzle-orm/pg-core';
import { pulseSurveyStatuses } from '../../../contract/team-pulse.js';
import { isOneOf } from '../../db/checks.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';

/** One quarter's team engagement pulse for the whole organization. */
export const pulseSurveys = pgTable(
  'pulse_surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    quarter: text('quarter').notNull(),
    status: text('status', { enum: pulseSurveyStatuses }).notNull().default('open'),
    instrumentKey: text('instrument_key').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    minimumResponses: integer('minimum_responses').notNull(),
    /** Leaders left out because their team was smaller than the minimum. */
    leadersTooSmall: integer('leaders_too_small').notNull().default(0),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [
    unique('pulse_surveys_org_id_key').on(table.orgId, table.id),
    unique('pulse_surveys_quarter_key').on(table.orgId, table.quarter),
    index('pulse_surveys_status_idx').on(table.status, table.closesOn),
    check('pulse_surveys_status_check', isOneOf(table.status, pulseSurveyStatuses)),
    check('pulse_surveys_minimum_check', sql`${table.minimumResponses} >= 5`),
  ],
);

/**
 * A team member asked about their leader's team: who was asked and whether they answered, never
 * what. The link's token lives only in their email (we keep its SHA-256).
 */
export const pulseInvitations = pgTable(
  'pulse_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    leaderPersonId: uuid('leader_person_id').notNull(),
    personId: uuid('person_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }).notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
    hasAnswered: boolean('has_answered').notNull().default(false),
  },
  (table) => [
    unique('pulse_invitations_person_key').on(table.orgId, table.surveyId, table.personId),
    unique('pulse_invitations_token_key').on(table.tokenHash),
    index('pulse_invitations_leader_idx').on(table.orgId, table.surveyId, table.leaderPersonId),
    foreignKey({
      name: 'pulse_invitations_survey_fkey',
      columns: [table.orgId, table.surveyId],
      foreignColumns: [pulseSurveys.orgId, pulseSurveys.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'pulse_invitations_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
  ],
);

/**
 * One answered pulse: the answers and whose team they are about, and nothing that says who gave
 * them or when — that is why an answer can never be changed.
 */
export const pulseResponses = pgTable(
  'pulse_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    leaderPersonId: uuid('leader_person_id').notNull(),
    answers: jsonb('answers').$type<Record<string, number | string | null>>().notNull(),
  },
  (table) => [
    index('pulse_responses_leader_idx').on(table.orgId, table.surveyId, table.leaderPersonId),
    foreignKey({
      name: 'pulse_responses_survey_fkey',
      columns: [table.orgId, table.surveyId],
      foreignColumns: [pulseSurveys.orgId, pulseSurveys.id],
    }).onDelete('cascade'),
  ],
);

/**
 * A leader's result for a closed survey: the history outcome measurement reads. The score is null
 * when fewer than the survey's minimum answered.
 */
export const pulseResults = pgTable(
  'pulse_results',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    leaderPersonId: uuid('leader_person_id').notNull(),
    quarter: text('quarter').notNull(),
    invited: integer('invited').notNull(),
    responses: integer('responses').notNull(),
    score: doublePrecision('score'),
  },
  (table) => [
    primaryKey({ name: 'pulse_results_pkey', columns: [table.orgId, table.surveyId, table.leaderPersonId] }),
    index('pulse_results_leader_idx').on(table.orgId, table.leaderPersonId, table.quarter),
    foreignKey({
      name: 'pulse_results_survey_fkey',
      columns: [table.orgId, table.surveyId],
      foreignColumns: [pulseSurveys.orgId, pulseSurveys.id],
    }).onDelete('cascade'),
    check('pulse_results_score_check', sql`${table.score} is null or ${table.responses} >= 5`),
  ],
);
