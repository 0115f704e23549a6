import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneSampleTTest, pairedTTest, welchTTest } from './index.js';

// Tenths keep generated data realistic (scores, ratings) and away from denormal floating-point corners.
const score = fc.integer({ min: -1000, max: 1000 }).map((tenths) => tenths / 10);

/** Runs `compute` and returns its result, or the error message it threw, so two calls can be compared. */
function outcome<T>(compute: () => T): T | string {
  try {
    return compute();
  } catch (error) {
    return (error as Error).message;
  }
}

describe('oneSampleTTest', () => {
  it('matches a hand-checked case (scipy.stats.ttest_1samp, μ0 = 3, 90%)', () => {
    const result = oneSampleTTest([2.1, 3.4, 1.9, 5.0, 4.2], 3, 0.9);
    expect(result.t).toBeCloseTo(0.5367737467025825, 12);
    expect(result.p).toBeCloseTo(0.6198883412021454, 12);
    expect(result.ci[0]).toBeCloseTo(2.0490902809326115, 12);
    expect(result.ci[1]).toBeCloseTo(4.590909719067389, 12);
    expect(result.df).toBe(4);
  });
});

describe('pairedTTest', () => {
  it('equals a one-sample t-test on the differences after − before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(score, score), { minLength: 2, maxLength: 40 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (pairs, confidence) => {
          const before = pairs.map(([value]) => value);
          const after = pairs.map(([, value]) => value);
          const differences = pairs.map(([first, second]) => second - first);
          const paired = outcome(() => pairedTTest(before, after, confidence));
          const oneSample = outcome(() => oneSampleTTest(differences, 0, confidence));
          if (typeof paired === 'string' || typeof oneSample === 'string') {
            // Constant differences: both refuse.
            expect(typeof paired).toBe('string');
            expect(typeof oneSample).toBe('string');
            return;
          }
          expect(paired.t).toBeCloseTo(oneSample.t, 9);
          expect(paired.p).toBeCloseTo(oneSample.p, 12);
          expect(paired.df).toBe(oneSample.df);
          expect(paired.meanDifference).toBeCloseTo(oneSample.mean, 12);
          expect(paired.sdDifference).toBeCloseTo(oneSample.sd, 12);
          expect(paired.ci[0]).toBeCloseTo(oneSample.ci[0], 9);
          expect(paired.ci[1]).toBeCloseTo(oneSample.ci[1], 9);
        },
      ),
    );
  });

  it('reports d_z and Hedges-corrected g_z', () => {
    // Differences 1, 2, 3, 4: mean 2.5, sd √(5/3); df = 3, so J = 1 − 3/11.
    const result = pairedTTest([0, 0, 0, 0], [1, 2, 3, 4]);
    expect(result.sdDifference).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(result.cohensDz).toBeCloseTo(2.5 / Math.sqrt(5 / 3), 12);
    expect(result.hedgesGz).toBeCloseTo((2.5 / Math.sqrt(5 / 3)) * (8 / 11), 12);
  });

  it('refuses constant differences, whose t statistic is undefined', () => {
    expect(() => pairedTTest([1, 2, 3], [2, 3, 4])).toThrow(RangeError);
  });

  it('validates its inputs, naming the argument', () => {
    expect(() => pairedTTest([1, 2, 3], [1, 2])).toThrow(/^after: must have the same length/);
    expect(() => pairedTTest([1], [2])).toThrow(/^before: needs at least 2 values/);
    expect(() => pairedTTest([1, 2], [3, Number.NaN])).toThrow(/^after\[1\]: must be a finite number/);
    expect(() => pairedTTest([1, Infinity], [3, 4])).toThrow(/^before\[1\]/);
    expect(() => pairedTTest([1, 2, 4], [3, 4, 4], 1)).toThrow(/^confidence/);
    expect(() => pairedTTest([1, 2, 4], [3, 4, 4], 0)).toThrow(RangeError);
  });
});

describe('welchTTest', () => {
  it('swapping the samples negates t and the interval, leaving df and p', () => {
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 2, maxLength: 30 }),
        fc.array(score, { minLength: 2, maxLength: 30 }),
        (a, b) => {
          const forward = outcome(() => welchTTest(a, b));
          const backward = outcome(() => welchTTest(b, a));
          if (typeof forward === 'string' || typeof backward === 'string') {
            expect(forward).toBe(backward);
            return;
          }
          expect(backward.t).toBeCloseTo(-forward.t, 9);
          expect(backward.df).toBeCloseTo(forward.df, 9);
          expect(backward.p).toBeCloseTo(forward.p, 12);
          expect(backward.ci[0]).toBeCloseTo(-forward.ci[1], 9);
        },
      ),
    );
  });

  it('returns exactly t, df, p and ci', () => {
    expect(Object.keys(welchTTest([1, 2, 3], [2, 5, 4])).sort()).toEqual(['ci', 'df', 'p', 't']);
  });

  it('validates its inputs, naming the argument', () => {
    expect(() => welchTTest([1], [1, 2])).toThrow(/^a: needs at least 2 values/);
    expect(() => welchTTest([1, 2], [1, Number.POSITIVE_INFINITY])).toThrow(/^b\[1\]/);
    expect(() => welchTTest([1, 2], [3, 5], 1.5)).toThrow(/^confidence/);
    expect(() => welchTTest([2, 2], [3, 3])).toThrow(/essentially constant/);
  });
});
