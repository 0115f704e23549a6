import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import {
  canEditGoals,
  dateRange,
  emptyGoalDraft,
  formatCalendarDate,
  goalsLine,
  joinWords,
  partyToConfirm,
  rolesLine,
  startBlockers,
  toGoalInputs,
  type GoalDraft,
} from './engagement-view';
import { fieldErrors } from './form-errors';

const draft: GoalDraft = {
  statement: ' Listens before answering ',
  competency: 'communication',
  metric: '360 rating (1–5)',
  baseline: '2,5',
  target: '4',
  dueDate: '2027-03-01',
};

const party = (name: 'coach' | 'leader' | 'manager', confirmedAt: string | null) => ({
  party: name,
  person: null,
  confirmedAt,
});

describe('startBlockers', () => {
  it('asks for goals and names everyone who has not confirmed', () => {
    expect(startBlockers({ goalCount: 0, agreement: { missing: ['coach', 'leader', 'manager'] } })).toEqual([
      'Write at least one goal.',
      'Waiting for the coach, the leader and the manager to confirm the goals.',
    ]);
  });
  it('is empty once goals are set and everyone confirmed', () => {
    expect(startBlockers({ goalCount: 2, agreement: { missing: [] } })).toEqual([]);
  });
});

describe('joinWords', () => {
  it('joins lists the way a sentence does', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('partyToConfirm', () => {
  const engagement = {
    myRoles: ['leader' as const],
    status: 'proposed' as const,
    goalCount: 1,
    agreement: {
      parties: [party('coach', 'x'), party('leader', null), party('manager', null)],
      missing: [],
      isComplete: false,
    },
  };
  it('answers the party the user still confirms as', () => {
    expect(partyToConfirm(engagement)).toBe('leader');
  });
  it('answers null when there are no goals, the user confirmed, or the engagement is not open to it', () => {
    expect(partyToConfirm({ ...engagement, goalCount: 0 })).toBeNull();
    expect(partyToConfirm({ ...engagement, myRoles: ['coach'] })).toBeNull();
    expect(partyToConfirm({ ...engagement, status: 'paused' })).toBeNull();
    expect(partyToConfirm({ ...engagement, myRoles: ['admin'] })).toBeNull();
  });
});

describe('canEditGoals', () => {
  it('lets the coach and the leader edit while proposed or active, nobody else', () => {
    expect(canEditGoals({ myRoles: ['coach'], status: 'proposed' })).toBe(true);
    expect(canEditGoals({ myRoles: ['leader'], status: 'active' })).toBe(true);
    expect(canEditGoals({ myRoles: ['leader'], status: 'paused' })).toBe(false);
    expect(canEditGoals({ myRoles: ['manager', 'sponsor'], status: 'proposed' })).toBe(false);
    expect(canEditGoals({ myRoles: ['admin'], status: 'proposed' })).toBe(false);
  });
});

describe('toGoalInputs', () => {
  it('trims text and reads numbers, a decimal comma included', () => {
    expect(toGoalInputs([draft])).toEqual({
      goals: [
        {
          statement: 'Listens before answering',
          competency: 'communication',
          metric: '360 rating (1–5)',
          baseline: 2.5,
          target: 4,
          dueDate: '2027-03-01',
        },
      ],
      errors: null,
    });
  });
  it('names every problem the way the server names fields', () => {
    expect(toGoalInputs([draft, { ...emptyGoalDraft(), baseline: 'x', target: 'x' }]).errors).toEqual({
      'goals.1.statement': 'Is required',
      'goals.1.competency': 'Is required',
      'goals.1.metric': 'Is required',
      'goals.1.dueDate': 'Is required',
      'goals.1.baseline': 'Enter a number',
      'goals.1.target': 'Enter a number',
    });
    expect(toGoalInputs([{ ...draft, baseline: '4' }]).errors).toEqual({
      'goals.0.target': 'Must differ from the baseline',
    });
  });
});

describe('words', () => {
  it('formats calendar dates the same in every time zone', () => {
    expect(formatCalendarDate('2027-03-01')).toBe('1 Mar 2027');
    expect(formatCalendarDate(null)).toBe('Not set');
    expect(dateRange('2027-03-01', '2027-08-31')).toBe('1 Mar 2027 – 31 Aug 2027');
  });
  it('lists roles in a fixed order', () => {
    expect(rolesLine(['sponsor', 'coach'])).toBe('Coach, Sponsor');
  });
  it('sums up goals and their agreement', () => {
    expect(goalsLine({ goalCount: 0, isAgreementComplete: false })).toBe('No goals yet');
    expect(goalsLine({ goalCount: 1, isAgreementComplete: false })).toBe('1 goal, waiting for confirmations');
    expect(goalsLine({ goalCount: 2, isAgreementComplete: true })).toBe('2 goals, agreed');
  });
});

describe('fieldErrors', () => {
  it('places field problems next to their input, without the field name', () => {
    const error = new ApiError({
      status: 400,
      title: 'Bad Request',
      detail: 'body.goals.0.target: must differ from the baseline',
      errors: [{ field: 'body.goals.0.target', message: 'must differ from the baseline' }],
    });
    expect(fieldErrors(error, (path) => path.startsWith('goals.'))).toEqual({
      fields: { 'goals.0.target': 'Must differ from the baseline' },
      general: null,
    });
  });
  it('strips a field name the server put before its message', () => {
    const error = new ApiError({
      status: 400,
      title: 'Bad Request',
      detail: 'body.endDate must be after the start date (2027-01-04).',
      field: 'body.endDate',
      errors: [{ field: 'body.endDate', message: 'body.endDate must be after the start date (2027-01-04).' }],
    });
    expect(fieldErrors(error, (path) => path === 'endDate').fields).toEqual({
      endDate: 'Must be after the start date (2027-01-04).',
    });
  });
  it('keeps the rest for an alert', () => {
    const error = new ApiError({
      status: 409,
      title: 'Conflict',
      detail: 'There are no goals to confirm yet.',
      field: 'goals',
      errors: [{ field: 'goals', message: 'There are no goals to confirm yet.' }],
    });
    expect(fieldErrors(error, () => false)).toEqual({ fields: {}, general: 'There are no goals to confirm yet.' });
    expect(fieldErrors(null, () => true)).toEqual({ fields: {}, general: null });
    expect(fieldErrors(new Error('boom'), () => true).general).toBe('Something went wrong. Try again.');
  });
});
