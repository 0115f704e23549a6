import { zCritical } from './distributions.js';
import { checkConfidence } from './validate.js';

export type ProportionInterval = { proportion: number; lower: number; upper: number };

/**
 * Wilson score interval for a proportion: unlike the Wald interval it stays inside [0, 1] and keeps
 * its coverage for small samples and proportions near 0 or 1. Example: wilsonInterval(8, 10) ≈ [0.490, 0.943].
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): ProportionInterval {
  if (!Number.isInteger(trials) || trials < 1) {
    throw new RangeError(`trials: must be a positive integer, got ${String(trials)}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`successes: must be an integer from 0 to trials (${trials}), got ${String(successes)}`);
  }
  checkConfidence(confidence);
  const z = zCritical(confidence);
  const proportion = successes / trials;
  const zSquaredOverN = (z * z) / trials;
  const denominator = 1 + zSquaredOverN;
  const centre = (proportion + zSquaredOverN / 2) / denominator;
  const halfWidth =
    (z / denominator) * Math.sqrt((proportion * (1 - proportion)) / trials + zSquaredOverN / (4 * trials));
  // Clamped only against rounding: at 0 or n successes the exact bound is 0 or 1.
  return {
    proportion,
    lower: Math.max(0, Math.min(proportion, centre - halfWidth)),
    upper: Math.min(1, Math.max(proportion, centre + halfWidth)),
  };
}
