import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchRequest, SelfServiceProgram } from '../../../contract/matching.js';
import type { ProgramPage } from '../../../contract/programs.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';

let t: TestApp;
let circleId: string;
let orgId: string;
type Client = ReturnType<typeof requestAs>;
let admin: Client;
let participant: Client;
let mentor: Client;
let mentorPersonId: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };

/** Signs in a new login for a person of the demo organization. */
async function loginFor(personId: string, email: string): Promise<Client> {
  await seedUser(t.connection, t.clock, { org: 'Northwind Aviation (demo)', email, roles: ['participant'] });
  await t.db.execute(sql`update users set person_id = ${personId} where email = ${email}`);
  return requestAs(t.app, await signIn(t.app, email, 'correct horse battery'));
}

async function overview(client: Client): Promise<SelfServiceProgram> {
  const response = await client.get('/api/self-service/matching');
  expect(response.statusCode, response.body).toBe(200);
  const programs = response.json<{ programs: SelfServiceProgram[] }>().programs;
  expect(programs).toHaveLength(1);
  return programs[0]!;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-23T09:00:00Z');
  await createDemoOrganization(t, context);
  admin = requestAs(t.app, await signIn(t.app, 'admin@northwind.example', demoPassword));
  participant = requestAs(t.app, await signIn(t.app, 'participant@northwind.example', demoPassword));
  const mentorSession = await signIn(t.app, 'mentor@northwind.example', demoPassword);
  mentor = requestAs(t.app, mentorSession);
  const programs = (await admin.get('/api/programs')).json<ProgramPage>();
  circleId = programs.items.find((program) => program.name === 'New Manager Mentoring Circle')!.id;
  const [row] = await queryRows<{ org_id: string; person_id: string }>(
    t.db,
    sql`select org_id, person_id from users where email = 'mentor@northwind.example'`,
  );
  orgId = row!.org_id;
  mentorPersonId = row!.person_id;
}, 60_000);
afterAll(() => t.close());

describe('self-service matching', () => {
  it('shows a mentee up to five suggestions with reasons, best first', async () => {
    const program = await overview(participant);
    expect(program.programId).toBe(circleId);
    expect(program.mentor).toBeNull();
    expect(program.pendingRequest).toBeNull();
    expect(program.suggestions.length).toBeGreaterThan(0);
    expect(program.suggestions.length).toBeLessThanOrEqual(5);
    expect(program.suggestions.map((suggestion) => suggestion.partner.id)).toContain(mentorPersonId);
    for (const suggestion of program.suggestions) expect(suggestion.openPlaces).toBe(3);
  });

  it('answers an empty list to someone in no self-service program', async () => {
    const response = await admin.get('/api/self-service/matching');
    expect(response.json()).toEqual({ programs: [] });
  });

  it('lets a mentee ask one suggested mentor at a time', async () => {
    const stranger = await participant.post(`/api/programs/${circleId}/match-requests`, {
      mentorPersonId: crypto.randomUUID(),
    });
    expect(stranger.statusCode).toBe(409);
    expect(stranger.json().field).toBe('body.mentorPersonId');

    const created = await participant.post(`/api/programs/${circleId}/match-requests`, {
      mentorPersonId,
      message: 'I would value your view on leading my first team.',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<MatchRequest>()).toMatchObject({ status: 'pending', mentor: { id: mentorPersonId } });

    const program = await overview(participant);
    expect(program.pendingRequest?.id).toBe(created.json<MatchRequest>().id);
    expect(program.suggestions).toEqual([]);
    const second = await participant.post(`/api/programs/${circleId}/match-requests`, { mentorPersonId });
    expect(second.statusCode).toBe(409);
  });

  it('lets only the mentor answer, and an accepted request becomes a relationship', async () => {
    const incoming = (await mentor.get('/api/match-requests/incoming')).json<{ items: MatchRequest[] }>();
    expect(incoming.items).toHaveLength(1);
    const request = incoming.items[0]!;
    expect(request.message).toBe('I would value your view on leading my first team.');

    // The mentee cannot accept their own request, nor can anyone else: to them it does not exist.
    expect((await participant.post(`/api/match-requests/${request.id}/accept`)).statusCode).toBe(404);
    expect((await admin.post(`/api/match-requests/${request.id}/accept`)).statusCode).toBe(404);

    const accepted = await mentor.post(`/api/match-requests/${request.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<MatchRequest>().status).toBe('accepted');
    expect((await mentor.post(`/api/match-requests/${request.id}/accept`)).statusCode).toBe(409);

    const program = await overview(participant);
    expect(program.mentor?.id).toBe(mentorPersonId);
    expect(program.suggestions).toEqual([]);
    const [pairs] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from mentoring_relationships
          where program_id = ${circleId} and mentor_person_id = ${mentorPersonId} and origin = 'self_service'`,
    );
    expect(pairs!.total).toBe(1);
  });

  it('lets a mentee withdraw and a mentor decline, and a declining mentor is not suggested again', async () => {
    const mentees = await queryRows<{ person_id: string }>(
      t.db,
      sql`select e.person_id from program_enrollments e
          where e.program_id = ${circleId} and e.role = 'participant'
            and e.person_id not in (select person_id from users where person_id is not null)
          order by e.person_id limit 1`,
    );
    const mentee = await loginFor(mentees[0]!.person_id, 'mentee.two@northwind.example');
    const suggestions = (await overview(mentee)).suggestions;
    expect(suggestions.find((s) => s.partner.id === mentorPersonId)?.openPlaces).toBe(2);

    const first = await mentee.post(`/api/programs/${circleId}/match-requests`, { mentorPersonId });
    expect((await mentor.post(`/api/match-requests/${first.json<MatchRequest>().id}/cancel`)).statusCode).toBe(404);
    const withdrawn = await mentee.post(`/api/match-requests/${first.json<MatchRequest>().id}/cancel`);
    expect(withdrawn.json<MatchRequest>().status).toBe('cancelled');

    const second = await mentee.post(`/api/programs/${circleId}/match-requests`, { mentorPersonId });
    expect(second.statusCode, second.body).toBe(201);
    const declined = await mentor.post(`/api/match-requests/${second.json<MatchRequest>().id}/decline`, {
      reason: 'My places are for people outside my own function.',
    });
    expect(declined.json<MatchRequest>()).toMatchObject({
      status: 'declined',
      declineReason: 'My places are for people outside my own function.',
    });
    const after = await overview(mentee);
    expect(after.suggestions.map((s) => s.partner.id)).not.toContain(mentorPersonId);
    const sent = (await mentee.get('/api/match-requests/sent')).json<{ items: MatchRequest[] }>();
    expect(sent.items.map((item) => item.status).sort()).toEqual(['cancelled', 'declined']);
  });

  it('counts waiting requests against places, so a mentor is never asked more than they can take', async () => {
    const mentees = await queryRows<{ person_id: string }>(
      t.db,
      sql`select e.person_id from program_enrollments e
          where e.program_id = ${circleId} and e.role = 'participant'
            and e.person_id not in (select person_id from users where person_id is not null)
          order by e.person_id limit 3`,
    );
    const logins = await Promise.all(
      mentees.map((row, index) => loginFor(row.person_id, `mentee.extra${index}@northwind.example`)),
    );
    // One place was taken by the first mentee; two remain.
    const requests: MatchRequest[] = [];
    for (const login of logins.slice(0, 2)) {
      const response = await login.post(`/api/programs/${circleId}/match-requests`, { mentorPersonId });
      expect(response.statusCode, response.body).toBe(201);
      requests.push(response.json<MatchRequest>());
    }
    const third = await overview(logins[2]!);
    expect(third.suggestions.map((s) => s.partner.id)).not.toContain(mentorPersonId);
    expect((await logins[2]!.post(`/api/programs/${circleId}/match-requests`, { mentorPersonId })).statusCode).toBe(
      409,
    );

    for (const request of requests) {
      expect((await mentor.post(`/api/match-requests/${request.id}/accept`)).statusCode).toBe(200);
    }
    const [load] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from mentoring_relationships where mentor_person_id = ${mentorPersonId}`,
    );
    expect(load!.total).toBe(3);
  });

  it('keeps requests inside the organization', async () => {
    const other = await seedOrganization(t.connection, 'Elsewhere Ltd');
    await seedUser(t.connection, t.clock, { org: other.name, email: 'someone@elsewhere.example', roles: ['mentor'] });
    const outsider = requestAs(t.app, await signIn(t.app, 'someone@elsewhere.example', 'correct horse battery'));
    const [request] = await queryRows<{ id: string }>(t.db, sql`select id from match_requests limit 1`);
    expect((await outsider.post(`/api/match-requests/${request!.id}/decline`, {})).statusCode).toBe(404);
    expect((await outsider.post(`/api/programs/${circleId}/match-requests`, { mentorPersonId })).statusCode).toBe(403);
    expect((await outsider.get('/api/match-requests/incoming')).json()).toEqual({ items: [] });
    expect(orgId).not.toBe(other.id);
  });
});
