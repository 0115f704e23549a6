import type {
  ProgramCreate,
  ProgramOutcomeKind,
  ProgramPurpose,
  ProgramSessionCadence,
  ProgramSessionFramework,
  ProgramType,
  Tier,
} from '../../../contract/index.js';
import { checkDesign, defaultCadence, defaultFramework, frameworksFor } from '../../../domain/programs/index.js';
import type { PersonOption } from './programs-api';

export type OutcomeDraft = {
  /** Keeps React's list keys stable while rows are added and removed. */
  key: number;
  kind: ProgramOutcomeKind;
  name: string;
  unit: string;
  baseline: number | string;
  target: number | string;
};

export type ProgramDraft = {
  purpose: ProgramPurpose | null;
  purposeDescription: string;
  targetTiers: Tier[];
  outcomes: OutcomeDraft[];
  name: string;
  type: ProgramType | null;
  sponsor: PersonOption | null;
  startDate: string;
  endDate: string;
  sessionCadence: ProgramSessionCadence | null;
  sessionFramework: ProgramSessionFramework | null;
  /** How long a coaching engagement may run, in months; asked only when the program coaches. */
  engagementMinMonths: number | string;
  engagementMaxMonths: number | string;
};

/** Whether a program of this type has coaching engagements, whose length it sets. */
export function hasCoaching(type: ProgramType | null): boolean {
  return type === 'coaching' || type === 'blended';
}

/** Messages by field path, as the API names them without `body.`: `name`, `outcomes.0.target`. */
export type FieldErrors = Record<string, string>;

export const wizardSteps = ['purpose', 'tiers', 'outcomes', 'details', 'review'] as const;
export type WizardStep = (typeof wizardSteps)[number];

let nextOutcomeKey = 1;

export function emptyOutcome(): OutcomeDraft {
  return { key: nextOutcomeKey++, kind: 'behavioural', name: '', unit: '', baseline: '', target: '' };
}

export function emptyDraft(): ProgramDraft {
  return {
    purpose: null,
    purposeDescription: '',
    targetTiers: [],
    outcomes: [emptyOutcome()],
    name: '',
    type: null,
    sponsor: null,
    startDate: '',
    endDate: '',
    sessionCadence: null,
    sessionFramework: null,
    engagementMinMonths: 6,
    engagementMaxMonths: 12,
  };
}

/**
 * Picks a type and keeps the rest coherent: a framework or cadence still unset, or a framework
 * the new type does not allow, becomes that type's default.
 */
export function withType(draft: ProgramDraft, type: ProgramType): ProgramDraft {
  const fits = draft.sessionFramework !== null && frameworksFor(type).includes(draft.sessionFramework);
  return {
    ...draft,
    type,
    sessionFramework: fits ? draft.sessionFramework : defaultFramework(type),
    sessionCadence: draft.sessionCadence ?? defaultCadence(type),
  };
}

const isNumber = (value: number | string) => typeof value === 'number' && Number.isFinite(value);
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** What the admin still has to fix on one step of the wizard; empty when they may go on. */
export function validateStep(step: WizardStep, draft: ProgramDraft): FieldErrors {
  const errors: FieldErrors = {};
  switch (step) {
    case 'purpose':
      if (draft.purpose === null) errors.purpose = 'Choose the purpose of the program.';
      else if (draft.purpose === 'other' && draft.purposeDescription.trim() === '') {
        errors.purposeDescription = 'Describe the purpose.';
      }
      break;
    case 'tiers':
      if (draft.targetTiers.length === 0) errors.targetTiers = 'Choose at least one tier.';
      break;
    case 'outcomes':
      if (draft.outcomes.length === 0) errors.outcomes = 'Add at least one outcome that defines success.';
      draft.outcomes.forEach((outcome, index) => {
        if (outcome.name.trim() === '') errors[`outcomes.${index}.name`] = 'Name the outcome.';
        if (outcome.unit.trim() === '') errors[`outcomes.${index}.unit`] = 'Say what is measured, and in which unit.';
        if (!isNumber(outcome.baseline)) errors[`outcomes.${index}.baseline`] = 'Enter the baseline.';
        if (!isNumber(outcome.target)) errors[`outcomes.${index}.target`] = 'Enter the target.';
        else if (outcome.target === outcome.baseline) {
          errors[`outcomes.${index}.target`] = 'The target must differ from the baseline.';
        }
      });
      break;
    case 'details': {
      if (draft.name.trim() === '') errors.name = 'Name the program.';
      if (draft.type === null) errors.type = 'Choose coaching, mentoring or both.';
      if (draft.sponsor === null) errors.sponsorPersonId = 'Choose the executive sponsor.';
      if (!datePattern.test(draft.startDate)) errors.startDate = 'Enter the start date.';
      if (!datePattern.test(draft.endDate)) errors.endDate = 'Enter the end date.';
      if (draft.sessionCadence === null) errors.sessionCadence = 'Choose how often sessions take place.';
      if (draft.sessionFramework === null) errors.sessionFramework = 'Choose a session framework.';
      if (hasCoaching(draft.type)) {
        const { engagementMinMonths: min, engagementMaxMonths: max } = draft;
        const isMonths = (value: number | string) =>
          isNumber(value) && Number.isInteger(value) && +value >= 1 && +value <= 36;
        if (!isMonths(min)) errors['engagementMonths.min'] = 'Enter a whole number of months from 1 to 36.';
        if (!isMonths(max)) errors['engagementMonths.max'] = 'Enter a whole number of months from 1 to 36.';
        else if (isMonths(min) && +max < +min) errors['engagementMonths.max'] = 'Must not be below the minimum.';
      }
      if (Object.keys(errors).length === 0 && draft.type !== null && draft.purpose !== null) {
        const problem = checkDesign({
          type: draft.type,
          purpose: draft.purpose,
          purposeDescription: draft.purposeDescription,
          startDate: draft.startDate,
          endDate: draft.endDate,
          sessionFramework: draft.sessionFramework!,
        });
        if (problem) errors[problem.field] = capitalize(problem.message);
      }
      break;
    }
    case 'review':
      break;
  }
  return errors;
}

function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + (message.endsWith('.') ? '' : '.');
}

/** The first step that has something to fix, or null when the whole draft is ready to send. */
export function firstIncompleteStep(draft: ProgramDraft): WizardStep | null {
  return wizardSteps.find((step) => Object.keys(validateStep(step, draft)).length > 0) ?? null;
}

/** The request body for a complete draft (see `firstIncompleteStep`). */
export function toProgramCreate(draft: ProgramDraft): ProgramCreate {
  if (draft.purpose === null || draft.type === null) throw new Error('The draft is not complete.');
  return {
    name: draft.name.trim(),
    type: draft.type,
    purpose: draft.purpose,
    ...(draft.purpose === 'other' ? { purposeDescription: draft.purposeDescription.trim() } : {}),
    targetTiers: draft.targetTiers,
    sponsorPersonId: draft.sponsor?.id ?? null,
    outcomes: draft.outcomes.map((outcome) => ({
      kind: outcome.kind,
      name: outcome.name.trim(),
      unit: outcome.unit.trim(),
      baseline: Number(outcome.baseline),
      target: Number(outcome.target),
    })),
    startDate: draft.startDate,
    endDate: draft.endDate,
    ...(draft.sessionCadence ? { sessionCadence: draft.sessionCadence } : {}),
    ...(draft.sessionFramework ? { sessionFramework: draft.sessionFramework } : {}),
    ...(hasCoaching(draft.type)
      ? { engagementMonths: { min: Number(draft.engagementMinMonths), max: Number(draft.engagementMaxMonths) } }
      : {}),
  };
}

/** A field the API names (`body.outcomes.0.target`) as the wizard names it (`outcomes.0.target`). */
export function formFieldOf(apiField: string | undefined): string | undefined {
  if (apiField === undefined || !apiField.startsWith('body.')) return undefined;
  return apiField.slice('body.'.length);
}

/**
 * What to show beside the field a refused request names: the per-field message, without the
 * field path some messages start with (`body.endDate must be…` becomes `Must be…`).
 */
export function fieldMessageOf(error: {
  message: string;
  field?: string | undefined;
  errors?: { message: string }[] | undefined;
}): string {
  const message = error.errors?.[0]?.message ?? error.message;
  const text = error.field && message.startsWith(`${error.field} `) ? message.slice(error.field.length + 1) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The step that asks for a field, so a server error can take the admin back to it. */
export function stepOfField(field: string): WizardStep {
  const top = field.split('.')[0];
  switch (top) {
    case 'purpose':
    case 'purposeDescription':
      return 'purpose';
    case 'targetTiers':
      return 'tiers';
    case 'outcomes':
      return 'outcomes';
    default:
      return 'details';
  }
}
