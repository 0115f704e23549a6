// Numbers as the dashboard shows them: scores with two decimals, percents with one.
import type { Interval } from '../stats/index.js';

/**
 * A number with fixed decimals, never "-0.00".
 * @example formatNumber(-0.001, 2) // '0.00'
 */
export function formatNumber(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  return Number(fixed) === 0 ? fixed.replace(/^-/, '') : fixed;
}

/** A score on a rating scale. @example formatScore(3.456) // '3.46' */
export function formatScore(value: number): string {
  return formatNumber(value, 2);
}

/** A change, with its sign. @example formatSigned(0.42) // '+0.42' */
export function formatSigned(value: number, digits = 2): string {
  const fixed = formatNumber(value, digits);
  return Number(fixed) > 0 ? `+${fixed}` : fixed;
}

/** A share as a percent. @example formatPercent(0.8254) // '82.5%' */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

/** An interval's label and bounds. @example formatInterval([0.1, 0.74], 0.95) // '95% CI 0.10 to 0.74' */
export function formatInterval(
  ci: Readonly<Interval>,
  confidence: number,
  format: (value: number) => string = formatScore,
): string {
  // Rounded to a tenth so 0.95 reads 95%, not 95.00000000000001%.
  const level = Number((confidence * 100).toFixed(1));
  return `${level}% CI ${format(ci[0])} to ${format(ci[1])}`;
}

/** A change with its interval. @example formatChange(0.42, [0.1, 0.74], 0.95) // '+0.42 (95% CI 0.10 to 0.74)' */
export function formatChange(estimate: number, ci: Readonly<Interval>, confidence: number): string {
  return `${formatSigned(estimate)} (${formatInterval(ci, confidence)})`;
}

/** A share with its interval. @example formatShare(0.8, [0.49, 0.94], 0.95) // '80.0% (95% CI 49.0% to 94.0%)' */
export function formatShare(share: number, ci: Readonly<Interval>, confidence: number): string {
  return `${formatPercent(share)} (${formatInterval(ci, confidence, formatPercent)})`;
}

/** A p-value, small ones as a bound. @example formatP(0.0004) // 'p < 0.001' */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${formatNumber(p, 3)}`;
}

/** An amount of money with its currency code. @example formatMoney(200000, 'EUR') // '200,000 EUR' */
export function formatMoney(amount: number, currency: string): string {
  // Not Intl's currency style: the contract accepts any code of up to three letters, which Intl may reject.
  const digits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(amount);
  return `${digits} ${currency}`;
}
