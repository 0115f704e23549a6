import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyTeamPulse, PulseForm, PulseLeaderResultPage, PulseSurvey } from '../../../contract/team-pulse.js';
import { engagementPulse } from '../../../domain/assessments/index.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';
import { runTeamPulseJob } from './index.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
let admin: Client;
let manager: Client;
let participant: Client;
let otherAdmin: Client;
let managerId: string;
let survey: PulseSurvey;

const context = { ipAddress: null, userAgent: 'test', requestId: null };
const anonymous = {
  get: (url: string) => t.app.inject({ method: 'GET', url }),
  post: (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload }),
};

async function personOf(email: string): Promise<string> {
  const [row] = await queryRows<{ person_id: string }>(t.db, sql`select person_id from users where email = ${email}`);
  return row!.person_id;
}

/** Active leaders of the demo organization and the size of their active teams. */
async function teams(): Promise<Map<string, number>> {
  const rows = await queryRows<{ manager_id: string; team: number | string }>(
    t.db,
    sql`select r.manager_id, count(*) as team from people r
        join people m on m.org_id = r.org_id and m.id = r.manager_id and m.status = 'active'
        join organizations o on o.org_id = r.org_id and o.name like 'Northwind%'
        where r.status = 'active' group by r.manager_id`,
  );
  return new Map(rows.map((row) => [row.manager_id, Number(row.team)]));
}

/** The newest pulse link the outbox holds for each person. */
async function pulseLinks(): Promise<Map<string, string>> {
  const rows = await queryRows<{ to_addresses: string[]; text_body: string }>(
    t.db,
    sql`select to_addresses, text_body from email_outbox where text_body like '%/pulse/%' order by created_at, id`,
  );
  const people = await queryRows<{ id: string; email: string }>(t.db, sql`select id, email from people`);
  const personByEmail = new Map(people.map((row) => [row.email, row.id]));
  const links = new Map<string, string>();
  for (const row of rows) {
    const token = /\/pulse\/([A-Za-z0-9_-]+)/.exec(row.text_body)?.[1];
    const person = personByEmail.get(row.to_addresses[0]!);
    if (token && person) links.set(person, token);
  }
  return links;
}

async function teamOf(leaderId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    t.db,
    sql`select id from people where manager_id = ${leaderId} and status = 'active' order by id`,
  );
  return rows.map((row) => row.id);
}

/** Every statement at `point`, the reverse-keyed ones turned round: a response whose mean is `point`. */
function answersAt(point: number): Record<string, number> {
  return Object.fromEntries(
    engagementPulse.items.flatMap((item) =>
      item.kind === 'likert' ? [[item.key, item.isReverseKeyed ? 6 - point : point]] : [],
    ),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-02T09:00:00Z');
  await createDemoOrganization({ db: t.db, clock: t.clock }, context);
  await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'admin@globex.example', roles: ['admin'] });
  const login = async (email: string, password = demoPassword) =>
    requestAs(t.app, await signIn(t.app, email, password));
  admin = await login('admin@northwind.example');
  manager = await login('manager@northwind.example');
  participant = await login('participant@northwind.example');
  otherAdmin = await login('admin@globex.example', 'correct horse battery');
  managerId = await personOf('manager@northwind.example');
});
afterAll(() => t.close());

describe('opening a quarter’s pulse', () => {
  it('refuses what is not an admin’s, a bad minimum, a later quarter and a past last day, naming the field', async () => {
    expect((await manager.post('/api/pulse-surveys', {})).statusCode).toBe(403);
    expect((await manager.get('/api/pulse-surveys')).statusCode).toBe(403);
    const tooFew = await admin.post('/api/pulse-surveys', { minimumResponses: 4 });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().errors[0].field).toBe('body.minimumResponses');
    const later = await admin.post('/api/pulse-surveys', { quarter: '2027-Q1' });
    expect(later.statusCode).toBe(400);
    expect(later.json().errors[0].field).toBe('body.quarter');
    const past = await admin.post('/api/pulse-surveys', { closesOn: '2026-10-31' });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].field).toBe('body.closesOn');
    // None of those made a survey: the demo has only its closed pulses of earlier quarters.
    const surveys: PulseSurvey[] = (await admin.get('/api/pulse-surveys')).json().items;
    expect(surveys.every((item) => item.status === 'closed' && item.quarter < '2026-Q4')).toBe(true);
  });

  it('asks every team of at least five and counts the smaller ones it leaves out', async () => {
    const sizes = await teams();
    const asked = [...sizes.values()].filter((size) => size >= 5);
    const response = await admin.post('/api/pulse-surveys', {});
    expect(response.statusCode).toBe(201);
    survey = response.json();
    expect(survey).toMatchObject({
      quarter: '2026-Q4',
      status: 'open',
      closesOn: '2026-11-16',
      minimumResponses: 5,
      leaders: asked.length,
      invited: asked.reduce((sum, size) => sum + size, 0),
      responses: 0,
      leadersShown: 0,
      leadersTooSmall: sizes.size - asked.length,
    });
    expect(asked.length).toBeGreaterThan(3);
    const links = await pulseLinks();
    expect(links.size).toBe(survey.invited);
    const again = await admin.post('/api/pulse-surveys', { quarter: '2026-Q4' });
    expect(again.statusCode).toBe(409);
  });

  it('is invisible to another organization', async () => {
    expect((await otherAdmin.get('/api/pulse-surveys')).json().items).toEqual([]);
    expect((await otherAdmin.get(`/api/pulse-surveys/${survey.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/pulse-surveys/${survey.id}/results`)).statusCode).toBe(404);
    expect((await otherAdmin.post(`/api/pulse-surveys/${survey.id}/close`, {})).statusCode).toBe(404);
  });
});

describe('answering through a link', () => {
  let leaderOfFive: string;
  let leaderOfFour: string;

  it('shows whose team, once, and takes answers once', async () => {
    const links = await pulseLinks();
    const sizes = await teams();
    const leaders = [...sizes].filter(([, size]) => size >= 5).map(([id]) => id);
    leaderOfFive = leaders.includes(managerId) ? managerId : leaders[0]!;
    leaderOfFour = leaders.find((id) => id !== leaderOfFive)!;
    const [first] = await teamOf(leaderOfFive);
    const token = links.get(first!)!;
    const form: PulseForm = (await anonymous.get(`/api/pulse/${token}`)).json();
    expect(form).toMatchObject({ quarter: '2026-Q4', isOpen: true, hasAnswered: false, minimumResponses: 5 });
    expect(form.instrument.key).toBe('engagement_pulse');
    const wrong = await anonymous.post(`/api/pulse/${token}`, { answers: { [engagementPulse.items[0]!.key]: 9 } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe(`body.answers.${engagementPulse.items[0]!.key}`);
    const blank = await anonymous.post(`/api/pulse/${token}`, { answers: {} });
    expect(blank.statusCode).toBe(400);
    const sent = await anonymous.post(`/api/pulse/${token}`, { answers: answersAt(4) });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().hasAnswered).toBe(true);
    expect((await anonymous.post(`/api/pulse/${token}`, { answers: answersAt(1) })).statusCode).toBe(409);
    expect((await anonymous.get(`/api/pulse/${'x'.repeat(43)}`)).statusCode).toBe(404);
    expect((await anonymous.get('/api/pulse/short')).statusCode).toBe(404);
  });

  it('keeps no trace of who gave an answer next to it', async () => {
    const columns = await queryRows<{ column_name: string }>(
      t.db,
      sql`select column_name from information_schema.columns where table_name = 'pulse_responses' order by column_name`,
    );
    expect(columns.map((row) => row.column_name)).toEqual(['answers', 'id', 'leader_person_id', 'org_id', 'survey_id']);
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_events where action like 'pulse%'`,
    );
    expect(audit.map((row) => row.action)).toEqual(['pulseSurvey.opened']);
  });

  it('shows no score while the survey is open, to the admin or the leader', async () => {
    const links = await pulseLinks();
    const rest = (await teamOf(leaderOfFive)).slice(1, 5);
    const points = [5, 3, 4, 2];
    for (const [index, person] of rest.entries()) {
      expect(
        (await anonymous.post(`/api/pulse/${links.get(person)!}`, { answers: answersAt(points[index]!) })).statusCode,
      ).toBe(200);
    }
    for (const person of (await teamOf(leaderOfFour)).slice(0, 4)) {
      expect((await anonymous.post(`/api/pulse/${links.get(person)!}`, { answers: answersAt(5) })).statusCode).toBe(
        200,
      );
    }
    const results: PulseLeaderResultPage = (
      await admin.get(`/api/pulse-surveys/${survey.id}/results?pageSize=200`)
    ).json();
    expect(results.total).toBe(survey.leaders);
    expect(results.items.every((item) => item.score === null && !item.isShown)).toBe(true);
    expect(results.items.find((item) => item.leader.id === leaderOfFive)?.responses).toBe(5);
    const view: PulseSurvey = (await admin.get(`/api/pulse-surveys/${survey.id}`)).json();
    expect(view.responses).toBe(9);
    if (leaderOfFive === managerId) {
      const mine: MyTeamPulse = (await manager.get('/api/team-pulse')).json();
      expect(mine.items[0]).toMatchObject({
        quarter: '2026-Q4',
        status: 'open',
        responses: 5,
        score: null,
        isShown: false,
      });
    }
  });

  it('on close, scores a team with five responses and keeps back one with four', async () => {
    expect((await manager.post(`/api/pulse-surveys/${survey.id}/close`, {})).statusCode).toBe(403);
    const closed = await admin.post(`/api/pulse-surveys/${survey.id}/close`, {});
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', responses: 9, leadersShown: 1 });
    expect((await admin.post(`/api/pulse-surveys/${survey.id}/close`, {})).statusCode).toBe(409);
    const results: PulseLeaderResultPage = (
      await admin.get(`/api/pulse-surveys/${survey.id}/results?pageSize=200`)
    ).json();
    const five = results.items.find((item) => item.leader.id === leaderOfFive)!;
    const four = results.items.find((item) => item.leader.id === leaderOfFour)!;
    expect(five).toMatchObject({ responses: 5, isShown: true });
    expect(five.score).toBeCloseTo((4 + 5 + 3 + 4 + 2) / 5, 10);
    expect(four).toMatchObject({ responses: 4, score: null, isShown: false });
    const search: PulseLeaderResultPage = (
      await admin.get(`/api/pulse-surveys/${survey.id}/results?search=${encodeURIComponent(five.leader.name)}`)
    ).json();
    expect(search.items.map((item) => item.leader.id)).toContain(leaderOfFive);
    expect(search.total).toBeLessThan(results.total);
    const links = await pulseLinks();
    const [late] = (await teamOf(leaderOfFour)).slice(4);
    if (late)
      expect((await anonymous.post(`/api/pulse/${links.get(late)!}`, { answers: answersAt(1) })).statusCode).toBe(409);
  });

  it('gives the leader their own history, and nothing to someone whose team was never asked', async () => {
    if (leaderOfFive === managerId) {
      const mine: MyTeamPulse = (await manager.get('/api/team-pulse')).json();
      expect(mine.items).toHaveLength(1);
      expect(mine.items[0]!.score).toBeCloseTo(3.6, 10);
    }
    const sizes = await teams();
    const participantId = await personOf('participant@northwind.example');
    const participantTeam = sizes.get(participantId) ?? 0;
    const theirs: MyTeamPulse = (await participant.get('/api/team-pulse')).json();
    expect(theirs.items.length).toBe(participantTeam >= 5 ? 1 : 0);
  });
});

describe('the pulse job', () => {
  it('reminds who has not answered with a fresh link, every three days, and closes after the last day', async () => {
    t.clock.set('2026-12-01T09:00:00Z');
    admin = requestAs(t.app, await signIn(t.app, 'admin@northwind.example', demoPassword));
    const opened = await admin.post('/api/pulse-surveys', { quarter: '2026-Q4' });
    expect(opened.statusCode).toBe(409);
    await t.db.execute(sql`delete from pulse_surveys`);
    const created: PulseSurvey = (await admin.post('/api/pulse-surveys', { closesOn: '2026-12-10' })).json();
    const before = await pulseLinks();
    t.clock.set('2026-12-03T10:00:00Z');
    expect(await runTeamPulseJob({ db: t.db, clock: t.clock, publicUrl: 'http://tandem.test' })).toEqual({
      closed: 0,
      reminded: 0,
    });
    t.clock.set('2026-12-04T10:00:00Z');
    const run = await runTeamPulseJob({ db: t.db, clock: t.clock, publicUrl: 'http://tandem.test' });
    expect(run).toEqual({ closed: 0, reminded: created.invited });
    const after = await pulseLinks();
    const [person, oldToken] = [...before][0]!;
    expect(after.get(person)).not.toBe(oldToken);
    expect((await anonymous.get(`/api/pulse/${oldToken}`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/pulse/${after.get(person)!}`)).statusCode).toBe(200);
    t.clock.set('2026-12-11T00:30:00Z');
    expect((await anonymous.get(`/api/pulse/${after.get(person)!}`)).statusCode).toBe(404);
    const closing = await runTeamPulseJob({ db: t.db, clock: t.clock, publicUrl: 'http://tandem.test' });
    expect(closing.closed).toBe(1);
    admin = requestAs(t.app, await signIn(t.app, 'admin@northwind.example', demoPassword));
    expect((await admin.get(`/api/pulse-surveys/${created.id}`)).json().status).toBe('closed');
  });
});
