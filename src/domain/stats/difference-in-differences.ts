import type { Interval } from './t-tests.js';
import { welchFromSamples } from './t-tests.js';
import { checkConfidence, checkSameLength, checkSample } from './validate.js';

export type DifferenceInDifferencesResult = {
  estimate: number;
  standardError: number;
  df: number;
  ci: Interval;
  p: number;
  n: { treated: number; control: number };
};

/**
 * Difference-in-differences on panel data: mean change of the treated minus mean change of the control group.
 * Example: differenceInDifferences(tBefore, tAfter, cBefore, cAfter).estimate
 */
export function differenceInDifferences(
  treatedBefore: number[],
  treatedAfter: number[],
  controlBefore: number[],
  controlAfter: number[],
  confidence = 0.95,
): DifferenceInDifferencesResult {
  checkSample('treatedBefore', treatedBefore);
  checkSample('treatedAfter', treatedAfter);
  checkSameLength('treatedAfter', treatedAfter, 'treatedBefore', treatedBefore);
  checkSample('controlBefore', controlBefore);
  checkSample('controlAfter', controlAfter);
  checkSameLength('controlAfter', controlAfter, 'controlBefore', controlBefore);
  checkConfidence(confidence);
  // Each person is their own baseline, so the 2×2 design reduces to comparing individual changes
  // between two independent groups. Welch's t on those changes keeps the within-person correlation
  // (a regression on the four cells as if independent would not) and does not assume both groups'
  // changes vary equally, which a programme and its comparison group rarely guarantee.
  const treatedChanges = treatedAfter.map((value, index) => value - treatedBefore[index]!);
  const controlChanges = controlAfter.map((value, index) => value - controlBefore[index]!);
  const welch = welchFromSamples(
    treatedChanges,
    controlChanges,
    confidence,
    'treatedBefore/treatedAfter/controlBefore/controlAfter',
  );
  return {
    estimate: welch.estimate,
    standardError: welch.standardError,
    df: welch.df,
    ci: welch.ci,
    p: welch.p,
    n: { treated: treatedChanges.length, control: controlChanges.length },
  };
}
