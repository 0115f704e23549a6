import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.table.js';

export const tiers = [
  'executive',
  'senior_leader',
  'middle_manager',
  'frontline_manager',
  'individual_contributor',
] as const;

/** The people an organization develops. Minimal for now; the people directory widens it. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    employeeId: text('employee_id').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    title: text('title').notNull(),
    tier: text('tier', { enum: tiers }).notNull(),
    department: text('department').notNull(),
    managerId: uuid('manager_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('people_org_employee_id_key').on(table.orgId, table.employeeId),
    // Lets other tables point at a person *within the same organization*.
    unique('people_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'people_manager_fkey',
      columns: [table.orgId, table.managerId],
      foreignColumns: [table.orgId, table.id],
    }),
    index('people_org_manager_idx').on(table.orgId, table.managerId),
    check(
      'people_tier_check',
      sql`${table.tier} in ('executive', 'senior_leader', 'middle_manager', 'frontline_manager', 'individual_contributor')`,
    ),
  ],
);
