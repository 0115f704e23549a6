import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { isOneOf } from '../../db/checks.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';

export const relationshipStatuses = ['proposed', 'active', 'completed', 'ended_early'] as const;
/** How a pair came about: published from a matching run, or a mentor accepting a mentee's request. */
export const relationshipOrigins = ['matching_run', 'self_service'] as const;

/** Columns both kinds share; the people columns differ by name because the roles do. */
const pairColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => organizations.orgId, { onDelete: 'cascade' }),
  programId: uuid('program_id').notNull(),
  status: text('status', { enum: relationshipStatuses }).notNull().default('proposed'),
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

/** A mentor and a mentee in a program. The engagements issue adds agreements, sessions and health. */
export const mentoringRelationships = pgTable(
  'mentoring_relationships',
  {
    ...pairColumns(),
    mentorPersonId: uuid('mentor_person_id').notNull(),
    menteePersonId: uuid('mentee_person_id').notNull(),
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
  ],
);

/** A coach and a leader in a program. The engagements issue adds goals, the three-way agreement and progress. */
export const coachingEngagements = pgTable(
  'coaching_engagements',
  {
    ...pairColumns(),
    coachPersonId: uuid('coach_person_id').notNull(),
    leaderPersonId: uuid('leader_person_id').notNull(),
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
    // A leader has one current coach per program.
    uniqueIndex('coaching_engagements_current_leader_key')
      .on(table.orgId, table.programId, table.leaderPersonId)
      .where(sql`${table.status} in ('proposed', 'active')`),
    index('coaching_engagements_coach_idx').on(table.orgId, table.coachPersonId),
    check('coaching_engagements_status_check', isOneOf(table.status, relationshipStatuses)),
    check('coaching_engagements_origin_check', isOneOf(table.origin, relationshipOrigins)),
    check('coaching_engagements_two_people_check', sql`${table.coachPersonId} <> ${table.leaderPersonId}`),
  ],
);
