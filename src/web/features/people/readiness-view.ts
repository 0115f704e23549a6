import type { ReadinessAssessment, ReadinessAssessmentCreate } from '../../../contract/outcomes.js';
import type { ReadinessLevel } from './labels';

// The promotion-readiness form and history without React: what the browser checks before sending
// (the server checks again), and how the latest assessment reads.

export type ReadinessDraft = { readiness: ReadinessLevel | null; assessedOn: string; note: string };

/** The fields as the API names them (`body.<field>`); the form shows each message by its input. */
export const readinessFields = ['readiness', 'assessedOn', 'note'] as const;
export type ReadinessField = (typeof readinessFields)[number];

const noteLength = 1000;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function emptyReadinessDraft(today: string): ReadinessDraft {
  return { readiness: null, assessedOn: today, note: '' };
}

/** The assessment as the API takes it, or what to fix, by field. */
export function toReadinessCreate(
  draft: ReadinessDraft,
): { body: ReadinessAssessmentCreate; errors: null } | { body: null; errors: Partial<Record<ReadinessField, string>> } {
  const errors: Partial<Record<ReadinessField, string>> = {};
  if (draft.readiness === null) errors.readiness = 'Choose how ready the person is.';
  if (!datePattern.test(draft.assessedOn)) errors.assessedOn = 'Enter the date of the assessment.';
  const note = draft.note.trim();
  if (note.length > noteLength) errors.note = `Keep the note to ${noteLength} characters.`;
  if (Object.keys(errors).length > 0 || draft.readiness === null) return { body: null, errors };
  return { body: { readiness: draft.readiness, assessedOn: draft.assessedOn, note }, errors: null };
}

/** Who assessed, or a dash when the assessor is unknown (an import, or a person since erased). */
export function assessorName(assessment: Pick<ReadinessAssessment, 'assessor'>): string {
  return assessment.assessor?.name ?? '–';
}
