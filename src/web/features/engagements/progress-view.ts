import type {
  CoachingEngagementStatus,
  CoachingGoal,
  CoachingProgress,
  CoachingProgressCheckCreate,
} from '../../../contract/index.js';
import { formatInstant } from './engagement-view';

// Words and shapes for the progress checks of a coaching engagement, kept free of React.

/** Ratings run from 1 (no movement yet) to 5 (the target is reached), as the API checks them. */
export const progressRatings = [1, 2, 3, 4, 5] as const;

/** `3` reads "3 of 5". */
export function ratingText(rating: number): string {
  return `${rating} of 5`;
}

/**
 * When the next check is due, in words. The API names no date while the engagement is not active.
 *
 * @example progressDueLine({ nextDueAt: '2027-01-18T09:30:00Z', isDue: true }, 'active', 'UTC') // 'A progress check is due since 18 Jan 2027, 09:30.'
 */
export function progressDueLine(
  progress: Pick<CoachingProgress, 'nextDueAt' | 'isDue'>,
  status: CoachingEngagementStatus,
  timeZone?: string,
): string {
  if (progress.nextDueAt === null) {
    switch (status) {
      case 'proposed':
        return 'Progress checks begin once the engagement starts.';
      case 'active':
        return 'No progress check is due yet.';
      case 'paused':
        return 'No progress check is due while the engagement is paused.';
      case 'completed':
      case 'ended_early':
        return 'The engagement is closed: no more progress checks are due.';
    }
  }
  const when = formatInstant(progress.nextDueAt, timeZone);
  return progress.isDue ? `A progress check is due since ${when}.` : `The next progress check is due on ${when}.`;
}

/** "2 progress checks; the last on 4 Mar 2026, 14:05." — all an administrator sees of them. */
export function progressCountLine(
  progress: Pick<CoachingProgress, 'count' | 'lastCheckedAt'>,
  timeZone?: string,
): string {
  if (progress.count === 0 || progress.lastCheckedAt === null) return 'No progress check yet.';
  const last = formatInstant(progress.lastCheckedAt, timeZone);
  return progress.count === 1
    ? `1 progress check, on ${last}.`
    : `${progress.count} progress checks; the last on ${last}.`;
}

/** One goal's row in the form: the rating is null until the coach picks one. */
export type RatingDraft = { goalId: string; statement: string; rating: number | null; evidence: string };

/** An empty check: one row per current goal, in the goals' order. */
export function emptyProgressDraft(goals: readonly Pick<CoachingGoal, 'id' | 'statement'>[]): RatingDraft[] {
  return goals.map((goal) => ({ goalId: goal.id, statement: goal.statement, rating: null, evidence: '' }));
}

/**
 * The goals left without a rating, as errors keyed like the server's fields (`ratings.1.rating`),
 * so they sit where the server's would. Evidence is left to the server, which says what it needs.
 */
export function missingRatings(draft: readonly RatingDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  draft.forEach((row, index) => {
    if (row.rating === null) errors[`ratings.${index}.rating`] = 'Choose a rating from 1 to 5.';
  });
  return errors;
}

/** The request body; call it once `missingRatings` is empty (an unrated goal would be sent as 0). */
export function toProgressCheckInput(draft: readonly RatingDraft[]): CoachingProgressCheckCreate {
  return {
    ratings: draft.map((row) => ({ goalId: row.goalId, rating: row.rating ?? 0, evidence: row.evidence.trim() })),
  };
}
