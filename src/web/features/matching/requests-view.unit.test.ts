import { describe, expect, it } from 'vitest';
import type { MatchRequest } from '../../../contract/index.js';
import { ApiError } from '../../api/client';
import {
  answerSummary,
  formatDay,
  placesLeftLabel,
  roleLine,
  scoreLabel,
  splitFormError,
  splitRequests,
} from './requests-view';

const person = (id: string, name: string) =>
  ({ id, name, title: 'Engineering Director', tier: 'senior_leader', department: 'Engineering' }) as const;

function request(overrides: Partial<MatchRequest> & Pick<MatchRequest, 'id'>): MatchRequest {
  return {
    programId: 'program-1',
    programName: 'New Manager Mentoring Circle',
    mentee: person('mentee', 'Dana Mentee'),
    mentor: person('mentor', 'Mia Mentor'),
    status: 'pending',
    score: 81.6,
    reasons: ['Strong in coaching, which Dana wants to build'],
    message: '',
    declineReason: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}

describe('splitRequests', () => {
  it('puts waiting requests first, oldest first, and answered ones latest answer first', () => {
    const requests = [
      request({ id: 'a', status: 'declined', decidedAt: '2026-03-02T10:00:00.000Z' }),
      request({ id: 'b', createdAt: '2026-03-05T09:00:00.000Z' }),
      request({ id: 'c', status: 'accepted', decidedAt: '2026-03-04T10:00:00.000Z' }),
      request({ id: 'd', createdAt: '2026-03-03T09:00:00.000Z' }),
      // Withdrawn before decidedAt existed: falls back to when it was sent.
      request({ id: 'e', status: 'cancelled', createdAt: '2026-03-03T12:00:00.000Z' }),
    ];
    const { waiting, answered } = splitRequests(requests);
    expect(waiting.map((item) => item.id)).toEqual(['d', 'b']);
    expect(answered.map((item) => item.id)).toEqual(['c', 'e', 'a']);
  });

  it('answers two empty lists for no requests and does not change its input', () => {
    expect(splitRequests([])).toEqual({ waiting: [], answered: [] });
    const requests = [request({ id: 'x', createdAt: '2026-03-09T00:00:00.000Z' }), request({ id: 'y' })];
    splitRequests(requests);
    expect(requests.map((item) => item.id)).toEqual(['x', 'y']);
  });
});

describe('placesLeftLabel', () => {
  it('counts places in words', () => {
    expect(placesLeftLabel(3)).toBe('3 places left');
    expect(placesLeftLabel(1)).toBe('1 place left');
    expect(placesLeftLabel(0)).toBe('No place left');
    expect(placesLeftLabel(-1)).toBe('No place left');
  });
});

describe('scoreLabel', () => {
  it('rounds to a whole score between 0 and 100', () => {
    expect(scoreLabel(81.6)).toEqual({ text: 'Match 82/100', spoken: 'Match score 82 out of 100' });
    expect(scoreLabel(104).text).toBe('Match 100/100');
    expect(scoreLabel(-3).text).toBe('Match 0/100');
  });
});

describe('roleLine', () => {
  it('joins title and department and skips blanks', () => {
    expect(roleLine({ title: 'Engineering Director', department: 'Engineering' })).toBe(
      'Engineering Director · Engineering',
    );
    expect(roleLine({ title: 'Engineering Director', department: ' ' })).toBe('Engineering Director');
  });
});

describe('formatDay and answerSummary', () => {
  it('formats a day in the given time zone', () => {
    expect(formatDay('2026-03-04T23:30:00.000Z', 'UTC')).toBe('4 Mar 2026');
    expect(formatDay('2026-03-04T23:30:00.000Z', 'Asia/Tokyo')).toBe('5 Mar 2026');
    expect(formatDay('not a date', 'UTC')).toBe('');
  });

  it('says what became of a request, with the reason of a decline', () => {
    const sent = request({ id: 'r' });
    expect(answerSummary(sent, 'UTC')).toBe('Waiting since 1 Mar 2026');
    expect(
      answerSummary(
        { ...sent, status: 'declined', decidedAt: '2026-03-04T10:00:00.000Z', declineReason: 'No time this quarter' },
        'UTC',
      ),
    ).toBe('Declined on 4 Mar 2026: No time this quarter');
    expect(answerSummary({ ...sent, status: 'declined', decidedAt: '2026-03-04T10:00:00.000Z' }, 'UTC')).toBe(
      'Declined on 4 Mar 2026',
    );
    expect(answerSummary({ ...sent, status: 'accepted', decidedAt: '2026-03-04T10:00:00.000Z' }, 'UTC')).toBe(
      'Accepted on 4 Mar 2026',
    );
    expect(answerSummary({ ...sent, status: 'cancelled', decidedAt: '2026-03-02T10:00:00.000Z' }, 'UTC')).toBe(
      'Withdrawn on 2 Mar 2026',
    );
  });
});

describe('splitFormError', () => {
  it('puts a problem with the input next to it and anything else above the buttons', () => {
    expect(splitFormError(null, 'message')).toEqual({ input: undefined, general: null });
    const tooLong = new ApiError({
      status: 400,
      title: 'Invalid request',
      detail: 'body.message: must be at most 1000 characters',
      field: 'body.message',
      errors: [{ field: 'body.message', message: 'must be at most 1000 characters' }],
    });
    expect(splitFormError(tooLong, 'message')).toEqual({ input: 'Must be at most 1000 characters', general: null });
    const prefixed = new ApiError({
      status: 400,
      title: 'Invalid request',
      errors: [{ field: 'body.reason', message: 'body.reason: must be at most 500 characters' }],
    });
    expect(splitFormError(prefixed, 'reason').input).toBe('Must be at most 500 characters');
    const full = new ApiError({
      status: 409,
      title: 'Conflict',
      detail: 'You have no place left: 3 of 3 taken.',
      field: 'status',
    });
    expect(splitFormError(full, 'reason')).toEqual({
      input: undefined,
      general: 'You have no place left: 3 of 3 taken.',
    });
    expect(splitFormError(new Error('boom'), 'reason').general).toBe('Something went wrong. Try again.');
  });
});
