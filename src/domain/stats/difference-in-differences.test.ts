import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceInDifferences } from './index.js';

describe('differenceInDifferences', () => {
  it('matches a hand-checked case', () => {
    // Treated changes 2, 3, 1 (mean 2, variance 1); control changes 1, 0, 0, 1 (mean 0.5, variance 1/3).
    // SE = √(1/3 + 1/12) = √(5/12); Welch df = (5/12)² / ((1/3)²/2 + (1/12)²/3) = 3 exactly.
    const result = differenceInDifferences([1, 2, 3], [3, 5, 4], [2, 2, 2, 2], [3, 2, 2, 3]);
    expect(result.estimate).toBeCloseTo(1.5, 12);
    expect(result.standardError).toBeCloseTo(Math.sqrt(5 / 12), 12);
    expect(result.df).toBeCloseTo(3, 10);
    // t = 1.5/√(5/12) = 2.32379; p and interval as scipy.stats.ttest_ind(equal_var=False) prints them.
    expect(result.p).toBeCloseTo(0.10272807885839899, 10);
    expect(result.ci[0]).toBeCloseTo(-0.554260256760521, 10);
    expect(result.ci[1]).toBeCloseTo(3.554260256760521, 10);
    expect(result.n).toEqual({ treated: 3, control: 4 });
  });

  it('is 0 when the treated and control groups are identical', () => {
    const value = fc.integer({ min: -50, max: 50 });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 2, maxLength: 30 }), (pairs) => {
        const before = pairs.map(([first]) => first);
        const after = pairs.map(([, second]) => second);
        fc.pre(new Set(pairs.map(([first, second]) => second - first)).size > 1);
        const result = differenceInDifferences(before, after, before, after);
        expect(result.estimate).toBe(0);
        expect(result.p).toBe(1);
        expect(result.ci[0]).toBeCloseTo(-result.ci[1], 12);
      }),
    );
  });

  it('ignores a shift common to both groups', () => {
    const result = differenceInDifferences([1, 2, 3], [3, 5, 4], [2, 2, 2, 2], [3, 2, 2, 3]);
    const shifted = differenceInDifferences([1, 2, 3], [13, 15, 14], [2, 2, 2, 2], [13, 12, 12, 13]);
    expect(shifted.estimate).toBeCloseTo(result.estimate, 12);
    expect(shifted.p).toBeCloseTo(result.p, 12);
  });

  it('validates its inputs, naming the argument', () => {
    expect(() => differenceInDifferences([1, 2], [1, 2, 3], [1, 2], [2, 1])).toThrow(
      /^treatedAfter: must have the same length/,
    );
    expect(() => differenceInDifferences([1, 2], [2, 1], [1, 2, 3], [2, 1])).toThrow(
      /^controlAfter: must have the same length/,
    );
    expect(() => differenceInDifferences([1, 2], [2, 1], [1], [2])).toThrow(/^controlBefore: needs at least 2 values/);
    expect(() => differenceInDifferences([1, 2], [2, Number.NaN], [1, 2], [2, 1])).toThrow(/^treatedAfter\[1\]/);
    expect(() => differenceInDifferences([1, 2], [2, 1], [1, 2], [2, 1], -0.1)).toThrow(/^confidence/);
  });
});
