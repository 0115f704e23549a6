import type { Session, SessionSummary } from '../../../contract/index.js';
import type { SessionBadge } from './session-time';
import type { PairKind } from './sessions-api';

export type SessionFramework = NonNullable<SessionSummary['framework']>;
export type ParticipantRole = Session['participants'][number]['role'];

// Kept here rather than imported from the contract: a value from the contract pulls zod into the bundle.
export const frameworkOptions: readonly { value: SessionFramework; label: string }[] = [
  { value: 'five_cs', label: '5 Cs (Challenges, Choices, Consequences, Creative solutions, Conclusions)' },
  { value: 'grow', label: 'GROW (Goal, Reality, Options, Will)' },
  { value: 'stop_look_choose', label: 'Stop – look – choose (reflection)' },
];

export const frameworkLabels: Record<SessionFramework, string> = {
  five_cs: '5 Cs conversation',
  grow: 'GROW',
  stop_look_choose: 'Stop – look – choose',
};

/** The framework the API picks when none is given: the 5 Cs for mentoring, GROW for coaching. */
export const defaultFrameworkFor: Record<PairKind, SessionFramework> = {
  relationship: 'five_cs',
  engagement: 'grow',
};

export const sessionBadgeLabels: Record<SessionBadge, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
  unconfirmed: 'Not marked held',
};

export const sessionBadgeColors: Record<SessionBadge, string> = {
  scheduled: 'blue',
  held: 'green',
  cancelled: 'gray',
  unconfirmed: 'yellow',
};

export const participantRoleLabels: Record<ParticipantRole, string> = {
  mentor: 'Mentor',
  mentee: 'Mentee',
  coach: 'Coach',
  leader: 'Leader',
};

export const kindLabels: Record<SessionSummary['kind'], string> = {
  mentoring: 'Mentoring',
  coaching: 'Coaching',
};

/** The two people of a session, mentor or coach first: `Ana Ruiz & Ben Ode`. */
export function pairName(participants: Session['participants']): string {
  const guideFirst = [...participants].sort((a, b) => guideRank(a.role) - guideRank(b.role));
  return guideFirst.map((person) => person.name).join(' & ');
}

function guideRank(role: ParticipantRole): number {
  return role === 'mentor' || role === 'coach' ? 0 : 1;
}
