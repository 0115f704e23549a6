import { describe, expect, it } from 'vitest';
import { coachingEngagementParties, coachingEngagementStatuses } from '../../../contract/engagements.js';
import { coachingParties, coachingStatuses } from '../../../domain/engagements/index.js';
import type { AppError } from '../../http/errors.js';
import { authorize, coachingEngagementView, type Actor, type CoachingPartyIds } from '../../http/policy.js';

const actor = (personId: string | null, roles: Actor['roles'] = ['participant']): Actor => ({
  userId: 'user',
  orgId: 'org',
  roles,
  personId,
  sessionId: 'session',
  csrfToken: 'token',
});

const parties: CoachingPartyIds = {
  coach: 'coach',
  leader: 'leader',
  manager: 'manager',
  sponsor: 'sponsor',
  agreementParties: ['coach', 'leader', 'manager'],
};
const record = { orgId: 'org', coaching: parties };

function statusOf(run: () => unknown): number {
  try {
    run();
    return 200;
  } catch (error) {
    return (error as AppError).status;
  }
}

describe('coaching contract', () => {
  it('lists the statuses and parties of the domain', () => {
    expect(coachingEngagementStatuses).toEqual(coachingStatuses);
    expect(coachingEngagementParties).toEqual(coachingParties);
  });
});

describe('coaching policy', () => {
  it('hides an engagement from anyone who takes no part and is not an admin', () => {
    expect(statusOf(() => authorize(actor('someone'), 'engagement.read', record))).toBe(404);
    expect(statusOf(() => authorize(actor(null), 'engagement.read', record))).toBe(404);
    expect(statusOf(() => authorize(actor('coach'), 'engagement.read', { ...record, orgId: 'other' }))).toBe(404);
    expect(statusOf(() => authorize(actor('coach'), 'engagement.read'))).toBe(404);
    expect(statusOf(() => authorize(null, 'engagement.read', record))).toBe(401);
  });

  it('gives parties the content and admins the metadata', () => {
    expect(coachingEngagementView(actor('sponsor'), parties)).toBe('party');
    expect(coachingEngagementView(actor('admin', ['admin']), parties)).toBe('metadata');
    expect(coachingEngagementView(actor('manager', ['admin']), parties)).toBe('party');
  });

  it('asks the sponsor to confirm only when the leader has no manager', () => {
    expect(statusOf(() => authorize(actor('sponsor'), 'engagement.goals.confirm', record))).toBe(403);
    const noManager = { ...parties, manager: null, agreementParties: ['coach', 'leader', 'sponsor'] as const };
    expect(
      statusOf(() => authorize(actor('sponsor'), 'engagement.goals.confirm', { orgId: 'org', coaching: noManager })),
    ).toBe(200);
  });

  it('lets the coach, the leader and admins end early, and only the coach make the other moves', () => {
    for (const [who, roles, move, end] of [
      ['coach', ['coach'], 200, 200],
      ['leader', ['participant'], 403, 200],
      ['admin', ['admin'], 403, 200],
      ['manager', ['manager'], 403, 403],
    ] as const) {
      expect(
        statusOf(() => authorize(actor(who, [...roles]), 'engagement.transition', record)),
        who,
      ).toBe(move);
      expect(
        statusOf(() => authorize(actor(who, [...roles]), 'engagement.endEarly', record)),
        who,
      ).toBe(end);
    }
  });
});
