import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachingEngagement, CoachingEngagementPage, CoachingProgress } from '../../../contract/engagements.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
const clients = {} as Record<'coach' | 'leader' | 'manager' | 'sponsor' | 'admin' | 'mentor', Client>;
let path: string;
let goalIds: string[];

const context = { ipAddress: null, userAgent: 'test', requestId: null };

/** Signs everyone in again: moving the clock weeks ahead ends the earlier sessions. */
async function signInAll(): Promise<void> {
  for (const role of ['coach', 'leader', 'manager', 'sponsor', 'admin', 'mentor'] as const) {
    const email = `${role === 'leader' ? 'participant' : role}@northwind.example`;
    clients[role] = requestAs(t.app, await signIn(t.app, email, demoPassword));
  }
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-23T09:00:00Z');
  await createDemoOrganization(t, context);
  await signInAll();
  // The demo's coaching pilot: agree two goals three ways and start.
  const mine = (await clients.coach.get('/api/engagements')).json<CoachingEngagementPage>();
  const engagement = mine.items[0]!;
  path = `/api/engagements/${engagement.id}`;
  const dueDate = engagement.endDate!;
  const goal = (statement: string) => ({
    statement,
    competency: 'decision_making',
    metric: 'Decisions made without escalation per month',
    baseline: 2,
    target: 8,
    dueDate,
  });
  const set = await clients.coach.put(`${path}/goals`, { goals: [goal('Decide within my remit'), goal('Say no')] });
  expect(set.statusCode, set.body).toBe(200);
  goalIds = set.json<CoachingEngagement>().goals!.map((entry) => entry.id);
  for (const role of ['coach', 'leader', 'manager'] as const) {
    expect((await clients[role].post(`${path}/goals/confirm`)).statusCode).toBe(200);
  }
}, 60_000);
afterAll(() => t.close());

describe('coaching progress checks', () => {
  it('wait for the engagement to be active', async () => {
    const early = await clients.coach.post(`${path}/progress-checks`, {
      ratings: goalIds.map((goalId) => ({ goalId, rating: 2, evidence: 'First weeks' })),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().field).toBe('status');
    expect((await clients.coach.post(`${path}/transition`, { to: 'active' })).statusCode).toBe(200);
  });

  it('are due one cadence after the start, and rate every goal with evidence', async () => {
    const before = (await clients.coach.get(`${path}/progress-checks`)).json<CoachingProgress>();
    expect(before).toMatchObject({ cadence: 'biweekly', count: 0, isDue: false, checks: [] });
    // Two weeks after the program's start, the first check is due.
    t.clock.set(new Date(new Date(before.nextDueAt!).getTime() + 3_600_000));
    await signInAll();
    expect((await clients.coach.get(`${path}/progress-checks`)).json<CoachingProgress>().isDue).toBe(true);

    const missing = await clients.coach.post(`${path}/progress-checks`, {
      ratings: [{ goalId: goalIds[0], rating: 3, evidence: 'Decided two hiring calls alone' }],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().field).toBe('body.ratings');
    const badRating = await clients.coach.post(`${path}/progress-checks`, {
      ratings: goalIds.map((goalId, index) => ({
        goalId,
        rating: index === 1 ? 7 : 3,
        evidence: 'Seen in the review',
      })),
    });
    expect(badRating.json().field).toBe('body.ratings.1.rating');
    const noEvidence = await clients.coach.post(`${path}/progress-checks`, {
      ratings: goalIds.map((goalId) => ({ goalId, rating: 3, evidence: ' ' })),
    });
    expect(noEvidence.json().field).toBe('body.ratings.0.evidence');

    const recorded = await clients.coach.post(`${path}/progress-checks`, {
      ratings: goalIds.map((goalId, index) => ({ goalId, rating: 3 + index, evidence: `Evidence ${index}` })),
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const progress = recorded.json<CoachingProgress>();
    expect(progress).toMatchObject({ count: 1, isDue: false });
    expect(progress.checks![0]!.ratings).toEqual([
      { goalId: goalIds[0], statement: 'Decide within my remit', rating: 3, evidence: 'Evidence 0' },
      { goalId: goalIds[1], statement: 'Say no', rating: 4, evidence: 'Evidence 1' },
    ]);
  });

  it('are seen by the manager and sponsor, counted for an admin, hidden from everyone else', async () => {
    for (const role of ['leader', 'manager', 'sponsor'] as const) {
      const seen = (await clients[role].get(`${path}/progress-checks`)).json<CoachingProgress>();
      expect(seen.checks, role).toHaveLength(1);
    }
    const admin = await clients.admin.get(`${path}/progress-checks`);
    expect(admin.json<CoachingProgress>()).toMatchObject({ count: 1 });
    expect(admin.json()).not.toHaveProperty('checks');
    expect(admin.body).not.toContain('Evidence 0');
    expect((await clients.mentor.get(`${path}/progress-checks`)).statusCode).toBe(404);
    for (const role of ['leader', 'manager', 'sponsor', 'admin'] as const) {
      const response = await clients[role].post(`${path}/progress-checks`, {
        ratings: goalIds.map((goalId) => ({ goalId, rating: 5, evidence: 'Mine' })),
      });
      expect(response.statusCode, role).toBe(403);
    }
    const other = await seedOrganization(t.connection, 'Other Co');
    await seedUser(t.connection, t.clock, { org: other.name, email: 'admin@other.example', roles: ['admin'] });
    const outsider = requestAs(t.app, await signIn(t.app, 'admin@other.example', 'correct horse battery'));
    expect((await outsider.get(`${path}/progress-checks`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `${path}/progress-checks` })).statusCode).toBe(401);
  });
});
