import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachingEngagement, CoachingEngagementPage } from '../../../contract/engagements.js';
import type { MatchingRun } from '../../../contract/matching.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
type Role = 'admin' | 'coach' | 'leader' | 'manager' | 'sponsor' | 'unrelated' | 'otherOrg' | 'anonymous';
const clients = {} as Record<Role, Client>;
/** The leader without a manager (the chief executive), whose sponsor confirms instead. */
let chiefClient: Client;
const person = {} as Record<'leader' | 'manager' | 'sponsor' | 'coach' | 'chief', string>;
let programId: string;
/** E1: the demo participant, who has a manager. E2: the chief executive, who has none. */
let withManager: string;
let withoutManager: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };
const demoOrg = 'Northwind Aviation (demo)';

function anonymous(): Client {
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  return {
    get: (url) => send('GET', url),
    post: (url, payload) => send('POST', url, payload),
    patch: (url, payload) => send('PATCH', url, payload),
    put: (url, payload) => send('PUT', url, payload),
    delete: (url) => send('DELETE', url),
    postCsv: (url) => send('POST', url),
  };
}

async function loginFor(personId: string, email: string): Promise<Client> {
  await seedUser(t.connection, t.clock, { org: demoOrg, email, roles: ['participant'] });
  await t.db.execute(sql`update users set person_id = ${personId} where email = ${email}`);
  return requestAs(t.app, await signIn(t.app, email, 'correct horse battery'));
}

async function demoLogin(email: string): Promise<Client> {
  return requestAs(t.app, await signIn(t.app, email, demoPassword));
}

async function personOf(email: string): Promise<string> {
  const [row] = await queryRows<{ person_id: string }>(t.db, sql`select person_id from users where email = ${email}`);
  return row!.person_id;
}

async function expectStatus(response: Promise<{ statusCode: number; body: string }>, status: number) {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer;
}

/** Row counts of everything an engagement write touches, to prove a refused write left nothing. */
async function footprint(engagementId: string) {
  const [row] = await queryRows<Record<string, unknown>>(
    t.db,
    sql`select (select count(*)::int from coaching_goals where engagement_id = ${engagementId}) as goals,
               (select count(*)::int from coaching_goal_confirmations where engagement_id = ${engagementId}) as confirmations,
               (select count(*)::int from audit_events where target_id = ${engagementId}::text) as audits,
               (select status || coalesce(start_date::text, '') || coalesce(end_date::text, '') || updated_at::text
                  from coaching_engagements where id = ${engagementId}) as engagement`,
  );
  return row;
}

const goals = [
  {
    statement: 'Run team meetings where every voice is heard before a decision.',
    competency: 'communication_active_listening',
    metric: 'Team pulse: "my view is heard" (1–5)',
    baseline: 2.8,
    target: 4,
    dueDate: '2026-09-15',
  },
  {
    statement: 'Decide on escalated deals within two working days.',
    competency: 'decision_making',
    metric: 'Median days to decide an escalation',
    baseline: 6,
    target: 2,
    dueDate: '2026-09-30',
  },
];

async function detail(client: Client, id: string): Promise<CoachingEngagement> {
  const response = await expectStatus(client.get(`/api/engagements/${id}`), 200);
  return JSON.parse(response.body) as CoachingEngagement;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T09:00:00Z');
  await createDemoOrganization(t, context);
  clients.admin = await demoLogin('admin@northwind.example');
  clients.leader = await demoLogin('participant@northwind.example');
  clients.manager = await demoLogin('manager@northwind.example');
  clients.sponsor = await demoLogin('sponsor@northwind.example');
  clients.unrelated = await demoLogin('mentor@northwind.example');
  clients.anonymous = anonymous();
  person.leader = await personOf('participant@northwind.example');
  person.manager = await personOf('manager@northwind.example');
  person.sponsor = await personOf('sponsor@northwind.example');
  const [chief] = await queryRows<{ id: string }>(
    t.db,
    sql`select p.id from people p join organizations o on o.org_id = p.org_id
        where o.name = ${demoOrg} and p.manager_id is null order by p.employee_id limit 1`,
  );
  person.chief = chief!.id;
  // A coach far from both leaders' reporting lines: outside Sales, three levels below the top.
  const [coach] = await queryRows<{ id: string }>(
    t.db,
    sql`select p.id from people p
        join people m on m.org_id = p.org_id and m.id = p.manager_id
        join people mm on mm.org_id = m.org_id and mm.id = m.manager_id
        where p.org_id = (select org_id from people where id = ${person.leader})
          and p.department not in ('Sales', 'Executive Office') and mm.manager_id is not null
          and p.id not in (select person_id from users where person_id is not null)
          and ${person.leader} not in (p.manager_id, m.manager_id)
        order by p.employee_id limit 1`,
  );
  person.coach = coach!.id;
  clients.coach = await loginFor(person.coach, 'coach.person@northwind.example');
  chiefClient = await loginFor(person.chief, 'chief@northwind.example');
  await seedOrganization(t.connection, 'Elsewhere Ltd');
  await seedUser(t.connection, t.clock, { org: 'Elsewhere Ltd', email: 'admin@elsewhere.example', roles: ['admin'] });
  clients.otherOrg = requestAs(t.app, await signIn(t.app, 'admin@elsewhere.example', 'correct horse battery'));

  // The demo has no coaching program: design one, enroll, match and publish through the API.
  const created = await expectStatus(
    clients.admin.post('/api/programs', {
      name: 'Executive Coaching 2026',
      type: 'coaching',
      purpose: 'performance_gaps',
      targetTiers: ['executive', 'senior_leader', 'middle_manager'],
      sponsorPersonId: person.sponsor,
      outcomes: [
        { kind: 'behavioural', name: '360 leadership score', unit: 'points (1–5)', baseline: 3.1, target: 3.8 },
      ],
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    }),
    201,
  );
  programId = JSON.parse(created.body).id;
  await expectStatus(clients.admin.post(`/api/programs/${programId}/transition`, { to: 'enrolling' }), 200);
  for (const body of [
    { personId: person.leader, role: 'participant' },
    { personId: person.chief, role: 'participant' },
    { personId: person.coach, role: 'coach', capacity: 2 },
  ]) {
    await expectStatus(clients.admin.post(`/api/programs/${programId}/enrollments`, body), 201);
  }
  await expectStatus(clients.admin.post(`/api/programs/${programId}/transition`, { to: 'matching' }), 200);
  await expectStatus(
    clients.admin.put(`/api/programs/${programId}/matching-settings`, { maxTimeZoneDifferenceHours: null }),
    200,
  );
  const run = JSON.parse(
    (await expectStatus(clients.admin.post(`/api/programs/${programId}/matching-runs`, { kind: 'coaching' }), 201))
      .body,
  ) as MatchingRun;
  expect(run.proposals).toHaveLength(2);
  await expectStatus(clients.admin.post(`/api/programs/${programId}/matching-runs/${run.id}/publish`), 200);
  const page = JSON.parse(
    (await expectStatus(clients.admin.get(`/api/engagements?programId=${programId}`), 200)).body,
  ) as CoachingEngagementPage;
  withManager = page.items.find((item) => item.leader.id === person.leader)!.id;
  withoutManager = page.items.find((item) => item.leader.id === person.chief)!.id;
}, 120_000);
afterAll(() => t.close());

describe('publishing a coaching run', () => {
  it('creates proposed engagements with the manager, the sponsor and six months from the program start', async () => {
    const engagement = await detail(clients.coach, withManager);
    expect(engagement).toMatchObject({
      status: 'proposed',
      program: { id: programId, name: 'Executive Coaching 2026' },
      coach: { id: person.coach },
      leader: { id: person.leader },
      manager: { id: person.manager },
      sponsor: { id: person.sponsor },
      // The program starts after today (2026-03-02), so its start wins; six months is inside the program.
      startDate: '2026-04-01',
      endDate: '2026-10-01',
      nextStatuses: ['active', 'ended_early'],
      goals: [],
      goalCount: 0,
      endReason: null,
      finalSummary: null,
      myRoles: ['coach'],
    });
    expect(engagement.agreement).toMatchObject({ missing: ['coach', 'leader', 'manager'], isComplete: false });

    const chief = await detail(clients.coach, withoutManager);
    expect(chief.manager).toBeNull();
    expect(chief.agreement.parties.map((party) => [party.party, party.person?.id])).toEqual([
      ['coach', person.coach],
      ['leader', person.chief],
      ['sponsor', person.sponsor],
    ]);
  });
});

describe('refusals before there are goals', () => {
  it('will not start an engagement without goals, nor confirm nothing', async () => {
    const before = await footprint(withManager);
    const start = await expectStatus(
      clients.coach.post(`/api/engagements/${withManager}/transition`, { to: 'active' }),
      409,
    );
    expect(JSON.parse(start.body).field).toBe('goals');
    const confirm = await expectStatus(clients.leader.post(`/api/engagements/${withManager}/goals/confirm`), 409);
    expect(JSON.parse(confirm.body).field).toBe('goals');
    expect(await footprint(withManager)).toEqual(before);
  });
});

describe('PUT /api/engagements/:id/goals', () => {
  it('refuses bad goals naming the field, and writes nothing', async () => {
    const before = await footprint(withManager);
    const url = `/api/engagements/${withManager}/goals`;
    const cases: [object, number, string][] = [
      [{ goals: [goals[0], { ...goals[1], competency: 'juggling' }] }, 400, 'body.goals.1.competency'],
      [{ goals: [{ ...goals[0], dueDate: '2026-10-02' }] }, 400, 'body.goals.0.dueDate'],
      [{ goals: [{ ...goals[0], dueDate: '2026-03-31' }] }, 400, 'body.goals.0.dueDate'],
      [{ goals: [{ ...goals[0], target: goals[0]!.baseline }] }, 400, 'body.goals.0.target'],
      [{ goals: [{ ...goals[0], statement: '  ' }] }, 400, 'body.goals.0.statement'],
      [{ goals: [] }, 400, 'body.goals'],
      [{ goals: Array.from({ length: 9 }, () => goals[0]) }, 400, 'body.goals'],
    ];
    for (const [body, status, field] of cases) {
      const response = await expectStatus(clients.coach.put(url, body), status);
      expect(JSON.parse(response.body).field, JSON.stringify(body)).toBe(field);
    }
    expect(await footprint(withManager)).toEqual(before);
  });

  it('lets the coach set the goals, in order, and audits counts only', async () => {
    const response = await expectStatus(clients.coach.put(`/api/engagements/${withManager}/goals`, { goals }), 200);
    const engagement = JSON.parse(response.body) as CoachingEngagement;
    expect(engagement.goals!.map(({ id: _id, ...goal }) => goal)).toEqual(goals);
    expect(engagement.goalCount).toBe(2);
    const [audit] = await queryRows<{ details: Record<string, unknown> }>(
      t.db,
      sql`select details from audit_events where action = 'engagement.goals_replaced' and target_id = ${withManager}`,
    );
    expect(audit!.details).toEqual({ goalCount: 2, confirmationsCleared: 0 });
  });
});

/** What each role gets from each route; `allowed` roles must also see no forbidden field. */
describe('who may do what (route × role)', () => {
  const roles: Role[] = ['admin', 'coach', 'leader', 'manager', 'sponsor', 'unrelated', 'otherOrg', 'anonymous'];
  const contentKeys = ['goals', 'endReason', 'finalSummary'];

  it('GET /api/engagements lists only what each takes part in', async () => {
    const expected: Record<Role, { status: number; ids?: string[]; myRoles?: string[] }> = {
      admin: { status: 200, ids: [withManager, withoutManager], myRoles: ['admin'] },
      coach: { status: 200, ids: [withManager, withoutManager], myRoles: ['coach'] },
      leader: { status: 200, ids: [withManager], myRoles: ['leader'] },
      manager: { status: 200, ids: [withManager], myRoles: ['manager'] },
      sponsor: { status: 200, ids: [withManager, withoutManager], myRoles: ['sponsor'] },
      unrelated: { status: 200, ids: [] },
      otherOrg: { status: 200, ids: [] },
      anonymous: { status: 401 },
    };
    for (const role of roles) {
      // The demo's own coaching pilot involves some of the same people; this program is the test's.
      const response = await clients[role].get(`/api/engagements?programId=${programId}`);
      expect(response.statusCode, role).toBe(expected[role].status);
      if (response.statusCode !== 200) continue;
      const page = JSON.parse(response.body) as CoachingEngagementPage;
      expect(page.items.map((item) => item.id).sort(), role).toEqual([...expected[role].ids!].sort());
      expect(page.total).toBe(expected[role].ids!.length);
      for (const item of page.items) {
        expect(item.myRoles, role).toEqual(expected[role].myRoles);
        for (const key of contentKeys) expect(item, `${role} ${key}`).not.toHaveProperty(key);
      }
    }
  });

  it('GET /api/engagements/:id shows parties the goals, admins the metadata, everyone else nothing', async () => {
    const expected: Record<Role, number> = {
      admin: 200,
      coach: 200,
      leader: 200,
      manager: 200,
      sponsor: 200,
      unrelated: 404,
      otherOrg: 404,
      anonymous: 401,
    };
    for (const role of roles) {
      const response = await clients[role].get(`/api/engagements/${withManager}`);
      expect(response.statusCode, role).toBe(expected[role]);
      const body = JSON.parse(response.body) as Record<string, unknown>;
      if (response.statusCode !== 200) {
        expect(Object.keys(body).sort(), role).toEqual(['detail', 'requestId', 'status', 'title', 'type']);
        continue;
      }
      expect(body.goalCount).toBe(2);
      expect(body.agreement).toBeDefined();
      if (role === 'admin') {
        for (const key of contentKeys) expect(body, key).not.toHaveProperty(key);
        expect(response.body).not.toContain(goals[0]!.statement);
      } else {
        expect((body.goals as unknown[]).length, role).toBe(2);
        expect(body).toHaveProperty('finalSummary');
      }
    }
  });

  it('PUT goals: only the coach and the leader get past the policy', async () => {
    const expected: Record<Role, number> = {
      admin: 403,
      coach: 400,
      leader: 400,
      manager: 403,
      sponsor: 403,
      unrelated: 404,
      otherOrg: 404,
      anonymous: 401,
    };
    const before = await footprint(withManager);
    for (const role of roles) {
      // A bad competency: whoever may edit hits validation, so nothing changes in this table.
      const response = await clients[role].put(`/api/engagements/${withManager}/goals`, {
        goals: [{ ...goals[0], competency: 'juggling' }],
      });
      expect(response.statusCode, `${role} ${response.body}`).toBe(expected[role]);
    }
    expect(await footprint(withManager)).toEqual(before);
  });

  it('PATCH dates: only the coach and admins get past the policy', async () => {
    const expected: Record<Role, number> = {
      admin: 400,
      coach: 400,
      leader: 403,
      manager: 403,
      sponsor: 403,
      unrelated: 404,
      otherOrg: 404,
      anonymous: 401,
    };
    const before = await footprint(withManager);
    for (const role of roles) {
      const response = await clients[role].patch(`/api/engagements/${withManager}`, { endDate: '2026-06-01' });
      expect(response.statusCode, `${role} ${response.body}`).toBe(expected[role]);
      if (response.statusCode === 400) expect(JSON.parse(response.body).field).toBe('body.endDate');
    }
    expect(await footprint(withManager)).toEqual(before);
  });

  it('transition: the coach moves it; the coach, the leader and admins may end it early', async () => {
    const complete: Record<Role, number> = {
      admin: 403,
      coach: 409,
      leader: 403,
      manager: 403,
      sponsor: 403,
      unrelated: 404,
      otherOrg: 404,
      anonymous: 401,
    };
    const endEarly: Record<Role, number> = { ...complete, coach: 400, leader: 400, admin: 400 };
    const before = await footprint(withManager);
    const url = `/api/engagements/${withManager}/transition`;
    for (const role of roles) {
      const completing = await clients[role].post(url, { to: 'completed', finalSummary: 'Done.' });
      expect(completing.statusCode, `${role} ${completing.body}`).toBe(complete[role]);
      if (completing.statusCode === 409) expect(JSON.parse(completing.body).field).toBe('body.to');
      const ending = await clients[role].post(url, { to: 'ended_early', reason: '   ' });
      expect(ending.statusCode, `${role} ${ending.body}`).toBe(endEarly[role]);
      if (ending.statusCode === 400) expect(JSON.parse(ending.body).field).toBe('body.reason');
    }
    expect(await footprint(withManager)).toEqual(before);
  });

  it('POST goals/confirm: each required party confirms as themselves; the sponsor is not asked here', async () => {
    const expected: Record<Role, number> = {
      admin: 403,
      coach: 200,
      leader: 200,
      manager: 200,
      sponsor: 403,
      unrelated: 404,
      otherOrg: 404,
      anonymous: 401,
    };
    for (const role of roles) {
      t.clock.advanceMinutes(1);
      const response = await clients[role].post(`/api/engagements/${withManager}/goals/confirm`);
      expect(response.statusCode, `${role} ${response.body}`).toBe(expected[role]);
    }
    const engagement = await detail(clients.manager, withManager);
    expect(engagement.agreement.isComplete).toBe(true);
    expect(engagement.isAgreementComplete).toBe(true);
    expect(engagement.agreement.parties.map((party) => [party.party, party.person?.id])).toEqual([
      ['coach', person.coach],
      ['leader', person.leader],
      ['manager', person.manager],
    ]);
    const times = engagement.agreement.parties.map((party) => party.confirmedAt);
    expect(times.every((time) => time !== null)).toBe(true);
    expect(new Set(times).size).toBe(3);
    const rows = await queryRows<{ party: string; person_id: string }>(
      t.db,
      sql`select party, person_id from coaching_goal_confirmations where engagement_id = ${withManager} order by party`,
    );
    expect(rows).toEqual([
      { party: 'coach', person_id: person.coach },
      { party: 'leader', person_id: person.leader },
      { party: 'manager', person_id: person.manager },
    ]);
    // Confirming twice keeps the first confirmation.
    const again = await detail(clients.coach, withManager);
    await expectStatus(clients.coach.post(`/api/engagements/${withManager}/goals/confirm`), 200);
    expect((await detail(clients.coach, withManager)).agreement).toEqual(again.agreement);
  });
});

describe('the three-way agreement restarts when the goals change', () => {
  it('clears every confirmation, and the engagement cannot start until all three confirm again', async () => {
    const changed = await expectStatus(
      clients.leader.put(`/api/engagements/${withManager}/goals`, { goals: [goals[1], goals[0]] }),
      200,
    );
    const engagement = JSON.parse(changed.body) as CoachingEngagement;
    expect(engagement.goals!.map((goal) => goal.competency)).toEqual([
      'decision_making',
      'communication_active_listening',
    ]);
    expect(engagement.agreement).toMatchObject({ missing: ['coach', 'leader', 'manager'], isComplete: false });
    expect(engagement.agreement.parties.every((party) => party.confirmedAt === null)).toBe(true);

    await expectStatus(clients.coach.post(`/api/engagements/${withManager}/goals/confirm`), 200);
    await expectStatus(clients.leader.post(`/api/engagements/${withManager}/goals/confirm`), 200);
    const before = await footprint(withManager);
    const start = await expectStatus(
      clients.coach.post(`/api/engagements/${withManager}/transition`, { to: 'active' }),
      409,
    );
    expect(JSON.parse(start.body)).toMatchObject({ field: 'agreement' });
    expect(await footprint(withManager)).toEqual(before);
    await expectStatus(clients.manager.post(`/api/engagements/${withManager}/goals/confirm`), 200);
  });
});

describe('PATCH /api/engagements/:id', () => {
  it('moves the dates of a proposed engagement within 6–12 months, keeping the goals inside', async () => {
    const url = `/api/engagements/${withManager}`;
    const moved = await expectStatus(clients.coach.patch(url, { endDate: '2027-02-01' }), 200);
    expect(JSON.parse(moved.body)).toMatchObject({ startDate: '2026-04-01', endDate: '2027-02-01' });
    const before = await footprint(withManager);
    const tooLong = await expectStatus(clients.admin.patch(url, { endDate: '2027-04-02' }), 400);
    expect(JSON.parse(tooLong.body)).toMatchObject({ field: 'body.endDate' });
    expect(JSON.parse(tooLong.body).detail).toMatch(/at most 12 months/);
    const pastGoal = await expectStatus(
      clients.coach.patch(url, { startDate: '2026-09-20', endDate: '2027-03-20' }),
      409,
    );
    expect(JSON.parse(pastGoal.body)).toMatchObject({ field: 'body.startDate' });
    const empty = await expectStatus(clients.coach.patch(url, {}), 400);
    expect(JSON.parse(empty.body)).toMatchObject({ field: 'body' });
    const badDate = await expectStatus(clients.coach.patch(url, { startDate: '2026-02-30' }), 400);
    expect(JSON.parse(badDate.body)).toMatchObject({ field: 'body.startDate' });
    expect(await footprint(withManager)).toEqual(before);
    await expectStatus(clients.admin.patch(url, { endDate: '2026-12-31' }), 200);
  });

  it('follows the program’s own engagement length', async () => {
    const url = `/api/engagements/${withManager}`;
    await t.db.execute(sql`update programs set engagement_max_months = 8 where id = ${programId}`);
    const tooLong = await expectStatus(clients.coach.patch(url, { endDate: '2026-12-31' }), 400);
    expect(JSON.parse(tooLong.body).detail).toMatch(/at most 8 months/);
    await expectStatus(clients.coach.patch(url, { endDate: '2026-11-30' }), 200);
    await t.db.execute(sql`update programs set engagement_max_months = 12 where id = ${programId}`);
  });
});

describe('the lifecycle', () => {
  const url = () => `/api/engagements/${withManager}/transition`;

  it('starts, pauses, resumes and completes with the coach’s summary', async () => {
    const active = await expectStatus(clients.coach.post(url(), { to: 'active' }), 200);
    expect(JSON.parse(active.body)).toMatchObject({
      status: 'active',
      nextStatuses: ['paused', 'completed', 'ended_early'],
    });
    const dates = await expectStatus(
      clients.coach.patch(`/api/engagements/${withManager}`, { endDate: '2027-01-31' }),
      409,
    );
    expect(JSON.parse(dates.body)).toMatchObject({ field: 'status' });

    await expectStatus(clients.coach.post(url(), { to: 'paused', reason: 'Parental leave' }), 200);
    const twice = await expectStatus(clients.coach.post(url(), { to: 'paused' }), 409);
    expect(JSON.parse(twice.body)).toMatchObject({ field: 'body.to' });
    const fromPause = await expectStatus(clients.coach.post(url(), { to: 'completed', finalSummary: 'All met.' }), 409);
    expect(JSON.parse(fromPause.body)).toMatchObject({ field: 'body.to' });
    const goalsWhilePaused = await expectStatus(
      clients.coach.put(`/api/engagements/${withManager}/goals`, { goals }),
      409,
    );
    expect(JSON.parse(goalsWhilePaused.body)).toMatchObject({ field: 'status' });
    await expectStatus(clients.coach.post(url(), { to: 'active' }), 200);

    const before = await footprint(withManager);
    const noSummary = await expectStatus(clients.coach.post(url(), { to: 'completed', finalSummary: '  ' }), 400);
    expect(JSON.parse(noSummary.body)).toMatchObject({ field: 'body.finalSummary' });
    expect(await footprint(withManager)).toEqual(before);

    t.clock.advanceMinutes(90);
    const endedAt = t.clock.now().toISOString();
    const summary = 'Both goals met: decisions in 2 days, pulse at 4.1.';
    const completed = JSON.parse(
      (await expectStatus(clients.coach.post(url(), { to: 'completed', finalSummary: summary }), 200)).body,
    ) as CoachingEngagement;
    expect(completed).toMatchObject({
      status: 'completed',
      nextStatuses: [],
      finalSummary: summary,
      endedAt,
    });
    for (const role of ['leader', 'manager', 'sponsor'] as const) {
      expect((await detail(clients[role], withManager)).finalSummary, role).toBe(summary);
    }
    const adminView = await detail(clients.admin, withManager);
    expect(adminView).toMatchObject({ status: 'completed', goalCount: 2, isAgreementComplete: true });
    expect(adminView).not.toHaveProperty('finalSummary');
    expect(JSON.stringify(adminView)).not.toContain(summary);

    const final = await expectStatus(clients.coach.post(url(), { to: 'ended_early', reason: 'Too late' }), 409);
    expect(JSON.parse(final.body)).toMatchObject({ field: 'body.to' });
    await expectStatus(clients.coach.put(`/api/engagements/${withManager}/goals`, { goals }), 409);

    const audits = await queryRows<{ action: string; details: Record<string, unknown> }>(
      t.db,
      sql`select action, details from audit_events where target_id = ${withManager} and action = 'engagement.status_changed'
          order by occurred_at, id`,
    );
    expect(audits.map((audit) => `${audit.details.from}->${audit.details.to}`)).toEqual([
      'proposed->active',
      'active->paused',
      'paused->active',
      'active->completed',
    ]);
    const [reads] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from audit_events where target_id = ${withManager} and action = 'engagement.summary_read'`,
    );
    expect(reads!.total).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audits)).not.toContain(summary);
  });

  it('lets the sponsor confirm for a leader without a manager, and the leader end it early with a reason', async () => {
    const url = `/api/engagements/${withoutManager}`;
    await expectStatus(chiefClient.put(`${url}/goals`, { goals: [goals[0]] }), 200);
    await expectStatus(clients.manager.post(`${url}/goals/confirm`), 404);
    await expectStatus(clients.sponsor.post(`${url}/goals/confirm`), 200);
    const engagement = await detail(clients.sponsor, withoutManager);
    expect(engagement.myRoles).toEqual(['sponsor']);
    expect(engagement.agreement.missing).toEqual(['coach', 'leader']);
    expect(engagement.agreement.parties.find((party) => party.party === 'sponsor')?.confirmedAt).not.toBeNull();

    const noReason = await expectStatus(chiefClient.post(`${url}/transition`, { to: 'ended_early' }), 400);
    expect(JSON.parse(noReason.body)).toMatchObject({ field: 'body.reason' });
    const noStart = await expectStatus(chiefClient.post(`${url}/transition`, { to: 'active' }), 403);
    expect(JSON.parse(noStart.body).detail).toMatch(/coach/);
    const ended = await expectStatus(
      chiefClient.post(`${url}/transition`, { to: 'ended_early', reason: 'The board reshaped my role.' }),
      200,
    );
    expect(JSON.parse(ended.body)).toMatchObject({
      status: 'ended_early',
      endReason: 'The board reshaped my role.',
      finalSummary: null,
    });
    const adminView = await detail(clients.admin, withoutManager);
    expect(adminView.status).toBe('ended_early');
    expect(adminView).not.toHaveProperty('endReason');
    expect(adminView.endedAt).not.toBeNull();
  });
});

describe('lookups', () => {
  it('answers 404 for an unknown engagement and 400 for a malformed id', async () => {
    await expectStatus(clients.coach.get(`/api/engagements/${crypto.randomUUID()}`), 404);
    await expectStatus(clients.admin.post(`/api/engagements/${crypto.randomUUID()}/goals/confirm`), 404);
    const malformed = await expectStatus(clients.coach.get('/api/engagements/nope'), 400);
    expect(JSON.parse(malformed.body)).toMatchObject({ field: 'params.id' });
  });

  it('filters the list by program and status, a page at a time', async () => {
    const completed = JSON.parse(
      (await expectStatus(clients.admin.get(`/api/engagements?programId=${programId}&status=completed`), 200)).body,
    ) as CoachingEngagementPage;
    expect(completed.items.map((item) => item.id)).toEqual([withManager]);
    const paged = JSON.parse(
      (await expectStatus(clients.sponsor.get(`/api/engagements?programId=${programId}&pageSize=1&page=2`), 200)).body,
    ) as CoachingEngagementPage;
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items).toHaveLength(1);
    const none = JSON.parse(
      (await expectStatus(clients.admin.get(`/api/engagements?programId=${crypto.randomUUID()}`), 200)).body,
    ) as CoachingEngagementPage;
    expect(none).toMatchObject({ items: [], total: 0 });
    const bad = await expectStatus(clients.admin.get('/api/engagements?status=finished'), 400);
    expect(JSON.parse(bad.body)).toMatchObject({ field: 'querystring.status' });
  });
});

describe('dates at publishing', () => {
  it('starts today when the program already started, and ends with the program when it ends within six months', async () => {
    const created = await expectStatus(
      clients.admin.post('/api/programs', {
        name: 'Short Coaching Sprint',
        type: 'coaching',
        purpose: 'performance_gaps',
        targetTiers: ['middle_manager'],
        sponsorPersonId: person.sponsor,
        outcomes: [{ kind: 'business', name: 'Deal cycle', unit: 'days', baseline: 40, target: 30 }],
        startDate: '2026-01-01',
        endDate: '2026-06-30',
      }),
      201,
    );
    const shortId = JSON.parse(created.body).id as string;
    await expectStatus(clients.admin.post(`/api/programs/${shortId}/transition`, { to: 'enrolling' }), 200);
    await expectStatus(
      clients.admin.post(`/api/programs/${shortId}/enrollments`, { personId: person.leader, role: 'participant' }),
      201,
    );
    await expectStatus(
      clients.admin.post(`/api/programs/${shortId}/enrollments`, { personId: person.coach, role: 'coach' }),
      201,
    );
    await expectStatus(clients.admin.post(`/api/programs/${shortId}/transition`, { to: 'matching' }), 200);
    await expectStatus(
      clients.admin.put(`/api/programs/${shortId}/matching-settings`, {
        maxTimeZoneDifferenceHours: null,
        // The same pair was matched in the first program.
        excludePreviousPairs: false,
      }),
      200,
    );
    const run = JSON.parse(
      (await expectStatus(clients.admin.post(`/api/programs/${shortId}/matching-runs`, { kind: 'coaching' }), 201))
        .body,
    ) as MatchingRun;
    await expectStatus(clients.admin.post(`/api/programs/${shortId}/matching-runs/${run.id}/publish`), 200);
    const page = JSON.parse(
      (await expectStatus(clients.leader.get(`/api/engagements?programId=${shortId}`), 200)).body,
    ) as CoachingEngagementPage;
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      startDate: t.clock.now().toISOString().slice(0, 10),
      endDate: '2026-06-30',
      manager: { id: person.manager },
      sponsor: { id: person.sponsor },
    });
  });
});
