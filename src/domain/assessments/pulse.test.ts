import { describe, expect, it } from 'vitest';
import { AssessmentInputError, engagementPulse, minimumPulseResponses, quarterOf, summarizePulse } from './index.js';
import type { Answers, Instrument } from './index.js';

/** An engagement pulse answer rating every statement at `point`, the reverse-keyed one turned round. */
function allAt(point: number): Answers {
  return Object.fromEntries(
    engagementPulse.items.flatMap((item) =>
      item.kind === 'likert' ? [[item.key, item.isReverseKeyed ? 6 - point : point]] : [],
    ),
  );
}

describe('summarizePulse', () => {
  it('holds the score back below five responses', () => {
    expect(minimumPulseResponses).toBe(5);
    const answersList = [allAt(4), allAt(4), allAt(5), allAt(3)];
    expect(summarizePulse(engagementPulse, answersList)).toEqual({ responses: 4, score: null, isShown: false });
  });

  it('shows the mean of each response’s own mean from five responses on', () => {
    const answersList = [allAt(4), allAt(4), allAt(5), allAt(3), allAt(1)];
    expect(summarizePulse(engagementPulse, answersList)).toEqual({ responses: 5, score: 3.4, isShown: true });
  });

  it('weighs every person the same, however many statements they rated', () => {
    const oneStatement: Answers = { ideas_taken_seriously: 5 };
    const summary = summarizePulse(engagementPulse, [oneStatement, allAt(1), allAt(1), allAt(1), allAt(1)]);
    expect(summary.score).toBeCloseTo(1.8, 12);
  });

  it('scores the reverse-keyed statement turned round', () => {
    const answersList = Array.from({ length: 5 }, (): Answers => ({ often_drained: 1 }));
    expect(summarizePulse(engagementPulse, answersList).score).toBe(5);
  });

  it('does not count a response that rated no statement', () => {
    const blank: Answers = { one_improvement: 'More time to think.', sees_future_here: null };
    const answersList = [allAt(4), allAt(4), allAt(4), allAt(4), blank];
    expect(summarizePulse(engagementPulse, answersList)).toEqual({ responses: 4, score: null, isShown: false });
  });

  it('lets an organization ask for more responses, never fewer', () => {
    const five = [allAt(4), allAt(4), allAt(4), allAt(4), allAt(4)];
    expect(summarizePulse(engagementPulse, five, 6).isShown).toBe(false);
    expect(summarizePulse(engagementPulse, [...five, allAt(4)], 6)).toEqual({ responses: 6, score: 4, isShown: true });
    expect(() => summarizePulse(engagementPulse, five, 4)).toThrow(AssessmentInputError);
    expect(() => summarizePulse(engagementPulse, five, 5.5)).toThrow('minimum: must be a whole number of at least 5');
  });

  it('scores an instrument with one scale of another name on that scale', () => {
    const renamed: Instrument = {
      ...engagementPulse,
      scales: [{ ...engagementPulse.scales[0]!, key: 'team_climate' }],
      items: engagementPulse.items.map((item) =>
        item.kind === 'likert' ? { ...item, scaleKey: 'team_climate' } : item,
      ),
    };
    const answersList = Array.from({ length: 5 }, () => ({ ideas_taken_seriously: 2 }));
    expect(summarizePulse(renamed, answersList).score).toBe(2);
  });

  it('refuses an instrument with several scales and none called engagement', () => {
    const twoScales: Instrument = {
      ...engagementPulse,
      scales: [
        { key: 'clarity', label: 'Clarity', description: 'Clear goals.', competencyKey: null },
        { key: 'voice', label: 'Voice', description: 'Being heard.', competencyKey: null },
      ],
    };
    expect(() => summarizePulse(twoScales, [])).toThrow('instrument.scales: must hold a scale called engagement');
  });

  it('names a bad answer by its place in the list', () => {
    const answersList = [allAt(4), { gets_useful_feedback: 0 }];
    expect(() => summarizePulse(engagementPulse, answersList)).toThrow(
      'answersList.1.gets_useful_feedback: must be a whole number from 1 to 5',
    );
  });
});

describe('quarterOf', () => {
  it('names the calendar quarter of a day, at both ends of each quarter', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-12-31T23:59:59Z')).toBe('2026-Q4');
  });

  it('refuses what is not a date', () => {
    expect(() => quarterOf('2026-13-01')).toThrow(AssessmentInputError);
    expect(() => quarterOf('Q4')).toThrow(AssessmentInputError);
  });
});
