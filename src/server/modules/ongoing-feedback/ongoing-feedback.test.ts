// Ongoing feedback on the demo organization: asking, answering, declining and giving feedback;
// sharing with the coach; kudos and the team that sees them; a session's feedback prompt; and who
// never reads any of it (admins, sponsors, other people, other organizations).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Feedback,
  FeedbackPage,
  FeedbackPrompt,
  FeedbackPromptState,
  FeedbackRequest,
  FeedbackRequestPage,
  Kudos,
  KudosPage,
  SharedFeedbackPage,
  ColleagueList,
} from '../../../contract/ongoing-feedback.js';
import type { ErasureResult, PersonalDataExport } from '../../../contract/privacy.js';
import type { Session } from '../../../contract/sessions.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoOrganizationName, demoPassword } from '../demo/index.js';
import { countFeedbackHabits } from './index.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
type Who =
  | 'participant'
  | 'manager'
  | 'coach'
  | 'mentor'
  | 'admin'
  | 'sponsor'
  | 'peer'
  | 'noPerson'
  | 'otherAdmin'
  | 'otherPerson';
const as = {} as Record<Who, Client>;
const person = {} as Record<'participant' | 'manager' | 'coach' | 'mentor' | 'peer' | 'otherPerson', string>;
let orgId: string;
let peerEmployeeId: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };
const start = '2026-11-25T12:00:00Z';
const notLinked = 'Your account is not linked to a person of the directory.';

/** Texts written here; each test says who may read them. */
const text = {
  question: 'QUESTION-ONE how do I come across in the forecast meeting?',
  answer: 'ANSWER-ONE you decide quickly; say why before you say what.',
  unasked: 'UNASKED-ONE your handover notes saved us a day.',
  kudosTeam: 'KUDOS-TEAM thank you for covering the quarter close.',
  kudosPrivate: 'KUDOS-PRIVATE thanks for the quiet word yesterday.',
  promptAnswer: 'PROMPT-ANSWER I asked my manager about the forecast meeting.',
};

async function expectStatus<T extends { statusCode: number; body: string }>(response: Promise<T>, status: number) {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer;
}

const fieldOf = (response: { json: <T>() => T }) => response.json<{ field?: string }>().field;

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<T>(t.db, query);
  return row!;
}

const countOf = async (table: 'feedback_requests' | 'ongoing_feedback' | 'kudos' | 'session_feedback_prompts') =>
  (await one<{ total: number }>(sql`select count(*)::int as total from ${sql.identifier(table)}`)).total;

async function notificationsOf(email: string) {
  return queryRows<{ kind: string; title: string; body: string; link: string | null }>(
    t.db,
    sql`select n.kind, n.title, n.body, n.link from notifications n join users u on u.id = n.user_id
        where u.email = ${email} order by n.created_at, n.id`,
  );
}

/** The person's notification of that kind (the clock stands still here, so times do not order them). */
async function noticeOf(email: string, kind: string) {
  const notices = (await notificationsOf(email)).filter((notice) => notice.kind === kind);
  expect(notices, kind).toHaveLength(1);
  return notices[0]!;
}

async function login(email: string, password = demoPassword): Promise<Client> {
  return requestAs(t.app, await signIn(t.app, email, password));
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(start);
  await createDemoOrganization(t, context);
  orgId = (await one<{ org_id: string }>(sql`select org_id from organizations where name = ${demoOrganizationName}`))
    .org_id;
  for (const who of ['participant', 'manager', 'coach', 'mentor', 'admin', 'sponsor'] as const) {
    as[who] = await login(`${who}@northwind.example`);
  }
  const personOf = async (email: string) =>
    (await one<{ person_id: string }>(sql`select person_id from users where email = ${email}`)).person_id;
  for (const who of ['participant', 'manager', 'coach', 'mentor'] as const) {
    person[who] = await personOf(`${who}@northwind.example`);
  }
  // A peer: another direct report of the participant's manager, given a login.
  const peer = await one<{ id: string; employee_id: string }>(
    sql`select id, employee_id from people where org_id = ${orgId} and manager_id = ${person.manager}
          and id <> ${person.participant} and status = 'active'
          and id not in (select person_id from users where person_id is not null)
        order by employee_id limit 1`,
  );
  person.peer = peer.id;
  peerEmployeeId = peer.employee_id;
  await seedUser(t.connection, t.clock, { org: demoOrganizationName, email: 'peer@northwind.example' });
  await t.db.execute(sql`update users set person_id = ${peer.id} where email = 'peer@northwind.example'`);
  as.peer = await login('peer@northwind.example', 'correct horse battery');
  await seedUser(t.connection, t.clock, { org: demoOrganizationName, email: 'account-only@northwind.example' });
  as.noPerson = await login('account-only@northwind.example', 'correct horse battery');

  // Another organization, with an admin (no person) and a person with a login.
  await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'admin@globex.example', roles: ['admin'] });
  as.otherAdmin = await login('admin@globex.example', 'correct horse battery');
  const csv =
    'employee_id,name,email,title,tier,function,department,manager_employee_id,location,time_zone,hire_date,high_potential\n' +
    'G1,Gina Globex,g1@globex.example,Analyst,individual_contributor,Finance,Finance,,Oslo,Europe/Oslo,2021-03-01,false\n';
  await expectStatus(as.otherAdmin.postCsv('/api/people/import?mode=commit', csv), 200);
  person.otherPerson = (await one<{ id: string }>(sql`select id from people where employee_id = 'G1'`)).id;
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'gina@globex.example' });
  await t.db.execute(sql`update users set person_id = ${person.otherPerson} where email = 'gina@globex.example'`);
  as.otherPerson = await login('gina@globex.example', 'correct horse battery');
}, 120_000);
afterAll(() => t.close());

let requestId: string;
let feedbackId: string;
let unaskedId: string;

describe('asking for feedback', () => {
  it('finds colleagues to ask by name, never oneself, and needs a login linked to a person', async () => {
    const managerName = (await one<{ name: string }>(sql`select name from people where id = ${person.manager}`)).name;
    const found = (
      await expectStatus(as.participant.get(`/api/colleagues?search=${encodeURIComponent(managerName)}`), 200)
    ).json<ColleagueList>();
    expect(found.items.map((item) => item.id)).toContain(person.manager);
    const all = (await expectStatus(as.participant.get('/api/colleagues'), 200)).json<ColleagueList>();
    expect(all.items).toHaveLength(20);
    expect(all.items.map((item) => item.id)).not.toContain(person.participant);
    const refused = await expectStatus(as.noPerson.get('/api/colleagues'), 403);
    expect(refused.json<{ detail: string }>().detail).toBe(notLinked);
  });

  it('refuses a bad request, naming the field, and writes nothing', async () => {
    const before = await countOf('feedback_requests');
    const ask = (body: object) => as.participant.post('/api/feedback-requests', body);
    const valid = { askedPersonId: person.manager, competencyKey: 'decision_making' };
    expect(fieldOf(await expectStatus(ask({ ...valid, askedPersonId: person.participant }), 400))).toBe(
      'body.askedPersonId',
    );
    expect(fieldOf(await expectStatus(ask({ ...valid, competencyKey: 'juggling' }), 400))).toBe('body.competencyKey');
    expect(fieldOf(await expectStatus(ask({ ...valid, question: 'x'.repeat(1001) }), 400))).toBe('body.question');
    expect(fieldOf(await expectStatus(ask({ ...valid, askedPersonId: 'not-an-id' }), 400))).toBe('body.askedPersonId');
    // Unknown, and another organization's person, alike.
    expect(fieldOf(await expectStatus(ask({ ...valid, askedPersonId: person.otherPerson }), 404))).toBe(
      'body.askedPersonId',
    );
    await expectStatus(as.noPerson.post('/api/feedback-requests', valid), 403);
    expect(await countOf('feedback_requests')).toBe(before);
    expect(await notificationsOf('manager@northwind.example')).toEqual([]);
  });

  it('asks a colleague, who is told in the app without the question', async () => {
    const response = await expectStatus(
      as.participant.post('/api/feedback-requests', {
        askedPersonId: person.manager,
        competencyKey: 'decision_making',
        question: text.question,
      }),
      201,
    );
    const request = response.json<FeedbackRequest>();
    expect(request).toMatchObject({
      requester: { id: person.participant },
      asked: { id: person.manager },
      competency: { key: 'decision_making', label: 'Decision making' },
      question: text.question,
      status: 'open',
      decidedAt: null,
    });
    requestId = request.id;
    const [notice] = await notificationsOf('manager@northwind.example');
    expect(notice).toMatchObject({ kind: 'feedback.requested', link: '/feedback-exchange' });
    expect(notice!.body).toContain('Decision making');
    expect(JSON.stringify(notice)).not.toContain('QUESTION-ONE');
  });

  it('refuses asking the same person about the same competency twice while open', async () => {
    const again = await expectStatus(
      as.participant.post('/api/feedback-requests', {
        askedPersonId: person.manager,
        competencyKey: 'decision_making',
      }),
      409,
    );
    expect(fieldOf(again)).toBe('body.askedPersonId');
  });

  it('lists requests asked of me and by me, by status, a page at a time', async () => {
    const received = (
      await expectStatus(as.manager.get('/api/feedback-requests?direction=received&status=open'), 200)
    ).json<FeedbackRequestPage>();
    expect(received.items.map((item) => item.id)).toContain(requestId);
    const sent = (
      await expectStatus(as.participant.get('/api/feedback-requests?direction=sent&pageSize=1'), 200)
    ).json<FeedbackRequestPage>();
    expect(sent).toMatchObject({ page: 1, pageSize: 1 });
    expect(sent.items).toHaveLength(1);
    expect(sent.total).toBeGreaterThanOrEqual(1);
    const answeredOnly = (
      await expectStatus(as.manager.get('/api/feedback-requests?direction=received&status=answered'), 200)
    ).json<FeedbackRequestPage>();
    expect(answeredOnly.items.map((item) => item.id)).not.toContain(requestId);
    // Nobody else sees it: not the coach, not an admin.
    for (const client of [as.coach, as.admin, as.sponsor]) {
      for (const direction of ['received', 'sent']) {
        const page = (await expectStatus(client.get(`/api/feedback-requests?direction=${direction}`), 200)).body;
        expect(page).not.toContain(requestId);
      }
    }
    expect(fieldOf(await expectStatus(as.manager.get('/api/feedback-requests?direction=sideways'), 400))).toBe(
      'querystring.direction',
    );
  });
});

describe('answering and declining', () => {
  it('refuses an answer to someone else’s request, about the wrong person or competency, writing nothing', async () => {
    const before = await countOf('ongoing_feedback');
    const answer = {
      aboutPersonId: person.participant,
      competencyKey: 'decision_making',
      text: text.answer,
      requestId,
    };
    // The mentor was not asked: for them the request does not exist.
    expect(fieldOf(await expectStatus(as.mentor.post('/api/feedback', answer), 404))).toBe('body.requestId');
    expect(
      fieldOf(await expectStatus(as.manager.post('/api/feedback', { ...answer, aboutPersonId: person.peer }), 400)),
    ).toBe('body.aboutPersonId');
    expect(
      fieldOf(
        await expectStatus(as.manager.post('/api/feedback', { ...answer, competencyKey: 'coaching_others' }), 400),
      ),
    ).toBe('body.competencyKey');
    expect(fieldOf(await expectStatus(as.manager.post('/api/feedback', { ...answer, text: '   ' }), 400))).toBe(
      'body.text',
    );
    expect(
      fieldOf(await expectStatus(as.manager.post('/api/feedback', { ...answer, text: 'x'.repeat(4001) }), 400)),
    ).toBe('body.text');
    expect(await countOf('ongoing_feedback')).toBe(before);
    const status = await one<{ status: string }>(sql`select status from feedback_requests where id = ${requestId}`);
    expect(status.status).toBe('open');
  });

  it('answers a request: the feedback reaches the asker, the request is answered', async () => {
    const response = await expectStatus(
      as.manager.post('/api/feedback', {
        aboutPersonId: person.participant,
        competencyKey: 'decision_making',
        text: text.answer,
        requestId,
      }),
      201,
    );
    const feedback = response.json<Feedback>();
    expect(feedback).toMatchObject({
      giver: { id: person.manager },
      about: { id: person.participant },
      text: text.answer,
      requestId,
      question: text.question,
      // The giver is not told whether it gets shared.
      isSharedWithGuides: null,
    });
    feedbackId = feedback.id;
    const received = (
      await expectStatus(as.participant.get('/api/feedback?direction=received'), 200)
    ).json<FeedbackPage>();
    expect(received.items.find((item) => item.id === feedbackId)).toMatchObject({
      text: text.answer,
      isSharedWithGuides: false,
    });
    const given = (await expectStatus(as.manager.get('/api/feedback?direction=given'), 200)).json<FeedbackPage>();
    expect(given.items.map((item) => item.id)).toContain(feedbackId);
    const sent = (
      await expectStatus(as.participant.get('/api/feedback-requests?direction=sent&status=answered'), 200)
    ).json<FeedbackRequestPage>();
    expect(sent.items.find((item) => item.id === requestId)?.status).toBe('answered');
    const notices = await notificationsOf('participant@northwind.example');
    expect(await noticeOf('participant@northwind.example', 'feedback.received')).toMatchObject({
      link: '/feedback-exchange',
    });
    expect(JSON.stringify(notices)).not.toContain('ANSWER-ONE');
  });

  it('answers a request once: a second answer or a decline is a conflict', async () => {
    const again = await expectStatus(
      as.manager.post('/api/feedback', {
        aboutPersonId: person.participant,
        competencyKey: 'decision_making',
        text: 'Again',
        requestId,
      }),
      409,
    );
    expect(fieldOf(again)).toBe('body.requestId');
    await expectStatus(as.manager.post(`/api/feedback-requests/${requestId}/decline`), 409);
  });

  it('lets only the person asked decline, once; the asker is told', async () => {
    const request = (
      await expectStatus(
        as.participant.post('/api/feedback-requests', {
          askedPersonId: person.mentor,
          competencyKey: 'coaching_others',
        }),
        201,
      )
    ).json<FeedbackRequest>();
    const decline = (client: Client) => client.post(`/api/feedback-requests/${request.id}/decline`);
    await expectStatus(decline(as.participant), 403);
    for (const client of [as.coach, as.admin, as.otherAdmin, as.otherPerson]) await expectStatus(decline(client), 404);
    await expectStatus(as.mentor.post('/api/feedback-requests/00000000-0000-4000-8000-000000000000/decline'), 404);
    const declined = (await expectStatus(decline(as.mentor), 200)).json<FeedbackRequest>();
    expect(declined).toMatchObject({ status: 'declined' });
    expect(declined.decidedAt).not.toBeNull();
    await expectStatus(decline(as.mentor), 409);
    expect(await noticeOf('participant@northwind.example', 'feedback.declined')).toMatchObject({
      link: '/feedback-exchange',
    });
  });

  it('takes feedback nobody asked for, but not about oneself', async () => {
    const give = (body: object) => as.peer.post('/api/feedback', body);
    const body = {
      aboutPersonId: person.participant,
      competencyKey: 'communication_active_listening',
      text: text.unasked,
    };
    expect(fieldOf(await expectStatus(give({ ...body, aboutPersonId: person.peer }), 400))).toBe('body.aboutPersonId');
    const given = (await expectStatus(give(body), 201)).json<Feedback>();
    expect(given).toMatchObject({ requestId: null, question: null, text: text.unasked });
    unaskedId = given.id;
  });
});

describe('sharing with the coach', () => {
  const shared = (client: Client) => client.get(`/api/people/${person.participant}/shared-feedback`);

  it('keeps feedback between giver and recipient until shared: coach, mentor, admin and sponsor read nothing', async () => {
    const seen = (await expectStatus(shared(as.coach), 200)).json<SharedFeedbackPage>();
    expect(seen.person.id).toBe(person.participant);
    expect(seen.items.map((item) => item.id)).not.toContain(feedbackId);
    for (const client of [as.mentor, as.admin, as.sponsor, as.peer, as.manager, as.otherAdmin, as.otherPerson]) {
      await expectStatus(shared(client), 404);
    }
    for (const client of [as.coach, as.admin, as.sponsor, as.mentor]) {
      for (const direction of ['received', 'given']) {
        const page = (await expectStatus(client.get(`/api/feedback?direction=${direction}`), 200)).body;
        expect(page).not.toContain('ANSWER-ONE');
        expect(page).not.toContain('UNASKED-ONE');
      }
    }
  });

  it('lets only the person it is about share it', async () => {
    const share = (client: Client, id = feedbackId) =>
      client.put(`/api/feedback/${id}/sharing`, { sharedWithGuides: true });
    await expectStatus(share(as.manager), 403);
    for (const client of [as.coach, as.admin, as.otherAdmin, as.otherPerson]) await expectStatus(share(client), 404);
    expect(fieldOf(await expectStatus(as.participant.put(`/api/feedback/${feedbackId}/sharing`, {}), 400))).toBe(
      'body.sharedWithGuides',
    );
    const done = (await expectStatus(share(as.participant), 200)).json<Feedback>();
    expect(done.isSharedWithGuides).toBe(true);
  });

  it('shows a shared piece to the current coach and to the person, and to nobody else', async () => {
    const seen = (await expectStatus(shared(as.coach), 200)).json<SharedFeedbackPage>();
    const piece = seen.items.find((item) => item.id === feedbackId);
    expect(piece).toMatchObject({
      giver: { id: person.manager },
      competency: { key: 'decision_making' },
      text: text.answer,
      question: text.question,
    });
    expect(seen.items.map((item) => item.id)).not.toContain(unaskedId);
    expect((await expectStatus(shared(as.participant), 200)).body).toContain('ANSWER-ONE');
    for (const client of [as.mentor, as.admin, as.sponsor, as.otherAdmin]) await expectStatus(shared(client), 404);
  });

  it('stops showing it once unshared', async () => {
    await expectStatus(as.participant.put(`/api/feedback/${feedbackId}/sharing`, { sharedWithGuides: false }), 200);
    expect((await expectStatus(shared(as.coach), 200)).body).not.toContain('ANSWER-ONE');
    await expectStatus(as.participant.put(`/api/feedback/${feedbackId}/sharing`, { sharedWithGuides: true }), 200);
  });

  it('audits asking, giving and sharing without a word of what was written', async () => {
    const events = await queryRows<{ action: string; details: unknown }>(
      t.db,
      sql`select action, details from audit_events where action like 'feedback%' order by occurred_at, id`,
    );
    expect(new Set(events.map((event) => event.action))).toEqual(
      new Set(['feedbackRequest.created', 'feedbackRequest.declined', 'feedback.given', 'feedback.sharingChanged']),
    );
    const written = JSON.stringify(events);
    for (const words of Object.values(text)) expect(written).not.toContain(words.slice(0, 12));
  });
});

describe('kudos', () => {
  let teamKudosId: string;
  let privateKudosId: string;

  it('refuses kudos to oneself, without a message or on an unknown competency, writing nothing', async () => {
    const before = await countOf('kudos');
    const give = (body: object) => as.participant.post('/api/kudos', body);
    const body = { toPersonId: person.peer, message: text.kudosTeam };
    expect(fieldOf(await expectStatus(give({ ...body, toPersonId: person.participant }), 400))).toBe('body.toPersonId');
    expect(fieldOf(await expectStatus(give({ ...body, message: '' }), 400))).toBe('body.message');
    expect(fieldOf(await expectStatus(give({ ...body, message: 'x'.repeat(1001) }), 400))).toBe('body.message');
    expect(fieldOf(await expectStatus(give({ ...body, competencyKey: 'juggling' }), 400))).toBe('body.competencyKey');
    expect(fieldOf(await expectStatus(give({ ...body, toPersonId: person.otherPerson }), 404))).toBe('body.toPersonId');
    expect(await countOf('kudos')).toBe(before);
  });

  it('sends kudos, team-visible or not; the recipient is told', async () => {
    const team = (
      await expectStatus(
        as.participant.post('/api/kudos', {
          toPersonId: person.peer,
          message: text.kudosTeam,
          competencyKey: 'coaching_others',
          visibleToTeam: true,
        }),
        201,
      )
    ).json<Kudos>();
    expect(team).toMatchObject({ visibleToTeam: true, competency: { key: 'coaching_others' } });
    teamKudosId = team.id;
    const quiet = (
      await expectStatus(
        as.participant.post('/api/kudos', { toPersonId: person.peer, message: text.kudosPrivate }),
        201,
      )
    ).json<Kudos>();
    expect(quiet).toMatchObject({ visibleToTeam: false, competency: null });
    privateKudosId = quiet.id;
    const notices = await notificationsOf('peer@northwind.example');
    expect(notices.filter((notice) => notice.kind === 'kudos.received')).toHaveLength(2);
    expect(JSON.stringify(notices)).not.toContain('KUDOS-');
    const received = (await expectStatus(as.peer.get('/api/kudos?direction=received'), 200)).json<KudosPage>();
    expect(received.items.map((item) => item.id)).toEqual(expect.arrayContaining([teamKudosId, privateKudosId]));
    const given = (await expectStatus(as.participant.get('/api/kudos?direction=given'), 200)).json<KudosPage>();
    expect(given.items.map((item) => item.id)).toEqual(expect.arrayContaining([teamKudosId, privateKudosId]));
  });

  it('shows team-visible kudos to the recipient’s manager and peers, and no one else', async () => {
    // The peer's manager (the demo manager) and their peer (the participant) are on the peer's team.
    for (const client of [as.manager, as.participant]) {
      const page = (await expectStatus(client.get('/api/team-kudos'), 200)).json<KudosPage>();
      expect(page.items.map((item) => item.id)).toContain(teamKudosId);
      expect(page.items.map((item) => item.id)).not.toContain(privateKudosId);
    }
    for (const client of [as.coach, as.mentor, as.admin, as.sponsor]) {
      const page = (await expectStatus(client.get('/api/team-kudos'), 200)).body;
      expect(page).not.toContain(teamKudosId);
      expect(page).not.toContain('KUDOS-PRIVATE');
    }
    await expectStatus(as.noPerson.get('/api/team-kudos'), 403);
  });
});

describe('a session’s feedback prompt', () => {
  let sessionId: string;
  const path = () => `/api/sessions/${sessionId}/feedback-prompt`;
  let prompt: FeedbackPrompt;

  beforeAll(async () => {
    const engagement = await one<{ id: string }>(
      sql`select id from coaching_engagements where coach_person_id = ${person.coach}
            and leader_person_id = ${person.participant}`,
    );
    const session = await expectStatus(
      as.coach.post(`/api/engagements/${engagement.id}/sessions`, {
        scheduledAt: '2026-11-27T09:00:00Z',
        durationMinutes: 60,
      }),
      201,
    );
    sessionId = session.json<Session>().id;
    // A request ten days ago is outside the week the prompt asks about.
    t.clock.set('2026-11-15T09:00:00Z');
    await expectStatus(
      as.participant.post('/api/feedback-requests', {
        askedPersonId: person.peer,
        competencyKey: 'strategic_thinking',
      }),
      201,
    );
    t.clock.set('2026-11-25T13:00:00Z');
  });

  it('is null until asked, and the two people of the session alone may read it', async () => {
    expect((await expectStatus(as.coach.get(path()), 200)).json<FeedbackPromptState>()).toEqual({ prompt: null });
    expect((await expectStatus(as.participant.get(path()), 200)).json<FeedbackPromptState>()).toEqual({ prompt: null });
    for (const client of [as.admin, as.manager, as.sponsor, as.mentor, as.otherAdmin, as.otherPerson]) {
      await expectStatus(client.get(path()), 404);
    }
    await expectStatus(as.participant.put(path(), { answer: 'Nothing yet' }), 409);
  });

  it('is asked by the coach only, and tells the participant', async () => {
    await expectStatus(as.participant.post(path()), 403);
    for (const client of [as.admin, as.manager, as.mentor, as.otherPerson])
      await expectStatus(client.post(path()), 404);
    await expectStatus(as.coach.post('/api/sessions/00000000-0000-4000-8000-000000000000/feedback-prompt'), 404);
    prompt = (await expectStatus(as.coach.post(path()), 201)).json<FeedbackPrompt>();
    expect(prompt).toMatchObject({
      sessionId,
      question: 'Which feedback did you seek or give this week?',
      askedBy: { id: person.coach },
      participant: { id: person.participant },
      askedAt: '2026-11-25T13:00:00.000Z',
      countedFrom: '2026-11-18T13:00:00.000Z',
      answer: null,
    });
    expect(await noticeOf('participant@northwind.example', 'session.feedbackPrompt')).toMatchObject({
      link: `/sessions/${sessionId}`,
    });
    await expectStatus(as.coach.post(path()), 409);
  });

  it('counts the participant’s requests and feedback of the seven days before it was asked', async () => {
    const sent = (
      await expectStatus(as.participant.get('/api/feedback-requests?direction=sent&pageSize=100'), 200)
    ).json<FeedbackRequestPage>();
    const given = (
      await expectStatus(as.participant.get('/api/feedback?direction=given&pageSize=100'), 200)
    ).json<FeedbackPage>();
    const inWeek = (at: string) => at >= prompt.countedFrom && at < prompt.askedAt;
    const expected = {
      sought: sent.items.filter((item) => inWeek(item.createdAt)).length,
      given: given.items.filter((item) => inWeek(item.createdAt)).length,
    };
    // The two requests of this file's first tests; the one of ten days ago is left out.
    expect(expected.sought).toBeGreaterThanOrEqual(2);
    expect(sent.items.some((item) => !inWeek(item.createdAt))).toBe(true);
    expect(prompt.counts).toEqual(expected);
    // Feedback given after the question does not change the week asked about.
    t.clock.set('2026-11-25T14:00:00Z');
    await expectStatus(
      as.participant.post('/api/feedback', {
        aboutPersonId: person.peer,
        competencyKey: 'decision_making',
        text: 'Clear.',
      }),
      201,
    );
    const again = (await expectStatus(as.coach.get(path()), 200)).json<FeedbackPromptState>();
    expect(again.prompt?.counts).toEqual(expected);
  });

  it('is answered by the participant, read by the coach', async () => {
    await expectStatus(as.coach.put(path(), { answer: 'Not mine to answer' }), 403);
    await expectStatus(as.admin.put(path(), { answer: 'Not mine to answer' }), 404);
    expect(fieldOf(await expectStatus(as.participant.put(path(), { answer: '  ' }), 400))).toBe('body.answer');
    const answered = (
      await expectStatus(as.participant.put(path(), { answer: text.promptAnswer }), 200)
    ).json<FeedbackPrompt>();
    expect(answered).toMatchObject({ answer: text.promptAnswer, answeredAt: '2026-11-25T14:00:00.000Z' });
    const read = (await expectStatus(as.coach.get(path()), 200)).json<FeedbackPromptState>();
    expect(read.prompt?.answer).toBe(text.promptAnswer);
    expect(await noticeOf('coach@northwind.example', 'session.feedbackPromptAnswered')).toMatchObject({
      link: `/sessions/${sessionId}`,
    });
    expect((await expectStatus(as.admin.get(`/api/sessions/${sessionId}`), 200)).body).not.toContain('PROMPT-ANSWER');
  });
});

describe('counts for the outcomes dashboard', () => {
  it('counts requests sent and feedback given per person since a day, zeros included', async () => {
    // The demo's own exchange happened on earlier days; this file's on 25 November.
    const habits = await countFeedbackHabits(
      t.db,
      orgId,
      [person.participant, person.manager, person.coach],
      '2026-11-25',
    );
    expect(habits.get(person.participant)).toEqual({ sought: 2, given: 1 });
    expect(habits.get(person.manager)).toEqual({ sought: 0, given: 1 });
    expect(habits.get(person.coach)).toEqual({ sought: 0, given: 0 });
    // From a later day, nothing; the request of 15 November counts from the 15th, not the 16th.
    const from = async (day: string) =>
      (await countFeedbackHabits(t.db, orgId, [person.participant], day)).get(person.participant)!;
    expect(await from('2026-11-26')).toEqual({ sought: 0, given: 0 });
    expect((await from('2026-11-15')).sought - (await from('2026-11-16')).sought).toBe(1);
    expect((await countFeedbackHabits(t.db, orgId, [], '2026-01-01')).size).toBe(0);
  });
});

describe('personal data', () => {
  it('gives the person every text in their own download', async () => {
    const own = (await expectStatus(as.participant.get('/api/me/personal-data'), 200)).json<PersonalDataExport>();
    const record = own.ongoingFeedback;
    expect(record.requests.find((row) => row.question === text.question)).toMatchObject({ direction: 'sent' });
    expect(record.feedback.find((row) => row.text === text.answer)).toMatchObject({ direction: 'received' });
    expect(record.feedback.find((row) => row.text === text.answer)?.sharedWithGuidesAt).not.toBeNull();
    expect(record.kudos.find((row) => row.message === text.kudosTeam)).toMatchObject({ direction: 'given' });
    expect(record.sessionPrompts[0]).toMatchObject({ answer: text.promptAnswer });
    // The giver's download does not say whether the recipient shared it.
    const giver = (await expectStatus(as.manager.get('/api/me/personal-data'), 200)).json<PersonalDataExport>();
    expect(giver.ongoingFeedback.feedback.find((row) => row.text === text.answer)).toMatchObject({
      direction: 'given',
      sharedWithGuidesAt: null,
    });
  });

  it('leaves every word out of an admin’s export, keeping the entries', async () => {
    const response = await expectStatus(as.admin.get(`/api/people/${person.participant}/personal-data`), 200);
    for (const words of Object.values(text)) expect(response.body).not.toContain(words);
    const record = response.json<PersonalDataExport>().ongoingFeedback;
    expect(record.feedback.length).toBeGreaterThanOrEqual(2);
    expect(record.feedback.every((row) => row.text === '')).toBe(true);
    expect(record.kudos.every((row) => row.message === '')).toBe(true);
    expect(response.json<PersonalDataExport>().withheld).toMatch(/ongoing feedback/);
  });

  it('removes the words on erasure, keeping the counts', async () => {
    const before = await countFeedbackHabits(t.db, orgId, [person.peer], '2026-01-01');
    const [named] = await queryRows<{ total: number }>(
      t.db,
      sql`select (select count(*) from feedback_requests where requester_person_id = ${person.peer} or asked_person_id = ${person.peer})
               + (select count(*) from ongoing_feedback where giver_person_id = ${person.peer} or about_person_id = ${person.peer})
               + (select count(*) from kudos where giver_person_id = ${person.peer} or recipient_person_id = ${person.peer})
               + (select count(*) from session_feedback_prompts where participant_person_id = ${person.peer}) as total`,
    );
    const erased = (
      await expectStatus(as.admin.post(`/api/people/${person.peer}/erase`, { confirmEmployeeId: peerEmployeeId }), 200)
    ).json<ErasureResult>();
    // Here: a request asked of them, feedback they gave and got, two kudos; and what the demo gave them.
    expect(erased.ongoingFeedbackTextsCleared).toBe(Number(named!.total));
    expect(erased.ongoingFeedbackTextsCleared).toBeGreaterThanOrEqual(5);
    const kudosTexts = await queryRows<{ message: string }>(
      t.db,
      sql`select message from kudos where recipient_person_id = ${person.peer} or giver_person_id = ${person.peer}`,
    );
    expect(kudosTexts.length).toBeGreaterThanOrEqual(2);
    expect(kudosTexts.every((row) => row.message === '')).toBe(true);
    const texts = await queryRows<{ text: string; shared_with_guides_at: Date | null }>(
      t.db,
      sql`select text, shared_with_guides_at from ongoing_feedback
          where giver_person_id = ${person.peer} or about_person_id = ${person.peer}`,
    );
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts.every((row) => row.text === '' && row.shared_with_guides_at === null)).toBe(true);
    expect(await countFeedbackHabits(t.db, orgId, [person.peer], '2026-01-01')).toEqual(before);
    // The participant's own words to others stay theirs where the peer was not involved.
    const own = (await expectStatus(as.participant.get('/api/feedback?direction=received'), 200)).json<FeedbackPage>();
    expect(own.items.find((item) => item.id === feedbackId)?.text).toBe(text.answer);
  });
});
