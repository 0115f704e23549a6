import type {
  ProgramEnrollmentRole,
  ProgramOutcomeKind,
  ProgramPurpose,
  ProgramSessionCadence,
  ProgramSessionFramework,
  ProgramStatus,
  ProgramType,
  Tier,
} from '../../../contract/index.js';

// Records keyed by the contract's unions: adding a value there fails the type check here until
// it has a label. The option lists below follow the records' key order.

export const programTypeLabels: Record<ProgramType, string> = {
  coaching: 'Coaching',
  mentoring: 'Mentoring',
  blended: 'Coaching and mentoring',
};

export const programPurposeLabels: Record<ProgramPurpose, { label: string; description: string }> = {
  succession_pipeline: {
    label: 'Succession pipeline',
    description: 'Grow ready-now successors for key roles over the long term.',
  },
  performance_gaps: {
    label: 'Urgent performance gaps',
    description: 'Close specific, measurable gaps in a set time. Coaching, never a mentor alone.',
  },
  onboarding_integration: {
    label: 'Onboarding and cultural integration',
    description: 'Help new or promoted leaders find their feet in the organization.',
  },
  knowledge_transfer: {
    label: 'Knowledge transfer',
    description: 'Pass institutional knowledge from experienced people to the next generation.',
  },
  high_potential_development: {
    label: 'High-potential development',
    description: 'Groom high-potential people for bigger roles.',
  },
  other: { label: 'Something else', description: 'Describe the purpose in your own words.' },
};

export const tierLabels: Record<Tier, string> = {
  executive: 'Executives (C-suite)',
  senior_leader: 'Senior leaders',
  middle_manager: 'Middle managers',
  frontline_manager: 'Frontline managers (emerging leaders)',
  individual_contributor: 'Individual contributors',
};

export const programStatusLabels: Record<ProgramStatus, string> = {
  draft: 'Draft',
  enrolling: 'Enrolling',
  matching: 'Matching',
  running: 'Running',
  closed: 'Closed',
};

export const programStatusColors: Record<ProgramStatus, string> = {
  draft: 'gray',
  enrolling: 'blue',
  matching: 'violet',
  running: 'green',
  closed: 'dark',
};

/** The button that moves a program to each status. */
export const transitionLabels: Record<ProgramStatus, string> = {
  draft: 'Back to draft',
  enrolling: 'Open enrollment',
  matching: 'Start matching',
  running: 'Start the program',
  closed: 'Close the program',
};

export const cadenceLabels: Record<ProgramSessionCadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

export const frameworkLabels: Record<ProgramSessionFramework, string> = {
  five_cs: '5 Cs (mentoring conversation)',
  grow: 'GROW (coaching)',
  stop_look_choose: 'Stop – look – choose (reflection)',
};

export const outcomeKindLabels: Record<ProgramOutcomeKind, string> = {
  behavioural: 'Behavioural',
  business: 'Business',
};

export const enrollmentRoleLabels: Record<ProgramEnrollmentRole, string> = {
  participant: 'Participant',
  mentor: 'Mentor',
  coach: 'Coach',
};

/** `{ value, label }` options in the record's order, for Select and friends. */
export function optionsOf<Key extends string>(labels: Record<Key, string>): { value: Key; label: string }[] {
  return (Object.keys(labels) as Key[]).map((value) => ({ value, label: labels[value] }));
}
