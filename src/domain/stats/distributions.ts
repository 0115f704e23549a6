/**
 * The probability distributions the tests need, from stdlib (ports of Boost and Cephes).
 * Kept behind this one file so the library could be swapped without touching the statistics.
 */
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import chiSquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Two-sided p-value of a Student t statistic with `df` degrees of freedom. */
export function twoSidedTPValue(t: number, df: number): number {
  // The lower tail of -|t| keeps precision for tiny p-values, where 1 - cdf(|t|) would round to 0.
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** The t value that leaves (1 − confidence) / 2 in the upper tail: the half-width multiplier of a two-sided interval. */
export function tCritical(confidence: number, df: number): number {
  return tQuantile(1 - (1 - confidence) / 2, df);
}

/** The standard normal value that leaves (1 − confidence) / 2 in the upper tail. */
export function zCritical(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2, 0, 1);
}

/** Upper-tail probability of a chi-square statistic. */
export function chiSquarePValue(chiSquare: number, df: number): number {
  return 1 - chiSquareCdf(chiSquare, df);
}

/** P(X ≤ x) for X ~ Binomial(trials, probability). */
export function binomialLowerTail(x: number, trials: number, probability: number): number {
  return binomialCdf(x, trials, probability);
}
