import { z } from 'zod';
import { CalendarDate, Tier } from './people.js';

// A program's outcomes over the HTTP API: effects with their uncertainty, every figure with its n,
// "not enough data" below the minimum. The statistics live in src/domain/stats and
// src/domain/outcomes; this file only names the shapes.

/** Fewer than this many people (or leaders) in a group and the dashboard shows no figure for it. */
export const minimumOutcomeN = 5;

export const Interval = z.tuple([z.number(), z.number()]);

/** Why a section or row has no figure: too few people, and how many there were. */
export const NotEnoughData = z.object({
  status: z.literal('not_enough_data'),
  n: z.number().int(),
  minimumN: z.number().int(),
  reason: z.string(),
});
export type NotEnoughData = z.infer<typeof NotEnoughData>;

/** Pre against post on one competency (or all of them), for the participants with both. */
export const FeedbackChangeRow = z.object({
  key: z.string(),
  label: z.string(),
  n: z.number().int(),
  result: z.union([
    z.object({
      status: z.literal('ok'),
      preMean: z.number(),
      postMean: z.number(),
      meanChange: z.number(),
      ci: Interval,
      p: z.number(),
      cohensDz: z.number(),
      hedgesGz: z.number(),
    }),
    NotEnoughData,
  ]),
});
export type FeedbackChangeRow = z.infer<typeof FeedbackChangeRow>;

export const FeedbackChange = z.object({
  /** Participants of the program, and how many have closed pre and post 360s. */
  participants: z.number().int(),
  withBoth: z.number().int(),
  onlyPre: z.number().int(),
  onlyPost: z.number().int(),
  neither: z.number().int(),
  competencies: z.array(FeedbackChangeRow),
  overall: FeedbackChangeRow,
  /** What a participant's score is: others' mean (self excluded, only groups shown in their report). */
  method: z.string(),
});
export type FeedbackChange = z.infer<typeof FeedbackChange>;

export const EngagementTrendPoint = z.object({
  quarter: z.string(),
  participants: z.object({ n: z.number().int(), mean: z.number().nullable() }),
  comparison: z.object({ n: z.number().int(), mean: z.number().nullable() }),
});

/** Team engagement under the program's leaders against comparable leaders outside it. */
export const EngagementChange = z.object({
  /** The last quarter before the program started, and the latest closed quarter since. */
  beforeQuarter: z.string().nullable(),
  afterQuarter: z.string().nullable(),
  participants: z.object({ leaders: z.number().int(), before: z.number().nullable(), after: z.number().nullable() }),
  comparison: z.object({ leaders: z.number().int(), before: z.number().nullable(), after: z.number().nullable() }),
  result: z.union([
    z.object({ status: z.literal('ok'), estimate: z.number(), ci: Interval, p: z.number() }),
    NotEnoughData,
  ]),
  /** Who counts as comparable, in words. */
  comparisonRule: z.string(),
  /** The assumption the estimate rests on (parallel trends), in words. */
  assumption: z.string(),
  trend: z.array(EngagementTrendPoint),
});
export type EngagementChange = z.infer<typeof EngagementChange>;

/** One step of a Kaplan–Meier curve; time in months since the start. */
export const SurvivalPoint = z.object({
  months: z.number(),
  atRisk: z.number().int(),
  events: z.number().int(),
  survival: z.number(),
  lower: z.number(),
  upper: z.number(),
});
export type SurvivalPoint = z.infer<typeof SurvivalPoint>;

export const SurvivalCurve = z.object({
  label: z.string(),
  n: z.number().int(),
  events: z.number().int(),
  /** Empty when n is below the minimum. */
  points: z.array(SurvivalPoint),
  /** Months until half had the event, when the curve gets there. */
  medianMonths: z.number().nullable(),
  isShown: z.boolean(),
});
export type SurvivalCurve = z.infer<typeof SurvivalCurve>;

/** Time from enrollment to a "ready now" assessment, per tier; leaving first is censoring. */
export const ReadinessTimelines = z.object({
  tiers: z.array(z.object({ tier: Tier, curve: SurvivalCurve })),
  censoring: z.string(),
});
export type ReadinessTimelines = z.infer<typeof ReadinessTimelines>;

/** High-potential participants against high-potential people outside the program: still employed. */
export const Retention = z.object({
  participants: SurvivalCurve,
  comparison: SurvivalCurve,
  logRank: z.union([
    z.object({ status: z.literal('ok'), chiSquare: z.number(), df: z.number().int(), p: z.number() }),
    NotEnoughData,
  ]),
  method: z.string(),
});
export type Retention = z.infer<typeof Retention>;

/** One of the program's business metrics, measured per leader's team. */
export const BusinessOutcome = z.object({
  outcomeId: z.uuid(),
  kind: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  /** Leaders' teams with a measurement (the latest per leader counts). */
  n: z.number().int(),
  result: z.union([
    z.object({
      status: z.literal('ok'),
      mean: z.number(),
      ci: Interval,
      /** Teams at or beyond the target (in the target's direction), with a Wilson interval. */
      atTarget: z.object({ count: z.number().int(), share: z.number(), ci: Interval }),
    }),
    NotEnoughData,
  ]),
  measurements: z.array(
    z.object({ leader: z.object({ id: z.uuid(), name: z.string() }), measuredOn: z.string(), value: z.number() }),
  ),
});
export type BusinessOutcome = z.infer<typeof BusinessOutcome>;

export const kirkpatrickLevels = ['reaction', 'learning', 'behaviour', 'results'] as const;
export const KirkpatrickLevel = z.object({
  level: z.enum(kirkpatrickLevels),
  /** One sentence with the level's main figure, or why there is none. */
  summary: z.string(),
  figures: z.array(z.object({ label: z.string(), value: z.string(), n: z.number().int().nullable() })),
});
export type KirkpatrickLevel = z.infer<typeof KirkpatrickLevel>;

/** Phillips ROI: what the program's money bought, with the estimate's own discounts. */
export const RoiAssumptions = z.object({
  /** Yearly monetary benefits the leaders' teams report, in the program's currency. */
  monetaryBenefits: z.number().min(0, 'must be 0 or more').max(1e12),
  /** Share of the benefits attributed to the program (0–1), the rest to other causes. */
  attribution: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  /** How sure the estimators are of their own figure (0–1). */
  confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  /** Fully loaded costs: fees, participants' and mentors' time, administration, tools. */
  fullyLoadedCosts: z.number().positive('must be more than 0').max(1e12),
  currency: z.string().trim().min(1, 'is required').max(3, 'must be a currency code like EUR'),
  /** Where the figures come from, in words. */
  note: z.string().max(2000).default(''),
});
export type RoiAssumptions = z.infer<typeof RoiAssumptions>;

export const RoiResult = z.object({
  adjustedBenefits: z.number(),
  benefitCostRatio: z.number(),
  roiPercent: z.number(),
  /** ROI % with attribution and confidence each 20 points lower and higher (capped to 0–1). */
  sensitivity: z.object({ low: z.number(), high: z.number() }),
  /** The assumptions in words. */
  explanation: z.string(),
});
export type RoiResult = z.infer<typeof RoiResult>;

export const ProgramOutcomes = z.object({
  program: z.object({
    id: z.uuid(),
    name: z.string(),
    type: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    status: z.string(),
  }),
  generatedAt: z.string(),
  confidence: z.number(),
  minimumN: z.number().int(),
  feedbackChange: FeedbackChange,
  engagement: EngagementChange,
  readiness: ReadinessTimelines,
  retention: Retention,
  businessOutcomes: z.array(BusinessOutcome),
  kirkpatrick: z.array(KirkpatrickLevel),
  roi: z.object({
    assumptions: RoiAssumptions.nullable(),
    result: RoiResult.nullable(),
    /** The ICF/PwC figures, as context with their caveat. */
    context: z.string(),
  }),
});
export type ProgramOutcomes = z.infer<typeof ProgramOutcomes>;
export const ProgramOutcomesParams = z.object({ id: z.uuid() });

/** A promotion-readiness assessment of a person, kept as history. */
export const readinessLevels = ['ready_now', 'ready_1_2_years', 'ready_3_plus_years'] as const;
export const ReadinessLevel = z.enum(readinessLevels);
export const ReadinessAssessmentCreate = z.object({
  readiness: ReadinessLevel,
  assessedOn: CalendarDate,
  note: z.string().trim().max(1000).default(''),
});
export type ReadinessAssessmentCreate = z.input<typeof ReadinessAssessmentCreate>;
export const ReadinessAssessment = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  readiness: ReadinessLevel,
  assessedOn: z.string(),
  assessor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  note: z.string(),
  createdAt: z.string(),
});
export type ReadinessAssessment = z.infer<typeof ReadinessAssessment>;
export const ReadinessHistory = z.object({ items: z.array(ReadinessAssessment) });
export const ReadinessPersonParams = z.object({ personId: z.uuid() });

/** A business metric measured for one leader's team. */
export const OutcomeMeasurementCreate = z.object({
  leaderPersonId: z.uuid(),
  measuredOn: CalendarDate,
  value: z.number().finite(),
});
export type OutcomeMeasurementCreate = z.infer<typeof OutcomeMeasurementCreate>;
export const OutcomeMeasurementParams = z.object({ id: z.uuid(), outcomeId: z.uuid() });
