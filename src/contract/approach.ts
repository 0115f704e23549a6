import { z } from 'zod';
import { CompetencyKey } from './competencies.js';

// These lists mirror src/domain/approach; approach.unit.test.ts fails if they drift apart.
export const needKinds = [
  'specific_measurable_gap',
  'role_transition',
  'high_stakes_transition',
  'executive_transition',
  'skill_to_build',
  'high_potential_grooming',
  'knowledge_transfer',
  'cultural_integration',
  'succession',
  'long_term_career_perspective',
] as const;
export const NeedKind = z.enum(needKinds);
export type NeedKind = z.infer<typeof NeedKind>;

export const urgencies = ['low', 'normal', 'urgent'] as const;
export const Urgency = z.enum(urgencies);
export type Urgency = z.infer<typeof Urgency>;

export const approaches = ['coaching', 'mentoring', 'both'] as const;
export const Approach = z.enum(approaches);
export type Approach = z.infer<typeof Approach>;

/** A leader's development need, as an admin or the leader describes it. */
export const DevelopmentNeedInput = z.object({
  kinds: z
    .array(NeedKind)
    .min(1, 'Name at least one kind of need.')
    .refine((kinds) => new Set(kinds).size === kinds.length, 'List each kind of need once.'),
  urgency: Urgency.default('normal'),
  timeHorizonMonths: z.number().int().min(1).max(120),
  mustMeasureOutcomes: z.boolean().default(false),
  competencies: z.array(CompetencyKey).max(20).default([]),
});
export type DevelopmentNeedInput = z.infer<typeof DevelopmentNeedInput>;

/** One rule that fired, with the reasoning an admin reads before overruling it. */
export const FiredRule = z.object({
  id: z.string(),
  title: z.string(),
  explanation: z.string(),
  favours: Approach,
});
export type FiredRule = z.infer<typeof FiredRule>;

/** The recommended approach, every rule that fired (never none) and the competencies to target. */
export const ApproachRecommendationOutput = z.object({
  approach: Approach,
  rules: z.array(FiredRule).min(1),
  targetCompetencies: z.array(z.string()),
});
export type ApproachRecommendationOutput = z.infer<typeof ApproachRecommendationOutput>;

export const RecommendationOverride = z.object({
  approach: Approach,
  reason: z.string().trim().min(10, 'Say why in at least 10 characters.').max(2000),
});
export type RecommendationOverride = z.infer<typeof RecommendationOverride>;

/** A recommendation as stored for a person: what was asked, what fired, and any override. */
export const PersonRecommendation = ApproachRecommendationOutput.extend({
  id: z.uuid(),
  personId: z.uuid(),
  need: DevelopmentNeedInput,
  createdAt: z.string(),
  override: z
    .object({ approach: Approach, reason: z.string(), overriddenBy: z.string(), overriddenAt: z.string() })
    .nullable(),
  /** The override's approach when there is one, otherwise the recommended one. */
  finalApproach: Approach,
});
export type PersonRecommendation = z.infer<typeof PersonRecommendation>;
