import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { isOneOf } from '../../db/checks.js';
import { organizations } from '../organizations/organizations.table.js';
import { users } from '../users/users.table.js';

export const emailStatuses = ['queued', 'sent', 'failed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/**
 * Mail waiting to be sent. A row is written in the same transaction as the change that causes
 * it, so a mail exists exactly when the change committed; the `send-outbox` job delivers it.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    toAddresses: text('to_addresses').array().notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    status: text('status', { enum: emailStatuses }).notNull().default('queued'),
    /** Delivery attempts started so far (counted when an attempt claims the mail). */
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** When the mail may next be tried: after a backoff, or after a crashed attempt's lease ends. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by callers that must never queue the same mail twice (e.g. `reminder:<session>:24h`). */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    unique('email_outbox_org_id_key').on(table.orgId, table.id),
    unique('email_outbox_dedupe_key').on(table.orgId, table.dedupeKey),
    index('email_outbox_due_idx')
      .on(table.nextAttemptAt)
      .where(sql`${table.status} = 'queued'`),
    check('email_outbox_status_check', isOneOf(table.status, emailStatuses)),
    check('email_outbox_to_check', sql`cardinality(${table.toAddresses}) > 0`),
  ],
);

/** An in-app message for one user: "your session is tomorrow", "a check-in is due". */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** A path inside the web app, e.g. `/programs/…`; null when there is nothing to open. */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    unique('notifications_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'notifications_user_fkey',
      columns: [table.orgId, table.userId],
      foreignColumns: [users.orgId, users.id],
    }).onDelete('cascade'),
    index('notifications_user_time_idx').on(table.orgId, table.userId, table.createdAt),
    index('notifications_user_unread_idx')
      .on(table.orgId, table.userId)
      .where(sql`${table.readAt} is null`),
  ],
);
