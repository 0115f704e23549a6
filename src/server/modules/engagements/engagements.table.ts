import { sql } from 'drizzle-orm';
import {
  date,
  primaryKey,
  smallint,
  check,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  coachingParties,
  coachingStatuses,
  mentoringEndingKinds,
  mentoringStatuses,
} from '../../../domain/engagements/index.js';
import { isOneOf } from '../../db/checks.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';

// Status lists come from the lifecycles in src/domain/engagements: mentoring has no pause.
const relationshipStatuses = mentoringStatuses;
const engagementStatuses = coachingStatuses;
/** How a pair came about: published from a matching run, or a mentor accepting a mentee's request. */
export const relationshipOrigins = ['matching_run', 'self_service'] as const;

/** Columns both kinds share; the people columns differ by name because the roles do. */
const pairColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => organizations.orgId, { onDelete: 'cascade' }),
  programId: uuid('program_id').notNull(),
  origin: text('origin', { enum: relationshipOrigins }).notNull(),
  /** The run it was published from, when it came from one. */
  matchingRunId: uuid('matching_run_id'),
  /** The match score (0–100) and its strongest reasons at the time of matching. */
  score: doublePrecision('score').notNull(),
  reasons: text('reasons')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * A mentor and a mentee in a program: their agreement (signed by both), the training each ticked,
 * how it ended, and what the health rules need.
 */
export const mentoringRelationships = pgTable(
  'mentoring_relationships',
  {
    ...pairColumns(),
    status: text('status', { enum: relationshipStatuses }).notNull().default('proposed'),
    mentorPersonId: uuid('mentor_person_id').notNull(),
    menteePersonId: uuid('mentee_person_id').notNull(),
    /** The agreement; null until first written. Editing it clears both signatures. */
    confidentialityNorms: text('confidentiality_norms'),
    cadence: text('cadence', { enum: ['weekly', 'biweekly', 'monthly'] }),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    topics: text('topics')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    mentorSignedAt: timestamp('mentor_signed_at', { withTimezone: true }),
    menteeSignedAt: timestamp('mentee_signed_at', { withTimezone: true }),
    /** Training checklist items each side ticked (keys of the domain's checklists). */
    mentorTraining: text('mentor_training')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    menteeTraining: text('mentee_training')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    endingKind: text('ending_kind', { enum: mentoringEndingKinds }),
    endReason: text('end_reason'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    lastMeetingAt: timestamp('last_meeting_at', { withTimezone: true }),
    healthWarnedAt: timestamp('health_warned_at', { withTimezone: true }),
  },
  (table) => [
    unique('mentoring_relationships_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'mentoring_relationships_program_fkey',
      columns: [table.orgId, table.programId],
      foreignColumns: [programs.orgId, programs.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'mentoring_relationships_mentor_fkey',
      columns: [table.orgId, table.mentorPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    foreignKey({
      name: 'mentoring_relationships_mentee_fkey',
      columns: [table.orgId, table.menteePersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    // A mentee has one current mentor per program.
    uniqueIndex('mentoring_relationships_current_mentee_key')
      .on(table.orgId, table.programId, table.menteePersonId)
      .where(sql`${table.status} in ('proposed', 'active')`),
    index('mentoring_relationships_mentor_idx').on(table.orgId, table.mentorPersonId),
    check('mentoring_relationships_status_check', isOneOf(table.status, relationshipStatuses)),
    check('mentoring_relationships_origin_check', isOneOf(table.origin, relationshipOrigins)),
    check('mentoring_relationships_two_people_check', sql`${table.mentorPersonId} <> ${table.menteePersonId}`),
    check(
      'mentoring_relationships_ending_check',
      sql`(${table.status} = 'ended_early') = (${table.endingKind} is not null)`,
    ),
    check('mentoring_relationships_dates_check', sql`${table.endDate} > ${table.startDate}`),
  ],
);

/**
 * A coach and a leader in a program, with the leader's manager and the program's sponsor (who see
 * goals and progress, never session content), its dates, and how it closed.
 */
export const coachingEngagements = pgTable(
  'coaching_engagements',
  {
    ...pairColumns(),
    status: text('status', { enum: engagementStatuses }).notNull().default('proposed'),
    coachPersonId: uuid('coach_person_id').notNull(),
    leaderPersonId: uuid('leader_person_id').notNull(),
    managerPersonId: uuid('manager_person_id'),
    sponsorPersonId: uuid('sponsor_person_id'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    endReason: text('end_reason'),
    /** The coach's close-out: how far each goal was attained. */
    finalSummary: text('final_summary'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (table) => [
    unique('coaching_engagements_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'coaching_engagements_program_fkey',
      columns: [table.orgId, table.programId],
      foreignColumns: [programs.orgId, programs.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'coaching_engagements_coach_fkey',
      columns: [table.orgId, table.coachPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    foreignKey({
      name: 'coaching_engagements_leader_fkey',
      columns: [table.orgId, table.leaderPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    // A leader has one current coach per program (a paused engagement is still current).
    uniqueIndex('coaching_engagements_current_leader_key')
      .on(table.orgId, table.programId, table.leaderPersonId)
      .where(sql`${table.status} in ('proposed', 'active', 'paused')`),
    index('coaching_engagements_coach_idx').on(table.orgId, table.coachPersonId),
    check('coaching_engagements_status_check', isOneOf(table.status, engagementStatuses)),
    check('coaching_engagements_origin_check', isOneOf(table.origin, relationshipOrigins)),
    check('coaching_engagements_two_people_check', sql`${table.coachPersonId} <> ${table.leaderPersonId}`),
    foreignKey({
      name: 'coaching_engagements_manager_fkey',
      columns: [table.orgId, table.managerPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    foreignKey({
      name: 'coaching_engagements_sponsor_fkey',
      columns: [table.orgId, table.sponsorPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    check('coaching_engagements_dates_check', sql`${table.endDate} > ${table.startDate}`),
    check(
      'coaching_engagements_ended_early_check',
      sql`${table.status} <> 'ended_early' or ${table.endReason} is not null`,
    ),
    check(
      'coaching_engagements_completed_check',
      sql`${table.status} <> 'completed' or ${table.finalSummary} is not null`,
    ),
  ],
);

/** A coaching goal: what the leader will change, how it is measured, from where to where, by when. */
export const coachingGoals = pgTable(
  'coaching_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id').notNull(),
    position: smallint('position').notNull(),
    statement: text('statement').notNull(),
    competency: text('competency').notNull(),
    metric: text('metric').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    target: doublePrecision('target').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
  },
  (table) => [
    unique('coaching_goals_position_key').on(table.orgId, table.engagementId, table.position),
    foreignKey({
      name: 'coaching_goals_engagement_fkey',
      columns: [table.orgId, table.engagementId],
      foreignColumns: [coachingEngagements.orgId, coachingEngagements.id],
    }).onDelete('cascade'),
  ],
);

/** Who confirmed the current goals of the three-way agreement, and when. Changing the goals clears them (the audit log keeps the history). */
export const coachingGoalConfirmations = pgTable(
  'coaching_goal_confirmations',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id').notNull(),
    party: text('party', { enum: coachingParties }).notNull(),
    personId: uuid('person_id').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ name: 'coaching_goal_confirmations_pkey', columns: [table.orgId, table.engagementId, table.party] }),
    foreignKey({
      name: 'coaching_goal_confirmations_engagement_fkey',
      columns: [table.orgId, table.engagementId],
      foreignColumns: [coachingEngagements.orgId, coachingEngagements.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'coaching_goal_confirmations_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }),
    check('coaching_goal_confirmations_party_check', isOneOf(table.party, coachingParties)),
  ],
);

/** One goal's rating in a progress check, with what shows it; the goal's words are kept as they were. */
export type GoalProgress = { goalId: string; statement: string; rating: number; evidence: string };

/**
 * A progress check of a coaching engagement on its cadence: every goal rated 1–5 with evidence.
 * The manager and sponsor see these; they never see session content.
 */
export const coachingProgressChecks = pgTable(
  'coaching_progress_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    engagementId: uuid('engagement_id').notNull(),
    byPersonId: uuid('by_person_id').notNull(),
    ratings: jsonb('ratings').$type<GoalProgress[]>().notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    foreignKey({
      name: 'coaching_progress_checks_engagement_fkey',
      columns: [table.orgId, table.engagementId],
      foreignColumns: [coachingEngagements.orgId, coachingEngagements.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'coaching_progress_checks_by_fkey',
      columns: [table.orgId, table.byPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    index('coaching_progress_checks_engagement_idx').on(table.orgId, table.engagementId, table.checkedAt),
  ],
);
