import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phillipsRoi, roiContext } from './index.js';

const assumptions = {
  monetaryBenefits: 500_000,
  attribution: 0.5,
  confidence: 0.8,
  fullyLoadedCosts: 100_000,
  currency: 'EUR',
  note: '',
};

describe('phillipsRoi', () => {
  it('discounts the benefits by attribution and confidence before setting them against the costs', () => {
    const result = phillipsRoi(assumptions);
    expect(result.adjustedBenefits).toBeCloseTo(200_000, 6);
    expect(result.benefitCostRatio).toBeCloseTo(2, 12);
    expect(result.roiPercent).toBeCloseTo(100, 10);
    // Low: 500,000 × 0.3 × 0.6 = 90,000 → −10%. High: 500,000 × 0.7 × 1.0 = 350,000 → 250%.
    expect(result.sensitivity.low).toBeCloseTo(-10, 10);
    expect(result.sensitivity.high).toBeCloseTo(250, 10);
    expect(result.explanation).toBe(
      'Teams reported 500,000 EUR of yearly benefits. Attributing 50.0% of them to the program and discounting ' +
        "by the estimators' 80.0% confidence leaves 200,000 EUR. Against fully loaded costs of 100,000 EUR, that " +
        'is a benefit–cost ratio of 2.00 and an ROI of 100.0%. With attribution and confidence each 20 points ' +
        'lower (not below 0%) the ROI would be -10.0%; each 20 points higher (not above 100%), 250.0%.',
    );
  });

  it('keeps the sensitivity shares within 0 and 1', () => {
    const result = phillipsRoi({ ...assumptions, attribution: 0.1, confidence: 0.9 });
    // Low: attribution floored at 0 → all costs lost. High: 0.3 × 1.0 → 150,000 → 50%.
    expect(result.sensitivity.low).toBe(-100);
    expect(result.sensitivity.high).toBeCloseTo(50, 10);
  });

  it('puts the ROI within its sensitivity range', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        share,
        share,
        fc.double({ min: 0.01, max: 1e12, noNaN: true }),
        (monetaryBenefits, attribution, confidence, fullyLoadedCosts) => {
          const result = phillipsRoi({ ...assumptions, monetaryBenefits, attribution, confidence, fullyLoadedCosts });
          expect(result.sensitivity.low).toBeLessThanOrEqual(result.roiPercent);
          expect(result.roiPercent).toBeLessThanOrEqual(result.sensitivity.high);
          expect(result.roiPercent).toBeGreaterThanOrEqual(-100);
        },
      ),
    );
  });
});

describe('roiContext', () => {
  it('gives the ICF/PwC figures with their caveat', () => {
    expect(roiContext).toContain('86%');
    expect(roiContext).toContain('700%');
    expect(roiContext).toContain('189');
    expect(roiContext).toContain('not a benchmark');
  });
});
