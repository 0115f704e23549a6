import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchRequest } from '../../../contract/matching.js';
import type { ProgramPage } from '../../../contract/programs.js';
import {
  relationshipEndingKinds,
  relationshipStatuses,
  type Relationship,
  type RelationshipPage,
} from '../../../contract/relationships.js';
import {
  menteeTrainingChecklist,
  mentorTrainingChecklist,
  mentoringEndingKinds,
  mentoringStatuses,
} from '../../../domain/engagements/index.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
let admin: Client;
let mentee: Client;
let mentor: Client;
let path: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };
const agreement = {
  confidentialityNorms: 'Nothing we say leaves the room, unless someone is at risk.',
  cadence: 'biweekly',
  startDate: '2026-12-01',
  endDate: '2027-06-01',
  topics: ['Leading my first team', 'Giving hard feedback'],
};

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-23T09:00:00Z');
  await createDemoOrganization(t, context);
  admin = requestAs(t.app, await signIn(t.app, 'admin@northwind.example', demoPassword));
  mentee = requestAs(t.app, await signIn(t.app, 'participant@northwind.example', demoPassword));
  mentor = requestAs(t.app, await signIn(t.app, 'mentor@northwind.example', demoPassword));
  // The demo's self-service circle: the mentee asks the demo mentor, who accepts.
  const programs = (await admin.get('/api/programs')).json<ProgramPage>();
  const circleId = programs.items.find((program) => program.name === 'New Manager Mentoring Circle')!.id;
  const [mentorRow] = await queryRows<{ person_id: string }>(
    t.db,
    sql`select person_id from users where email = 'mentor@northwind.example'`,
  );
  const asked = await mentee.post(`/api/programs/${circleId}/match-requests`, { mentorPersonId: mentorRow!.person_id });
  await mentor.post(`/api/match-requests/${asked.json<MatchRequest>().id}/accept`);
  const mine = (await mentee.get('/api/relationships')).json<RelationshipPage>();
  path = `/api/relationships/${mine.items[0]!.id}`;
}, 60_000);
afterAll(() => t.close());

describe('a mentoring relationship from agreement to no-fault exit', () => {
  it('lists it for the mentee and the mentor, and names the lists like the domain does', async () => {
    expect([...relationshipStatuses]).toEqual([...mentoringStatuses]);
    expect([...relationshipEndingKinds]).toEqual([...mentoringEndingKinds]);
    const forMentee = (await mentee.get('/api/relationships')).json<RelationshipPage>();
    const forMentor = (await mentor.get('/api/relationships')).json<RelationshipPage>();
    expect(forMentee).toMatchObject({ total: 1, items: [{ myRole: 'mentee', status: 'proposed', agreement: null }] });
    expect(forMentor).toMatchObject({ total: 1, items: [{ myRole: 'mentor', origin: 'self_service' }] });
  });

  it('does not start before the agreement is signed by both and both trained', async () => {
    const early = await mentee.post(`${path}/transition`, { to: 'active' });
    expect(early.statusCode).toBe(409);
    expect(early.json().field).toBe('agreement');
  });

  it('checks the agreement, naming the field', async () => {
    const noTopics = await mentee.put(`${path}/agreement`, { ...agreement, topics: [] });
    expect(noTopics.statusCode).toBe(400);
    expect(noTopics.json().field).toBe('body.topics');
    const backwards = await mentee.put(`${path}/agreement`, { ...agreement, endDate: '2026-11-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().field).toBe('body.endDate');
    const badCadence = await mentee.put(`${path}/agreement`, { ...agreement, cadence: 'hourly' });
    expect(badCadence.statusCode).toBe(400);
    expect(badCadence.json().field).toBe('body.cadence');
    expect((await mentee.get(path)).json<Relationship>().agreement).toBeNull();
  });

  it('has both sign the current agreement; an edit clears the signatures', async () => {
    expect((await mentee.post(`${path}/agreement/sign`)).json().field).toBe('agreement');
    const written = await mentee.put(`${path}/agreement`, agreement);
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json<Relationship>().agreement).toEqual(agreement);
    await mentor.post(`${path}/agreement/sign`);
    const signed = (await mentee.post(`${path}/agreement/sign`)).json<Relationship>();
    expect(signed.signatures.mentor).not.toBeNull();
    expect(signed.signatures.mentee).not.toBeNull();

    const edited = await mentor.put(`${path}/agreement`, { ...agreement, cadence: 'monthly' });
    expect(edited.json<Relationship>().signatures).toEqual({ mentor: null, mentee: null });
    await mentor.post(`${path}/agreement/sign`);
    await mentee.post(`${path}/agreement/sign`);
  });

  it('needs both training checklists before the start', async () => {
    const wrong = await mentor.put(`${path}/training`, { ticked: ['own_the_agenda'] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().field).toBe('body.ticked.0');
    await mentor.put(`${path}/training`, { ticked: mentorTrainingChecklist.map((item) => item.key) });
    const halfway = await mentee.post(`${path}/transition`, { to: 'active' });
    expect(halfway.statusCode).toBe(409);
    expect(halfway.json().field).toBe('training');
    const trained = await mentee.put(`${path}/training`, { ticked: menteeTrainingChecklist.map((item) => item.key) });
    expect(trained.json<Relationship>().training.mentee.isComplete).toBe(true);
    const started = await mentee.post(`${path}/transition`, { to: 'active' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json<Relationship>()).toMatchObject({
      status: 'active',
      nextStatuses: ['completed', 'ended_early'],
    });
    expect((await mentee.put(`${path}/agreement`, agreement)).statusCode).toBe(409);
  });

  it('reports its health against the agreed cadence', async () => {
    expect((await mentee.get(path)).json<Relationship>().health).toEqual({
      state: 'on_track',
      daysSinceMeeting: 0,
      lastMeetingAt: null,
    });
    // Monthly meetings agreed from 1 December: no meeting by 5 February is more than twice the cadence.
    t.clock.set('2027-02-05T09:00:00Z');
    mentee = requestAs(t.app, await signIn(t.app, 'participant@northwind.example', demoPassword));
    mentor = requestAs(t.app, await signIn(t.app, 'mentor@northwind.example', demoPassword));
    admin = requestAs(t.app, await signIn(t.app, 'admin@northwind.example', demoPassword));
    expect((await mentor.get(path)).json<Relationship>().health).toMatchObject({
      state: 'flagged',
      daysSinceMeeting: 66,
    });
  });

  it('shows an admin the metadata only, and lets them end it but not work in it', async () => {
    const seen = await admin.get(path);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<Relationship>()).toMatchObject({ myRole: 'admin', agreement: null, cadence: 'monthly' });
    expect(seen.body).not.toContain('Giving hard feedback');
    expect(seen.body).not.toContain('leaves the room');
    expect((await admin.put(`${path}/agreement`, agreement)).statusCode).toBe(403);
    expect((await admin.post(`${path}/transition`, { to: 'completed' })).statusCode).toBe(403);
    const noFault = await admin.post(`${path}/transition`, { to: 'ended_early', ending: { kind: 'no_fault_exit' } });
    expect(noFault.statusCode).toBe(400);
    expect(noFault.json().field).toBe('body.ending.kind');
  });

  it('is not there for anyone else', async () => {
    const manager = requestAs(t.app, await signIn(t.app, 'manager@northwind.example', demoPassword));
    expect((await manager.get(path)).statusCode).toBe(404);
    expect((await manager.post(`${path}/agreement/sign`)).statusCode).toBe(404);
    expect((await manager.get('/api/relationships')).json<RelationshipPage>().total).toBe(0);
    const other = await seedOrganization(t.connection, 'Other Co');
    await seedUser(t.connection, t.clock, { org: other.name, email: 'admin@other.example', roles: ['admin'] });
    const outsider = requestAs(t.app, await signIn(t.app, 'admin@other.example', 'correct horse battery'));
    expect((await outsider.get(path)).statusCode).toBe(404);
    expect(
      (await outsider.post(`${path}/transition`, { to: 'ended_early', ending: { kind: 'other', reason: 'x' } }))
        .statusCode,
    ).toBe(404);
    expect((await outsider.get('/api/relationships')).json<RelationshipPage>().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(401);
  });

  it('lets the mentee leave without blame, which offers a rematch, and then nothing moves', async () => {
    const blank = await mentee.post(`${path}/transition`, {
      to: 'ended_early',
      ending: { kind: 'other', reason: ' ' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().field).toBe('body.ending.reason');
    const exit = await mentee.post(`${path}/transition`, { to: 'ended_early', ending: { kind: 'no_fault_exit' } });
    expect(exit.statusCode, exit.body).toBe(200);
    expect(exit.json<Relationship>().ending).toMatchObject({
      kind: 'no_fault_exit',
      reason: null,
      offersRematch: true,
    });
    const again = await mentor.post(`${path}/transition`, { to: 'completed' });
    expect(again.statusCode).toBe(409);
    expect(again.json().field).toBe('body.to');
    const [events] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from audit_events where target_type = 'mentoring_relationship'`,
    );
    expect(events!.total).toBeGreaterThanOrEqual(9);
  });
});
