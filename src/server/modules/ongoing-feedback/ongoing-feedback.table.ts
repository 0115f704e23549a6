import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { feedbackRequestStatuses } from '../../../contract/ongoing-feedback.js';
import { isOneOf } from '../../db/checks.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';
import { sessions } from '../sessions/sessions.table.js';

/** Someone asks someone else of the organization for feedback on one competency. */
export const feedbackRequests = pgTable(
  'feedback_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    requesterPersonId: uuid('requester_person_id').notNull(),
    askedPersonId: uuid('asked_person_id').notNull(),
    competencyKey: text('competency_key').notNull(),
    question: text('question').notNull().default(''),
    status: text('status', { enum: feedbackRequestStatuses }).notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When it was answered or declined. */
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (table) => [
    unique('feedback_requests_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'feedback_requests_requester_fkey',
      columns: [table.orgId, table.requesterPersonId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'feedback_requests_asked_fkey',
      columns: [table.orgId, table.askedPersonId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    // The two lists: asked of me, asked by me (also what the outcomes count, by time).
    index('feedback_requests_asked_idx').on(table.orgId, table.askedPersonId, table.createdAt),
    index('feedback_requests_requester_idx').on(table.orgId, table.requesterPersonId, table.createdAt),
    check('feedback_requests_status_check', isOneOf(table.status, feedbackRequestStatuses)),
    check('feedback_requests_not_self_check', sql`${table.requesterPersonId} <> ${table.askedPersonId}`),
  ],
);

/**
 * A piece of feedback one person gives another, asked for (`request_id`) or not. The text is for
 * the giver, the person it is about and — once that person shares it — their current coaches and
 * mentors; nobody else, admins included.
 */
export const ongoingFeedback = pgTable(
  'ongoing_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    giverPersonId: uuid('giver_person_id').notNull(),
    aboutPersonId: uuid('about_person_id').notNull(),
    competencyKey: text('competency_key').notNull(),
    text: text('text').notNull(),
    requestId: uuid('request_id'),
    /** Set by the person it is about, from the moment they share it. */
    sharedWithGuidesAt: timestamp('shared_with_guides_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    foreignKey({
      name: 'ongoing_feedback_giver_fkey',
      columns: [table.orgId, table.giverPersonId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'ongoing_feedback_about_fkey',
      columns: [table.orgId, table.aboutPersonId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'ongoing_feedback_request_fkey',
      columns: [table.orgId, table.requestId],
      foreignColumns: [feedbackRequests.orgId, feedbackRequests.id],
    }).onDelete('cascade'),
    // A request is answered once.
    unique('ongoing_feedback_request_key').on(table.orgId, table.requestId),
    index('ongoing_feedback_about_idx').on(table.orgId, table.aboutPersonId, table.createdAt),
    index('ongoing_feedback_giver_idx').on(table.orgId, table.giverPersonId, table.createdAt),
    check('ongoing_feedback_not_self_check', sql`${table.giverPersonId} <> ${table.aboutPersonId}`),
  ],
);

/** Praise from one person to another, shown to the recipient's team when the giver chose so. */
export const kudos = pgTable(
  'kudos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    giverPersonId: uuid('giver_person_id').notNull(),
    recipientPersonId: uuid('recipient_person_id').notNull(),
    message: text('message').notNull(),
    competencyKey: text('competency_key'),
    isVisibleToTeam: boolean('is_visible_to_team').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    foreignKey({
      name: 'kudos_giver_fkey',
      columns: [table.orgId, table.giverPersonId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'kudos_recipient_fkey',
      columns: [table.orgId, table.recipientPersonId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    index('kudos_recipient_idx').on(table.orgId, table.recipientPersonId, table.createdAt),
    index('kudos_giver_idx').on(table.orgId, table.giverPersonId, table.createdAt),
    check('kudos_not_self_check', sql`${table.giverPersonId} <> ${table.recipientPersonId}`),
  ],
);

/**
 * A coach's or mentor's question in one session: "which feedback did you seek or give this week?",
 * and the participant's answer. One per session; the counts shown with it are computed, not kept.
 */
export const sessionFeedbackPrompts = pgTable(
  'session_feedback_prompts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').notNull(),
    askedByPersonId: uuid('asked_by_person_id').notNull(),
    participantPersonId: uuid('participant_person_id').notNull(),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (table) => [
    unique('session_feedback_prompts_session_key').on(table.orgId, table.sessionId),
    foreignKey({
      name: 'session_feedback_prompts_session_fkey',
      columns: [table.orgId, table.sessionId],
      foreignColumns: [sessions.orgId, sessions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'session_feedback_prompts_asked_by_fkey',
      columns: [table.orgId, table.askedByPersonId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'session_feedback_prompts_participant_fkey',
      columns: [table.orgId, table.participantPersonId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    index('session_feedback_prompts_participant_idx').on(table.orgId, table.participantPersonId),
  ],
);
