import { describe, expect, it } from 'vitest';
import {
  emptyMeasurement,
  percentOf,
  roiDraftOf,
  roiFieldMessage,
  shareOf,
  toMeasurementCreate,
  toRoiAssumptions,
  type RoiDraft,
} from './outcome-forms-view';

const filled: RoiDraft = {
  monetaryBenefits: 250000,
  attributionPercent: 40,
  confidencePercent: 70,
  fullyLoadedCosts: 60000,
  currency: ' eur ',
  note: '  From the teams’ own estimates. ',
};

describe('the ROI form', () => {
  it('shows shares as percentages and sends them back as shares', () => {
    expect(percentOf(0.35)).toBe(35);
    expect(percentOf(0.07)).toBe(7);
    expect(percentOf(1 / 3)).toBe(33.3333);
    expect(shareOf(35)).toBe(0.35);
    expect(shareOf(7)).toBe(0.07);
    expect(shareOf(33.3333)).toBe(0.333333);
  });

  it('starts empty, or from the saved assumptions', () => {
    expect(roiDraftOf(null)).toEqual({
      monetaryBenefits: '',
      attributionPercent: '',
      confidencePercent: '',
      fullyLoadedCosts: '',
      currency: 'EUR',
      note: '',
    });
    expect(
      roiDraftOf({
        monetaryBenefits: 1000,
        attribution: 0.07,
        confidence: 0.8,
        fullyLoadedCosts: 500,
        currency: 'USD',
        note: 'x',
      }),
    ).toEqual({
      monetaryBenefits: 1000,
      attributionPercent: 7,
      confidencePercent: 80,
      fullyLoadedCosts: 500,
      currency: 'USD',
      note: 'x',
    });
  });

  it('sends shares from 0 to 1, the currency in capitals and the note trimmed', () => {
    expect(toRoiAssumptions(filled)).toEqual({
      body: {
        monetaryBenefits: 250000,
        attribution: 0.4,
        confidence: 0.7,
        fullyLoadedCosts: 60000,
        currency: 'EUR',
        note: 'From the teams’ own estimates.',
      },
      errors: null,
    });
    expect(
      toRoiAssumptions({ ...filled, monetaryBenefits: 0, attributionPercent: 0, confidencePercent: 100 }).body,
    ).toMatchObject({ monetaryBenefits: 0, attribution: 0, confidence: 1 });
  });

  it('names each field to fix', () => {
    expect(
      toRoiAssumptions({
        monetaryBenefits: '',
        attributionPercent: 120,
        confidencePercent: -1,
        fullyLoadedCosts: 0,
        currency: 'EURO',
        note: 'x'.repeat(2001),
      }).errors,
    ).toEqual({
      monetaryBenefits: 'Enter the yearly benefits: 0 or more.',
      attribution: 'Enter a percentage from 0 to 100.',
      confidence: 'Enter a percentage from 0 to 100.',
      fullyLoadedCosts: 'Enter the costs: more than 0.',
      currency: 'Enter a currency code like EUR.',
      note: 'Keep the note to 2000 characters.',
    });
    expect(toRoiAssumptions({ ...filled, currency: '' }).errors).toEqual({
      currency: 'Enter a currency code like EUR.',
    });
  });

  it('puts the API’s words about shares in percentages', () => {
    expect(roiFieldMessage('attribution', 'Must be between 0 and 1')).toBe('Must be a percentage from 0 to 100.');
    expect(roiFieldMessage('confidence', 'Must be between 0 and 1')).toBe('Must be a percentage from 0 to 100.');
    expect(roiFieldMessage('currency', 'Must be a currency code like EUR')).toBe('Must be a currency code like EUR');
  });
});

describe('the measurement form', () => {
  const leader = { id: '0b7e1f0e-1c1a-4d55-9a35-4b4a2f5a7c11', name: 'Ann' };

  it('starts on today, with no leader and no value', () => {
    expect(emptyMeasurement('2026-05-04')).toEqual({ leader: null, measuredOn: '2026-05-04', value: '' });
  });

  it('sends the leader’s id, the date and the value', () => {
    expect(toMeasurementCreate({ leader, measuredOn: '2026-05-04', value: -2.5 })).toEqual({
      body: { leaderPersonId: leader.id, measuredOn: '2026-05-04', value: -2.5 },
      errors: null,
    });
  });

  it('names each field to fix', () => {
    expect(toMeasurementCreate({ leader: null, measuredOn: '', value: '' }).errors).toEqual({
      leaderPersonId: 'Choose the leader whose team was measured.',
      measuredOn: 'Enter the date of the measurement.',
      value: 'Enter the measured value.',
    });
    expect(toMeasurementCreate({ leader, measuredOn: '2026-05-04', value: Number.NaN }).errors).toEqual({
      value: 'Enter the measured value.',
    });
  });
});
