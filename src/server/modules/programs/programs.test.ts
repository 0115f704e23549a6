import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Tier } from '../../../contract/people.js';
import { queryRows } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { seedOrganization, seedUser, signIn, type SignedIn } from '../../testing/factories.js';
import { people } from '../people/people.table.js';

let t: TestApp;
let acme: { id: string };
let globex: { id: string };
let admin: SignedIn;
let participantUser: SignedIn;
let globexAdmin: SignedIn;
/** People of Acme by a short name, and one of Globex. */
const person: Record<string, string> = {};

let employeeNumber = 0;
async function seedPerson(
  orgId: string,
  name: string,
  tier: Tier,
  extra: { status?: 'active' | 'left'; exitDate?: string } = {},
): Promise<string> {
  employeeNumber += 1;
  const [row] = await t.db
    .insert(people)
    .values({
      orgId,
      employeeId: `E${employeeNumber}`,
      name,
      email: `e${employeeNumber}@example.com`,
      title: `${tier} title`,
      tier,
      department: 'Operations',
      ...extra,
    })
    .returning({ id: people.id });
  return row!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  acme = await seedOrganization(t.connection, 'Acme');
  globex = await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'ada@acme.example', roles: ['admin'] });
  await seedUser(t.connection, t.clock, { org: 'Acme', email: 'pat@acme.example', roles: ['participant', 'sponsor'] });
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'gus@globex.example', roles: ['admin'] });
  admin = await signIn(t.app, 'ada@acme.example', 'correct horse battery');
  participantUser = await signIn(t.app, 'pat@acme.example', 'correct horse battery');
  globexAdmin = await signIn(t.app, 'gus@globex.example', 'correct horse battery');

  person.sponsor = await seedPerson(acme.id, 'Sam Sponsor', 'executive');
  person.mentor = await seedPerson(acme.id, 'Mia Mentor', 'senior_leader');
  person.coach = await seedPerson(acme.id, 'Cole Coach', 'senior_leader');
  person.leader = await seedPerson(acme.id, 'Lee Leader', 'middle_manager');
  person.other = await seedPerson(acme.id, 'Ola Other', 'frontline_manager');
  person.gone = await seedPerson(acme.id, 'Gil Gone', 'middle_manager', { status: 'left', exitDate: '2026-01-31' });
  person.globex = await seedPerson(globex.id, 'Gia Globex', 'executive');
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A request as a signed-in browser sends it: the cookie, and on writes the CSRF header. */
function call(session: SignedIn | null, method: Method, url: string, payload?: unknown) {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  }
  return t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

const outcome = {
  kind: 'business',
  name: 'Key roles with a ready-now successor',
  unit: '% of key roles',
  baseline: 40,
  target: 75,
};

function design(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Succession bench 2026',
    type: 'mentoring',
    purpose: 'succession_pipeline',
    targetTiers: ['senior_leader', 'middle_manager'],
    startDate: '2026-04-01',
    endDate: '2027-03-31',
    ...overrides,
  };
}

async function createProgram(overrides: Record<string, unknown> = {}) {
  const response = await call(admin, 'POST', '/api/programs', design(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A program with a sponsor and an outcome, moved to `status` along the lifecycle. */
async function programIn(status: 'draft' | 'enrolling' | 'matching' | 'running', overrides = {}) {
  const program = await createProgram({ sponsorPersonId: person.sponsor, outcomes: [outcome], ...overrides });
  if (status === 'draft') return program;
  await transition(program.id, 'enrolling', 200);
  if (status === 'enrolling') return program;
  await enroll(program.id, { personId: person.leader, role: 'participant' });
  await enroll(program.id, { personId: person.mentor, role: program.type === 'coaching' ? 'coach' : 'mentor' });
  await transition(program.id, 'matching', 200);
  if (status === 'matching') return program;
  await transition(program.id, 'running', 200);
  return program;
}

async function transition(programId: string, to: string, expected: number) {
  const response = await call(admin, 'POST', `/api/programs/${programId}/transition`, { to });
  expect(response.statusCode, response.body).toBe(expected);
  return response.json();
}

async function enroll(programId: string, body: Record<string, unknown>) {
  const response = await call(admin, 'POST', `/api/programs/${programId}/enrollments`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Row counts of every table a program write touches, to prove a failed write left nothing behind. */
async function footprint() {
  const [row] = await queryRows<{ programs: number; outcomes: number; enrollments: number; audits: number }>(
    t.db,
    sql`select (select count(*)::int from programs) as programs,
               (select count(*)::int from program_outcomes) as outcomes,
               (select count(*)::int from program_enrollments) as enrollments,
               (select count(*)::int from audit_events where action like 'program.%') as audits`,
  );
  return row!;
}

function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }) {
  expect(response.headers['content-type']).toContain('application/problem+json');
  return response.json() as { status: number; field?: string; detail?: string };
}

describe('POST /api/programs', () => {
  it('creates a draft with the defaults of its type, and audits it', async () => {
    const before = await footprint();
    const response = await call(admin, 'POST', '/api/programs', design());
    expect(response.statusCode).toBe(201);
    const program = response.json();
    expect(program).toMatchObject({
      name: 'Succession bench 2026',
      type: 'mentoring',
      purpose: 'succession_pipeline',
      purposeDescription: null,
      targetTiers: ['senior_leader', 'middle_manager'],
      sponsor: null,
      outcomes: [],
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      sessionCadence: 'monthly',
      sessionFramework: 'five_cs',
      matchingSettings: {},
      status: 'draft',
      nextStatuses: ['enrolling'],
      isDesignEditable: true,
      isEnrollmentOpen: true,
      enrollmentCounts: { participant: 0, mentor: 0, coach: 0 },
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    expect(Object.keys(program).sort()).toEqual(
      [
        'id',
        'name',
        'type',
        'purpose',
        'purposeDescription',
        'targetTiers',
        'sponsor',
        'outcomes',
        'startDate',
        'endDate',
        'sessionCadence',
        'sessionFramework',
        'engagementMonths',
        'matchingSettings',
        'status',
        'nextStatuses',
        'isDesignEditable',
        'isEnrollmentOpen',
        'enrollmentCounts',
        'createdAt',
        'updatedAt',
      ].sort(),
    );
    expect(JSON.stringify(program)).not.toContain(acme.id);
    const after = await footprint();
    expect(after).toMatchObject({ programs: before.programs + 1, audits: before.audits + 1 });
    const [audit] = await queryRows<{ actor_user_id: string; details: { name: string } }>(
      t.db,
      sql`select actor_user_id, details from audit_events where action = 'program.created' and target_id = ${program.id}`,
    );
    expect(audit).toMatchObject({ actor_user_id: admin.me.user.id, details: { name: 'Succession bench 2026' } });
  });

  it('takes the sponsor, the outcomes in order, and every design choice', async () => {
    const program = await createProgram({
      type: 'coaching',
      purpose: 'other',
      purposeDescription: '  Board readiness  ',
      targetTiers: ['executive'],
      sponsorPersonId: person.sponsor,
      outcomes: [
        outcome,
        { kind: 'behavioural', name: '360 decision making', unit: 'score 1–5', baseline: 3.1, target: 3.8 },
      ],
      sessionCadence: 'weekly',
      sessionFramework: 'stop_look_choose',
    });
    expect(program).toMatchObject({
      type: 'coaching',
      purpose: 'other',
      purposeDescription: 'Board readiness',
      sponsor: { id: person.sponsor, name: 'Sam Sponsor', tier: 'executive', department: 'Operations' },
      sessionCadence: 'weekly',
      sessionFramework: 'stop_look_choose',
    });
    expect(program.outcomes.map((o: { name: string }) => o.name)).toEqual([
      'Key roles with a ready-now successor',
      '360 decision making',
    ]);
    expect(program.outcomes[1]).toEqual({
      id: expect.any(String),
      kind: 'behavioural',
      name: '360 decision making',
      unit: 'score 1–5',
      baseline: 3.1,
      target: 3.8,
    });
  });

  it('defaults a coaching program to GROW every two weeks, and drops a description a named purpose does not need', async () => {
    const program = await createProgram({ type: 'coaching', purpose: 'performance_gaps', purposeDescription: 'x' });
    expect(program).toMatchObject({ sessionFramework: 'grow', sessionCadence: 'biweekly', purposeDescription: null });
    expect(program.engagementMonths).toEqual({ min: 6, max: 12 });
    const longer = await createProgram({
      type: 'coaching',
      purpose: 'performance_gaps',
      engagementMonths: { min: 9, max: 18 },
    });
    expect(longer.engagementMonths).toEqual({ min: 9, max: 18 });
  });

  it.each([
    ['no name', { name: undefined }, 'body.name'],
    ['a blank name', { name: '   ' }, 'body.name'],
    ['an unknown type', { type: 'therapy' }, 'body.type'],
    ['an unknown purpose', { purpose: 'fun' }, 'body.purpose'],
    ['no target tier', { targetTiers: [] }, 'body.targetTiers'],
    ['an unknown tier', { targetTiers: ['ceo'] }, 'body.targetTiers.0'],
    ['a tier twice', { targetTiers: ['executive', 'executive'] }, 'body.targetTiers'],
    ['an impossible date', { startDate: '2026-02-30' }, 'body.startDate'],
    ['a date in another format', { endDate: '31/03/2027' }, 'body.endDate'],
    ['an end before the start', { endDate: '2026-03-31' }, 'body.endDate'],
    ['an end on the start', { endDate: '2026-04-01' }, 'body.endDate'],
    ['purpose "other" without a description', { purpose: 'other' }, 'body.purposeDescription'],
    ['the 5 Cs for coaching', { type: 'coaching', sessionFramework: 'five_cs' }, 'body.sessionFramework'],
    ['GROW for mentoring', { sessionFramework: 'grow' }, 'body.sessionFramework'],
    ['an unknown cadence', { sessionCadence: 'daily' }, 'body.sessionCadence'],
    ['a sponsor id that is no id', { sponsorPersonId: 'sam' }, 'body.sponsorPersonId'],
    ['outcomes that are no list', { outcomes: 'more sales' }, 'body.outcomes'],
    ['an outcome of unknown kind', { outcomes: [{ ...outcome, kind: 'vibes' }] }, 'body.outcomes.0.kind'],
    ['an outcome without a unit', { outcomes: [{ ...outcome, unit: '' }] }, 'body.outcomes.0.unit'],
    [
      'an outcome with a baseline in words',
      { outcomes: [{ ...outcome, baseline: 'low' }] },
      'body.outcomes.0.baseline',
    ],
    [
      'an outcome whose target is its baseline',
      { outcomes: [outcome, { ...outcome, target: 40 }] },
      'body.outcomes.1.target',
    ],
    ['21 outcomes', { outcomes: Array.from({ length: 21 }, () => outcome) }, 'body.outcomes'],
    ['a longest engagement below the shortest', { engagementMonths: { min: 9, max: 6 } }, 'body.engagementMonths.max'],
    ['an engagement of no months', { engagementMonths: { min: 0, max: 6 } }, 'body.engagementMonths.min'],
  ])('refuses %s, naming %s, and writes nothing', async (_what, change, field) => {
    const before = await footprint();
    const response = await call(admin, 'POST', '/api/programs', design(change));
    expect(response.statusCode, response.body).toBe(400);
    expect(expectProblem(response).field).toBe(field);
    expect(await footprint()).toEqual(before);
  });

  it('answers 404 for a sponsor of another organization, like an unknown one, and writes nothing', async () => {
    const before = await footprint();
    for (const sponsorPersonId of [person.globex, '00000000-0000-4000-8000-000000000000']) {
      const response = await call(admin, 'POST', '/api/programs', design({ sponsorPersonId, outcomes: [outcome] }));
      expect(response.statusCode).toBe(404);
      expect(expectProblem(response)).toMatchObject({
        field: 'body.sponsorPersonId',
        detail: 'No person with this id in your organization.',
      });
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses a sponsor who has left', async () => {
    const response = await call(admin, 'POST', '/api/programs', design({ sponsorPersonId: person.gone }));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      field: 'body.sponsorPersonId',
      detail: 'Gil Gone has left the organization.',
    });
  });

  it('is for admins only, signed in, with the CSRF token', async () => {
    const before = await footprint();
    expect((await call(null, 'POST', '/api/programs', design())).statusCode).toBe(401);
    expect((await call(participantUser, 'POST', '/api/programs', design())).statusCode).toBe(403);
    const withoutToken = await t.app.inject({
      method: 'POST',
      url: '/api/programs',
      headers: { cookie: admin.cookie },
      payload: design(),
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().field).toBe('headers.x-csrf-token');
    expect(await footprint()).toEqual(before);
  });
});

describe('GET /api/programs', () => {
  let pageOrg: { id: string };
  let pageAdmin: SignedIn;

  beforeAll(async () => {
    // A fresh organization, so the counts below do not depend on other tests.
    pageOrg = await seedOrganization(t.connection, 'Initech');
    await seedUser(t.connection, t.clock, { org: 'Initech', email: 'ida@initech.example', roles: ['admin'] });
    pageAdmin = await signIn(t.app, 'ida@initech.example', 'correct horse battery');
    const sponsor = await seedPerson(pageOrg.id, 'Ivo Sponsor', 'executive');
    for (const name of ['First', 'Second', 'Third', 'Fourth', 'Fifth']) {
      t.clock.advanceMinutes(1);
      const response = await call(
        pageAdmin,
        'POST',
        '/api/programs',
        design({ name, sponsorPersonId: sponsor, outcomes: [outcome] }),
      );
      expect(response.statusCode).toBe(201);
      if (name === 'Second' || name === 'Fourth') {
        const moved = await call(pageAdmin, 'POST', `/api/programs/${response.json().id}/transition`, {
          to: 'enrolling',
        });
        expect(moved.statusCode).toBe(200);
      }
    }
  });

  it('pages through the organization’s programs, newest first', async () => {
    const first = (await call(pageAdmin, 'GET', '/api/programs?page=1&pageSize=2')).json();
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.items.map((p: { name: string }) => p.name)).toEqual(['Fifth', 'Fourth']);
    expect(first.items[0]).toEqual({
      id: expect.any(String),
      name: 'Fifth',
      type: 'mentoring',
      purpose: 'succession_pipeline',
      targetTiers: ['senior_leader', 'middle_manager'],
      status: 'draft',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      createdAt: expect.any(String),
      sponsor: { id: expect.any(String), name: 'Ivo Sponsor' },
      enrollmentCount: 0,
    });
    const last = (await call(pageAdmin, 'GET', '/api/programs?page=3&pageSize=2')).json();
    expect(last.items.map((p: { name: string }) => p.name)).toEqual(['First']);
    const beyond = (await call(pageAdmin, 'GET', '/api/programs?page=9&pageSize=2')).json();
    expect(beyond).toMatchObject({ items: [], total: 5 });
  });

  it('uses 20 a page unless told otherwise', async () => {
    expect((await call(pageAdmin, 'GET', '/api/programs')).json()).toMatchObject({ page: 1, pageSize: 20, total: 5 });
  });

  it('filters by status', async () => {
    const enrolling = (await call(pageAdmin, 'GET', '/api/programs?status=enrolling')).json();
    expect(enrolling.total).toBe(2);
    expect(enrolling.items.map((p: { name: string }) => p.name)).toEqual(['Fourth', 'Second']);
  });

  it('never shows another organization’s programs', async () => {
    const globexList = (await call(globexAdmin, 'GET', '/api/programs')).json();
    expect(globexList).toMatchObject({ items: [], total: 0 });
  });

  it.each([
    ['page=0', 'querystring.page'],
    ['pageSize=101', 'querystring.pageSize'],
    ['pageSize=two', 'querystring.pageSize'],
    ['status=paused', 'querystring.status'],
  ])('refuses ?%s naming %s', async (query, field) => {
    const response = await call(pageAdmin, 'GET', `/api/programs?${query}`);
    expect(response.statusCode).toBe(400);
    expect(expectProblem(response).field).toBe(field);
  });

  it('is for admins only', async () => {
    expect((await call(null, 'GET', '/api/programs')).statusCode).toBe(401);
    expect((await call(participantUser, 'GET', '/api/programs')).statusCode).toBe(403);
  });
});

describe('GET /api/programs/:id', () => {
  it('answers the program to an admin of its organization', async () => {
    const program = await createProgram();
    const response = await call(admin, 'GET', `/api/programs/${program.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(program);
  });

  it('answers 404 to another organization, as for an unknown id', async () => {
    const program = await createProgram();
    for (const [session, id] of [
      [globexAdmin, program.id],
      [admin, '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const response = await call(session, 'GET', `/api/programs/${id}`);
      expect(response.statusCode).toBe(404);
      expectProblem(response);
    }
  });

  it('names a malformed id, refuses non-admins and asks strangers to sign in', async () => {
    const malformed = await call(admin, 'GET', '/api/programs/42');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().field).toBe('params.id');
    const program = await createProgram();
    expect((await call(participantUser, 'GET', `/api/programs/${program.id}`)).statusCode).toBe(403);
    expect((await call(null, 'GET', `/api/programs/${program.id}`)).statusCode).toBe(401);
  });
});

describe('PATCH /api/programs/:id', () => {
  it('changes the design of a draft, replaces the outcomes and audits the fields', async () => {
    const program = await createProgram({ outcomes: [outcome] });
    t.clock.advanceMinutes(5);
    const newOutcome = { kind: 'behavioural', name: 'Mentee confidence', unit: 'survey 1–7', baseline: 4, target: 5.5 };
    const response = await call(admin, 'PATCH', `/api/programs/${program.id}`, {
      name: 'Renamed',
      targetTiers: ['frontline_manager'],
      sponsorPersonId: person.sponsor,
      outcomes: [newOutcome],
      sessionCadence: 'biweekly',
    });
    expect(response.statusCode, response.body).toBe(200);
    const changed = response.json();
    expect(changed).toMatchObject({
      name: 'Renamed',
      targetTiers: ['frontline_manager'],
      sponsor: { id: person.sponsor },
      outcomes: [{ ...newOutcome, id: expect.any(String) }],
      sessionCadence: 'biweekly',
      type: 'mentoring',
      startDate: '2026-04-01',
    });
    expect(changed.updatedAt > program.updatedAt).toBe(true);
    const [audit] = await queryRows<{ details: { fields: string[] } }>(
      t.db,
      sql`select details from audit_events where action = 'program.updated' and target_id = ${program.id}`,
    );
    expect(audit!.details.fields).toEqual(['name', 'outcomes', 'sessionCadence', 'sponsorPersonId', 'targetTiers']);
  });

  it('clears the sponsor of a draft with null', async () => {
    const program = await createProgram({ sponsorPersonId: person.sponsor });
    const response = await call(admin, 'PATCH', `/api/programs/${program.id}`, { sponsorPersonId: null });
    expect(response.json().sponsor).toBeNull();
  });

  it.each([
    ['an empty change', {}, 'body'],
    ['an end before the stored start', { endDate: '2026-01-01' }, 'body.endDate'],
    ['a start after the stored end', { startDate: '2027-04-01' }, 'body.startDate'],
    ['a type the stored framework does not fit', { type: 'coaching' }, 'body.sessionFramework'],
    ['purpose "other" without a description', { purpose: 'other' }, 'body.purposeDescription'],
    ['a blank name', { name: '' }, 'body.name'],
    ['an outcome without a name', { outcomes: [{ ...outcome, name: undefined }] }, 'body.outcomes.0.name'],
  ])('refuses %s, naming %s, and changes nothing', async (_what, change, field) => {
    const program = await createProgram({ outcomes: [outcome] });
    const before = await footprint();
    const response = await call(admin, 'PATCH', `/api/programs/${program.id}`, change);
    expect(response.statusCode, response.body).toBe(400);
    expect(expectProblem(response).field).toBe(field);
    expect(await footprint()).toEqual(before);
    expect((await call(admin, 'GET', `/api/programs/${program.id}`)).json()).toEqual(program);
  });

  it('changes type and framework together', async () => {
    const program = await createProgram();
    const response = await call(admin, 'PATCH', `/api/programs/${program.id}`, {
      type: 'coaching',
      sessionFramework: 'grow',
    });
    expect(response.json()).toMatchObject({ type: 'coaching', sessionFramework: 'grow' });
  });

  it('keeps the old outcomes when a change with new ones is refused', async () => {
    const program = await createProgram({ outcomes: [outcome] });
    const response = await call(admin, 'PATCH', `/api/programs/${program.id}`, {
      outcomes: [{ ...outcome, name: 'Replacement' }],
      sponsorPersonId: person.globex,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().field).toBe('body.sponsorPersonId');
    expect((await call(admin, 'GET', `/api/programs/${program.id}`)).json().outcomes).toEqual(program.outcomes);
  });

  it('lets an enrolling program change, but not lose its sponsor or its last outcome', async () => {
    const program = await programIn('enrolling');
    const renamed = await call(admin, 'PATCH', `/api/programs/${program.id}`, { name: 'Still enrolling' });
    expect(renamed.statusCode).toBe(200);
    const noSponsor = await call(admin, 'PATCH', `/api/programs/${program.id}`, { sponsorPersonId: null });
    expect(noSponsor.statusCode).toBe(409);
    expect(noSponsor.json().field).toBe('body.sponsorPersonId');
    const noOutcomes = await call(admin, 'PATCH', `/api/programs/${program.id}`, { outcomes: [] });
    expect(noOutcomes.statusCode).toBe(409);
    expect(noOutcomes.json().field).toBe('body.outcomes');
  });

  it('refuses to change the type under people enrolled in a role the new type lacks', async () => {
    const program = await createProgram({ type: 'blended', sessionFramework: 'grow' });
    await enroll(program.id, { personId: person.mentor, role: 'mentor' });
    const response = await call(admin, 'PATCH', `/api/programs/${program.id}`, { type: 'coaching' });
    expect(response.statusCode).toBe(409);
    expect(response.json().field).toBe('body.type');
    const fine = await call(admin, 'PATCH', `/api/programs/${program.id}`, {
      type: 'mentoring',
      sessionFramework: 'five_cs',
    });
    expect(fine.statusCode).toBe(200);
  });

  it('freezes the design once matching starts', async () => {
    const program = await programIn('matching');
    const response = await call(admin, 'PATCH', `/api/programs/${program.id}`, { name: 'Too late' });
    expect(response.statusCode).toBe(409);
    expect(expectProblem(response)).toMatchObject({ field: 'status' });
    expect(response.json().detail).toContain('matching');
  });

  it('answers 404 to another organization, 403 to non-admins, 401 to strangers, 403 without CSRF', async () => {
    const program = await createProgram();
    expect((await call(globexAdmin, 'PATCH', `/api/programs/${program.id}`, { name: 'Mine' })).statusCode).toBe(404);
    expect((await call(participantUser, 'PATCH', `/api/programs/${program.id}`, { name: 'Mine' })).statusCode).toBe(
      403,
    );
    expect((await call(null, 'PATCH', `/api/programs/${program.id}`, { name: 'Mine' })).statusCode).toBe(401);
    const withoutToken = await t.app.inject({
      method: 'PATCH',
      url: `/api/programs/${program.id}`,
      headers: { cookie: admin.cookie },
      payload: { name: 'Mine' },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect((await call(admin, 'GET', `/api/programs/${program.id}`)).json().name).toBe(program.name);
  });
});

describe('POST /api/programs/:id/transition', () => {
  it('walks a program from draft to closed, auditing every step', async () => {
    const program = await createProgram({ sponsorPersonId: person.sponsor, outcomes: [outcome] });
    const enrolling = await transition(program.id, 'enrolling', 200);
    expect(enrolling).toMatchObject({ status: 'enrolling', nextStatuses: ['matching', 'closed'] });
    await enroll(program.id, { personId: person.leader, role: 'participant' });
    await enroll(program.id, { personId: person.mentor, role: 'mentor' });
    const matching = await transition(program.id, 'matching', 200);
    expect(matching).toMatchObject({ isDesignEditable: false, isEnrollmentOpen: false });
    await transition(program.id, 'running', 200);
    const closed = await transition(program.id, 'closed', 200);
    expect(closed).toMatchObject({ status: 'closed', nextStatuses: [] });
    const audits = await queryRows<{ details: { from: string; to: string } }>(
      t.db,
      sql`select details from audit_events where action = 'program.status_changed' and target_id = ${program.id} order by id`,
    );
    expect(audits.map((row) => `${row.details.from}->${row.details.to}`)).toEqual([
      'draft->enrolling',
      'enrolling->matching',
      'matching->running',
      'running->closed',
    ]);
  });

  it('keeps a program in draft until it has a sponsor, then an outcome, naming what is missing', async () => {
    const program = await createProgram();
    const noSponsor = await call(admin, 'POST', `/api/programs/${program.id}/transition`, { to: 'enrolling' });
    expect(noSponsor.statusCode).toBe(409);
    expect(expectProblem(noSponsor)).toMatchObject({
      field: 'sponsorPersonId',
      detail: 'A program needs an executive sponsor before it leaves draft.',
    });
    await call(admin, 'PATCH', `/api/programs/${program.id}`, { sponsorPersonId: person.sponsor });
    const noOutcome = await call(admin, 'POST', `/api/programs/${program.id}/transition`, { to: 'enrolling' });
    expect(noOutcome.statusCode).toBe(409);
    expect(noOutcome.json().field).toBe('outcomes');
    expect((await call(admin, 'GET', `/api/programs/${program.id}`)).json().status).toBe('draft');
  });

  it('refuses moves the lifecycle does not list', async () => {
    const program = await createProgram({ sponsorPersonId: person.sponsor, outcomes: [outcome] });
    for (const to of ['running', 'closed', 'draft']) {
      const response = await call(admin, 'POST', `/api/programs/${program.id}/transition`, { to });
      expect(response.statusCode).toBe(409);
      expect(response.json().field).toBe('body.to');
    }
    const closed = await programIn('enrolling');
    await transition(closed.id, 'closed', 200);
    const reopen = await call(admin, 'POST', `/api/programs/${closed.id}/transition`, { to: 'enrolling' });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().detail).toBe('A closed program cannot change status.');
  });

  it('starts matching only with a participant and a mentor or coach enrolled', async () => {
    const program = await programIn('enrolling');
    const empty = await call(admin, 'POST', `/api/programs/${program.id}/transition`, { to: 'matching' });
    expect(empty.statusCode).toBe(409);
    expect(empty.json()).toMatchObject({
      field: 'enrollments',
      detail: 'Enroll at least one participant before matching.',
    });
    await enroll(program.id, { personId: person.leader, role: 'participant' });
    const noMentor = await call(admin, 'POST', `/api/programs/${program.id}/transition`, { to: 'matching' });
    expect(noMentor.json().detail).toBe('Enroll at least one mentor or coach before matching.');
  });

  it('names a bad target, and guards like every write', async () => {
    const program = await createProgram();
    const bad = await call(admin, 'POST', `/api/programs/${program.id}/transition`, { to: 'paused' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('body.to');
    const url = `/api/programs/${program.id}/transition`;
    expect((await call(globexAdmin, 'POST', url, { to: 'enrolling' })).statusCode).toBe(404);
    expect((await call(participantUser, 'POST', url, { to: 'enrolling' })).statusCode).toBe(403);
    expect((await call(null, 'POST', url, { to: 'enrolling' })).statusCode).toBe(401);
  });
});

describe('enrollments', () => {
  it('enrolls participants, mentors and coaches with default capacities, and lists them with each person', async () => {
    const program = await createProgram({ type: 'blended', sessionFramework: 'stop_look_choose' });
    const participant = await enroll(program.id, { personId: person.leader, role: 'participant' });
    expect(participant).toEqual({
      id: expect.any(String),
      programId: program.id,
      role: 'participant',
      capacity: null,
      person: {
        id: person.leader,
        name: 'Lee Leader',
        title: 'middle_manager title',
        tier: 'middle_manager',
        department: 'Operations',
      },
      createdAt: expect.any(String),
    });
    expect((await enroll(program.id, { personId: person.mentor, role: 'mentor' })).capacity).toBe(1);
    expect((await enroll(program.id, { personId: person.coach, role: 'coach' })).capacity).toBe(4);
    expect((await enroll(program.id, { personId: person.other, role: 'mentor', capacity: 3 })).capacity).toBe(3);

    const list = (await call(admin, 'GET', `/api/programs/${program.id}/enrollments`)).json();
    expect(list).toMatchObject({ total: 4, page: 1, pageSize: 100 });
    expect(list.items.map((e: { person: { name: string } }) => e.person.name)).toEqual([
      'Cole Coach',
      'Lee Leader',
      'Mia Mentor',
      'Ola Other',
    ]);
    const mentors = (await call(admin, 'GET', `/api/programs/${program.id}/enrollments?role=mentor&pageSize=1`)).json();
    expect(mentors).toMatchObject({ total: 2, pageSize: 1 });
    expect(mentors.items).toHaveLength(1);
    const detail = (await call(admin, 'GET', `/api/programs/${program.id}`)).json();
    expect(detail.enrollmentCounts).toEqual({ participant: 1, mentor: 2, coach: 1 });
  });

  it('lets one person mentor in one program and take part in another, but enroll only once per program', async () => {
    const first = await createProgram();
    const second = await createProgram();
    await enroll(first.id, { personId: person.mentor, role: 'mentor' });
    await enroll(second.id, { personId: person.mentor, role: 'participant' });
    const before = await footprint();
    const again = await call(admin, 'POST', `/api/programs/${first.id}/enrollments`, {
      personId: person.mentor,
      role: 'participant',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      field: 'body.personId',
      detail: 'Mia Mentor is already enrolled in this program as mentor.',
    });
    expect(await footprint()).toEqual(before);
  });

  it('cannot enroll a person of another organization: 404 for the person, nothing written', async () => {
    const program = await createProgram();
    const before = await footprint();
    const response = await call(admin, 'POST', `/api/programs/${program.id}/enrollments`, {
      personId: person.globex,
      role: 'participant',
    });
    expect(response.statusCode).toBe(404);
    expect(expectProblem(response).field).toBe('body.personId');
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['no person', { personId: undefined, role: 'participant' }, 400, 'body.personId'],
    ['an unknown role', { role: 'sponsor' }, 400, 'body.role'],
    ['a coach in a mentoring program', { role: 'coach' }, 400, 'body.role'],
    ['a capacity of 0', { role: 'mentor', capacity: 0 }, 400, 'body.capacity'],
    ['a capacity of 101', { role: 'mentor', capacity: 101 }, 400, 'body.capacity'],
    ['a fractional capacity', { role: 'mentor', capacity: 1.5 }, 400, 'body.capacity'],
    ['a capacity for a participant', { role: 'participant', capacity: 2 }, 400, 'body.capacity'],
    ['someone who has left', { personId: 'gone', role: 'participant' }, 409, 'body.personId'],
    ['an unknown person', { personId: '00000000-0000-4000-8000-000000000000' }, 404, 'body.personId'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, change, status, field) => {
    const program = await createProgram();
    const body: Record<string, unknown> = { personId: person.other, role: 'participant', ...change };
    if (body.personId === 'gone') body.personId = person.gone;
    const before = await footprint();
    const response = await call(admin, 'POST', `/api/programs/${program.id}/enrollments`, body);
    expect(response.statusCode, response.body).toBe(status);
    expect(expectProblem(response).field).toBe(field);
    expect(await footprint()).toEqual(before);
  });

  it('removes an enrollment once, and only from its own program', async () => {
    const program = await createProgram();
    const other = await createProgram();
    const enrollment = await enroll(program.id, { personId: person.leader, role: 'participant' });
    const wrongProgram = await call(admin, 'DELETE', `/api/programs/${other.id}/enrollments/${enrollment.id}`);
    expect(wrongProgram.statusCode).toBe(404);
    const removed = await call(admin, 'DELETE', `/api/programs/${program.id}/enrollments/${enrollment.id}`);
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect((await call(admin, 'GET', `/api/programs/${program.id}/enrollments`)).json().total).toBe(0);
    const again = await call(admin, 'DELETE', `/api/programs/${program.id}/enrollments/${enrollment.id}`);
    expect(again.statusCode).toBe(404);
    const [audit] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_events where action = 'program.enrollment_removed' and target_id = ${enrollment.id}`,
    );
    expect(audit!.n).toBe(1);
  });

  it('closes enrollment once matching starts', async () => {
    const program = await programIn('matching');
    const list = (await call(admin, 'GET', `/api/programs/${program.id}/enrollments`)).json();
    const join = await call(admin, 'POST', `/api/programs/${program.id}/enrollments`, {
      personId: person.other,
      role: 'participant',
    });
    expect(join.statusCode).toBe(409);
    expect(join.json().field).toBe('status');
    const leave = await call(admin, 'DELETE', `/api/programs/${program.id}/enrollments/${list.items[0].id}`);
    expect(leave.statusCode).toBe(409);
    expect((await call(admin, 'GET', `/api/programs/${program.id}/enrollments`)).json().total).toBe(2);
  });

  it('answers 404 to another organization, 403 to non-admins, 401 to strangers, 403 without CSRF', async () => {
    const program = await createProgram();
    const enrollment = await enroll(program.id, { personId: person.leader, role: 'participant' });
    const list = `/api/programs/${program.id}/enrollments`;
    const one = `${list}/${enrollment.id}`;
    const body = { personId: person.other, role: 'participant' };
    expect((await call(globexAdmin, 'GET', list)).statusCode).toBe(404);
    expect((await call(globexAdmin, 'POST', list, { personId: person.globex, role: 'participant' })).statusCode).toBe(
      404,
    );
    expect((await call(globexAdmin, 'DELETE', one)).statusCode).toBe(404);
    expect((await call(participantUser, 'GET', list)).statusCode).toBe(403);
    expect((await call(participantUser, 'POST', list, body)).statusCode).toBe(403);
    expect((await call(participantUser, 'DELETE', one)).statusCode).toBe(403);
    expect((await call(null, 'GET', list)).statusCode).toBe(401);
    expect((await call(null, 'POST', list, body)).statusCode).toBe(401);
    expect((await call(null, 'DELETE', one)).statusCode).toBe(401);
    const withoutToken = await t.app.inject({ method: 'DELETE', url: one, headers: { cookie: admin.cookie } });
    expect(withoutToken.statusCode).toBe(403);
    expect((await call(admin, 'GET', list)).json().total).toBe(1);
  });
});

describe('the database itself', () => {
  it('refuses an enrollment that points at a person of another organization', async () => {
    const program = await createProgram();
    await expect(
      t.db.execute(
        sql`insert into program_enrollments (org_id, program_id, person_id, role, created_at)
            values (${acme.id}, ${program.id}, ${person.globex}, 'participant', now())`,
      ),
    ).rejects.toThrow();
  });

  it('refuses a program past draft without a sponsor', async () => {
    const program = await createProgram();
    await expect(
      t.db.execute(sql`update programs set status = 'enrolling' where id = ${program.id}`),
    ).rejects.toThrow();
  });
});

describe('the OpenAPI document', () => {
  it('lists the program routes', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/programs',
        '/api/programs/{id}',
        '/api/programs/{id}/transition',
        '/api/programs/{id}/enrollments',
        '/api/programs/{id}/enrollments/{enrollmentId}',
      ]),
    );
  });
});
