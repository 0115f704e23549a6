import { describe, expect, it } from 'vitest';
import { checkProgressRatings, progressCheckDue } from './progress.js';

const rating = (goalId: string, value = 3, evidence = 'Ran the weekly review without prompting') => ({
  goalId,
  rating: value,
  evidence,
});

describe('progress ratings', () => {
  it('accept every current goal rated once, 1–5, with evidence', () => {
    expect(checkProgressRatings(['a', 'b'], [rating('b', 1), rating('a', 5)])).toEqual([]);
  });

  it('name each problem with its place in the check', () => {
    expect(
      checkProgressRatings(['a', 'b', 'c'], [rating('a', 0), rating('a'), rating('x', 6, '  '), rating('b', 2.5)]),
    ).toEqual([
      { field: 'ratings.0.rating', message: 'must be a whole number from 1 to 5' },
      { field: 'ratings.1.goalId', message: 'rates a goal a second time' },
      { field: 'ratings.2.goalId', message: 'is not a current goal of this engagement' },
      { field: 'ratings.2.rating', message: 'must be a whole number from 1 to 5' },
      { field: 'ratings.2.evidence', message: 'needs the evidence behind the rating' },
      { field: 'ratings.3.rating', message: 'must be a whole number from 1 to 5' },
      { field: 'ratings', message: 'leaves 1 goal(s) unrated; a check rates every goal' },
    ]);
  });
});

describe('when a progress check is due', () => {
  it('is one cadence after the start, then one cadence after each check', () => {
    const first = progressCheckDue({
      cadence: 'biweekly',
      startDate: '2027-01-04',
      lastCheckedAt: null,
      now: new Date('2027-01-17T23:59:59Z'),
    });
    expect(first).toEqual({ dueAt: new Date('2027-01-18T00:00:00Z'), isDue: false });
    const onTheDay = progressCheckDue({
      cadence: 'biweekly',
      startDate: '2027-01-04',
      lastCheckedAt: null,
      now: new Date('2027-01-18T00:00:00Z'),
    });
    expect(onTheDay.isDue).toBe(true);
    const afterCheck = progressCheckDue({
      cadence: 'monthly',
      startDate: '2027-01-04',
      lastCheckedAt: new Date('2027-02-01T10:00:00Z'),
      now: new Date('2027-02-20T10:00:00Z'),
    });
    expect(afterCheck).toEqual({ dueAt: new Date('2027-03-03T10:00:00Z'), isDue: false });
    expect(
      progressCheckDue({ cadence: 'weekly', startDate: '2027-01-04', lastCheckedAt: null, now: new Date('2027-02-01') })
        .isDue,
    ).toBe(true);
  });
});
