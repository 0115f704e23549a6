import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachingEngagementPage } from '../../../contract/engagements.js';
import type { MatchingRun, MatchRequest } from '../../../contract/matching.js';
import type { ProgramPage } from '../../../contract/programs.js';
import type { RelationshipPage } from '../../../contract/relationships.js';
import {
  sessionFrameworkKeys,
  sessionStatusKeys,
  type CalendarFeed,
  type Session,
  type SessionActionItem,
  type SessionList,
} from '../../../contract/sessions.js';
import { sessionFrameworks } from '../../../domain/programs/index.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';
import { sessionStatuses } from './sessions.table.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
type Who = 'mentor' | 'mentee' | 'coach' | 'admin' | 'manager' | 'sponsor' | 'unrelated' | 'otherOrg' | 'anonymous';
const as = {} as Record<Who, Client>;
const person = {} as Record<'mentor' | 'mentee' | 'coach' | 'manager' | 'sponsor', string>;
let relationshipId: string;
let engagementId: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };
const demoOrg = 'Northwind Aviation (demo)';
const now = '2026-03-02T09:00:00Z';

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

async function personOf(email: string): Promise<string> {
  const [row] = await queryRows<{ person_id: string }>(t.db, sql`select person_id from users where email = ${email}`);
  return row!.person_id;
}

async function loginFor(personId: string | null, email: string): Promise<Client> {
  await seedUser(t.connection, t.clock, { org: demoOrg, email, roles: ['participant'] });
  if (personId) await t.db.execute(sql`update users set person_id = ${personId} where email = ${email}`);
  return requestAs(t.app, await signIn(t.app, email, 'correct horse battery'));
}

async function expectStatus<T extends { statusCode: number; body: string }>(response: Promise<T>, status: number) {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer;
}

async function schedule(client: Client, url: string, body: object): Promise<Session> {
  return JSON.parse((await expectStatus(client.post(url, body), 201)).body) as Session;
}

/** Content lines of an iCalendar text, folded lines joined again (RFC 5545 §3.1). */
function unfold(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

/** The events of a calendar, each as a map of property name to (unescaped) value. */
function eventsOf(text: string): Map<string, string>[] {
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line)!;
      current.set(
        match[1]!,
        match[3]!.replace(/\\([\\;,nN])/g, (_, character: string) =>
          character === 'n' || character === 'N' ? '\n' : character,
        ),
      );
    }
  }
  return events;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(now);
  await createDemoOrganization(t, context);
  const demoLogin = async (email: string) => requestAs(t.app, await signIn(t.app, email, demoPassword));
  as.admin = await demoLogin('admin@northwind.example');
  as.mentee = await demoLogin('participant@northwind.example');
  as.mentor = await demoLogin('mentor@northwind.example');
  as.manager = await demoLogin('manager@northwind.example');
  as.sponsor = await demoLogin('sponsor@northwind.example');
  as.anonymous = anonymous();
  person.mentee = await personOf('participant@northwind.example');
  person.mentor = await personOf('mentor@northwind.example');
  person.manager = await personOf('manager@northwind.example');
  person.sponsor = await personOf('sponsor@northwind.example');
  await seedOrganization(t.connection, 'Elsewhere Ltd');
  await seedUser(t.connection, t.clock, { org: 'Elsewhere Ltd', email: 'admin@elsewhere.example', roles: ['admin'] });
  as.otherOrg = requestAs(t.app, await signIn(t.app, 'admin@elsewhere.example', 'correct horse battery'));

  // Mentoring: the demo's self-service circle; the mentee asks the demo mentor, who accepts.
  const programs = JSON.parse((await as.admin.get('/api/programs')).body) as ProgramPage;
  const circleId = programs.items.find((program) => program.name === 'New Manager Mentoring Circle')!.id;
  const asked = await expectStatus(
    as.mentee.post(`/api/programs/${circleId}/match-requests`, { mentorPersonId: person.mentor }),
    201,
  );
  await expectStatus(as.mentor.post(`/api/match-requests/${(JSON.parse(asked.body) as MatchRequest).id}/accept`), 200);
  relationshipId = (JSON.parse((await as.mentee.get('/api/relationships')).body) as RelationshipPage).items[0]!.id;

  // Coaching: as in coaching.test.ts, a coach far from the leader's reporting line, matched and published.
  const [coach] = await queryRows<{ id: string }>(
    t.db,
    sql`select p.id from people p
        join people m on m.org_id = p.org_id and m.id = p.manager_id
        join people mm on mm.org_id = m.org_id and mm.id = m.manager_id
        where p.org_id = (select org_id from people where id = ${person.mentee})
          and p.department not in ('Sales', 'Executive Office') and mm.manager_id is not null
          and p.id not in (select person_id from users where person_id is not null)
          and ${person.mentee} not in (p.manager_id, m.manager_id)
        order by p.employee_id limit 1`,
  );
  person.coach = coach!.id;
  as.coach = await loginFor(person.coach, 'coach.person@northwind.example');
  // Someone of the same organization in neither pair.
  as.unrelated = await loginFor(null, 'bystander@northwind.example');
  const created = await expectStatus(
    as.admin.post('/api/programs', {
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
  const programId = (JSON.parse(created.body) as { id: string }).id;
  await expectStatus(as.admin.post(`/api/programs/${programId}/transition`, { to: 'enrolling' }), 200);
  await expectStatus(
    as.admin.post(`/api/programs/${programId}/enrollments`, { personId: person.mentee, role: 'participant' }),
    201,
  );
  await expectStatus(
    as.admin.post(`/api/programs/${programId}/enrollments`, { personId: person.coach, role: 'coach', capacity: 1 }),
    201,
  );
  await expectStatus(as.admin.post(`/api/programs/${programId}/transition`, { to: 'matching' }), 200);
  await expectStatus(
    as.admin.put(`/api/programs/${programId}/matching-settings`, { maxTimeZoneDifferenceHours: null }),
    200,
  );
  const run = JSON.parse(
    (await expectStatus(as.admin.post(`/api/programs/${programId}/matching-runs`, { kind: 'coaching' }), 201)).body,
  ) as MatchingRun;
  await expectStatus(as.admin.post(`/api/programs/${programId}/matching-runs/${run.id}/publish`), 200);
  const page = JSON.parse(
    (await expectStatus(as.admin.get(`/api/engagements?programId=${programId}`), 200)).body,
  ) as CoachingEngagementPage;
  engagementId = page.items.find((item) => item.leader.id === person.mentee)!.id;
}, 120_000);
afterAll(() => t.close());

const mentoringUrl = () => `/api/relationships/${relationshipId}/sessions`;
const coachingUrl = () => `/api/engagements/${engagementId}/sessions`;

describe('scheduling', () => {
  it('names the lists like the domain and the table do', () => {
    expect([...sessionFrameworkKeys]).toEqual([...sessionFrameworks]);
    expect([...sessionStatusKeys]).toEqual([...sessionStatuses]);
  });

  it('lets either person of a mentoring relationship schedule, with the 5 Cs by default', async () => {
    const session = await schedule(as.mentee, mentoringUrl(), {
      scheduledAt: '2026-03-10T15:00:00Z',
      durationMinutes: 60,
      agenda: 'First conversation',
    });
    expect(session).toMatchObject({
      kind: 'mentoring',
      relationshipId,
      engagementId: null,
      access: 'pair',
      myRole: 'mentee',
      framework: 'five_cs',
      status: 'scheduled',
      sequence: 0,
      scheduledAt: '2026-03-10T15:00:00.000Z',
      endsAt: '2026-03-10T16:00:00.000Z',
      location: '',
      sharedNotes: [],
      myPrivateNotes: [],
      actionItems: [],
    });
    expect(session.participants.map((participant) => participant.role)).toEqual(['mentor', 'mentee']);
    expect(session.template!.sections.map((section) => section.key)).toEqual([
      'challenges',
      'choices',
      'consequences',
      'creative_solutions',
      'conclusions',
      'general',
    ]);
    expect(session.template!.sections[0]!.prompt).toMatch(/\?$/);
    const byMentor = await schedule(as.mentor, mentoringUrl(), {
      scheduledAt: '2026-03-24T15:00:00Z',
      durationMinutes: 45,
      framework: 'stop_look_choose',
    });
    expect(byMentor).toMatchObject({ myRole: 'mentor', framework: 'stop_look_choose', agenda: '' });
  });

  it('lets the coach or the leader schedule a coaching session, with GROW by default', async () => {
    const byCoach = await schedule(as.coach, coachingUrl(), {
      scheduledAt: '2026-04-02T08:00:00Z',
      durationMinutes: 90,
    });
    expect(byCoach).toMatchObject({ kind: 'coaching', engagementId, myRole: 'coach', framework: 'grow' });
    expect(byCoach.template!.sections.map((section) => section.key)).toEqual([
      'goal',
      'reality',
      'options',
      'way_forward',
      'general',
    ]);
    const byLeader = await schedule(as.mentee, coachingUrl(), {
      scheduledAt: '2026-04-16T08:00:00Z',
      durationMinutes: 30,
      framework: 'stop_look_choose',
    });
    expect(byLeader).toMatchObject({ myRole: 'leader', framework: 'stop_look_choose' });
  });

  it.each([
    [{ durationMinutes: 60 }, 'body.scheduledAt'],
    [{ scheduledAt: '2026-03-10T16:00:00+01:00', durationMinutes: 60 }, 'body.scheduledAt'],
    [{ scheduledAt: 'next tuesday', durationMinutes: 60 }, 'body.scheduledAt'],
    [{ scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 10 }, 'body.durationMinutes'],
    [{ scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 481 }, 'body.durationMinutes'],
    [{ scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 30.5 }, 'body.durationMinutes'],
    [{ scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 60, framework: 'swot' }, 'body.framework'],
    [{ scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 60, agenda: 'x'.repeat(5001) }, 'body.agenda'],
    [{ scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 60, location: 'x'.repeat(501) }, 'body.location'],
  ])('refuses %j naming %s, and writes nothing', async (body, field) => {
    const [before] = await queryRows<{ total: number }>(t.db, sql`select count(*)::int as total from sessions`);
    const response = await expectStatus(as.mentee.post(mentoringUrl(), body), 400);
    expect(JSON.parse(response.body).field).toBe(field);
    const [after] = await queryRows<{ total: number }>(t.db, sql`select count(*)::int as total from sessions`);
    expect(after!.total).toBe(before!.total);
  });

  it.each([
    ['admin', 'mentoring', 403],
    ['manager', 'mentoring', 404],
    ['sponsor', 'mentoring', 404],
    ['coach', 'mentoring', 404],
    ['unrelated', 'mentoring', 404],
    ['otherOrg', 'mentoring', 404],
    ['anonymous', 'mentoring', 401],
    ['admin', 'coaching', 403],
    ['manager', 'coaching', 403],
    ['sponsor', 'coaching', 403],
    ['mentor', 'coaching', 404],
    ['unrelated', 'coaching', 404],
    ['otherOrg', 'coaching', 404],
    ['anonymous', 'coaching', 401],
  ] as const)('refuses %s scheduling a %s session (%i)', async (who, kind, status) => {
    const url = kind === 'mentoring' ? mentoringUrl() : coachingUrl();
    await expectStatus(as[who].post(url, { scheduledAt: '2026-05-01T09:00:00Z', durationMinutes: 60 }), status);
  });

  it('answers 404 for a pair that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await expectStatus(
      as.mentee.post(`/api/relationships/${missing}/sessions`, { scheduledAt: now, durationMinutes: 60 }),
      404,
    );
    await expectStatus(as.mentee.get(`/api/sessions/${missing}`), 404);
  });
});

describe('confidentiality', () => {
  let mentoring: Session;
  let coaching: Session;
  const secret = {
    mentoringAgenda: 'AGENDA-M how to tell my boss about the reorg',
    mentoringShared: 'SHARED-M we explored three choices',
    mentorPrivate: 'PRIVATE-MENTOR she seems anxious about Tom',
    menteePrivate: 'PRIVATE-MENTEE I may leave next year',
    mentoringItem: 'ITEM-M draft the reorg memo',
    coachingAgenda: 'AGENDA-C feedback on the board meeting',
    coachingShared: 'SHARED-C goal is to speak last',
    coachPrivate: 'PRIVATE-COACH watch for over-promising',
    leaderPrivate: 'PRIVATE-LEADER my manager micromanages',
    location: 'LOCATION-Room 4.12',
  };
  const allSecrets = Object.values(secret);

  beforeAll(async () => {
    mentoring = await schedule(as.mentor, mentoringUrl(), {
      scheduledAt: '2026-03-05T10:00:00Z',
      durationMinutes: 60,
      agenda: secret.mentoringAgenda,
      location: secret.location,
    });
    const m = `/api/sessions/${mentoring.id}`;
    await expectStatus(as.mentee.put(`${m}/notes/shared/challenges`, { body: secret.mentoringShared }), 200);
    await expectStatus(as.mentor.put(`${m}/notes/private/challenges`, { body: secret.mentorPrivate }), 200);
    await expectStatus(as.mentee.put(`${m}/notes/private/general`, { body: secret.menteePrivate }), 200);
    await expectStatus(
      as.mentee.post(`${m}/action-items`, { description: secret.mentoringItem, ownerPersonId: person.mentee }),
      201,
    );
    coaching = await schedule(as.coach, coachingUrl(), {
      scheduledAt: '2026-04-09T08:00:00Z',
      durationMinutes: 60,
      agenda: secret.coachingAgenda,
      location: secret.location,
    });
    const c = `/api/sessions/${coaching.id}`;
    await expectStatus(as.coach.put(`${c}/notes/shared/goal`, { body: secret.coachingShared }), 200);
    await expectStatus(as.coach.put(`${c}/notes/private/reality`, { body: secret.coachPrivate }), 200);
    await expectStatus(as.mentee.put(`${c}/notes/private/reality`, { body: secret.leaderPrivate }), 200);
  });

  type Row = {
    who: Who;
    /** Status of GET /api/sessions/:id, the invite and the pair's session list. */
    read: number;
    /** Status of writing a shared or a private note. */
    write: number;
    access?: Session['access'];
    /** Secret texts this reader must see; every other secret must be absent from every answer. */
    sees: string[];
  };
  const mentoringMatrix = (): Row[] => [
    {
      who: 'mentor',
      read: 200,
      write: 200,
      access: 'pair',
      sees: [
        secret.mentoringAgenda,
        secret.mentoringShared,
        secret.mentorPrivate,
        secret.mentoringItem,
        secret.location,
      ],
    },
    {
      who: 'mentee',
      read: 200,
      write: 200,
      access: 'pair',
      sees: [
        secret.mentoringAgenda,
        secret.mentoringShared,
        secret.menteePrivate,
        secret.mentoringItem,
        secret.location,
      ],
    },
    { who: 'admin', read: 200, write: 403, access: 'metadata', sees: [] },
    { who: 'manager', read: 404, write: 404, sees: [] },
    { who: 'sponsor', read: 404, write: 404, sees: [] },
    { who: 'coach', read: 404, write: 404, sees: [] },
    { who: 'unrelated', read: 404, write: 404, sees: [] },
    { who: 'otherOrg', read: 404, write: 404, sees: [] },
    { who: 'anonymous', read: 401, write: 401, sees: [] },
  ];
  const coachingMatrix = (): Row[] => [
    {
      who: 'coach',
      read: 200,
      write: 200,
      access: 'pair',
      sees: [secret.coachingAgenda, secret.coachingShared, secret.coachPrivate, secret.location],
    },
    {
      who: 'mentee',
      read: 200,
      write: 200,
      access: 'pair',
      sees: [secret.coachingAgenda, secret.coachingShared, secret.leaderPrivate, secret.location],
    },
    { who: 'admin', read: 200, write: 403, access: 'metadata', sees: [] },
    { who: 'manager', read: 200, write: 403, access: 'time_and_status', sees: [] },
    { who: 'sponsor', read: 200, write: 403, access: 'time_and_status', sees: [] },
    { who: 'mentor', read: 404, write: 404, sees: [] },
    { who: 'unrelated', read: 404, write: 404, sees: [] },
    { who: 'otherOrg', read: 404, write: 404, sees: [] },
    { who: 'anonymous', read: 401, write: 401, sees: [] },
  ];

  function expectOnly(body: string, sees: string[]) {
    for (const text of allSecrets) {
      if (sees.includes(text)) expect(body, `should show ${text}`).toContain(text);
      else expect(body, `must not show ${text}`).not.toContain(text);
    }
  }

  async function checkRow(kind: 'mentoring' | 'coaching', row: Row) {
    const session = kind === 'mentoring' ? mentoring : coaching;
    const client = as[row.who];
    const url = `/api/sessions/${session.id}`;

    const got = await expectStatus(client.get(url), row.read);
    expectOnly(got.body, row.read === 200 ? row.sees : []);
    if (row.read === 200) {
      const seen = JSON.parse(got.body) as Session;
      expect(seen.access).toBe(row.access);
      expect(seen.scheduledAt).toBe(session.scheduledAt);
      expect(seen.status).toBe('scheduled');
      if (row.access === 'pair') {
        expect(seen.sharedNotes).toHaveLength(1);
        expect(seen.myPrivateNotes).toHaveLength(1);
        expect(seen.myPrivateNotes![0]!.visibility).toBe('private');
      } else {
        expect(seen).toMatchObject({
          agenda: null,
          location: null,
          template: null,
          sharedNotes: null,
          myPrivateNotes: null,
          actionItems: null,
        });
      }
      if (row.access === 'metadata') {
        expect(seen.framework).toBe(session.framework);
        expect(seen.counts).toEqual({
          sharedNotes: 1,
          actionItems: kind === 'mentoring' ? 1 : 0,
          openActionItems: kind === 'mentoring' ? 1 : 0,
        });
      }
      if (row.access === 'time_and_status') expect(seen).toMatchObject({ framework: null, counts: null });
    }

    const invite = await expectStatus(client.get(`${url}/invite.ics`), row.read);
    // The invite carries the agenda and place for the pair, never a note.
    const inviteSees = row.sees.filter((text) => text.startsWith('AGENDA') || text.startsWith('LOCATION'));
    expectOnly(invite.body, row.read === 200 ? inviteSees : []);

    const pairUrl = kind === 'mentoring' ? mentoringUrl() : coachingUrl();
    const listed = await expectStatus(client.get(pairUrl), row.read);
    expectOnly(listed.body, row.read === 200 ? inviteSees : []);

    const section = kind === 'mentoring' ? 'choices' : 'options';
    const shared = await expectStatus(
      client.put(`${url}/notes/shared/${section}`, { body: `by ${row.who}` }),
      row.write,
    );
    expectOnly(shared.body, []);
    const own = await expectStatus(
      client.put(`${url}/notes/private/${section}`, { body: `mine ${row.who}` }),
      row.write,
    );
    expectOnly(own.body, []);
    await expectStatus(client.patch(url, { agenda: 'changed' }), row.write);
    await expectStatus(
      client.post(`${url}/action-items`, { description: 'x', ownerPersonId: session.participants[0]!.personId }),
      row.write === 200 ? 201 : row.write,
    );
    if (row.write === 200) {
      // Put things back for the next reader.
      await expectStatus(client.put(`${url}/notes/shared/${section}`, { body: '' }), 200);
      await expectStatus(client.put(`${url}/notes/private/${section}`, { body: '' }), 200);
      await expectStatus(client.patch(url, { agenda: session.agenda! }), 200);
      await t.db.execute(sql`delete from session_action_items where session_id = ${session.id} and description = 'x'`);
    }
  }

  it.each(mentoringMatrix().map((row) => [row.who, row] as const))(
    'shows a mentoring session to %s only as allowed',
    async (_, row) => checkRow('mentoring', row),
  );

  it.each(coachingMatrix().map((row) => [row.who, row] as const))(
    'shows a coaching session to %s only as allowed',
    async (_, row) => checkRow('coaching', row),
  );

  it('keeps private notes apart: each person reads and writes only their own', async () => {
    const url = `/api/sessions/${mentoring.id}`;
    // Both write a private note of the same section; neither touches the other's.
    await expectStatus(
      as.mentee.put(`${url}/notes/private/challenges`, { body: 'PRIVATE-MENTEE-2 second thoughts' }),
      200,
    );
    const forMentor = JSON.parse((await as.mentor.get(url)).body) as Session;
    expect(forMentor.myPrivateNotes!.map((note) => [note.section, note.body])).toEqual([
      ['challenges', secret.mentorPrivate],
    ]);
    const forMentee = JSON.parse((await as.mentee.get(url)).body) as Session;
    expect(forMentee.myPrivateNotes!.map((note) => [note.section, note.body]).sort()).toEqual([
      ['challenges', 'PRIVATE-MENTEE-2 second thoughts'],
      ['general', secret.menteePrivate],
    ]);
    expect(forMentee.myPrivateNotes!.every((note) => note.authorPersonId === person.mentee)).toBe(true);
    // A blank body removes only the writer's own note.
    await expectStatus(as.mentee.put(`${url}/notes/private/challenges`, { body: '  ' }), 200);
    const after = JSON.parse((await as.mentor.get(url)).body) as Session;
    expect(after.myPrivateNotes!.map((note) => note.body)).toEqual([secret.mentorPrivate]);
    const [rows] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from session_notes where session_id = ${mentoring.id} and visibility = 'private'`,
    );
    expect(rows!.total).toBe(2);
  });

  it('shares one note per section, and stores the general note under the empty section', async () => {
    const url = `/api/sessions/${mentoring.id}`;
    const written = await expectStatus(as.mentor.put(`${url}/notes/shared/general`, { body: 'We meet monthly.' }), 200);
    expect(JSON.parse(written.body).note).toMatchObject({
      section: 'general',
      visibility: 'shared',
      authorPersonId: person.mentor,
    });
    await expectStatus(as.mentee.put(`${url}/notes/shared/general`, { body: 'We meet monthly, on Tuesdays.' }), 200);
    const seen = JSON.parse((await as.mentor.get(url)).body) as Session;
    expect(seen.sharedNotes!.find((note) => note.section === 'general')).toMatchObject({
      body: 'We meet monthly, on Tuesdays.',
      authorPersonId: person.mentee,
    });
    const [row] = await queryRows<{ sections: string[] }>(
      t.db,
      sql`select array_agg(section order by section) as sections from session_notes
          where session_id = ${mentoring.id} and visibility = 'shared'`,
    );
    expect(row!.sections).toEqual(['', 'challenges']);
  });

  it('accepts only sections of the session’s template, naming the field', async () => {
    const wrong = await expectStatus(
      as.mentor.put(`/api/sessions/${mentoring.id}/notes/shared/goal`, { body: 'x' }),
      400,
    );
    expect(JSON.parse(wrong.body)).toMatchObject({ field: 'params.section' });
    expect(JSON.parse(wrong.body).detail).toContain('challenges');
    const malformed = await expectStatus(
      as.mentor.put(`/api/sessions/${mentoring.id}/notes/private/Bad-Key`, { body: 'x' }),
      400,
    );
    expect(JSON.parse(malformed.body).field).toBe('params.section');
    const noBody = await expectStatus(as.mentor.put(`/api/sessions/${mentoring.id}/notes/private/general`, {}), 400);
    expect(JSON.parse(noBody.body).field).toBe('body.body');
  });

  it('audits every read of notes, and keeps note text out of the audit log', async () => {
    const reads = async () => {
      const [row] = await queryRows<{ total: number }>(
        t.db,
        sql`select count(*)::int as total from audit_events where action = 'session.notes_read' and target_id = ${mentoring.id}`,
      );
      return row!.total;
    };
    const before = await reads();
    await expectStatus(as.admin.get(`/api/sessions/${mentoring.id}`), 200);
    await expectStatus(as.mentor.get(`/api/sessions/${mentoring.id}/invite.ics`), 200);
    expect(await reads()).toBe(before);
    await expectStatus(as.mentee.get(`/api/sessions/${mentoring.id}`), 200);
    expect(await reads()).toBe(before + 1);
    const [log] = await queryRows<{ text: string; writes: number }>(
      t.db,
      sql`select coalesce(string_agg(details::text, ' '), '') as text,
                 (count(*) filter (where action in ('session.note_written', 'session.scheduled')))::int as writes
          from audit_events where target_type = 'session'`,
    );
    expect(log!.writes).toBeGreaterThan(5);
    for (const text of allSecrets) expect(log!.text).not.toContain(text);
  });

  it('lists the signed-in user’s own sessions as one of a pair, between from and to', async () => {
    const mine = JSON.parse((await expectStatus(as.mentee.get('/api/sessions'), 200)).body) as SessionList;
    expect(new Set(mine.items.map((item) => item.kind))).toEqual(new Set(['mentoring', 'coaching']));
    const times = mine.items.map((item) => item.scheduledAt);
    expect(times).toEqual([...times].sort());
    for (const item of mine.items) expect(JSON.stringify(item)).not.toContain('SHARED-');
    const april = JSON.parse(
      (await expectStatus(as.mentee.get('/api/sessions?from=2026-04-01T00:00:00Z&to=2026-05-01T00:00:00Z'), 200)).body,
    ) as SessionList;
    expect(april.items.length).toBeGreaterThan(0);
    expect(april.items.every((item) => item.kind === 'coaching' && item.scheduledAt.startsWith('2026-04'))).toBe(true);
    const backwards = await expectStatus(
      as.mentee.get('/api/sessions?from=2026-05-01T00:00:00Z&to=2026-04-01T00:00:00Z'),
      400,
    );
    expect(JSON.parse(backwards.body).field).toBe('querystring.to');
    expect(JSON.parse((await expectStatus(as.mentee.get('/api/sessions?from=yesterday'), 400)).body).field).toBe(
      'querystring.from',
    );
    // The manager watches the engagement but is not one of the pair: none of these are theirs.
    expect((JSON.parse((await as.manager.get('/api/sessions')).body) as SessionList).items).toEqual([]);
    expect((JSON.parse((await as.admin.get('/api/sessions')).body) as SessionList).items).toEqual([]);
    await expectStatus(as.anonymous.get('/api/sessions'), 401);
  });
});

describe('action items', () => {
  let url: string;
  beforeAll(async () => {
    const session = await schedule(as.mentee, mentoringUrl(), {
      scheduledAt: '2026-03-12T10:00:00Z',
      durationMinutes: 30,
    });
    url = `/api/sessions/${session.id}`;
  });

  it('are owned by one of the two people, and ticked off', async () => {
    const stranger = await expectStatus(
      as.mentee.post(`${url}/action-items`, { description: 'Ask HR', ownerPersonId: person.manager }),
      400,
    );
    expect(JSON.parse(stranger.body).field).toBe('body.ownerPersonId');
    const badDate = await expectStatus(
      as.mentee.post(`${url}/action-items`, {
        description: 'Ask HR',
        ownerPersonId: person.mentee,
        dueDate: '2026-02-30',
      }),
      400,
    );
    expect(JSON.parse(badDate.body).field).toBe('body.dueDate');
    const blank = await expectStatus(
      as.mentee.post(`${url}/action-items`, { description: ' ', ownerPersonId: person.mentee }),
      400,
    );
    expect(JSON.parse(blank.body).field).toBe('body.description');
    const item = JSON.parse(
      (
        await expectStatus(
          as.mentee.post(`${url}/action-items`, {
            description: 'Draft the memo',
            ownerPersonId: person.mentor,
            dueDate: '2026-03-20',
          }),
          201,
        )
      ).body,
    ) as SessionActionItem;
    expect(item).toMatchObject({ ownerPersonId: person.mentor, dueDate: '2026-03-20', isDone: false, doneAt: null });
    const done = JSON.parse(
      (await expectStatus(as.mentor.patch(`${url}/action-items/${item.id}`, { done: true }), 200)).body,
    ) as SessionActionItem;
    expect(done).toMatchObject({ isDone: true, doneAt: new Date(now).toISOString() });
    const seen = JSON.parse((await as.admin.get(url)).body) as Session;
    expect(seen.counts).toMatchObject({ actionItems: 1, openActionItems: 0 });
    expect((await as.admin.get(url)).body).not.toContain('Draft the memo');
    await expectStatus(as.admin.patch(`${url}/action-items/${item.id}`, { done: false }), 403);
    const undone = JSON.parse(
      (await expectStatus(as.mentee.patch(`${url}/action-items/${item.id}`, { done: false }), 200)).body,
    ) as SessionActionItem;
    expect(undone.isDone).toBe(false);
    await expectStatus(
      as.mentee.patch(`${url}/action-items/00000000-0000-4000-8000-000000000000`, { done: true }),
      404,
    );
  });
});

describe('the invitation', () => {
  it('is an iCalendar file with the pair in the summary, and a sequence that rises with each move', async () => {
    const session = await schedule(as.mentor, mentoringUrl(), {
      scheduledAt: '2026-03-17T14:30:00Z',
      durationMinutes: 50,
      agenda: 'Bring the team survey; and the org chart, please',
      location: 'Room 3, 2nd floor',
    });
    const url = `/api/sessions/${session.id}`;
    await expectStatus(as.mentor.put(`${url}/notes/shared/choices`, { body: 'NOTE-NEVER-IN-ICS' }), 200);
    const invite = await expectStatus(as.mentee.get(`${url}/invite.ics`), 200);
    expect(invite.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(invite.headers['content-disposition']).toBe('attachment; filename="tandem-session-2026-03-17.ics"');
    expect(invite.body).not.toContain('NOTE-NEVER-IN-ICS');
    const [event] = eventsOf(invite.body);
    const [mentorName, menteeName] = session.participants.map((participant) => participant.name);
    expect(event!.get('SUMMARY')).toBe(`Mentoring: ${mentorName} & ${menteeName}`);
    expect(event!.get('DTSTART')).toBe('20260317T143000Z');
    expect(event!.get('DTEND')).toBe('20260317T152000Z');
    expect(event!.get('SEQUENCE')).toBe('0');
    expect(event!.get('STATUS')).toBe('CONFIRMED');
    expect(event!.get('UID')).toBe(`session-${session.id}@tandem`);
    expect(event!.get('LOCATION')).toBe('Room 3, 2nd floor');
    expect(event!.get('DESCRIPTION')).toContain('Bring the team survey; and the org chart, please');

    // The agenda changes nothing a calendar tracks; a new time does.
    const edited = JSON.parse(
      (await expectStatus(as.mentee.patch(url, { agenda: 'Only the survey' }), 200)).body,
    ) as Session;
    expect(edited.sequence).toBe(0);
    const moved = JSON.parse(
      (await expectStatus(as.mentee.patch(url, { scheduledAt: '2026-03-18T09:00:00Z', durationMinutes: 60 }), 200))
        .body,
    ) as Session;
    expect(moved).toMatchObject({
      sequence: 1,
      scheduledAt: '2026-03-18T09:00:00.000Z',
      endsAt: '2026-03-18T10:00:00.000Z',
    });
    const [again] = eventsOf((await as.mentor.get(`${url}/invite.ics`)).body);
    expect([again!.get('DTSTART'), again!.get('DTEND'), again!.get('SEQUENCE')]).toEqual([
      '20260318T090000Z',
      '20260318T100000Z',
      '1',
    ]);
    const same = JSON.parse(
      (await expectStatus(as.mentee.patch(url, { scheduledAt: '2026-03-18T09:00:00Z' }), 200)).body,
    ) as Session;
    expect(same.sequence).toBe(1);
    const cancelled = JSON.parse(
      (await expectStatus(as.mentor.patch(url, { status: 'cancelled' }), 200)).body,
    ) as Session;
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 2 });
    const [gone] = eventsOf((await as.mentor.get(`${url}/invite.ics`)).body);
    expect([gone!.get('STATUS'), gone!.get('SEQUENCE')]).toEqual(['CANCELLED', '2']);
    // An admin's copy has the time but neither agenda nor place.
    const [adminCopy] = eventsOf((await expectStatus(as.admin.get(`${url}/invite.ics`), 200)).body);
    expect(adminCopy!.get('DTSTART')).toBe('20260318T090000Z');
    expect(adminCopy!.has('LOCATION')).toBe(false);
    expect(adminCopy!.get('DESCRIPTION')).not.toContain('survey');
  });

  it('names coaching pairs coach first', async () => {
    const list = JSON.parse((await as.coach.get(coachingUrl())).body) as SessionList;
    const first = list.items[0]!;
    const [event] = eventsOf((await expectStatus(as.manager.get(`/api/sessions/${first.id}/invite.ics`), 200)).body);
    const [coachName, leaderName] = first.participants.map((participant) => participant.name);
    expect(event!.get('SUMMARY')).toBe(`Coaching: ${coachName} & ${leaderName}`);
    expect(event!.get('DESCRIPTION')).not.toMatch(/AGENDA|SHARED|PRIVATE/);
  });
});

describe('holding and closing sessions', () => {
  const lastMeeting = async () => {
    const [row] = await queryRows<{ at: string | null }>(
      t.db,
      sql`select to_char(last_meeting_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at
          from mentoring_relationships where id = ${relationshipId}`,
    );
    return row!.at;
  };

  it('moves the relationship’s last meeting when a session is held, never backwards', async () => {
    const recent = await schedule(as.mentee, mentoringUrl(), {
      scheduledAt: '2026-02-27T10:00:00Z',
      durationMinutes: 60,
    });
    const older = await schedule(as.mentee, mentoringUrl(), {
      scheduledAt: '2026-02-20T10:00:00Z',
      durationMinutes: 60,
    });
    expect(await lastMeeting()).toBeNull();
    const held = JSON.parse(
      (await expectStatus(as.mentor.patch(`/api/sessions/${recent.id}`, { status: 'held' }), 200)).body,
    ) as Session;
    expect(held).toMatchObject({ status: 'held', sequence: 1 });
    expect(await lastMeeting()).toBe('2026-02-27T10:00:00Z');
    await expectStatus(as.mentee.patch(`/api/sessions/${older.id}`, { status: 'held' }), 200);
    expect(await lastMeeting()).toBe('2026-02-27T10:00:00Z');

    const final = await expectStatus(as.mentee.patch(`/api/sessions/${recent.id}`, { status: 'cancelled' }), 409);
    expect(JSON.parse(final.body).field).toBe('body.status');
    const moveHeld = await expectStatus(
      as.mentee.patch(`/api/sessions/${recent.id}`, { scheduledAt: '2026-02-28T10:00:00Z' }),
      409,
    );
    expect(JSON.parse(moveHeld.body).field).toBe('body.scheduledAt');
  });

  it('refuses to mark a session held before it starts, and checks what a change says', async () => {
    const later = await schedule(as.mentee, mentoringUrl(), {
      scheduledAt: '2026-03-30T10:00:00Z',
      durationMinutes: 60,
    });
    const url = `/api/sessions/${later.id}`;
    const early = await expectStatus(as.mentee.patch(url, { status: 'held' }), 409);
    expect(JSON.parse(early.body).field).toBe('body.status');
    expect(JSON.parse((await expectStatus(as.mentee.patch(url, { status: 'scheduled' }), 400)).body).field).toBe(
      'body.status',
    );
    expect(JSON.parse((await expectStatus(as.mentee.patch(url, { durationMinutes: 5 }), 400)).body).field).toBe(
      'body.durationMinutes',
    );
    expect(
      JSON.parse((await expectStatus(as.mentee.patch(url, { scheduledAt: '2026-03-30 10:00' }), 400)).body).field,
    ).toBe('body.scheduledAt');
    const unchanged = JSON.parse((await as.mentee.get(url)).body) as Session;
    expect(unchanged).toMatchObject({ status: 'scheduled', sequence: 0, durationMinutes: 60 });
  });
});

describe('the calendar feed', () => {
  let firstPath: string;
  let coachingSessionIds: string[];

  it('is created with a secret address that works without a cookie, storing only the token’s hash', async () => {
    // One session 40 days back (left out) and one 10 days back (kept).
    const tooOld = await schedule(as.mentee, mentoringUrl(), {
      scheduledAt: '2026-01-21T10:00:00Z',
      durationMinutes: 60,
    });
    const recent = await schedule(as.mentee, mentoringUrl(), {
      scheduledAt: '2026-02-20T12:00:00Z',
      durationMinutes: 60,
      agenda: 'AGENDA-FEED stays out of feeds',
    });
    const feed = JSON.parse((await expectStatus(as.mentee.post('/api/me/calendar-feed'), 201)).body) as CalendarFeed;
    expect(feed.path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    firstPath = feed.path;
    const token = feed.path.slice('/api/calendar/'.length, -'.ics'.length);
    const [stored] = await queryRows<{ token_hash: string }>(t.db, sql`select token_hash from calendar_feeds`);
    expect(stored!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const [leak] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from audit_events where details::text like ${`%${token}%`}`,
    );
    expect(leak!.total).toBe(0);

    const answer = await expectStatus(as.anonymous.get(feed.path), 200);
    expect(answer.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const uids = eventsOf(answer.body).map((event) => event.get('UID'));
    expect(uids).toContain(`session-${recent.id}@tandem`);
    expect(uids).not.toContain(`session-${tooOld.id}@tandem`);
    // The participant leads the coaching engagement too: those sessions are in their feed.
    coachingSessionIds = (JSON.parse((await as.coach.get(coachingUrl())).body) as SessionList).items.map(
      (item) => item.id,
    );
    for (const id of coachingSessionIds) expect(uids).toContain(`session-${id}@tandem`);
    expect(answer.body).not.toMatch(/AGENDA-|SHARED-|PRIVATE-|NOTE-NEVER/);
  });

  it('is replaced by a new one, and the old address stops working', async () => {
    const second = JSON.parse((await expectStatus(as.mentee.post('/api/me/calendar-feed'), 201)).body) as CalendarFeed;
    expect(second.path).not.toBe(firstPath);
    await expectStatus(as.anonymous.get(firstPath), 404);
    await expectStatus(as.anonymous.get(second.path), 200);
    const [feeds] = await queryRows<{ total: number }>(t.db, sql`select count(*)::int as total from calendar_feeds`);
    expect(feeds!.total).toBe(1);

    await expectStatus(as.mentee.delete('/api/me/calendar-feed'), 204);
    await expectStatus(as.anonymous.get(second.path), 404);
    await expectStatus(as.mentee.delete('/api/me/calendar-feed'), 204);
    await expectStatus(as.anonymous.get('/api/calendar/not-a-token.ics'), 404);
    await expectStatus(as.anonymous.get(`/api/calendar/${'A'.repeat(43)}.ics`), 404);
    await expectStatus(as.anonymous.post('/api/me/calendar-feed'), 401);
    const [audits] = await queryRows<{ actions: string[] }>(
      t.db,
      sql`select array_agg(action order by occurred_at, action) as actions from audit_events where action like 'calendar_feed.%'`,
    );
    expect(audits!.actions).toEqual(['calendar_feed.created', 'calendar_feed.created', 'calendar_feed.revoked']);
  });

  it('holds only sessions the user is one of the pair in', async () => {
    const feed = JSON.parse((await expectStatus(as.manager.post('/api/me/calendar-feed'), 201)).body) as CalendarFeed;
    const answer = await expectStatus(as.anonymous.get(feed.path), 200);
    const uids = eventsOf(answer.body).map((event) => event.get('UID'));
    for (const id of coachingSessionIds) expect(uids).not.toContain(`session-${id}@tandem`);
    // A cookie of someone else changes nothing: the token decides.
    const withCookie = await expectStatus(as.mentor.get(feed.path), 200);
    expect(withCookie.body).toBe(answer.body);
  });
});

describe('after the pair has ended', () => {
  it('schedules and moves no more sessions (409)', async () => {
    const pending = await schedule(as.mentee, mentoringUrl(), {
      scheduledAt: '2026-03-26T10:00:00Z',
      durationMinutes: 60,
    });
    await expectStatus(
      as.mentee.post(`/api/relationships/${relationshipId}/transition`, {
        to: 'ended_early',
        ending: { kind: 'no_fault_exit' },
      }),
      200,
    );
    const refused = await expectStatus(
      as.mentee.post(mentoringUrl(), { scheduledAt: '2026-04-01T10:00:00Z', durationMinutes: 60 }),
      409,
    );
    expect(JSON.parse(refused.body).field).toBe('status');
    const moved = await expectStatus(
      as.mentor.patch(`/api/sessions/${pending.id}`, { scheduledAt: '2026-03-27T10:00:00Z' }),
      409,
    );
    expect(JSON.parse(moved.body).field).toBe('status');
    // The pair may still close it and keep its notes.
    await expectStatus(as.mentor.patch(`/api/sessions/${pending.id}`, { status: 'cancelled' }), 200);
    await expectStatus(
      as.mentor.put(`/api/sessions/${pending.id}/notes/private/general`, { body: 'closing thoughts' }),
      200,
    );
  });
});
