import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchingRun, MatchingSettings, ProgramMatchPage } from '../../../contract/matching.js';
import type { ProgramPage } from '../../../contract/programs.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn, type SignedIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';

let t: TestApp;
let admin: ReturnType<typeof requestAs>;
let adminSession: SignedIn;
let bulkId: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-23T09:00:00Z');
  await createDemoOrganization(t, context);
  adminSession = await signIn(t.app, 'admin@northwind.example', demoPassword);
  admin = requestAs(t.app, adminSession);
  const programs = (await admin.get('/api/programs')).json<ProgramPage>();
  bulkId = programs.items.find((program) => program.name === 'Leadership Mentoring 2027')!.id;
}, 60_000);
afterAll(() => t.close());

describe('bulk matching of the demo program', () => {
  let run: MatchingRun;

  it('proposes an assignment that respects capacities and reporting lines', async () => {
    const response = await admin.post(`/api/programs/${bulkId}/matching-runs`, {});
    expect(response.statusCode, response.body).toBe(201);
    run = response.json<MatchingRun>();
    expect(run.status).toBe('draft');
    expect(run.isOptimal).toBe(true);
    expect(run.proposals.length).toBeGreaterThan(100);
    expect(run.matched + run.unmatched).toBe(run.fairness.participants);
    expect(run.unmatchedParticipants).toHaveLength(run.unmatched);
    for (const partner of run.partners) expect(partner.load).toBeLessThanOrEqual(partner.capacity);
    for (const proposal of run.proposals) {
      expect(proposal.score).toBeGreaterThanOrEqual(0);
      expect(proposal.score).toBeLessThanOrEqual(100);
      expect(proposal.factors.map((factor) => factor.factor)).toContain('complementaryFit');
    }
    expect(run.proposals.some((proposal) => proposal.reasons.length > 0)).toBe(true);
    const [managerPairs] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from matching_proposals mp
          join people p on p.id = mp.participant_person_id
          join people m on m.id = mp.partner_person_id
          where p.manager_id = m.id or m.manager_id = p.id`,
    );
    expect(managerPairs!.total).toBe(0);
  });

  it('locks, removes, places by hand and swaps, each hand edit ending the proven optimum', async () => {
    const base = `/api/programs/${bulkId}/matching-runs/${run.id}`;
    const [first, second] = run.proposals.filter(
      (proposal, index, all) => all.findIndex((other) => other.partner.id === proposal.partner.id) === index,
    );
    const locked = await admin.patch(`${base}/proposals/${first!.id}`, { isLocked: true });
    expect(locked.statusCode, locked.body).toBe(200);
    expect(locked.json<MatchingRun>().isOptimal).toBe(true);
    expect(locked.json<MatchingRun>().proposals.find((p) => p.id === first!.id)!.isLocked).toBe(true);

    const removed = await admin.delete(`${base}/proposals/${second!.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    const afterRemove = removed.json<MatchingRun>();
    expect(afterRemove.isOptimal).toBe(false);
    expect(afterRemove.unmatchedParticipants).toContainEqual({
      participant: second!.participant,
      reason: 'Taken off the board by hand.',
    });

    // The freed place goes back to the removed participant's own mentor.
    const placed = await admin.post(`${base}/proposals`, {
      participantPersonId: second!.participant.id,
      partnerPersonId: second!.partner.id,
    });
    expect(placed.statusCode, placed.body).toBe(200);
    const afterPlace = placed.json<MatchingRun>();
    const placedPair = afterPlace.proposals.find((p) => p.participant.id === second!.participant.id)!;
    expect(placedPair).toMatchObject({ source: 'admin', isLocked: true, score: second!.score });

    const again = await admin.post(`${base}/proposals`, {
      participantPersonId: second!.participant.id,
      partnerPersonId: second!.partner.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ field: 'body.participantPersonId' });

    const swapped = await admin.post(`${base}/swap`, { proposalIds: [first!.id, placedPair.id] });
    if (swapped.statusCode === 409) {
      // The exchange may break a hard rule; then the answer names it and nothing changed.
      expect(swapped.json().detail).toMatch(/cannot be paired/);
    } else {
      expect(swapped.statusCode, swapped.body).toBe(200);
      const afterSwap = swapped.json<MatchingRun>();
      expect(afterSwap.proposals.find((p) => p.id === first!.id)!.partner.id).toBe(second!.partner.id);
      expect(afterSwap.proposals.find((p) => p.id === placedPair.id)!.partner.id).toBe(first!.partner.id);
    }
  });

  it('refuses a pair that breaks a hard rule or a mentor without a place, naming the field', async () => {
    const base = `/api/programs/${bulkId}/matching-runs/${run.id}`;
    const board = (await admin.get(base)).json<MatchingRun>();
    const unmatched = board.unmatchedParticipants[0]!.participant;
    const full = board.partners.find((partner) => partner.load >= partner.capacity)!;
    const noPlace = await admin.post(`${base}/proposals`, {
      participantPersonId: unmatched.id,
      partnerPersonId: full.partner.id,
    });
    expect(noPlace.statusCode).toBe(409);
    expect(noPlace.json()).toMatchObject({ field: 'body.partnerPersonId' });
    expect(noPlace.json().detail).toMatch(/no place left/);

    const [manager] = await queryRows<{ participant: string; mentor: string }>(
      t.db,
      sql`select p.id as participant, p.manager_id as mentor from people p
          join program_enrollments pe on pe.person_id = p.id and pe.role = 'participant' and pe.program_id = ${bulkId}
          join program_enrollments me on me.person_id = p.manager_id and me.role = 'mentor' and me.program_id = ${bulkId}
          limit 1`,
    );
    const onBoard = board.proposals.find((proposal) => proposal.participant.id === manager!.participant);
    if (onBoard) await admin.delete(`${base}/proposals/${onBoard.id}`);
    const ownManager = await admin.post(`${base}/proposals`, {
      participantPersonId: manager!.participant,
      partnerPersonId: manager!.mentor,
    });
    expect(ownManager.statusCode).toBe(409);
    expect(ownManager.json().detail).toMatch(/direct manager/);

    const sameTwice = await admin.post(`${base}/swap`, {
      proposalIds: [board.proposals[0]!.id, board.proposals[0]!.id],
    });
    expect(sameTwice.statusCode).toBe(400);
    expect(sameTwice.json()).toMatchObject({ field: 'body.proposalIds' });
  });

  it('re-runs around the locked pairs and is the optimum again', async () => {
    const base = `/api/programs/${bulkId}/matching-runs/${run.id}`;
    const before = (await admin.get(base)).json<MatchingRun>();
    const lockedBefore = before.proposals.filter((proposal) => proposal.isLocked);
    expect(lockedBefore.length).toBeGreaterThan(0);
    const rerun = await admin.post(`${base}/rerun`);
    expect(rerun.statusCode, rerun.body).toBe(200);
    const after = rerun.json<MatchingRun>();
    expect(after.isOptimal).toBe(true);
    for (const proposal of lockedBefore) {
      expect(after.proposals.find((p) => p.id === proposal.id)).toMatchObject({
        partner: proposal.partner,
        isLocked: true,
      });
    }
    for (const partner of after.partners) expect(partner.load).toBeLessThanOrEqual(partner.capacity);
    run = after;
  });

  it('publishes nothing when someone on the board was matched meanwhile', async () => {
    const base = `/api/programs/${bulkId}/matching-runs/${run.id}`;
    const [orgRow] = await queryRows<{ org_id: string }>(t.db, sql`select org_id from programs where id = ${bulkId}`);
    const taken = run.proposals[3]!;
    await t.db.execute(
      sql`insert into mentoring_relationships (org_id, program_id, mentor_person_id, mentee_person_id, origin, score, created_at, updated_at)
          values (${orgRow!.org_id}, ${bulkId}, ${run.proposals[4]!.partner.id}, ${taken.participant.id}, 'self_service', 50, now(), now())`,
    );
    const refused = await admin.post(`${base}/publish`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain(taken.participant.name);
    const [count] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from mentoring_relationships where program_id = ${bulkId}`,
    );
    expect(count!.total).toBe(1);
    expect((await admin.get(base)).json<MatchingRun>().status).toBe('draft');
    await t.db.execute(sql`delete from mentoring_relationships where program_id = ${bulkId}`);
  });

  it('publishes every pair as a mentoring relationship, once', async () => {
    const base = `/api/programs/${bulkId}/matching-runs/${run.id}`;
    const published = await admin.post(`${base}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ created: run.proposals.length, run: { status: 'published' } });
    const matches = (await admin.get(`/api/programs/${bulkId}/matches?pageSize=500`)).json<ProgramMatchPage>();
    expect(matches.total).toBe(run.proposals.length);
    expect(matches.items.every((match) => match.kind === 'mentoring' && match.status === 'proposed')).toBe(true);
    expect((await admin.post(`${base}/publish`)).statusCode).toBe(409);
    expect((await admin.post(`${base}/rerun`)).statusCode).toBe(409);
    expect((await admin.delete(`${base}/proposals/${run.proposals[0]!.id}`)).statusCode).toBe(409);
  });

  it('matches only those still without a mentor in the next run', async () => {
    t.clock.advanceMinutes(5);
    const next = await admin.post(`/api/programs/${bulkId}/matching-runs`, {});
    expect(next.statusCode, next.body).toBe(201);
    const second = next.json<MatchingRun>();
    expect(second.fairness.participants).toBe(run.unmatched);
    // Every mentor was full after the first publication, so nobody can be placed.
    expect(second.proposals).toHaveLength(0);
    expect(second.unmatchedParticipants[0]!.reason).toMatch(/No mentor has a place left/);
    const runs = (await admin.get(`/api/programs/${bulkId}/matching-runs`)).json<{ items: { status: string }[] }>();
    expect(runs.items.map((item) => item.status)).toEqual(['draft', 'published']);
  });
});

describe('matching settings', () => {
  it('answers the defaults, refuses bad input naming the field, and keeps what was saved', async () => {
    const defaults = (await admin.get(`/api/programs/${bulkId}/matching-settings`)).json<MatchingSettings>();
    expect(defaults).toMatchObject({ mode: 'bulk', objective: 'max-participation', excludeManager: true });

    const badWeight = await admin.put(`/api/programs/${bulkId}/matching-settings`, {
      mentoringWeights: { ...defaults.mentoringWeights, complementaryFit: 101 },
    });
    expect(badWeight.statusCode).toBe(400);
    expect(badWeight.json().field).toBe('body.mentoringWeights.complementaryFit');

    const stranger = await admin.put(`/api/programs/${bulkId}/matching-settings`, {
      neverPairs: [{ participantPersonId: crypto.randomUUID(), partnerPersonId: crypto.randomUUID() }],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().field).toBe('body.neverPairs.0.participantPersonId');

    const saved = await admin.put(`/api/programs/${bulkId}/matching-settings`, {
      objective: 'max-score',
      functionPreference: 'cross_functional',
      maxTimeZoneDifferenceHours: 6,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await admin.get(`/api/programs/${bulkId}/matching-settings`)).json<MatchingSettings>();
    expect(read).toMatchObject({
      objective: 'max-score',
      functionPreference: 'cross_functional',
      maxTimeZoneDifferenceHours: 6,
    });
    expect(read.mentoringWeights).toEqual(defaults.mentoringWeights);
  });

  it('refuses self-service for a coaching program and runs only in matching or running', async () => {
    const created = await admin.post('/api/programs', {
      name: 'Executive coaching',
      type: 'coaching',
      purpose: 'performance_gaps',
      targetTiers: ['senior_leader'],
      startDate: '2027-01-04',
      endDate: '2027-07-02',
    });
    expect(created.statusCode, created.body).toBe(201);
    const coachingId = created.json<{ id: string }>().id;
    const selfService = await admin.put(`/api/programs/${coachingId}/matching-settings`, { mode: 'self_service' });
    expect(selfService.statusCode).toBe(400);
    expect(selfService.json().field).toBe('body.mode');
    const draftRun = await admin.post(`/api/programs/${coachingId}/matching-runs`, {});
    expect(draftRun.statusCode).toBe(409);
    expect(draftRun.json().field).toBe('status');
    const wrongKind = await admin.post(`/api/programs/${bulkId}/matching-runs`, { kind: 'coaching' });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().field).toBe('body.kind');
  });
});

describe('who may match', () => {
  it('keeps matching to the admins of the organization', async () => {
    const runs = (await admin.get(`/api/programs/${bulkId}/matching-runs`)).json<{ items: { id: string }[] }>();
    const runPath = `/api/programs/${bulkId}/matching-runs/${runs.items[0]!.id}`;
    const mentor = requestAs(t.app, await signIn(t.app, 'mentor@northwind.example', demoPassword));
    expect((await mentor.get(runPath)).statusCode).toBe(403);
    expect((await mentor.post(`/api/programs/${bulkId}/matching-runs`, {})).statusCode).toBe(403);
    expect((await mentor.get(`/api/programs/${bulkId}/matches`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: runPath })).statusCode).toBe(401);

    const other = await seedOrganization(t.connection, 'Other Co');
    await seedUser(t.connection, t.clock, { org: other.name, email: 'admin@other.example', roles: ['admin'] });
    const outsider = requestAs(t.app, await signIn(t.app, 'admin@other.example', 'correct horse battery'));
    for (const response of [
      await outsider.get(runPath),
      await outsider.get(`/api/programs/${bulkId}/matching-settings`),
      await outsider.get(`/api/programs/${bulkId}/matching-runs`),
      await outsider.get(`/api/programs/${bulkId}/matches`),
      await outsider.post(`/api/programs/${bulkId}/matching-runs`, {}),
      await outsider.post(`${runPath}/rerun`),
      await outsider.post(`${runPath}/publish`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Northwind');
    }
  });
});
