import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, logRankTest } from './index.js';
import type { SurvivalGroup } from './index.js';

// Small integer times make ties between events and censorings common, which is where estimators slip.
const survivalGroup: fc.Arbitrary<SurvivalGroup> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom<0 | 1>(0, 1)), { minLength: 2, maxLength: 40 })
  .map((subjects) => ({ times: subjects.map(([time]) => time), events: subjects.map(([, event]) => event) }));

/** The log-rank result, or the error message, so two orderings of the same groups can be compared. */
function logRankOutcome(groups: SurvivalGroup[]): { chiSquare: number; df: number; p: number } | string {
  try {
    return logRankTest(groups);
  } catch (error) {
    return (error as Error).message;
  }
}

describe('kaplanMeier', () => {
  it('is non-increasing, within [0, 1], and each interval holds its estimate', () => {
    fc.assert(
      fc.property(survivalGroup, fc.double({ min: 0.5, max: 0.999, noNaN: true }), ({ times, events }, confidence) => {
        const rows = kaplanMeier(times, events, confidence);
        let previous = 1;
        for (const row of rows) {
          expect(row.survival).toBeLessThanOrEqual(previous);
          expect(row.survival).toBeGreaterThanOrEqual(0);
          previous = row.survival;
          if (row.lower === null || row.upper === null) {
            expect(row.survival).toBe(0);
            continue;
          }
          expect(row.lower).toBeGreaterThanOrEqual(0);
          expect(row.lower).toBeLessThanOrEqual(row.survival);
          expect(row.survival).toBeLessThanOrEqual(row.upper);
          expect(row.upper).toBeLessThanOrEqual(1);
        }
        expect(rows.map((row) => row.time)).toEqual(
          [...new Set(times.filter((_, i) => events[i] === 1))].sort((a, b) => a - b),
        );
      }),
    );
  });

  it('without censoring, equals the share of subjects still event-free', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 40 }), (times) => {
        const rows = kaplanMeier(
          times,
          times.map(() => 1),
        );
        for (const row of rows) {
          const survivors = times.filter((time) => time > row.time).length;
          expect(row.survival).toBeCloseTo(survivors / times.length, 12);
        }
      }),
    );
  });

  it('counts a censoring tied with an event as still at risk, as R does', () => {
    const rows = kaplanMeier([2, 2, 3, 5], [1, 0, 1, 0]);
    expect(rows.map(({ time, atRisk, events }) => ({ time, atRisk, events }))).toEqual([
      { time: 2, atRisk: 4, events: 1 },
      { time: 3, atRisk: 2, events: 1 },
    ]);
    expect(rows[1]!.survival).toBeCloseTo(0.75 * 0.5, 12);
  });

  it('validates its inputs, naming the argument', () => {
    expect(() => kaplanMeier([1, 2, 3], [1, 0])).toThrow(/^events: must have the same length as times/);
    expect(() => kaplanMeier([1], [1])).toThrow(/^times: needs at least 2 values/);
    expect(() => kaplanMeier([1, Number.NaN], [1, 1])).toThrow(/^times\[1\]/);
    expect(() => kaplanMeier([1, 2], [1, 2 as 1])).toThrow(/^events\[1\]: must be 0 or 1/);
    expect(() => kaplanMeier([1, 2], [1, 1], 0)).toThrow(/^confidence/);
  });
});

describe('logRankTest', () => {
  it('does not change when the two groups are swapped', () => {
    fc.assert(
      fc.property(survivalGroup, survivalGroup, (first, second) => {
        const forward = logRankOutcome([first, second]);
        const backward = logRankOutcome([second, first]);
        if (typeof forward === 'string' || typeof backward === 'string') {
          expect(forward).toEqual(backward);
          return;
        }
        expect(backward.df).toBe(forward.df);
        expect(backward.chiSquare).toBeCloseTo(forward.chiSquare, 9);
        expect(backward.p).toBeCloseTo(forward.p, 9);
      }),
    );
  });

  it('does not depend on the order of three groups (whichever group is dropped from the variance)', () => {
    fc.assert(
      fc.property(survivalGroup, survivalGroup, survivalGroup, (first, second, third) => {
        const forward = logRankOutcome([first, second, third]);
        const rotated = logRankOutcome([third, first, second]);
        if (typeof forward === 'string' || typeof rotated === 'string') {
          expect(typeof forward).toBe(typeof rotated);
          return;
        }
        expect(rotated.df).toBe(forward.df);
        expect(rotated.chiSquare).toBeCloseTo(forward.chiSquare, 8);
      }),
    );
  });

  it('handles three groups with the full covariance form', () => {
    // Expected values from an independent numpy computation with the generalized inverse of the full 3×3 variance.
    const result = logRankTest([
      { times: [1, 3, 3, 6, 8, 10, 12], events: [1, 1, 0, 1, 1, 0, 1] },
      { times: [2, 4, 5, 7, 9, 11], events: [1, 0, 1, 1, 1, 1] },
      { times: [3, 6, 9, 12, 15, 18, 20, 25], events: [0, 1, 0, 1, 1, 0, 1, 0] },
    ]);
    expect(result.df).toBe(2);
    expect(result.chiSquare).toBeCloseTo(8.859624499768794, 9);
    expect(result.p).toBeCloseTo(0.011916726829609715, 9);
  });

  it('is 0 for identical groups', () => {
    const group = { times: [1, 2, 3, 4, 5], events: [1, 0, 1, 1, 0] as (0 | 1)[] };
    const result = logRankTest([group, group]);
    expect(result.chiSquare).toBeCloseTo(0, 12);
    expect(result.p).toBeCloseTo(1, 12);
  });

  it('validates its inputs, naming the argument', () => {
    expect(() => logRankTest([{ times: [1, 2], events: [1, 1] }])).toThrow(/^groups: needs at least 2 groups/);
    expect(() =>
      logRankTest([
        { times: [1, 2], events: [1, 1] },
        { times: [1, 2], events: [1] },
      ]),
    ).toThrow(/^groups\[1\]\.events: must have the same length/);
    expect(() =>
      logRankTest([
        { times: [1, 2], events: [1, 1] },
        { times: [1, 2], events: [1, -1 as 0] },
      ]),
    ).toThrow(/^groups\[1\]\.events\[1\]: must be 0 or 1/);
  });
});
