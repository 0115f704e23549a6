/**
 * Student t-tests as R's stats::t.test computes them: one-sample, paired and Welch two-sample,
 * all two-sided, with a confidence interval for the mean (difference).
 */
import { tCritical, twoSidedTPValue } from './distributions.js';
import { mean, sampleVariance } from './summary.js';
import { checkConfidence, checkSameLength, checkSample } from './validate.js';

export type Interval = [lower: number, upper: number];

export type OneSampleTTestResult = {
  n: number;
  mean: number;
  sd: number;
  t: number;
  df: number;
  p: number;
  ci: Interval;
};

export type PairedTTestResult = {
  n: number;
  meanDifference: number;
  sdDifference: number;
  t: number;
  df: number;
  p: number;
  ci: Interval;
  cohensDz: number;
  hedgesGz: number;
};

export type WelchTTestResult = {
  t: number;
  df: number;
  p: number;
  ci: Interval;
};

/** t statistic, two-sided p and interval for an estimate with a t-distributed standard error. */
export function tInference(
  estimate: number,
  standardError: number,
  df: number,
  confidence: number,
  argumentNames: string,
): { t: number; p: number; ci: Interval } {
  // As R: with no spread the statistic is 0/0 or ±∞ and tells nothing, so refuse rather than report p = 0.
  if (standardError === 0 || standardError < 10 * Number.EPSILON * Math.abs(estimate)) {
    throw new RangeError(`${argumentNames}: the data are essentially constant, so the t statistic is undefined`);
  }
  const t = estimate / standardError;
  const halfWidth = tCritical(confidence, df) * standardError;
  return { t, p: twoSidedTPValue(t, df), ci: [estimate - halfWidth, estimate + halfWidth] };
}

/** One-sample t-test of H0: mean = `hypothesizedMean`. Example: oneSampleTTest([1.2, 0.8, 1.5]).p */
export function oneSampleTTest(values: number[], hypothesizedMean = 0, confidence = 0.95): OneSampleTTestResult {
  checkSample('values', values);
  if (typeof hypothesizedMean !== 'number' || !Number.isFinite(hypothesizedMean)) {
    throw new RangeError(`hypothesizedMean: must be a finite number, got ${String(hypothesizedMean)}`);
  }
  checkConfidence(confidence);
  const n = values.length;
  const sampleMean = mean(values);
  const sd = Math.sqrt(sampleVariance(values));
  const df = n - 1;
  const shift = sampleMean - hypothesizedMean;
  const { t, p, ci } = tInference(shift, sd / Math.sqrt(n), df, confidence, 'values');
  return { n, mean: sampleMean, sd, t, df, p, ci: [ci[0] + hypothesizedMean, ci[1] + hypothesizedMean] };
}

/** Paired t-test of after − before, with the standardized effect sizes d_z and Hedges' g_z. */
export function pairedTTest(before: number[], after: number[], confidence = 0.95): PairedTTestResult {
  checkSample('before', before);
  checkSample('after', after);
  checkSameLength('after', after, 'before', before);
  checkConfidence(confidence);
  const differences = after.map((value, index) => value - before[index]!);
  const n = differences.length;
  const meanDifference = mean(differences);
  const sdDifference = Math.sqrt(sampleVariance(differences));
  const df = n - 1;
  const { t, p, ci } = tInference(meanDifference, sdDifference / Math.sqrt(n), df, confidence, 'before/after');
  const cohensDz = meanDifference / sdDifference;
  // d_z overstates the effect in small samples; J = 1 − 3/(4·df − 1) is Hedges' approximate correction.
  const hedgesGz = cohensDz * (1 - 3 / (4 * df - 1));
  return { n, meanDifference, sdDifference, t, df, p, ci, cohensDz, hedgesGz };
}

/** Welch's two-sample t-test of mean(a) − mean(b), not assuming equal variances (R's default). */
export function welchTTest(a: number[], b: number[], confidence = 0.95): WelchTTestResult {
  checkSample('a', a);
  checkSample('b', b);
  checkConfidence(confidence);
  const { t, df, p, ci } = welchFromSamples(a, b, confidence, 'a/b');
  return { t, df, p, ci };
}

/** Welch's test on already validated samples; shared with difference-in-differences. */
export function welchFromSamples(
  a: readonly number[],
  b: readonly number[],
  confidence: number,
  argumentNames: string,
): WelchTTestResult & { estimate: number; standardError: number } {
  const varianceOfMeanA = sampleVariance(a) / a.length;
  const varianceOfMeanB = sampleVariance(b) / b.length;
  const varianceOfEstimate = varianceOfMeanA + varianceOfMeanB;
  const standardError = Math.sqrt(varianceOfEstimate);
  // Welch–Satterthwaite degrees of freedom.
  const df = varianceOfEstimate ** 2 / (varianceOfMeanA ** 2 / (a.length - 1) + varianceOfMeanB ** 2 / (b.length - 1));
  const estimate = mean(a) - mean(b);
  const { t, p, ci } = tInference(estimate, standardError, df, confidence, argumentNames);
  return { t, df, p, ci, estimate, standardError };
}
