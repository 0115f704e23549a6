import { z } from 'zod';

// Mirrors competencyKeyPattern in src/domain/competencies (approach.unit.test.ts checks both on the same examples).
export const CompetencyKey = z
  .string()
  .regex(/^(?=.{2,60}$)[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'Use a lower snake case key of 2 to 60 characters.');

export const Competency = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  /** True for the vocabulary every organization starts with; false for what an admin added. */
  isDefault: z.boolean(),
});
export type Competency = z.infer<typeof Competency>;

export const NewCompetency = z.object({
  key: CompetencyKey,
  label: z.string().trim().min(1, 'is required').max(100),
  description: z.string().trim().max(1000).default(''),
});
export type NewCompetency = z.infer<typeof NewCompetency>;

export const CompetencyList = z.object({ items: z.array(Competency) });
