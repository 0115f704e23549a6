import type { NotEnoughData } from '../../contract/outcomes.js';

/** A withheld figure: how many there were, how many it needs, and why, in a sentence. */
export function notEnoughData(n: number, minimumN: number, reason: string): NotEnoughData {
  return { status: 'not_enough_data', n, minimumN, reason };
}

/**
 * The start of a "too few" sentence, with the verb agreeing.
 * @example onlyCount(1, 'participant has', 'participants have') // 'Only 1 participant has'
 */
export function onlyCount(n: number, singular: string, plural: string): string {
  if (n === 0) return `No ${plural}`;
  return `Only ${n} ${n === 1 ? singular : plural}`;
}

/**
 * Runs a t-based statistic, or returns null when the stats module refuses it because the values do not
 * vary: with no spread there is no interval, which is "not enough data" here rather than a bug.
 */
export function unlessConstant<Result>(compute: () => Result): Result | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError && error.message.includes('essentially constant')) return null;
    throw error;
  }
}
