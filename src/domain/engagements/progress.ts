import type { SessionCadence } from '../programs/index.js';
import { epochDay } from './dates.js';
import { cadenceDays } from './health.js';

const dayMs = 86_400_000;

/** Ratings run from 1 (no movement yet) to 5 (the target is reached). */
export const progressRatings = [1, 2, 3, 4, 5] as const;

/** One goal's rating in a progress check, with the evidence for it. */
export type GoalRating = { goalId: string; rating: number; evidence: string };

export type ProgressProblem = { field: string; message: string };

/**
 * Problems with a progress check: every current goal rated exactly once, 1–5, with evidence.
 * `field` is relative to the check (`ratings`, `ratings.2.rating`, …). Empty when it may be saved.
 */
export function checkProgressRatings(goalIds: readonly string[], ratings: readonly GoalRating[]): ProgressProblem[] {
  const problems: ProgressProblem[] = [];
  const seen = new Set<string>();
  ratings.forEach((entry, index) => {
    if (!goalIds.includes(entry.goalId)) {
      problems.push({ field: `ratings.${index}.goalId`, message: 'is not a current goal of this engagement' });
    } else if (seen.has(entry.goalId)) {
      problems.push({ field: `ratings.${index}.goalId`, message: 'rates a goal a second time' });
    }
    seen.add(entry.goalId);
    if (!Number.isInteger(entry.rating) || entry.rating < 1 || entry.rating > 5) {
      problems.push({ field: `ratings.${index}.rating`, message: 'must be a whole number from 1 to 5' });
    }
    if (entry.evidence.trim() === '') {
      problems.push({ field: `ratings.${index}.evidence`, message: 'needs the evidence behind the rating' });
    }
  });
  const missing = goalIds.filter((goalId) => !seen.has(goalId));
  if (missing.length > 0) {
    problems.push({ field: 'ratings', message: `leaves ${missing.length} goal(s) unrated; a check rates every goal` });
  }
  return problems;
}

/**
 * When the next progress check is due: one cadence period after the last check, or after the
 * engagement's start when there has been none.
 *
 * @example progressCheckDue({ cadence: 'biweekly', startDate: '2027-01-04', lastCheckedAt: null, now }) // due 2027-01-18
 */
export function progressCheckDue(input: {
  cadence: SessionCadence;
  startDate: string;
  lastCheckedAt: Date | null;
  now: Date;
}): { dueAt: Date; isDue: boolean } {
  const from = input.lastCheckedAt?.getTime() ?? epochDay(input.startDate) * dayMs;
  const dueAt = new Date(from + cadenceDays(input.cadence) * dayMs);
  return { dueAt, isDue: input.now.getTime() >= dueAt.getTime() };
}
