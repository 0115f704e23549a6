/**
 * Team engagement pulses: short anonymous surveys of a leader's team. Nothing is attributed and
 * no group is broken out, so the only protection is a minimum number of responses before a score shows.
 */
import { AssessmentInputError } from './errors.js';
import { checkAnswers, scoreAnswers, type Answers, type Instrument } from './instrument.js';

/** The fewest responses before a pulse score is shown; an organization may ask for more, never fewer. */
export const minimumPulseResponses = 5;

/** The scale a pulse is scored on. An instrument without it is scored on its only scale. */
export const pulseScaleKey = 'engagement';

export type PulseSummary = {
  /** Responses that rated at least one engagement item; blank ones do not count towards the minimum. */
  responses: number;
  /** Mean of the per-response engagement means; null below the minimum. */
  score: number | null;
  isShown: boolean;
};

/**
 * Summarizes one pulse round, keeping the score back until `minimum` people have answered.
 * Throws `AssessmentInputError` on a minimum below 5, an instrument with no scale to score, or a bad answer.
 * @example summarizePulse(engagementPulse, fourResponses) // { responses: 4, score: null, isShown: false }
 */
export function summarizePulse(
  instrument: Instrument,
  answersList: Answers[],
  minimum: number = minimumPulseResponses,
): PulseSummary {
  if (!Number.isSafeInteger(minimum) || minimum < minimumPulseResponses) {
    throw new AssessmentInputError('minimum', `must be a whole number of at least ${minimumPulseResponses}`);
  }
  const scaleKey = pulseScale(instrument);
  answersList.forEach((answers, index) => {
    const problem = checkAnswers(instrument, answers)[0];
    if (problem !== undefined) throw new AssessmentInputError(`answersList.${index}.${problem.path}`, problem.message);
  });
  const means = answersList.flatMap((answers) => {
    const mean = scoreAnswers(instrument, answers)[scaleKey]?.mean;
    return mean === null || mean === undefined ? [] : [mean];
  });
  const isShown = means.length >= minimum;
  return {
    responses: means.length,
    score: isShown ? means.reduce((sum, value) => sum + value, 0) / means.length : null,
    isShown,
  };
}

function pulseScale(instrument: Instrument): string {
  if (instrument.scales.some((scale) => scale.key === pulseScaleKey)) return pulseScaleKey;
  const [only, ...rest] = instrument.scales;
  if (only !== undefined && rest.length === 0) return only.key;
  throw new AssessmentInputError('instrument.scales', `must hold a scale called ${pulseScaleKey}, or only one scale`);
}

/**
 * The calendar quarter a day falls in, written `YYYY-Qn`. Quarters sort as text in time order.
 * @example quarterOf('2026-11-30') // '2026-Q4'
 */
export function quarterOf(day: string): string {
  const match = /^(\d{4})-(\d{2})-\d{2}/.exec(day);
  const month = match ? Number(match[2]) : NaN;
  if (!match || month < 1 || month > 12) throw new AssessmentInputError('day', 'must be a date written YYYY-MM-DD');
  return `${match[1]}-Q${Math.ceil(month / 3)}`;
}
