import type { InstrumentDocument } from '../../../contract/assessments.js';
import { formatInstant } from '../engagements/engagement-view';
import type { Answers } from '../feedback/rater-form-view';

// Words and checks for the behavioural-profile pages, kept free of React so they are easy to test.

/** What the profile is, who sees what, and that it stays the person's to change. */
export const profileIntro =
  'A five-factor self-profile written by Tandem: say how well each statement describes how you usually behave at work. ' +
  'Your scores (never your answers) go to your current coach or mentor, and matching compares profiles for “profile fit”; ' +
  'administrators never see it. You can retake or delete it at any time.';

/** Beside a statement left without a rating. */
export const unratedMessage = 'Choose how well this statement describes you.';

/**
 * A message for every statement without a rating, keyed as the server names the field
 * (`answers.<itemKey>`), so that the form shows its own check and the server's in the same place.
 *
 * @example unratedErrors(instrument, { plans_the_week: 4 }) // { 'answers.keeps_deadlines': 'Choose how…', ... }
 */
export function unratedErrors(instrument: Pick<InstrumentDocument, 'items'>, answers: Answers): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const item of instrument.items) {
    if (item.kind === 'likert' && typeof answers[item.key] !== 'number') errors[`answers.${item.key}`] = unratedMessage;
  }
  return errors;
}

/** "1 statement still needs an answer.", "3 statements still need an answer.", or null when all have one. */
export function remainingNote(counts: { answered: number; total: number }): string | null {
  const left = counts.total - counts.answered;
  if (left <= 0) return null;
  return left === 1 ? '1 statement still needs an answer.' : `${left} statements still need an answer.`;
}

/** A dimension's mean as "3.4 of 5"; "Not answered" when none of its statements was rated. */
export function scoreText(mean: number | null, points: number): string {
  return mean === null ? 'Not answered' : `${mean.toFixed(1)} of ${points}`;
}

/** "Filled in 4 Mar 2026, 14:05", in the viewer's time zone. */
export function completedLine(completedAt: string): string {
  return `Filled in ${formatInstant(completedAt)}`;
}

/** What a coach or mentor reads before someone has a profile. */
export function notFilledInSentence(name: string): string {
  return `${name} has not filled in a behavioural profile yet.`;
}
