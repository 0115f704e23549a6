import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { personStatuses, tiers } from '../../../contract/people.js';
import { organizations } from '../organizations/organizations.table.js';

export { personStatuses, tiers };

/** A skill or area of expertise with a level from 1 (aware) to 5 (expert). */
export type SkillLevel = { skill: string; level: number };

/** The people an organization develops: its leaders, their managers, mentors and internal coaches. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    employeeId: text('employee_id').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    title: text('title').notNull(),
    tier: text('tier', { enum: tiers }).notNull(),
    function: text('function').notNull().default(''),
    department: text('department').notNull(),
    managerId: uuid('manager_id'),
    location: text('location').notNull().default(''),
    /** IANA name, e.g. Europe/Berlin. */
    timeZone: text('time_zone').notNull().default('UTC'),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    hireDate: date('hire_date', { mode: 'string' }),
    isHighPotential: boolean('high_potential').notNull().default(false),
    performanceRating: smallint('performance_rating'),
    potentialRating: smallint('potential_rating'),
    skills: jsonb('skills').$type<SkillLevel[]>().notNull().default([]),
    industries: text('industries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    yearsOfExperience: integer('years_of_experience'),
    developmentGoals: text('development_goals').notNull().default(''),
    developmentCompetencies: text('development_competencies')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status', { enum: personStatuses }).notNull().default('active'),
    exitDate: date('exit_date', { mode: 'string' }),
    /** Set when the person was erased (anonymised) on request; the row stays as a tombstone. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Keyed by organization first: other tables point at a person *within the same organization*,
    // and one index serves both (a separate key on id alone cost every insert an index).
    primaryKey({ name: 'people_pkey', columns: [table.orgId, table.id] }),
    unique('people_org_employee_id_key').on(table.orgId, table.employeeId),
    foreignKey({
      name: 'people_manager_fkey',
      columns: [table.orgId, table.managerId],
      foreignColumns: [table.orgId, table.id],
    }),
    index('people_org_manager_idx').on(table.orgId, table.managerId),
    index('people_org_name_idx').on(table.orgId, table.name),
    check(
      'people_tier_check',
      sql`${table.tier} in ('executive', 'senior_leader', 'middle_manager', 'frontline_manager', 'individual_contributor')`,
    ),
    check('people_status_check', sql`${table.status} in ('active', 'left')`),
    check('people_left_has_exit_date_check', sql`(${table.status} = 'left') = (${table.exitDate} is not null)`),
    check('people_performance_rating_check', sql`${table.performanceRating} between 1 and 3`),
    check('people_potential_rating_check', sql`${table.potentialRating} between 1 and 3`),
    check('people_years_of_experience_check', sql`${table.yearsOfExperience} between 0 and 80`),
  ],
);
