import { describe, expect, it } from 'vitest';
import {
  emptyDraft,
  emptyOutcome,
  fieldMessageOf,
  firstIncompleteStep,
  formFieldOf,
  stepOfField,
  toProgramCreate,
  validateStep,
  withType,
  type ProgramDraft,
} from './program-form';

const sponsor = { id: 'p1', name: 'Sam Sponsor', title: 'COO', tier: 'executive', department: 'Operations' } as const;

function completeDraft(): ProgramDraft {
  return withType(
    {
      ...emptyDraft(),
      purpose: 'succession_pipeline',
      targetTiers: ['senior_leader'],
      outcomes: [
        { ...emptyOutcome(), kind: 'business', name: 'Ready-now successors', unit: '%', baseline: 40, target: 75 },
      ],
      name: '  Bench 2026 ',
      sponsor,
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    },
    'mentoring',
  );
}

describe('the program wizard', () => {
  it('asks each design question in turn', () => {
    const draft = emptyDraft();
    expect(firstIncompleteStep(draft)).toBe('purpose');
    expect(validateStep('purpose', draft)).toEqual({ purpose: 'Choose the purpose of the program.' });
    expect(validateStep('purpose', { ...draft, purpose: 'other' })).toEqual({
      purposeDescription: 'Describe the purpose.',
    });
    expect(firstIncompleteStep({ ...draft, purpose: 'performance_gaps' })).toBe('tiers');
    expect(firstIncompleteStep({ ...draft, purpose: 'performance_gaps', targetTiers: ['executive'] })).toBe('outcomes');
    expect(firstIncompleteStep(completeDraft())).toBeNull();
  });

  it('names every incomplete outcome field', () => {
    const draft = { ...emptyDraft(), outcomes: [{ ...emptyOutcome(), baseline: 3, target: 3 }] };
    expect(validateStep('outcomes', draft)).toEqual({
      'outcomes.0.name': 'Name the outcome.',
      'outcomes.0.unit': 'Say what is measured, and in which unit.',
      'outcomes.0.target': 'The target must differ from the baseline.',
    });
    expect(validateStep('outcomes', { ...draft, outcomes: [] })).toEqual({
      outcomes: 'Add at least one outcome that defines success.',
    });
  });

  it('checks the dates and the framework with the domain’s rules', () => {
    expect(validateStep('details', { ...completeDraft(), endDate: '2026-03-01' })).toEqual({
      endDate: 'Must be after the start date (2026-04-01).',
    });
    expect(validateStep('details', { ...completeDraft(), sessionFramework: 'grow' })).toMatchObject({
      sessionFramework: expect.stringContaining('does not fit a mentoring program'),
    });
  });

  it('gives a new type its default framework and cadence, keeping choices that still fit', () => {
    expect(withType(emptyDraft(), 'coaching')).toMatchObject({ sessionFramework: 'grow', sessionCadence: 'biweekly' });
    const reflective = {
      ...emptyDraft(),
      sessionFramework: 'stop_look_choose' as const,
      sessionCadence: 'weekly' as const,
    };
    expect(withType(reflective, 'mentoring')).toMatchObject({
      sessionFramework: 'stop_look_choose',
      sessionCadence: 'weekly',
    });
    expect(withType({ ...emptyDraft(), sessionFramework: 'grow' }, 'mentoring').sessionFramework).toBe('five_cs');
  });

  it('sends a trimmed request with numbers', () => {
    expect(toProgramCreate(completeDraft())).toEqual({
      name: 'Bench 2026',
      type: 'mentoring',
      purpose: 'succession_pipeline',
      targetTiers: ['senior_leader'],
      sponsorPersonId: 'p1',
      outcomes: [{ kind: 'business', name: 'Ready-now successors', unit: '%', baseline: 40, target: 75 }],
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      sessionCadence: 'monthly',
      sessionFramework: 'five_cs',
    });
  });

  it('asks a coaching program how long its engagements last, and sends it', () => {
    const draft = { ...completeDraft(), type: 'coaching' as const, sessionFramework: 'grow' as const };
    expect(validateStep('details', { ...draft, engagementMinMonths: 9, engagementMaxMonths: 6 })).toEqual({
      'engagementMonths.max': 'Must not be below the minimum.',
    });
    expect(validateStep('details', { ...draft, engagementMinMonths: '', engagementMaxMonths: 40 })).toEqual({
      'engagementMonths.min': 'Enter a whole number of months from 1 to 36.',
      'engagementMonths.max': 'Enter a whole number of months from 1 to 36.',
    });
    expect(toProgramCreate({ ...draft, engagementMinMonths: 6, engagementMaxMonths: 9 }).engagementMonths).toEqual({
      min: 6,
      max: 9,
    });
    expect(toProgramCreate(completeDraft())).not.toHaveProperty('engagementMonths');
  });

  it('shows a server message beside its field without the field path', () => {
    expect(fieldMessageOf({ message: 'body.endDate must be after the start date', field: 'body.endDate' })).toBe(
      'Must be after the start date',
    );
    expect(
      fieldMessageOf({
        message: 'body.capacity: Too big',
        field: 'body.capacity',
        errors: [{ message: 'Too big: expected number to be <=100' }],
      }),
    ).toBe('Too big: expected number to be <=100');
  });

  it('takes the admin back to the step of a field the server refused', () => {
    expect(formFieldOf('body.outcomes.0.target')).toBe('outcomes.0.target');
    expect(formFieldOf('headers.x-csrf-token')).toBeUndefined();
    expect(stepOfField('outcomes.0.target')).toBe('outcomes');
    expect(stepOfField('purposeDescription')).toBe('purpose');
    expect(stepOfField('targetTiers.1')).toBe('tiers');
    expect(stepOfField('sponsorPersonId')).toBe('details');
  });
});
