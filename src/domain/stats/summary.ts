/** Arithmetic mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sample variance (divisor n − 1), the one t-tests and R's var() use. */
export function sampleVariance(values: readonly number[]): number {
  const centre = mean(values);
  // Two passes: summing squared deviations from the mean avoids the cancellation of Σx² − n·x̄².
  let sumOfSquares = 0;
  for (const value of values) sumOfSquares += (value - centre) ** 2;
  return sumOfSquares / (values.length - 1);
}
