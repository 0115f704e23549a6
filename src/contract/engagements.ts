import { z } from 'zod';
import { CalendarDate } from './people.js';
import { ProgramPerson } from './programs.js';

// The lists mirror src/domain/engagements; src/server/modules/engagements/coaching.unit.test.ts fails
// if they drift apart. Names carry a `coaching` prefix because `contract/index.ts` re-exports every module.
export const coachingEngagementStatuses = ['proposed', 'active', 'paused', 'completed', 'ended_early'] as const;
export const CoachingEngagementStatus = z.enum(coachingEngagementStatuses);
export type CoachingEngagementStatus = z.infer<typeof CoachingEngagementStatus>;

/** The people of an engagement: the pair, and the leader's manager and the program's sponsor. */
export const coachingEngagementParties = ['coach', 'leader', 'manager', 'sponsor'] as const;
export const CoachingEngagementParty = z.enum(coachingEngagementParties);
export type CoachingEngagementParty = z.infer<typeof CoachingEngagementParty>;

/** How the signed-in user takes part: as one of the parties, or as an admin of the organization (metadata only). */
export const CoachingEngagementRole = z.enum([...coachingEngagementParties, 'admin']);
export type CoachingEngagementRole = z.infer<typeof CoachingEngagementRole>;

export const maximumCoachingGoals = 8;

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'is required');

export const CoachingEngagementParams = z.object({ id: z.uuid() });

export const CoachingEngagementListQuery = z.object({
  programId: z.uuid().optional(),
  status: CoachingEngagementStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CoachingEngagementListQuery = z.input<typeof CoachingEngagementListQuery>;

/** One goal as the coach and leader write it: what changes, for which competency, measured how, by when. */
export const CoachingGoalInput = z
  .object({
    statement: requiredText(500),
    /** A competency key of the organization (the defaults or one its admins added). */
    competency: requiredText(100),
    /** What is measured and in which unit, e.g. "360 rating of listening (1–5)". */
    metric: requiredText(200),
    baseline: z.number(),
    target: z.number(),
    /** Within the engagement's dates. */
    dueDate: CalendarDate,
  })
  .refine((goal) => goal.target !== goal.baseline, { message: 'must differ from the baseline', path: ['target'] });
export type CoachingGoalInput = z.infer<typeof CoachingGoalInput>;

/** `PUT /api/engagements/:id/goals`: the whole list, which restarts the three-way agreement. */
export const CoachingGoalsUpdate = z.object({
  goals: z
    .array(CoachingGoalInput)
    .min(1, 'needs at least one goal')
    .max(maximumCoachingGoals, `has more than ${maximumCoachingGoals} goals`),
});
export type CoachingGoalsUpdate = z.infer<typeof CoachingGoalsUpdate>;

export const CoachingGoal = z.object({
  id: z.uuid(),
  statement: z.string(),
  competency: z.string(),
  metric: z.string(),
  baseline: z.number(),
  target: z.number(),
  dueDate: z.string(),
});
export type CoachingGoal = z.infer<typeof CoachingGoal>;

/** One party the agreement asks, and whether and when they confirmed the current goals. */
export const CoachingAgreementParty = z.object({
  party: CoachingEngagementParty,
  person: ProgramPerson.nullable(),
  confirmedAt: z.string().nullable(),
});

/** The three-way agreement on the goals: coach, leader, and the manager (or the sponsor when there is none). */
export const CoachingAgreement = z.object({
  parties: z.array(CoachingAgreementParty),
  missing: z.array(CoachingEngagementParty),
  isComplete: z.boolean(),
});
export type CoachingAgreement = z.infer<typeof CoachingAgreement>;

/** What every viewer of an engagement sees, admins included: who, when, how far along; no content. */
const metadataFields = z.object({
  id: z.uuid(),
  program: z.object({ id: z.uuid(), name: z.string() }),
  coach: ProgramPerson,
  leader: ProgramPerson,
  manager: ProgramPerson.nullable(),
  sponsor: ProgramPerson.nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: CoachingEngagementStatus,
  goalCount: z.number().int(),
  isAgreementComplete: z.boolean(),
  endedAt: z.string().nullable(),
  myRoles: z.array(CoachingEngagementRole),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const CoachingEngagementSummary = metadataFields;
export type CoachingEngagementSummary = z.infer<typeof CoachingEngagementSummary>;

export const CoachingEngagementPage = z.object({
  items: z.array(CoachingEngagementSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CoachingEngagementPage = z.infer<typeof CoachingEngagementPage>;

/**
 * One engagement. `goals`, `endReason` and `finalSummary` are there only for its parties (coach,
 * leader, manager, sponsor); an admin who is not a party sees the metadata and the agreement's
 * progress, and those keys are absent.
 */
export const CoachingEngagement = metadataFields.extend({
  /** The statuses the lifecycle lists next; a move may still be refused for a missing requirement. */
  nextStatuses: z.array(CoachingEngagementStatus),
  agreement: CoachingAgreement,
  goals: z.array(CoachingGoal).optional(),
  endReason: z.string().nullable().optional(),
  finalSummary: z.string().nullable().optional(),
});
export type CoachingEngagement = z.infer<typeof CoachingEngagement>;

/** `PATCH /api/engagements/:id`: new dates while the engagement is proposed. */
export const CoachingEngagementUpdate = z
  .object({ startDate: CalendarDate.optional(), endDate: CalendarDate.optional() })
  .refine((update) => update.startDate !== undefined || update.endDate !== undefined, 'names no date to change');
export type CoachingEngagementUpdate = z.infer<typeof CoachingEngagementUpdate>;

/** `POST /api/engagements/:id/transition`. */
export const CoachingEngagementTransition = z.object({
  to: CoachingEngagementStatus,
  /** Why it ends early; required for `ended_early`. */
  reason: text(2000).optional(),
  /** The coach's close-out, how far each goal was attained; required for `completed`. */
  finalSummary: text(10_000).optional(),
});
export type CoachingEngagementTransition = z.infer<typeof CoachingEngagementTransition>;

/** `POST /api/engagements/:id/progress-checks`: every current goal rated 1–5 with its evidence. */
export const CoachingProgressCheckCreate = z.object({
  ratings: z
    .array(z.object({ goalId: z.uuid(), rating: z.number().int(), evidence: z.string().max(2000) }))
    .min(1, 'rates no goal')
    .max(maximumCoachingGoals),
});
export type CoachingProgressCheckCreate = z.infer<typeof CoachingProgressCheckCreate>;

export const CoachingProgressCheck = z.object({
  id: z.uuid(),
  checkedAt: z.string(),
  by: ProgramPerson,
  ratings: z.array(z.object({ goalId: z.string(), statement: z.string(), rating: z.number(), evidence: z.string() })),
});
export type CoachingProgressCheck = z.infer<typeof CoachingProgressCheck>;

/**
 * An engagement's progress checks, newest first, and when the next is due. Its parties (manager
 * and sponsor included) see the ratings; an admin who is not a party sees only the count and dates.
 */
export const CoachingProgress = z.object({
  engagementId: z.uuid(),
  cadence: z.enum(['weekly', 'biweekly', 'monthly']),
  nextDueAt: z.string().nullable(),
  isDue: z.boolean(),
  count: z.number().int(),
  lastCheckedAt: z.string().nullable(),
  checks: z.array(CoachingProgressCheck).optional(),
});
export type CoachingProgress = z.infer<typeof CoachingProgress>;
