import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { matchingKinds, matchingRunStatuses, matchRequestStatuses } from '../../../contract/matching.js';
import { isOneOf } from '../../db/checks.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';

export type StoredFactor = { factor: string; value: number; weight: number; points: number; reason: string | null };
/** A participant the run set out to match; `reason` says why the solver left them unmatched. */
export type RunParticipant = { personId: string; reason: string | null };
/** A mentor or coach on offer in the run: places for this run, and participants they already had. */
export type RunPartner = { personId: string; capacity: number; alreadyMatched: number };

/** One bulk matching of a program's participants with its mentors or coaches: a board to review, then publish. */
export const matchingRuns = pgTable(
  'matching_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull(),
    kind: text('kind', { enum: matchingKinds }).notNull(),
    status: text('status', { enum: matchingRunStatuses }).notNull().default('draft'),
    objective: text('objective', { enum: ['max-score', 'max-participation'] }).notNull(),
    /** The program's matching settings as they were when the run was made or last re-run. */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    /** Who the run set out to match, and with whom, as they were when it was made or last re-run. */
    participants: jsonb('participants').$type<RunParticipant[]>().notNull(),
    partners: jsonb('partners').$type<RunPartner[]>().notNull(),
    isOptimal: boolean('is_optimal').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [
    unique('matching_runs_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'matching_runs_program_fkey',
      columns: [table.orgId, table.programId],
      foreignColumns: [programs.orgId, programs.id],
    }).onDelete('cascade'),
    // One board under review per program and kind: a new run replaces the old draft.
    uniqueIndex('matching_runs_one_draft_key')
      .on(table.orgId, table.programId, table.kind)
      .where(sql`${table.status} = 'draft'`),
    index('matching_runs_program_idx').on(table.orgId, table.programId, table.createdAt),
    check('matching_runs_kind_check', isOneOf(table.kind, matchingKinds)),
    check('matching_runs_status_check', isOneOf(table.status, matchingRunStatuses)),
    check('matching_runs_published_check', sql`(${table.status} = 'published') = (${table.publishedAt} is not null)`),
  ],
);

/** A participant paired with a mentor or coach on a run's board. */
export const matchingProposals = pgTable(
  'matching_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    runId: uuid('run_id').notNull(),
    participantPersonId: uuid('participant_person_id').notNull(),
    partnerPersonId: uuid('partner_person_id').notNull(),
    score: doublePrecision('score').notNull(),
    factors: jsonb('factors').$type<StoredFactor[]>().notNull(),
    reasons: text('reasons').array().notNull(),
    warnings: text('warnings').array().notNull(),
    isLocked: boolean('is_locked').notNull().default(false),
    source: text('source', { enum: ['solver', 'admin'] }).notNull(),
  },
  (table) => [
    unique('matching_proposals_participant_key').on(table.orgId, table.runId, table.participantPersonId),
    foreignKey({
      name: 'matching_proposals_run_fkey',
      columns: [table.orgId, table.runId],
      foreignColumns: [matchingRuns.orgId, matchingRuns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'matching_proposals_participant_fkey',
      columns: [table.orgId, table.participantPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    foreignKey({
      name: 'matching_proposals_partner_fkey',
      columns: [table.orgId, table.partnerPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    check('matching_proposals_source_check', isOneOf(table.source, ['solver', 'admin'])),
  ],
);

/** Self-service matching: a mentee asks a mentor from their suggestions; the mentor answers. */
export const matchRequests = pgTable(
  'match_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull(),
    menteePersonId: uuid('mentee_person_id').notNull(),
    mentorPersonId: uuid('mentor_person_id').notNull(),
    status: text('status', { enum: matchRequestStatuses }).notNull().default('pending'),
    score: doublePrecision('score').notNull(),
    reasons: text('reasons').array().notNull(),
    message: text('message').notNull().default(''),
    declineReason: text('decline_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (table) => [
    foreignKey({
      name: 'match_requests_program_fkey',
      columns: [table.orgId, table.programId],
      foreignColumns: [programs.orgId, programs.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'match_requests_mentee_fkey',
      columns: [table.orgId, table.menteePersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    foreignKey({
      name: 'match_requests_mentor_fkey',
      columns: [table.orgId, table.mentorPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    // A mentee waits on one answer at a time in a program.
    uniqueIndex('match_requests_one_pending_key')
      .on(table.orgId, table.programId, table.menteePersonId)
      .where(sql`${table.status} = 'pending'`),
    index('match_requests_mentor_idx').on(table.orgId, table.mentorPersonId, table.status),
    check('match_requests_status_check', isOneOf(table.status, matchRequestStatuses)),
    check('match_requests_decided_check', sql`(${table.status} = 'pending') = (${table.decidedAt} is null)`),
  ],
);
