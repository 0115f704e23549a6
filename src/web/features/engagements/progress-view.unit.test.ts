import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { fieldErrors } from './form-errors';
import {
  emptyProgressDraft,
  missingRatings,
  progressCountLine,
  progressDueLine,
  ratingText,
  toProgressCheckInput,
} from './progress-view';

const goals = [
  { id: 'goal-a', statement: 'Listens before answering' },
  { id: 'goal-b', statement: 'Settles disagreements the same week' },
];

describe('ratingText', () => {
  it('reads a rating out of five', () => {
    expect(ratingText(3)).toBe('3 of 5');
  });
});

describe('progressDueLine', () => {
  const dueAt = '2027-01-18T09:30:00.000Z';
  it('names the date of the next check, and says when it is due', () => {
    expect(progressDueLine({ nextDueAt: dueAt, isDue: false }, 'active', 'UTC')).toBe(
      'The next progress check is due on 18 Jan 2027, 09:30.',
    );
    expect(progressDueLine({ nextDueAt: dueAt, isDue: true }, 'active', 'UTC')).toBe(
      'A progress check is due since 18 Jan 2027, 09:30.',
    );
  });
  it('explains why no check is due outside an active engagement', () => {
    expect(progressDueLine({ nextDueAt: null, isDue: false }, 'proposed')).toBe(
      'Progress checks begin once the engagement starts.',
    );
    expect(progressDueLine({ nextDueAt: null, isDue: false }, 'paused')).toBe(
      'No progress check is due while the engagement is paused.',
    );
    expect(progressDueLine({ nextDueAt: null, isDue: false }, 'completed')).toBe(
      'The engagement is closed: no more progress checks are due.',
    );
  });
});

describe('progressCountLine', () => {
  it('counts the checks and names the last', () => {
    expect(progressCountLine({ count: 0, lastCheckedAt: null })).toBe('No progress check yet.');
    expect(progressCountLine({ count: 1, lastCheckedAt: '2027-02-01T14:05:00Z' }, 'UTC')).toBe(
      '1 progress check, on 1 Feb 2027, 14:05.',
    );
    expect(progressCountLine({ count: 3, lastCheckedAt: '2027-02-01T14:05:00Z' }, 'UTC')).toBe(
      '3 progress checks; the last on 1 Feb 2027, 14:05.',
    );
  });
});

describe('the progress check form', () => {
  it('starts with one unrated row per goal, in order', () => {
    expect(emptyProgressDraft(goals)).toEqual([
      { goalId: 'goal-a', statement: goals[0]!.statement, rating: null, evidence: '' },
      { goalId: 'goal-b', statement: goals[1]!.statement, rating: null, evidence: '' },
    ]);
  });
  it('points at each unrated goal the way the server names its fields', () => {
    const draft = emptyProgressDraft(goals).map((row, index) => (index === 0 ? { ...row, rating: 4 } : row));
    expect(missingRatings(draft)).toEqual({ 'ratings.1.rating': 'Choose a rating from 1 to 5.' });
    expect(missingRatings(draft.map((row) => ({ ...row, rating: 2 })))).toEqual({});
  });
  it('sends every goal with its rating and trimmed evidence', () => {
    const draft = emptyProgressDraft(goals).map((row, index) => ({ ...row, rating: index + 2, evidence: ' seen ' }));
    expect(toProgressCheckInput(draft)).toEqual({
      ratings: [
        { goalId: 'goal-a', rating: 2, evidence: 'seen' },
        { goalId: 'goal-b', rating: 3, evidence: 'seen' },
      ],
    });
  });
  it('places the server’s evidence problem next to the right goal', () => {
    const error = new ApiError({
      status: 400,
      title: 'Bad Request',
      detail: 'body.ratings.1.evidence needs the evidence behind the rating.',
      field: 'body.ratings.1.evidence',
    });
    expect(fieldErrors(error, (path) => path.startsWith('ratings.'))).toEqual({
      fields: { 'ratings.1.evidence': 'Needs the evidence behind the rating.' },
      general: null,
    });
  });
});
