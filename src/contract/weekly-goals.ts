import { z } from 'zod';

/** An ISO week written like 2026-W48. */
export const WeekKey = z.string().regex(/^\d{4}-W\d{2}$/, 'must be an ISO week written like 2026-W48');

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

/** The most goals one week takes: a few, kept short, is the point. */
export const maximumWeeklyGoals = 5;

export const WeeklyGoalCreate = z.object({
  description: text(300),
  /** The development goal it moves forward. */
  developmentGoal: text(300),
  /** The business result it serves. */
  businessResult: text(300),
  /** Defaults to the current week in the person's time zone. */
  week: WeekKey.optional(),
});
export type WeeklyGoalCreate = z.infer<typeof WeeklyGoalCreate>;

export const WeeklyGoalUpdate = z
  .object({
    description: text(300),
    developmentGoal: text(300),
    businessResult: text(300),
    done: z.boolean(),
  })
  .partial()
  .refine((update) => Object.keys(update).length > 0, 'names no field to change');
export type WeeklyGoalUpdate = z.infer<typeof WeeklyGoalUpdate>;

export const WeeklyGoal = z.object({
  id: z.uuid(),
  week: z.string(),
  description: z.string(),
  developmentGoal: z.string(),
  businessResult: z.string(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});
export type WeeklyGoal = z.infer<typeof WeeklyGoal>;

/** One person's week: their goals, the weeks around it, and their streak. */
export const WeeklyGoalWeek = z.object({
  personId: z.uuid(),
  week: z.string(),
  currentWeek: z.string(),
  previousWeek: z.string(),
  nextWeek: z.string(),
  goals: z.array(WeeklyGoal),
  /** Weeks in a row, up to this one, with at least one goal ticked off. */
  streak: z.number().int(),
});
export type WeeklyGoalWeek = z.infer<typeof WeeklyGoalWeek>;

export const WeeklyGoalQuery = z.object({ week: WeekKey.optional() });
export const WeeklyGoalParams = z.object({ id: z.uuid() });
export const WeeklyGoalPersonParams = z.object({ personId: z.uuid() });
