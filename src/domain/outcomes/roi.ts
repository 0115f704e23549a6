import type { RoiAssumptions, RoiResult } from '../../contract/outcomes.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';

/** How far attribution and confidence move, each way, in the sensitivity range. */
const sensitivityStep = 0.2;

export const roiContext =
  'For context only: in the ICF and PwC study of coaching clients, 86% of companies said they had at least ' +
  'recouped their investment in coaching, and the median ROI they reported was 700%. Only 189 respondents ' +
  'could put a financial figure on it, and they chose to answer, so these numbers are not a benchmark for this program.';

/**
 * Phillips ROI: benefits discounted by the share attributed to the program and by the estimators'
 * confidence, against fully loaded costs; the range moves both discounts 20 points each way.
 * @example phillipsRoi({ monetaryBenefits: 500000, attribution: 0.5, confidence: 0.8, fullyLoadedCosts: 100000, currency: 'EUR', note: '' }).roiPercent // 100
 */
export function phillipsRoi(assumptions: RoiAssumptions): RoiResult {
  const { monetaryBenefits, attribution, confidence, fullyLoadedCosts, currency } = assumptions;
  const roiAt = (attributed: number, sure: number): number =>
    ((monetaryBenefits * attributed * sure - fullyLoadedCosts) / fullyLoadedCosts) * 100;
  const adjustedBenefits = monetaryBenefits * attribution * confidence;
  const benefitCostRatio = adjustedBenefits / fullyLoadedCosts;
  const roiPercent = roiAt(attribution, confidence);
  const lower = (share: number): number => Math.max(0, share - sensitivityStep);
  const higher = (share: number): number => Math.min(1, share + sensitivityStep);
  const low = roiAt(lower(attribution), lower(confidence));
  const high = roiAt(higher(attribution), higher(confidence));
  const money = (amount: number): string => formatMoney(amount, currency);
  const roi = (percent: number): string => `${formatNumber(percent, 1)}%`;
  const explanation =
    `Teams reported ${money(monetaryBenefits)} of yearly benefits. ` +
    `Attributing ${formatPercent(attribution)} of them to the program and discounting by the estimators' ` +
    `${formatPercent(confidence)} confidence leaves ${money(adjustedBenefits)}. ` +
    `Against fully loaded costs of ${money(fullyLoadedCosts)}, that is a benefit–cost ratio of ` +
    `${formatNumber(benefitCostRatio, 2)} and an ROI of ${roi(roiPercent)}. ` +
    `With attribution and confidence each 20 points lower (not below 0%) the ROI would be ${roi(low)}; ` +
    `each 20 points higher (not above 100%), ${roi(high)}.`;
  return { adjustedBenefits, benefitCostRatio, roiPercent, sensitivity: { low, high }, explanation };
}
