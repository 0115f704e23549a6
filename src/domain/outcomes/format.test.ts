import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatInterval,
  formatMoney,
  formatNumber,
  formatP,
  formatPercent,
  formatScore,
  formatShare,
  formatSigned,
} from './index.js';

describe('format', () => {
  it('writes scores with two decimals and changes with their sign', () => {
    expect(formatScore(3.456)).toBe('3.46');
    expect(formatSigned(0.42)).toBe('+0.42');
    expect(formatSigned(-0.42)).toBe('-0.42');
    expect(formatSigned(0.001)).toBe('0.00');
    expect(formatSigned(-0.001)).toBe('0.00');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
  });

  it('writes a change with its interval', () => {
    expect(formatChange(0.42, [0.1, 0.74], 0.95)).toBe('+0.42 (95% CI 0.10 to 0.74)');
    expect(formatChange(-0.2, [-0.5, 0.1], 0.9)).toBe('-0.20 (90% CI -0.50 to 0.10)');
    expect(formatInterval([1, 2], 0.999)).toBe('99.9% CI 1.00 to 2.00');
  });

  it('writes percents with one decimal', () => {
    expect(formatPercent(0.8254)).toBe('82.5%');
    expect(formatShare(0.8, [0.49, 0.943], 0.95)).toBe('80.0% (95% CI 49.0% to 94.3%)');
  });

  it('writes small p-values as a bound', () => {
    expect(formatP(0.0004)).toBe('p < 0.001');
    expect(formatP(0.0321)).toBe('p = 0.032');
    expect(formatP(1)).toBe('p = 1.000');
  });

  it('writes money with thousands separators and the currency code', () => {
    expect(formatMoney(200_000, 'EUR')).toBe('200,000 EUR');
    expect(formatMoney(1234.567, 'US')).toBe('1,234.57 US');
  });
});
