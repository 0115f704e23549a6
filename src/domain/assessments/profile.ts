/**
 * Behavioural self-profiles: one mean per dimension (the behavioural profile's five factors, or
 * an admin's own scales). The matching engine compares two people's profiles for "profile fit".
 */
import { AssessmentInputError } from './errors.js';

/**
 * How alike two profiles are, from 0 (opposite ends of every scale) to 1 (identical): one minus the
 * mean absolute difference over the dimensions both have, as a share of the scale's range (points − 1).
 * Null when they share no dimension. Throws `AssessmentInputError` on values outside 1..points.
 * @example profileSimilarity({ openness: 4, extraversion: 2 }, { openness: 5, extraversion: 2 }, 5) // 0.875
 */
export function profileSimilarity(
  a: Record<string, number | null>,
  b: Record<string, number | null>,
  points: number,
): number | null {
  if (!Number.isSafeInteger(points) || points < 2) {
    throw new AssessmentInputError('points', 'must be a whole number of at least 2');
  }
  const differences: number[] = [];
  for (const [dimension, first] of Object.entries(a)) {
    const second = Object.hasOwn(b, dimension) ? b[dimension] : undefined;
    if (first === null || second === null || second === undefined) continue;
    checkPoint(first, `a.${dimension}`, points);
    checkPoint(second, `b.${dimension}`, points);
    differences.push(Math.abs(first - second));
  }
  if (differences.length === 0) return null;
  const meanDifference = differences.reduce((sum, value) => sum + value, 0) / differences.length;
  return 1 - meanDifference / (points - 1);
}

function checkPoint(value: number, path: string, points: number): void {
  if (!Number.isFinite(value) || value < 1 || value > points) {
    throw new AssessmentInputError(path, `must be a number from 1 to ${points}`);
  }
}
