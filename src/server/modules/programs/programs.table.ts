import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  enrollmentRoles,
  outcomeKinds,
  programPurposes,
  programStatuses,
  programTypes,
  sessionCadences,
  sessionFrameworks,
} from '../../../domain/programs/index.js';
import { isOneOf } from '../../db/checks.js';
import { organizations } from '../organizations/organizations.table.js';
import { people, tiers } from '../people/people.table.js';

/** A coaching, mentoring or blended program: its design, its lifecycle status and room for matching settings. */
export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    type: text('type', { enum: programTypes }).notNull(),
    purpose: text('purpose', { enum: programPurposes }).notNull(),
    purposeDescription: text('purpose_description'),
    targetTiers: text('target_tiers', { enum: tiers }).array().notNull(),
    sponsorPersonId: uuid('sponsor_person_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    sessionCadence: text('session_cadence', { enum: sessionCadences }).notNull(),
    sessionFramework: text('session_framework', { enum: sessionFrameworks }).notNull(),
    /** How long a coaching engagement of the program may run, in months (typically 6–12). */
    engagementMinMonths: smallint('engagement_min_months').notNull().default(6),
    engagementMaxMonths: smallint('engagement_max_months').notNull().default(12),
    matchingSettings: jsonb('matching_settings').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status', { enum: programStatuses }).notNull().default('draft'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    // Lets outcomes and enrollments point at a program *within the same organization*.
    unique('programs_org_id_key').on(table.orgId, table.id),
    foreignKey({
      name: 'programs_sponsor_fkey',
      columns: [table.orgId, table.sponsorPersonId],
      foreignColumns: [people.orgId, people.id],
    }),
    index('programs_org_status_idx').on(table.orgId, table.status, table.createdAt),
    check('programs_type_check', isOneOf(table.type, programTypes)),
    check('programs_purpose_check', isOneOf(table.purpose, programPurposes)),
    check(
      'programs_other_purpose_described_check',
      sql`${table.purpose} <> 'other' or ${table.purposeDescription} is not null`,
    ),
    check(
      'programs_target_tiers_check',
      sql`cardinality(${table.targetTiers}) > 0 and ${table.targetTiers} <@ array[${sql.raw(tiers.map((tier) => `'${tier}'`).join(', '))}]::text[]`,
    ),
    check('programs_dates_check', sql`${table.endDate} > ${table.startDate}`),
    check(
      'programs_engagement_months_check',
      sql`${table.engagementMinMonths} between 1 and 36 and ${table.engagementMaxMonths} between ${table.engagementMinMonths} and 36`,
    ),
    check('programs_session_cadence_check', isOneOf(table.sessionCadence, sessionCadences)),
    check('programs_session_framework_check', isOneOf(table.sessionFramework, sessionFrameworks)),
    check('programs_status_check', isOneOf(table.status, programStatuses)),
    // The lifecycle lets no program out of draft without a sponsor; the database holds it to that.
    check('programs_sponsor_after_draft_check', sql`${table.status} = 'draft' or ${table.sponsorPersonId} is not null`),
  ],
);

/** The behavioural and business outcomes that define a program's success, in the order the admin listed them. */
export const programOutcomes = pgTable(
  'program_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull(),
    position: smallint('position').notNull(),
    kind: text('kind', { enum: outcomeKinds }).notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    target: doublePrecision('target').notNull(),
  },
  (table) => [
    unique('program_outcomes_org_id_key').on(table.orgId, table.id),
    unique('program_outcomes_position_key').on(table.orgId, table.programId, table.position),
    foreignKey({
      name: 'program_outcomes_program_fkey',
      columns: [table.orgId, table.programId],
      foreignColumns: [programs.orgId, programs.id],
    }).onDelete('cascade'),
    check('program_outcomes_kind_check', isOneOf(table.kind, outcomeKinds)),
    check('program_outcomes_target_check', sql`${table.target} <> ${table.baseline}`),
  ],
);

/** A person taking part in a program as a participant, mentor or coach; once per program. */
export const programEnrollments = pgTable(
  'program_enrollments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.orgId, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role', { enum: enrollmentRoles }).notNull(),
    /** How many participants a mentor or coach takes; null for participants. */
    capacity: smallint('capacity'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    // Matches and engagements will point at an enrollment within the same organization.
    unique('program_enrollments_org_id_key').on(table.orgId, table.id),
    unique('program_enrollments_person_key').on(table.orgId, table.programId, table.personId),
    foreignKey({
      name: 'program_enrollments_program_fkey',
      columns: [table.orgId, table.programId],
      foreignColumns: [programs.orgId, programs.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'program_enrollments_person_fkey',
      columns: [table.orgId, table.personId],
      foreignColumns: [people.orgId, people.id],
    }).onDelete('cascade'),
    index('program_enrollments_person_idx').on(table.orgId, table.personId),
    check('program_enrollments_role_check', isOneOf(table.role, enrollmentRoles)),
    check(
      'program_enrollments_capacity_check',
      sql`(${table.role} = 'participant') = (${table.capacity} is null) and ${table.capacity} between 1 and 100`,
    ),
  ],
);
