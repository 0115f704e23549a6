import type { SessionSummary } from '../../../contract/index.js';
import { participantRoleLabels } from './session-labels';
import type { TimedSession } from './session-time';

/**
 * The soonest session that is still to come or under way and not cancelled or held; null when
 * there is none.
 */
export function nextSession<T extends TimedSession>(sessions: readonly T[], now: Date): T | null {
  let next: T | null = null;
  for (const session of sessions) {
    if (session.status !== 'scheduled' || Date.parse(session.endsAt) <= now.getTime()) continue;
    if (next === null || Date.parse(session.scheduledAt) < Date.parse(next.scheduledAt)) next = session;
  }
  return next;
}

/**
 * Whom the signed-in user meets in a session: the other person of the pair, with their role.
 *
 * @example sessionPartner({ myRole: 'mentee', participants: [{ name: 'Ana Ruiz', role: 'mentor' }, …] }) // 'Ana Ruiz (mentor)'
 */
export function sessionPartner(session: Pick<SessionSummary, 'myRole' | 'participants'>): string {
  const others = session.participants.filter((person) => person.role !== session.myRole);
  const shown = others.length === 0 ? session.participants : others;
  return shown.map((person) => `${person.name} (${participantRoleLabels[person.role].toLowerCase()})`).join(' & ');
}
