import type { minimumOutcomeN } from '../../contract/outcomes.js';

/** How small a group may get before its figure is withheld, and the confidence of every interval. */
export type OutcomeOptions = { minimumN: number; confidence: number };

// Typed as the contract's constant (the literal 5), so the two cannot drift apart without a compile error.
const contractMinimumN: typeof minimumOutcomeN = 5;

/** The dashboard's defaults: at least 5 people per figure, 95% intervals. */
export const defaultOutcomeOptions: Readonly<OutcomeOptions> = { minimumN: contractMinimumN, confidence: 0.95 };

/**
 * The fewest people a figure needs: the caller's minimum, but never below the 2 every interval needs.
 * @example requiredN({ minimumN: 5, confidence: 0.95 }) // 5
 */
export function requiredN(options: OutcomeOptions): number {
  return Math.max(options.minimumN, 2);
}
