import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sessionFrameworks } from '../../../domain/programs/index.js';
import { isOneOf } from '../../db/checks.js';
import { coachingEngagements, mentoringRelationships } from '../engagements/engagements.table.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';
import { users } from '../users/users.table.js';

export const sessionStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const noteVisibilities = ['shared', 'private'] as const;

/**
 * A meeting of a mentoring relationship or a coaching engagement (exactly one of the two): when,
 * how long, the agenda and the framework its notes follow. Notes live in `session_notes`.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    relationshipId: uuid('relationship_id'),
    engagementId: uuid('engagement_id'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    durationMinutes: smallint('duration_minutes').notNull(),
    agenda: text('agenda').notNull().default(''),
    framework: text('framework', { enum: sessionFrameworks }).notNull(),
    /** A room or a video link. */
    location: text('location').notNull().default(''),
    status: text('status', { enum: sessionStatuses }).notNull().default('scheduled'),
    /** Bumped on every change to time or status, so calendar apps take the update (iCalendar SEQUENCE). */
    sequence: integer('sequence').notNull().default(0),
    createdByPersonId: uuid('created_by_person_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('sessions_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'sessions_relationship_fkey',
      columns: [table.orgId, table.relationshipId],
      foreignColumns: [mentoringRelationships.orgId, mentoringRelationships.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'sessions_engagement_fkey',
      columns: [table.orgId, table.engagementId],
      foreignColumns: [coachingEngagements.orgId, coachingEngagements.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'sessions_created_by_fkey',
      columns: [table.orgId, table.createdByPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    index('sessions_relationship_idx').on(table.orgId, table.relationshipId, table.scheduledAt),
    index('sessions_engagement_idx').on(table.orgId, table.engagementId, table.scheduledAt),
    index('sessions_scheduled_idx').on(table.scheduledAt),
    check('sessions_one_pair_check', sql`(${table.relationshipId} is null) <> (${table.engagementId} is null)`),
    check('sessions_duration_check', sql`${table.durationMinutes} between 15 and 480`),
    check('sessions_framework_check', isOneOf(table.framework, sessionFrameworks)),
    check('sessions_status_check', isOneOf(table.status, sessionStatuses)),
  ],
);

/**
 * How many sessions each pair (`pair_id`: the engagement or the relationship) has per status. A
 * trigger on `sessions` keeps it (migration 0013), so a program's outcomes add up a few thousand
 * counts instead of counting a million sessions per request (decision 016). A count may be zero.
 */
export const sessionCounts = pgTable(
  'session_counts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    pairId: uuid('pair_id').notNull(),
    status: text('status', { enum: sessionStatuses }).notNull(),
    total: integer('total').notNull(),
  },
  (table) => [
    primaryKey({ name: 'session_counts_pkey', columns: [table.orgId, table.pairId, table.status] }),
    check('session_counts_status_check', isOneOf(table.status, sessionStatuses)),
  ],
);

/**
 * Notes of a session. Shared notes (one per template section, `section` '' for the general note)
 * are the pair's; a private note is its author's alone. Neither is ever shown to managers,
 * sponsors or admins.
 */
export const sessionNotes = pgTable(
  'session_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').notNull(),
    visibility: text('visibility', { enum: noteVisibilities }).notNull(),
    section: text('section').notNull().default(''),
    authorPersonId: uuid('author_person_id').notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    foreignKey({
      name: 'session_notes_session_fkey',
      columns: [table.orgId, table.sessionId],
      foreignColumns: [sessions.orgId, sessions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'session_notes_author_fkey',
      columns: [table.orgId, table.authorPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    uniqueIndex('session_notes_shared_key')
      .on(table.orgId, table.sessionId, table.section)
      .where(sql`${table.visibility} = 'shared'`),
    uniqueIndex('session_notes_private_key')
      .on(table.orgId, table.sessionId, table.authorPersonId, table.section)
      .where(sql`${table.visibility} = 'private'`),
    check('session_notes_visibility_check', isOneOf(table.visibility, noteVisibilities)),
  ],
);

/** Something someone will do after a session, by when; ticked off when done. */
export const sessionActionItems = pgTable(
  'session_action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').notNull(),
    description: text('description').notNull(),
    ownerPersonId: uuid('owner_person_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    foreignKey({
      name: 'session_action_items_session_fkey',
      columns: [table.orgId, table.sessionId],
      foreignColumns: [sessions.orgId, sessions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'session_action_items_owner_fkey',
      columns: [table.orgId, table.ownerPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    index('session_action_items_session_idx').on(table.orgId, table.sessionId),
  ],
);

/** A user's secret calendar feed: the token's SHA-256 only; a new token replaces (revokes) the old. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('calendar_feeds_user_key').on(table.orgId, table.userId),
    foreignKey({
      name: 'calendar_feeds_user_fkey',
      columns: [table.orgId, table.userId],
      foreignColumns: [users.orgId, users.id],
    }).onDelete('cascade'),
  ],
);
