import type { OutcomeMeasurementCreate, RoiAssumptions } from '../../../contract/outcomes.js';

// The two admin forms of the outcomes report, without React: what they start with, what the
// browser checks before sending (the server checks again), and the body they send.

type NumberField = number | string;

/** The ROI form as the admin fills it: attribution and confidence as percentages, 0–100. */
export type RoiDraft = {
  monetaryBenefits: NumberField;
  attributionPercent: NumberField;
  confidencePercent: NumberField;
  fullyLoadedCosts: NumberField;
  currency: string;
  note: string;
};

/** The fields as the API names them (`body.<field>`); the form shows each message by its input. */
export const roiFields = [
  'monetaryBenefits',
  'attribution',
  'confidence',
  'fullyLoadedCosts',
  'currency',
  'note',
] as const;
export type RoiField = (typeof roiFields)[number];

const largest = 1e12;
const noteLength = 2000;

/** A share (0–1) as the percentage the form shows: 0.35 → 35, without float noise like 35.000000000000004. */
export function percentOf(share: number): number {
  return Math.round(share * 100 * 10_000) / 10_000;
}

/** A percentage from the form as the share the API takes: 35 → 0.35. */
export function shareOf(percent: number): number {
  return Math.round(percent * 10_000) / 1_000_000;
}

export function roiDraftOf(assumptions: RoiAssumptions | null): RoiDraft {
  if (assumptions === null) {
    return {
      monetaryBenefits: '',
      attributionPercent: '',
      confidencePercent: '',
      fullyLoadedCosts: '',
      currency: 'EUR',
      note: '',
    };
  }
  return {
    monetaryBenefits: assumptions.monetaryBenefits,
    attributionPercent: percentOf(assumptions.attribution),
    confidencePercent: percentOf(assumptions.confidence),
    fullyLoadedCosts: assumptions.fullyLoadedCosts,
    currency: assumptions.currency,
    note: assumptions.note,
  };
}

const isNumber = (value: NumberField): value is number => typeof value === 'number' && Number.isFinite(value);

export type Checked<Body, Field extends string> =
  { body: Body; errors: null } | { body: null; errors: Partial<Record<Field, string>> };

/**
 * The assumptions as the API takes them, or what to fix, by field.
 *
 * @example toRoiAssumptions({ ...draft, attributionPercent: 40 }).body?.attribution // 0.4
 */
export function toRoiAssumptions(draft: RoiDraft): Checked<RoiAssumptions, RoiField> {
  const errors: Partial<Record<RoiField, string>> = {};
  const { monetaryBenefits, attributionPercent, confidencePercent, fullyLoadedCosts } = draft;
  if (!isNumber(monetaryBenefits) || monetaryBenefits < 0 || monetaryBenefits > largest) {
    errors.monetaryBenefits = 'Enter the yearly benefits: 0 or more.';
  }
  if (!isNumber(attributionPercent) || attributionPercent < 0 || attributionPercent > 100) {
    errors.attribution = 'Enter a percentage from 0 to 100.';
  }
  if (!isNumber(confidencePercent) || confidencePercent < 0 || confidencePercent > 100) {
    errors.confidence = 'Enter a percentage from 0 to 100.';
  }
  if (!isNumber(fullyLoadedCosts) || fullyLoadedCosts <= 0 || fullyLoadedCosts > largest) {
    errors.fullyLoadedCosts = 'Enter the costs: more than 0.';
  }
  const currency = draft.currency.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(currency)) errors.currency = 'Enter a currency code like EUR.';
  const note = draft.note.trim();
  if (note.length > noteLength) errors.note = `Keep the note to ${noteLength} characters.`;
  if (Object.keys(errors).length > 0) return { body: null, errors };
  return {
    body: {
      monetaryBenefits: monetaryBenefits as number,
      attribution: shareOf(attributionPercent as number),
      confidence: shareOf(confidencePercent as number),
      fullyLoadedCosts: fullyLoadedCosts as number,
      currency,
      note,
    },
    errors: null,
  };
}

/**
 * A server message shown by its input: the API speaks of shares (0–1) where the form shows
 * percentages, so those two fields get the form's own words.
 */
export function roiFieldMessage(field: RoiField, message: string): string {
  if (field === 'attribution' || field === 'confidence') return 'Must be a percentage from 0 to 100.';
  return message;
}

type Leader = { id: string; name: string };

/** A measurement as the admin fills it in; the leader is whatever the people picker answers. */
export type MeasurementDraft<Chosen extends Leader = Leader> = {
  leader: Chosen | null;
  measuredOn: string;
  value: NumberField;
};

export const measurementFields = ['leaderPersonId', 'measuredOn', 'value'] as const;
export type MeasurementField = (typeof measurementFields)[number];

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function emptyMeasurement<Chosen extends Leader>(today: string): MeasurementDraft<Chosen> {
  return { leader: null, measuredOn: today, value: '' };
}

/** The measurement as the API takes it, or what to fix, by field. */
export function toMeasurementCreate(draft: MeasurementDraft): Checked<OutcomeMeasurementCreate, MeasurementField> {
  const errors: Partial<Record<MeasurementField, string>> = {};
  if (draft.leader === null) errors.leaderPersonId = 'Choose the leader whose team was measured.';
  if (!datePattern.test(draft.measuredOn)) errors.measuredOn = 'Enter the date of the measurement.';
  if (!isNumber(draft.value)) errors.value = 'Enter the measured value.';
  if (Object.keys(errors).length > 0 || draft.leader === null || !isNumber(draft.value)) {
    return { body: null, errors };
  }
  return {
    body: { leaderPersonId: draft.leader.id, measuredOn: draft.measuredOn, value: draft.value },
    errors: null,
  };
}
