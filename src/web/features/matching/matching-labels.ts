import type {
  MatchingKind,
  MatchingMode,
  MatchingObjective,
  MatchingRunStatus,
  MatchingSettings,
  matchingCoachingFactors,
  matchingMentoringFactors,
} from '../../../contract/index.js';

// Records keyed by the contract's unions: a new value there fails the type check here until it
// has words. Factor lists are typed from the contract's tuples without importing their values.

export type MentoringFactor = (typeof matchingMentoringFactors)[number];
export type CoachingFactor = (typeof matchingCoachingFactors)[number];
export type FunctionPreference = MatchingSettings['functionPreference'];

export const mentoringFactorLabels: Record<MentoringFactor, { label: string; description: string }> = {
  complementaryFit: {
    label: 'Complementary strengths',
    description: 'The mentor is strong where the mentee wants to grow.',
  },
  seniorityGap: { label: 'Seniority gap', description: 'One or two tiers and some years of experience apart.' },
  functionFit: { label: 'Function fit', description: 'Scored by the function preference below.' },
  timeZoneOverlap: { label: 'Working hours overlap', description: 'Office hours that overlap across time zones.' },
  sharedLanguage: { label: 'Shared language', description: 'A language in common.' },
  preferences: { label: 'Ranked choices', description: 'Who each side asked for, first choice highest.' },
  profileFit: {
    label: 'Behavioural profile fit',
    description: 'How alike the two behavioural profiles are; neutral when either has none.',
  },
};

export const coachingFactorLabels: Record<CoachingFactor, { label: string; description: string }> = {
  specialtyFit: {
    label: 'Coaching specialties',
    description: 'The coach’s specialties against the competencies to build.',
  },
  clientSeniority: { label: 'Leaders the coach serves', description: 'The tiers of leaders the coach works with.' },
  sharedLanguage: { label: 'Shared language', description: 'A language in common.' },
  timeZoneOverlap: { label: 'Working hours overlap', description: 'Office hours that overlap across time zones.' },
};

/** Every factor's plain name, for the breakdown of a score. */
export const factorLabels: Record<MentoringFactor | CoachingFactor, string> = {
  ...Object.fromEntries(Object.entries(mentoringFactorLabels).map(([key, value]) => [key, value.label])),
  ...Object.fromEntries(Object.entries(coachingFactorLabels).map(([key, value]) => [key, value.label])),
} as Record<MentoringFactor | CoachingFactor, string>;

export const modeLabels: Record<MatchingMode, { label: string; description: string }> = {
  bulk: { label: 'Admin matches everyone', description: 'Run matching, review the board, then publish.' },
  self_service: {
    label: 'Mentees choose',
    description: 'Each mentee asks one of their five best suggestions; the mentor accepts or declines.',
  },
};

export const objectiveLabels: Record<MatchingObjective, { label: string; description: string }> = {
  'max-participation': {
    label: 'Match as many people as possible',
    description: 'First the most pairs, then the best total score among those.',
  },
  'max-score': {
    label: 'Best total score',
    description: 'The highest total score, even if a few more people stay unmatched.',
  },
};

export const functionPreferenceLabels: Record<FunctionPreference, string> = {
  same: 'Same function',
  cross_functional: 'Another function',
  any: 'No preference',
};

export const kindLabels: Record<MatchingKind, string> = { mentoring: 'Mentoring', coaching: 'Coaching' };

/** The partner's role word for a kind of matching, capitalised. */
export const partnerLabels: Record<MatchingKind, string> = { mentoring: 'Mentor', coaching: 'Coach' };

export const runStatusLabels: Record<MatchingRunStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  discarded: 'Discarded',
};

export const runStatusColors: Record<MatchingRunStatus, string> = {
  draft: 'blue',
  published: 'green',
  discarded: 'gray',
};
