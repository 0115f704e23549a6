import { z } from 'zod';
import { CalendarDate, Tier } from './people.js';

// These lists mirror src/domain/programs; src/server/modules/programs/programs.unit.test.ts fails if
// they drift apart. Names carry a `program` prefix because `contract/index.ts` re-exports every module.
export const programTypes = ['coaching', 'mentoring', 'blended'] as const;
export const ProgramType = z.enum(programTypes);
export type ProgramType = z.infer<typeof ProgramType>;

export const programPurposes = [
  'succession_pipeline',
  'performance_gaps',
  'onboarding_integration',
  'knowledge_transfer',
  'high_potential_development',
  'other',
] as const;
export const ProgramPurpose = z.enum(programPurposes);
export type ProgramPurpose = z.infer<typeof ProgramPurpose>;

export const programStatuses = ['draft', 'enrolling', 'matching', 'running', 'closed'] as const;
export const ProgramStatus = z.enum(programStatuses);
export type ProgramStatus = z.infer<typeof ProgramStatus>;

export const programSessionCadences = ['weekly', 'biweekly', 'monthly'] as const;
export const ProgramSessionCadence = z.enum(programSessionCadences);
export type ProgramSessionCadence = z.infer<typeof ProgramSessionCadence>;

export const programSessionFrameworks = ['five_cs', 'grow', 'stop_look_choose'] as const;
export const ProgramSessionFramework = z.enum(programSessionFrameworks);
export type ProgramSessionFramework = z.infer<typeof ProgramSessionFramework>;

export const programOutcomeKinds = ['behavioural', 'business'] as const;
export const ProgramOutcomeKind = z.enum(programOutcomeKinds);
export type ProgramOutcomeKind = z.infer<typeof ProgramOutcomeKind>;

export const programEnrollmentRoles = ['participant', 'mentor', 'coach'] as const;
export const ProgramEnrollmentRole = z.enum(programEnrollmentRoles);
export type ProgramEnrollmentRole = z.infer<typeof ProgramEnrollmentRole>;

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'is required');

export const maximumProgramOutcomes = 20;
export const maximumEnrollmentCapacity = 100;

const outcomeFields = z.object({
  kind: ProgramOutcomeKind,
  name: requiredText(200),
  /** What is measured and in which unit, e.g. "% of key roles with a ready-now successor". */
  unit: requiredText(100),
  baseline: z.number(),
  target: z.number(),
});

/** One outcome that defines a program's success: where it starts and where it should get to. */
export const ProgramOutcomeInput = outcomeFields.refine((outcome) => outcome.target !== outcome.baseline, {
  message: 'must differ from the baseline',
  path: ['target'],
});
export type ProgramOutcomeInput = z.infer<typeof ProgramOutcomeInput>;

export const ProgramOutcome = outcomeFields.extend({ id: z.uuid() });
export type ProgramOutcome = z.infer<typeof ProgramOutcome>;

const monthCount = z.number().int().min(1, 'must be at least 1 month').max(36, 'must be at most 36 months');

/** How long a coaching engagement of the program may run, in whole months (typically 6–12). */
export const ProgramEngagementMonths = z
  .object({ min: monthCount, max: monthCount })
  .refine((months) => months.min <= months.max, { message: 'must not be below the minimum', path: ['max'] });
export type ProgramEngagementMonths = z.infer<typeof ProgramEngagementMonths>;

/** Every field of a program's design, as an admin sets it. */
const designFields = z.object({
  name: requiredText(200),
  type: ProgramType,
  purpose: ProgramPurpose,
  /** Required when `purpose` is `other`; dropped for any other purpose. */
  purposeDescription: text(500).nullable(),
  targetTiers: z
    .array(Tier)
    .min(1, 'needs at least one tier')
    .refine((tiers) => new Set(tiers).size === tiers.length, 'lists a tier twice'),
  /** The executive sponsor (a person of the organization); needed before the program leaves draft. */
  sponsorPersonId: z.uuid().nullable(),
  /** Needs at least one before the program leaves draft. Replaces the whole list on update. */
  outcomes: z
    .array(ProgramOutcomeInput)
    .max(maximumProgramOutcomes, `has more than ${maximumProgramOutcomes} outcomes`),
  startDate: CalendarDate,
  /** After `startDate`. */
  endDate: CalendarDate,
  sessionCadence: ProgramSessionCadence,
  /** `five_cs` suits mentoring, `grow` coaching, `stop_look_choose` both. */
  sessionFramework: ProgramSessionFramework,
  engagementMonths: ProgramEngagementMonths,
});

/** `POST /api/programs`. Cadence and framework default by type (see README). */
export const ProgramCreate = designFields.extend({
  purposeDescription: designFields.shape.purposeDescription.optional(),
  sponsorPersonId: designFields.shape.sponsorPersonId.optional(),
  outcomes: designFields.shape.outcomes.optional(),
  sessionCadence: ProgramSessionCadence.optional(),
  sessionFramework: ProgramSessionFramework.optional(),
  /** Defaults to 6–12 months. */
  engagementMonths: ProgramEngagementMonths.optional(),
});
export type ProgramCreate = z.infer<typeof ProgramCreate>;

/** `PATCH /api/programs/:id`: any subset of the design. */
export const ProgramUpdate = designFields
  .partial()
  .refine((update) => Object.keys(update).length > 0, 'names no field to change');
export type ProgramUpdate = z.infer<typeof ProgramUpdate>;

export const ProgramTransitionRequest = z.object({ to: ProgramStatus });
export type ProgramTransitionRequest = z.infer<typeof ProgramTransitionRequest>;

export const ProgramParams = z.object({ id: z.uuid() });
export const ProgramEnrollmentParams = z.object({ id: z.uuid(), enrollmentId: z.uuid() });

const pageNumber = z.coerce.number().int().min(1).default(1);

export const ProgramListQuery = z.object({
  status: ProgramStatus.optional(),
  page: pageNumber,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ProgramListQuery = z.input<typeof ProgramListQuery>;

/** A person as a program shows them: its sponsor, or someone enrolled. */
export const ProgramPerson = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string(),
  tier: Tier,
  department: z.string(),
});
export type ProgramPerson = z.infer<typeof ProgramPerson>;

export const Program = z.object({
  id: z.uuid(),
  name: z.string(),
  type: ProgramType,
  purpose: ProgramPurpose,
  purposeDescription: z.string().nullable(),
  targetTiers: z.array(Tier),
  sponsor: ProgramPerson.nullable(),
  outcomes: z.array(ProgramOutcome),
  startDate: z.string(),
  endDate: z.string(),
  sessionCadence: ProgramSessionCadence,
  sessionFramework: ProgramSessionFramework,
  engagementMonths: z.object({ min: z.number().int(), max: z.number().int() }),
  /** The matching settings as stored; `GET /api/programs/:id/matching-settings` fills in the defaults. */
  matchingSettings: z.record(z.string(), z.unknown()),
  status: ProgramStatus,
  /** The statuses the lifecycle lists next; a move may still be refused for a missing requirement. */
  nextStatuses: z.array(ProgramStatus),
  /** Whether `PATCH` may change the design now (draft and enrolling only). */
  isDesignEditable: z.boolean(),
  /** Whether people may be enrolled or removed now (draft and enrolling only). */
  isEnrollmentOpen: z.boolean(),
  enrollmentCounts: z.object({ participant: z.number().int(), mentor: z.number().int(), coach: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Program = z.infer<typeof Program>;

export const ProgramSummary = Program.pick({
  id: true,
  name: true,
  type: true,
  purpose: true,
  targetTiers: true,
  status: true,
  startDate: true,
  endDate: true,
  createdAt: true,
}).extend({
  sponsor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  enrollmentCount: z.number().int(),
});
export type ProgramSummary = z.infer<typeof ProgramSummary>;

export const ProgramPage = z.object({
  items: z.array(ProgramSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProgramPage = z.infer<typeof ProgramPage>;

/** `POST /api/programs/:id/enrollments`. `capacity` is for mentors (default 1) and coaches (default 4) only. */
export const ProgramEnrollmentCreate = z.object({
  personId: z.uuid(),
  role: ProgramEnrollmentRole,
  capacity: z.number().int().min(1).max(maximumEnrollmentCapacity).optional(),
});
export type ProgramEnrollmentCreate = z.infer<typeof ProgramEnrollmentCreate>;

export const ProgramEnrollment = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  role: ProgramEnrollmentRole,
  /** How many participants a mentor or coach takes; null for participants. */
  capacity: z.number().int().nullable(),
  person: ProgramPerson,
  createdAt: z.string(),
});
export type ProgramEnrollment = z.infer<typeof ProgramEnrollment>;

export const ProgramEnrollmentQuery = z.object({
  role: ProgramEnrollmentRole.optional(),
  page: pageNumber,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type ProgramEnrollmentQuery = z.input<typeof ProgramEnrollmentQuery>;

export const ProgramEnrollmentPage = z.object({
  items: z.array(ProgramEnrollment),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProgramEnrollmentPage = z.infer<typeof ProgramEnrollmentPage>;
