import { describe, expect, it } from 'vitest';
import { nextSession, sessionPartner } from './next-session-view';
import type { TimedSession } from './session-time';

const now = new Date('2027-03-01T10:00:00Z');
const session = (id: string, scheduledAt: string, status: TimedSession['status'] = 'scheduled') => ({
  id,
  scheduledAt,
  endsAt: new Date(Date.parse(scheduledAt) + 60 * 60_000).toISOString(),
  status,
});

describe('nextSession', () => {
  it('picks the soonest scheduled session that is not over', () => {
    const sessions = [
      session('later', '2027-03-09T09:00:00Z'),
      session('cancelled', '2027-03-02T09:00:00Z', 'cancelled'),
      session('past', '2027-02-20T09:00:00Z'),
      session('soon', '2027-03-03T09:00:00Z'),
    ];
    expect(nextSession(sessions, now)?.id).toBe('soon');
  });
  it('keeps a session under way, and answers null when nothing is to come', () => {
    expect(nextSession([session('now', '2027-03-01T09:30:00Z')], now)?.id).toBe('now');
    expect(nextSession([session('held', '2027-03-01T09:30:00Z', 'held')], now)).toBeNull();
    expect(nextSession([], now)).toBeNull();
  });
});

describe('sessionPartner', () => {
  const participants = [
    { personId: 'a', name: 'Ana Ruiz', role: 'mentor' as const },
    { personId: 'b', name: 'Ben Ode', role: 'mentee' as const },
  ];
  it('names the other person of the pair with their role', () => {
    expect(sessionPartner({ myRole: 'mentee', participants })).toBe('Ana Ruiz (mentor)');
    expect(sessionPartner({ myRole: 'mentor', participants })).toBe('Ben Ode (mentee)');
  });
});
