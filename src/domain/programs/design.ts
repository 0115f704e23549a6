/**
 * The rules of a program's design that span several fields: dates, purpose, session framework,
 * and which roles a program of each type enrolls.
 */

export const programTypes = ['coaching', 'mentoring', 'blended'] as const;
export type ProgramType = (typeof programTypes)[number];

export const programPurposes = [
  'succession_pipeline',
  'performance_gaps',
  'onboarding_integration',
  'knowledge_transfer',
  'high_potential_development',
  'other',
] as const;
export type ProgramPurpose = (typeof programPurposes)[number];

export const sessionCadences = ['weekly', 'biweekly', 'monthly'] as const;
export type SessionCadence = (typeof sessionCadences)[number];

export const sessionFrameworks = ['five_cs', 'grow', 'stop_look_choose'] as const;
export type SessionFramework = (typeof sessionFrameworks)[number];

export const enrollmentRoles = ['participant', 'mentor', 'coach'] as const;
export type EnrollmentRole = (typeof enrollmentRoles)[number];

export const outcomeKinds = ['behavioural', 'business'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

/**
 * The session frameworks that fit a program type. The 5 Cs is a mentoring conversation and GROW a
 * coaching model; stop–look–choose is a reflection that suits both.
 */
export function frameworksFor(type: ProgramType): readonly SessionFramework[] {
  switch (type) {
    case 'coaching':
      return ['grow', 'stop_look_choose'];
    case 'mentoring':
      return ['five_cs', 'stop_look_choose'];
    case 'blended':
      return sessionFrameworks;
  }
}

/** The framework a new program of this type gets when none is chosen. */
export function defaultFramework(type: ProgramType): SessionFramework {
  switch (type) {
    case 'coaching':
      return 'grow';
    case 'mentoring':
      return 'five_cs';
    case 'blended':
      return 'stop_look_choose';
  }
}

/** The cadence a new program of this type gets when none is chosen: coaching meets more often. */
export function defaultCadence(type: ProgramType): SessionCadence {
  return type === 'mentoring' ? 'monthly' : 'biweekly';
}

/** The roles a program of this type enrolls: no coaches in a mentoring program, no mentors in a coaching one. */
export function rolesFor(type: ProgramType): readonly EnrollmentRole[] {
  switch (type) {
    case 'coaching':
      return ['participant', 'coach'];
    case 'mentoring':
      return ['participant', 'mentor'];
    case 'blended':
      return enrollmentRoles;
  }
}

/** How many participants a mentor or coach takes when no capacity is given; null for participants. */
export function defaultCapacity(role: EnrollmentRole): number | null {
  switch (role) {
    case 'participant':
      return null;
    case 'mentor':
      return 1;
    case 'coach':
      return 4;
  }
}

export type ProgramDesign = {
  type: ProgramType;
  purpose: ProgramPurpose;
  purposeDescription: string | null;
  startDate: string;
  endDate: string;
  sessionFramework: SessionFramework;
};

export type DesignProblem = {
  field: 'startDate' | 'endDate' | 'purposeDescription' | 'sessionFramework';
  message: string;
};

/**
 * The first rule the design breaks, or null. Dates are `YYYY-MM-DD`, so they compare as text.
 * Crossed dates blame the end date, unless `changed` says only the start date just changed.
 *
 * @example checkDesign({ ...design, startDate: '2026-06-01', endDate: '2026-05-01' })
 *   // { field: 'endDate', message: 'must be after the start date (2026-06-01)' }
 */
export function checkDesign(
  design: ProgramDesign,
  changed: ReadonlySet<keyof ProgramDesign> | null = null,
): DesignProblem | null {
  if (design.endDate <= design.startDate) {
    return changed?.has('startDate') && !changed.has('endDate')
      ? { field: 'startDate', message: `must be before the end date (${design.endDate})` }
      : { field: 'endDate', message: `must be after the start date (${design.startDate})` };
  }
  if (design.purpose === 'other' && (design.purposeDescription ?? '').trim() === '') {
    return { field: 'purposeDescription', message: 'is required when the purpose is other' };
  }
  const frameworks = frameworksFor(design.type);
  if (!frameworks.includes(design.sessionFramework)) {
    return {
      field: 'sessionFramework',
      message: `${design.sessionFramework} does not fit a ${design.type} program; choose ${frameworks.join(' or ')}`,
    };
  }
  return null;
}
