import { binomialLowerTail, zCritical } from './distributions.js';
import { checkConfidence, checkSample } from './validate.js';

export type MedianInterval = {
  median: number;
  /** null when n is too small for any order-statistic interval to reach the confidence. */
  lower: number | null;
  upper: number | null;
  n: number;
  /** The exact coverage achieved (≥ the confidence asked for); null with the bounds. */
  coverage: number | null;
};

/**
 * Median with a distribution-free interval [x(k), x(n−k+1)] from the order statistics: the
 * narrowest such interval whose exact binomial coverage is at least `confidence`.
 * Example: medianWithInterval([3, 1, 4, 1, 5, 9, 2, 6]) → median 3.5, [1, 9] with coverage 0.992.
 */
export function medianWithInterval(values: number[], confidence = 0.95): MedianInterval {
  checkSample('values', values);
  checkConfidence(confidence);
  const sorted = [...values].sort((left, right) => left - right);
  const n = sorted.length;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;

  // The count of values below the true median is Binomial(n, ½), so [x(k), x(n−k+1)] misses it with
  // probability 2·P(B ≤ k − 1). Find the largest j = k − 1 with P(B ≤ j) ≤ (1 − confidence) / 2.
  const tail = (1 - confidence) / 2;
  const lowerTail = (j: number): number => binomialLowerTail(j, n, 0.5);
  if (lowerTail(0) > tail) return { median, lower: null, upper: null, n, coverage: null };
  // Start from the normal approximation and step to the exact answer, so large n costs a few steps.
  let j = Math.max(0, Math.min(middle, Math.floor(n / 2 - (zCritical(confidence) * Math.sqrt(n)) / 2)));
  while (j > 0 && lowerTail(j) > tail) j -= 1;
  while (lowerTail(j + 1) <= tail) j += 1;
  return { median, lower: sorted[j]!, upper: sorted[n - 1 - j]!, n, coverage: 1 - 2 * lowerTail(j) };
}
