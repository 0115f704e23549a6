import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './index.js';

describe('wilsonInterval', () => {
  it('matches the formula for 8 of 10 at 95%', () => {
    // z = 1.959964: centre (0.8 + z²/20)/(1 + z²/10) = 0.71673, half-width 0.22657.
    const result = wilsonInterval(8, 10);
    expect(result.proportion).toBe(0.8);
    expect(result.lower).toBeCloseTo(0.4901624715366418, 12);
    expect(result.upper).toBeCloseTo(0.9433178485456248, 12);
  });

  it('matches scipy binomtest(...).proportion_ci(method="wilson") at the edges and other levels', () => {
    const cases: [number, number, number, number, number][] = [
      [0, 10, 0.95, 0, 0.27753279986288926],
      [10, 10, 0.95, 0.7224672001371109, 1],
      [3, 7, 0.9, 0.18644319036395607, 0.7105229089864071],
      [1, 1, 0.99, 0.13097754328018596, 1],
    ];
    for (const [successes, trials, confidence, lower, upper] of cases) {
      const result = wilsonInterval(successes, trials, confidence);
      expect(result.lower, `${successes}/${trials}`).toBeCloseTo(lower, 12);
      expect(result.upper, `${successes}/${trials}`).toBeCloseTo(upper, 12);
    }
  });

  it('stays within [0, 1] and contains the proportion', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5000 })
          .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials))),
        fc.double({ min: 0.01, max: 0.9999, noNaN: true }),
        ([successes, trials], confidence) => {
          const { proportion, lower, upper } = wilsonInterval(successes, trials, confidence);
          expect(0).toBeLessThanOrEqual(lower);
          expect(lower).toBeLessThanOrEqual(proportion);
          expect(proportion).toBeLessThanOrEqual(upper);
          expect(upper).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('validates its inputs, naming the argument', () => {
    expect(() => wilsonInterval(3, 0)).toThrow(/^trials: must be a positive integer/);
    expect(() => wilsonInterval(11, 10)).toThrow(/^successes: must be an integer from 0 to trials/);
    expect(() => wilsonInterval(1.5, 10)).toThrow(/^successes/);
    expect(() => wilsonInterval(Number.NaN, 10)).toThrow(/^successes/);
    expect(() => wilsonInterval(3, 10, 1)).toThrow(/^confidence/);
  });
});
