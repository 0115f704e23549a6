import { describe, expect, it } from 'vitest';
import {
  checkDesign,
  defaultCadence,
  defaultCapacity,
  defaultFramework,
  frameworksFor,
  programTypes,
  rolesFor,
  type ProgramDesign,
} from './design.js';

const design: ProgramDesign = {
  type: 'mentoring',
  purpose: 'succession_pipeline',
  purposeDescription: null,
  startDate: '2026-04-01',
  endDate: '2027-03-31',
  sessionFramework: 'five_cs',
};

describe('checkDesign', () => {
  it('accepts a sound design', () => {
    expect(checkDesign(design)).toBeNull();
  });

  it('wants the end after the start', () => {
    expect(checkDesign({ ...design, endDate: '2026-04-01' })).toEqual({
      field: 'endDate',
      message: 'must be after the start date (2026-04-01)',
    });
    expect(checkDesign({ ...design, endDate: '2026-03-31' })).toMatchObject({ field: 'endDate' });
    expect(checkDesign({ ...design, endDate: '2026-04-02' })).toBeNull();
  });

  it('blames the start date when only the start date changed', () => {
    const late = { ...design, startDate: '2027-04-01' };
    expect(checkDesign(late, new Set(['startDate']))).toEqual({
      field: 'startDate',
      message: 'must be before the end date (2027-03-31)',
    });
    expect(checkDesign(late, new Set(['startDate', 'endDate']))).toMatchObject({ field: 'endDate' });
    expect(checkDesign(late)).toMatchObject({ field: 'endDate' });
  });

  it('wants a description of an "other" purpose', () => {
    expect(checkDesign({ ...design, purpose: 'other' })).toMatchObject({ field: 'purposeDescription' });
    expect(checkDesign({ ...design, purpose: 'other', purposeDescription: '   ' })).toMatchObject({
      field: 'purposeDescription',
    });
    expect(checkDesign({ ...design, purpose: 'other', purposeDescription: 'Board readiness' })).toBeNull();
  });

  it('keeps the 5 Cs out of coaching and GROW out of mentoring', () => {
    expect(checkDesign({ ...design, type: 'coaching', sessionFramework: 'five_cs' })).toEqual({
      field: 'sessionFramework',
      message: 'five_cs does not fit a coaching program; choose grow or stop_look_choose',
    });
    expect(checkDesign({ ...design, type: 'mentoring', sessionFramework: 'grow' })).toMatchObject({
      field: 'sessionFramework',
    });
    for (const sessionFramework of ['five_cs', 'grow', 'stop_look_choose'] as const) {
      expect(checkDesign({ ...design, type: 'blended', sessionFramework })).toBeNull();
    }
  });
});

describe('defaults by program type', () => {
  it('gives every type a default framework that fits it', () => {
    for (const type of programTypes) expect(frameworksFor(type)).toContain(defaultFramework(type));
    expect(defaultFramework('coaching')).toBe('grow');
    expect(defaultFramework('mentoring')).toBe('five_cs');
  });

  it('has coaching meet more often than mentoring', () => {
    expect(defaultCadence('coaching')).toBe('biweekly');
    expect(defaultCadence('mentoring')).toBe('monthly');
  });

  it('enrolls the guides that fit the type', () => {
    expect(rolesFor('coaching')).toEqual(['participant', 'coach']);
    expect(rolesFor('mentoring')).toEqual(['participant', 'mentor']);
    expect(rolesFor('blended')).toEqual(['participant', 'mentor', 'coach']);
  });

  it('gives a mentor one mentee and a coach four leaders unless told otherwise', () => {
    expect(defaultCapacity('mentor')).toBe(1);
    expect(defaultCapacity('coach')).toBe(4);
    expect(defaultCapacity('participant')).toBeNull();
  });
});
