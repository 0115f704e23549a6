import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianWithInterval } from './index.js';

describe('medianWithInterval', () => {
  it('uses the outermost values when that is the only interval reaching 95% (n = 8)', () => {
    // P(miss) of [x(1), x(8)] is 2·(½)⁸ = 1/128; [x(2), x(7)] would miss with 2·9/256 > 5%.
    expect(medianWithInterval([3, 1, 4, 1, 5, 9, 2, 6])).toEqual({
      median: 3.5,
      lower: 1,
      upper: 9,
      n: 8,
      coverage: 1 - 1 / 128,
    });
  });

  it('moves inwards as n grows (n = 10 gives [x(2), x(9)]; n = 20 gives [x(6), x(15)])', () => {
    const ten = medianWithInterval([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);
    expect(ten).toMatchObject({ median: 5.5, lower: 2, upper: 9, n: 10 });
    // 1 − 2·(1 + 10)/1024
    expect(ten.coverage).toBeCloseTo(0.978515625, 12);
    const twenty = medianWithInterval(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(twenty).toMatchObject({ median: 10.5, lower: 6, upper: 15, n: 20 });
    expect(twenty.coverage).toBeCloseTo(0.9586105346679688, 12);
  });

  it('has no interval when n is too small to reach the confidence', () => {
    // Five values: even [x(1), x(5)] covers only 1 − 2/32 = 93.75%.
    expect(medianWithInterval([5, 3, 1, 4, 2])).toEqual({ median: 3, lower: null, upper: null, n: 5, coverage: null });
    expect(medianWithInterval([5, 3, 1, 4, 2], 0.9)).toMatchObject({ lower: 1, upper: 5, coverage: 0.9375 });
  });

  it('brackets the median with data values and at least the asked coverage', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 2, maxLength: 300 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (values, confidence) => {
          const result = medianWithInterval(values, confidence);
          if (result.lower === null || result.upper === null || result.coverage === null) {
            expect(1 - 2 * 0.5 ** values.length).toBeLessThan(confidence);
            return;
          }
          expect(values).toContain(result.lower);
          expect(values).toContain(result.upper);
          expect(result.lower).toBeLessThanOrEqual(result.median);
          expect(result.median).toBeLessThanOrEqual(result.upper);
          expect(result.coverage).toBeGreaterThanOrEqual(confidence);
        },
      ),
    );
  });

  it('validates its inputs, naming the argument', () => {
    expect(() => medianWithInterval([1])).toThrow(/^values: needs at least 2 values/);
    expect(() => medianWithInterval([1, Number.NaN])).toThrow(/^values\[1\]/);
    expect(() => medianWithInterval([1, 2], 2)).toThrow(/^confidence/);
  });
});
