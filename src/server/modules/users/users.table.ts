import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../../../contract/roles.js';
import { organizations } from '../organizations/organizations.table.js';
import { people } from '../people/people.table.js';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    /** Lower-cased; unique across all organizations because login is by email alone. */
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().$type<Role[]>().notNull(),
    personId: uuid('person_id'),
    /** Set when an admin disables the login (or the person is erased): no sign-in, sessions ended. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('users_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'users_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }),
    index('users_org_idx').on(table.orgId),
    check('users_email_lower_check', sql`${table.email} = lower(${table.email})`),
    check(
      'users_roles_check',
      sql`cardinality(${table.roles}) > 0 and ${table.roles} <@ array['admin', 'coach', 'mentor', 'participant', 'sponsor', 'manager']::text[]`,
    ),
  ],
);
