import { z } from 'zod';
import { Approach, FiredRule } from './approach.js';
import { CompetencyKey } from './competencies.js';
import { ReadinessLevel } from './outcomes.js';
import { CalendarDate, Tier } from './people.js';

// Succession planning: key positions, their successors with readiness kept as history, bench
// strength and the nine-box. Admins manage it; admins and program sponsors read it; nobody else
// learns that they or anyone is named.

export const criticalities = ['critical', 'high', 'medium', 'low'] as const;
export const Criticality = z.enum(criticalities);
export const leavingRisks = ['high', 'medium', 'low'] as const;
export const LeavingRisk = z.enum(leavingRisks);

export const KeyPositionInput = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(200),
  /** The person holding it now; null while vacant. */
  incumbentPersonId: z.uuid().nullable(),
  criticality: Criticality,
  /** How likely the incumbent is to leave within a year. */
  incumbentLeavingRisk: LeavingRisk,
  requiredCompetencies: z
    .array(CompetencyKey)
    .max(20)
    .refine((keys) => new Set(keys).size === keys.length, 'List each competency once.')
    .default([]),
});
export type KeyPositionInput = z.input<typeof KeyPositionInput>;

const PersonRef = z.object({ id: z.uuid(), name: z.string(), title: z.string() });

export const PositionBench = z.object({
  readyNow: z.number().int(),
  readySoon: z.number().int(),
  later: z.number().int(),
  /** No successor is ready now. */
  isUncovered: z.boolean(),
});

export const Successor = z.object({
  id: z.uuid(),
  person: PersonRef.extend({ tier: Tier }),
  readiness: ReadinessLevel,
  assessedOn: z.string(),
  assessor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  addedOn: z.string(),
});
export type Successor = z.infer<typeof Successor>;

export const KeyPosition = z.object({
  id: z.uuid(),
  title: z.string(),
  incumbent: PersonRef.nullable(),
  criticality: Criticality,
  incumbentLeavingRisk: LeavingRisk,
  requiredCompetencies: z.array(z.string()),
  bench: PositionBench,
  successors: z.array(Successor),
  createdOn: z.string(),
  updatedAt: z.string(),
});
export type KeyPosition = z.infer<typeof KeyPosition>;

export const KeyPositionPage = z.object({
  items: z.array(KeyPosition),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type KeyPositionPage = z.infer<typeof KeyPositionPage>;
export const KeyPositionQuery = z.object({
  /** Part of the title. */
  search: z.string().trim().max(100).optional(),
  /** Only positions with no ready-now successor. */
  uncovered: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const KeyPositionParams = z.object({ positionId: z.uuid() });
export const SuccessorParams = z.object({ positionId: z.uuid(), successorId: z.uuid() });

export const SuccessorCreate = z.object({
  personId: z.uuid(),
  readiness: ReadinessLevel,
  /** Defaults to today. */
  assessedOn: CalendarDate.optional(),
  note: z.string().trim().max(1000).default(''),
});
export type SuccessorCreate = z.input<typeof SuccessorCreate>;

export const SuccessorReadinessCreate = z.object({
  readiness: ReadinessLevel,
  assessedOn: CalendarDate.optional(),
  note: z.string().trim().max(1000).default(''),
});
export type SuccessorReadinessCreate = z.input<typeof SuccessorReadinessCreate>;

export const ReadinessChange = z.object({
  id: z.uuid(),
  readiness: ReadinessLevel,
  assessedOn: z.string(),
  assessor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  note: z.string(),
  createdAt: z.string(),
});

/** One successor of one position, with every readiness change, newest first. */
export const SuccessorDetail = Successor.extend({
  positionId: z.uuid(),
  history: z.array(ReadinessChange),
});
export type SuccessorDetail = z.infer<typeof SuccessorDetail>;

/** A successor's gap and what to do about it. */
export const SuccessorGap = z.object({
  successorId: z.uuid(),
  person: PersonRef.extend({ tier: Tier }),
  competencies: z.array(
    z.object({ competency: z.string(), label: z.string(), level: z.number().int().nullable(), isGap: z.boolean() }),
  ),
  recommendation: z.object({ approach: Approach, rules: z.array(FiredRule), targetCompetencies: z.array(z.string()) }),
  /** Programs open to enrollment that fit the approach and the person's tier; the person's own enrollments marked. */
  programs: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      type: z.enum(['coaching', 'mentoring', 'blended']),
      status: z.string(),
      startDate: z.string(),
      isEnrolled: z.boolean(),
    }),
  ),
});
export type SuccessorGap = z.infer<typeof SuccessorGap>;

/** The organization's bench: cover now, the positions without it, and the trend by month. */
export const BenchStrength = z.object({
  positions: z.number().int(),
  covered: z.number().int(),
  /** Share of key positions with at least one ready-now successor; null without positions. */
  coveredShare: z.number().nullable(),
  readySoonSuccessors: z.number().int(),
  uncovered: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      criticality: Criticality,
      incumbentLeavingRisk: LeavingRisk,
      readySoon: z.number().int(),
    }),
  ),
  trend: z.array(
    z.object({
      date: z.string(),
      positions: z.number().int(),
      covered: z.number().int(),
      share: z.number().nullable(),
    }),
  ),
});
export type BenchStrength = z.infer<typeof BenchStrength>;

export const Rating = z.number().int().min(1, 'must be 1, 2 or 3').max(3, 'must be 1, 2 or 3');

const NineBoxPerson = PersonRef.extend({ tier: Tier, department: z.string() });
export const NineBox = z.object({
  /** Top row (high potential) first, low performance on the left. */
  cells: z.array(
    z.object({
      performance: z.number().int(),
      potential: z.number().int(),
      name: z.string(),
      people: z.array(NineBoxPerson),
    }),
  ),
  /** People without both ratings: counted, never guessed into a cell. */
  unrated: z.number().int(),
  recentMoves: z.array(
    z.object({
      person: PersonRef,
      from: z.object({ performance: z.number().int().nullable(), potential: z.number().int().nullable() }),
      to: z.object({ performance: z.number().int(), potential: z.number().int() }),
      reason: z.string(),
      movedBy: z.string().nullable(),
      movedAt: z.string(),
    }),
  ),
});
export type NineBox = z.infer<typeof NineBox>;
export const NineBoxQuery = z.object({
  department: z.string().trim().max(200).optional(),
  tier: Tier.optional(),
});
export const NineBoxMove = z.object({
  performance: Rating,
  potential: Rating,
  reason: z.string().trim().min(3, 'Say why in a few words.').max(1000),
});
export type NineBoxMove = z.infer<typeof NineBoxMove>;
export const NineBoxPersonParams = z.object({ personId: z.uuid() });
