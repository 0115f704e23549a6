import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackCycle, FeedbackReport, RaterForm } from '../../../contract/assessments.js';
import type { PersonalDataExport } from '../../../contract/privacy.js';
import { leadership360 } from '../../../domain/assessments/index.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoOrganizationName, demoPassword } from '../demo/index.js';
import { feedbackReportOf } from './assessments.cycles.js';
import { feedbackCycles } from './assessments.table.js';
import { listClosedCycleScores, runFeedbackCycleJob } from './index.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
let admin: Client;
let participant: Client;
let manager: Client;
let coach: Client;
let otherAdmin: Client;
let participantId: string;
let managerId: string;
let programId: string;
let firstCycleId: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };

async function personOf(email: string): Promise<string> {
  const [row] = await queryRows<{ person_id: string }>(t.db, sql`select person_id from users where email = ${email}`);
  return row!.person_id;
}

/**
 * Raters from the demo organization: peers (same manager) first, then anyone else but the manager.
 * The groups are what the participant says they are; the reporting lines only suggest them.
 */
async function chooseRaters() {
  const rows = await queryRows<{ id: string; manager_id: string | null }>(
    t.db,
    sql`select id, manager_id from people where org_id = (select org_id from people where id = ${participantId})
        and status = 'active' and id <> ${participantId} and id <> ${managerId}
        order by (manager_id is not distinct from ${managerId}) desc, employee_id`,
  );
  const pool = rows.map((row) => row.id);
  return { peers: pool.slice(0, 3), others: pool.slice(3, 4), directReports: pool.slice(4, 6) };
}

/** The links the outbox holds for a cycle's raters, by person. */
async function raterLinks(): Promise<Map<string, string>> {
  const rows = await queryRows<{ to_addresses: string[]; text_body: string }>(
    t.db,
    sql`select to_addresses, text_body from email_outbox where text_body like '%/rate/%' order by created_at, id`,
  );
  const emails = await queryRows<{ id: string; email: string }>(t.db, sql`select id, email from people`);
  const personByEmail = new Map(emails.map((row) => [row.email, row.id]));
  const links = new Map<string, string>();
  for (const row of rows) {
    const token = /\/rate\/([A-Za-z0-9_-]+)/.exec(row.text_body)?.[1];
    const person = personByEmail.get(row.to_addresses[0]!);
    if (token && person) links.set(person, token); // later mails (reminders) replace earlier links
  }
  return links;
}

const anonymous = {
  get: (url: string) => t.app.inject({ method: 'GET', url }),
  put: (url: string, payload: object) => t.app.inject({ method: 'PUT', url, payload }),
};

/** Answers so that every competency scores `value` (reverse-keyed items the other way round), plus a comment. */
function answersOf(value: number, comment: string) {
  const answers: Record<string, number | string> = {};
  for (const item of leadership360.items) {
    if (item.kind === 'comment') answers[item.key] = comment;
    else answers[item.key] = item.isReverseKeyed ? leadership360.likert.points + 1 - value : value;
  }
  return answers;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T09:00:00Z');
  await createDemoOrganization({ db: t.db, clock: t.clock }, context);
  await seedOrganization(t.connection, 'Globex');
  await seedUser(t.connection, t.clock, { org: 'Globex', email: 'admin@globex.example', roles: ['admin'] });
  const login = async (email: string, password = demoPassword) =>
    requestAs(t.app, await signIn(t.app, email, password));
  admin = await login('admin@northwind.example');
  participant = await login('participant@northwind.example');
  manager = await login('manager@northwind.example');
  coach = await login('coach@northwind.example');
  otherAdmin = await login('admin@globex.example', 'correct horse battery');
  participantId = await personOf('participant@northwind.example');
  managerId = await personOf('manager@northwind.example');
  const [program] = await queryRows<{ program_id: string }>(
    t.db,
    sql`select program_id from program_enrollments where person_id = ${participantId} and role = 'participant' limit 1`,
  );
  programId = program!.program_id;
});
afterAll(() => t.close());

describe('instruments', () => {
  it('lists the three shipped instruments and exports one as JSON that imports back under a new key', async () => {
    const list = (await participant.get('/api/instruments')).json();
    expect(list.items.map((item: { key: string }) => item.key)).toEqual([
      'leadership_360',
      'behavioural_profile',
      'engagement_pulse',
    ]);
    const exported = await participant.get('/api/instruments/leadership_360/1');
    expect(exported.statusCode).toBe(200);
    expect(exported.json().scales).toHaveLength(7);
    const imported = await admin.post('/api/instruments', { ...exported.json(), key: 'acme_360', kind: 'custom' });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ key: 'acme_360', version: 1, isShipped: false });
    expect((await admin.get('/api/instruments/acme_360/1')).json().title).toBe(exported.json().title);
  });

  it('never changes a stored version, and refuses shipped keys and broken instruments naming the field', async () => {
    const exported = (await admin.get('/api/instruments/leadership_360/1')).json();
    const again = await admin.post('/api/instruments', { ...exported, key: 'acme_360', kind: 'custom' });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].field).toBe('body.version');
    expect((await admin.post('/api/instruments', exported)).json().errors[0].field).toBe('body.key');
    const broken = { ...exported, key: 'broken', items: [{ ...exported.items[0], scaleKey: 'nowhere' }] };
    const refused = await admin.post('/api/instruments', broken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toMatch(/^body\.items\.0\.scaleKey$|^body\.scales/);
    expect((await participant.post('/api/instruments', { ...exported, key: 'mine' })).statusCode).toBe(403);
    expect((await otherAdmin.get('/api/instruments/acme_360/1')).statusCode).toBe(404);
  });
});

describe('a 360 cycle', () => {
  let cycle: FeedbackCycle;
  const url = (rest = '') => `/api/feedback-cycles/${cycle.id}${rest}`;

  it('is started by an admin for a participant of the program, with the threshold never below 3', async () => {
    const base = { personId: participantId, phase: 'pre', closesOn: '2026-03-20' };
    const create = `/api/programs/${programId}/feedback-cycles`;
    const low = await admin.post(`/api/programs/${programId}/feedback-cycles`, { ...base, anonymityThreshold: 2 });
    expect(low.statusCode).toBe(400);
    expect(low.json().errors[0].field).toBe('body.anonymityThreshold');
    const past = await admin.post(`/api/programs/${programId}/feedback-cycles`, { ...base, closesOn: '2026-03-01' });
    expect(past.json().errors[0].field).toBe('body.closesOn');
    const notEnrolled = await admin.post(`/api/programs/${programId}/feedback-cycles`, {
      ...base,
      personId: managerId,
    });
    expect(notEnrolled.json().errors[0].field).toBe('body.personId');
    expect((await participant.post(create, base)).statusCode).toBe(403);

    const created = await admin.post(create, base);
    expect(created.statusCode, created.body).toBe(201);
    cycle = created.json();
    firstCycleId = cycle.id;
    expect(cycle).toMatchObject({ status: 'nominating', phase: 'pre', anonymityThreshold: 3, viewerRole: 'admin' });
    expect(cycle.nominees).toBeNull();
    expect((await admin.post(create, base)).statusCode).toBe(409);
  });

  it('is seen by the participant (with nominees), the manager as approver, the admin as counts; by nobody else', async () => {
    const mine = (await participant.get(url())).json();
    expect(mine.viewerRole).toBe('participant');
    expect(mine.nominees).toEqual([expect.objectContaining({ personId: participantId, group: 'self' })]);
    expect((await manager.get(url())).json().viewerRole).toBe('approver');
    expect((await admin.get(url())).json().nominees).toBeNull();
    expect((await coach.get(url())).statusCode).toBe(404);
    expect((await otherAdmin.get(url())).statusCode).toBe(404);
    expect((await anonymous.get(url())).statusCode).toBe(401);
    const listed = (await participant.get('/api/feedback-cycles')).json();
    expect(listed.items.map((item: FeedbackCycle) => item.id)).toEqual([cycle.id]);
    expect((await coach.get('/api/feedback-cycles')).json().items).toEqual([]);
    expect((await otherAdmin.get('/api/feedback-cycles')).json().total).toBe(0);
  });

  it('suggests raters from the reporting lines, and searches the directory', async () => {
    const suggested = (await participant.get(`${url()}/candidates`)).json().items;
    expect(suggested).toContainEqual(expect.objectContaining({ personId: managerId, suggestedGroup: 'manager' }));
    expect(suggested.some((item: { suggestedGroup: string }) => item.suggestedGroup === 'peers')).toBe(true);
    expect(suggested.some((item: { personId: string }) => item.personId === participantId)).toBe(false);
    expect((await manager.get(`${url()}/candidates`)).statusCode).toBe(403);
  });

  it('takes nominations from the participant only, naming the bad row', async () => {
    const around = await chooseRaters();
    const self = await participant.put(`${url()}/nominations`, {
      raters: [{ personId: participantId, group: 'peers' }],
    });
    expect(self.json().errors[0].field).toBe('body.raters.0.personId');
    const twice = await participant.put(`${url()}/nominations`, {
      raters: [
        { personId: around.peers[0], group: 'peers' },
        { personId: around.peers[0], group: 'others' },
      ],
    });
    expect(twice.json().errors[0].field).toBe('body.raters.1.personId');
    expect((await manager.put(`${url()}/nominations`, { raters: [] })).statusCode).toBe(403);

    // Too few besides the manager: refused at submission, with the reason.
    await participant.put(`${url()}/nominations`, { raters: [{ personId: managerId, group: 'manager' }] });
    const tooFew = await participant.post(`${url()}/submit`);
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().errors[0].field).toBe('body.raters');

    const raters = [
      { personId: managerId, group: 'manager' },
      ...around.peers.slice(0, 3).map((personId) => ({ personId, group: 'peers' })),
      ...around.others.map((personId) => ({ personId, group: 'others' })),
      ...around.directReports.map((personId) => ({ personId, group: 'direct_reports' })),
    ];
    const saved = await participant.put(`${url()}/nominations`, { raters });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().nominees).toHaveLength(raters.length + 1);
  });

  it('goes to the manager, who can send it back with a note, then approves it and every rater gets a link', async () => {
    expect((await participant.post(`${url()}/approve`)).statusCode).toBe(403);
    expect((await participant.post(`${url()}/submit`)).json().status).toBe('awaiting_approval');
    expect((await participant.put(`${url()}/nominations`, { raters: [] })).statusCode).toBe(409);
    const returned = await manager.post(`${url()}/return`, { note: 'Add someone from Finance.' });
    expect(returned.json()).toMatchObject({ status: 'nominating', returnNote: 'Add someone from Finance.' });
    await participant.post(`${url()}/submit`);
    const approved = await manager.post(`${url()}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('collecting');
    const links = await raterLinks();
    expect(links.size).toBe(8); // seven nominees and the participant
    // Links in mails are whole addresses (TANDEM_PUBLIC_URL, by default http://HOST:PORT).
    const [mail] = await queryRows<{ body: string }>(
      t.db,
      sql`select text_body as body from email_outbox where text_body like '%/rate/%' limit 1`,
    );
    expect(mail!.body).toMatch(/http:\/\/127\.0\.0\.1:3000\/rate\/[\w-]{43}/);
    expect(links.has(participantId)).toBe(true);
    // Only the hash is stored.
    const [stored] = await queryRows<{ hashes: string[] }>(
      t.db,
      sql`select array_agg(token_hash) as hashes from feedback_raters where cycle_id = ${cycle.id}`,
    );
    for (const token of links.values()) expect(stored!.hashes).not.toContain(token);
  });

  it('lets raters answer through their link, without an account, and change answers until it closes', async () => {
    const links = await raterLinks();
    const around = await chooseRaters();
    const form = await anonymous.get(`/api/rater/${links.get(managerId)}`);
    expect(form.statusCode).toBe(200);
    expect(form.json<RaterForm>()).toMatchObject({
      group: 'manager',
      isOpen: true,
      submittedAt: null,
      anonymityThreshold: 3,
    });
    const firstItem = leadership360.items.find((item) => item.kind === 'likert')!;
    const bad = await anonymous.put(`/api/rater/${links.get(managerId)}`, { answers: { [firstItem.key]: 9 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe(`body.answers.${firstItem.key}`);
    expect((await anonymous.put(`/api/rater/${links.get(managerId)}`, { answers: {}, submit: true })).statusCode).toBe(
      400,
    );
    expect((await anonymous.get('/api/rater/not-a-real-token-not-a-real-token-not-a-real')).statusCode).toBe(404);

    const answer = async (personId: string, value: number, comment: string) => {
      const response = await anonymous.put(`/api/rater/${links.get(personId)}`, {
        answers: answersOf(value, comment),
        submit: true,
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await answer(participantId, 5, 'Self: I listen well.');
    await answer(managerId, 3, 'Manager: decisive in a crisis.');
    await answer(around.peers[0]!, 4, 'Peer one comment.');
    await answer(around.peers[1]!, 4, 'Peer two comment.');
    await answer(around.peers[2]!, 2, 'Peer three: changed my mind.');
    await answer(around.peers[2]!, 3, 'Peer three comment.');
    // One of two direct reports answers: below the threshold, and alone in "others" too.
    await answer(around.directReports[0]!, 1, 'SECRET-DIRECT-REPORT-COMMENT');
    const counts = (await participant.get(url())).json().counts;
    expect(counts).toContainEqual({ group: 'peers', invited: 3, answered: 3 });
    expect(counts).toContainEqual({ group: 'direct_reports', invited: 2, answered: 1 });
  });

  it('gives the participant a fresh link to rate themselves from the app, which replaces the mailed one', async () => {
    const mailed = (await raterLinks()).get(participantId)!;
    expect((await manager.post(url('/self-rating'))).statusCode).toBe(403);
    expect((await admin.post(url('/self-rating'))).statusCode).toBe(403);
    expect((await otherAdmin.post(url('/self-rating'))).statusCode).toBe(404);
    const issued = await participant.post(url('/self-rating'));
    expect(issued.statusCode).toBe(200);
    const path: string = issued.json().path;
    expect(path).toMatch(/^\/rate\/[A-Za-z0-9_-]{43}$/);
    const form = await anonymous.get(`/api${path.replace('/rate/', '/rater/')}`);
    expect(form.json<RaterForm>()).toMatchObject({ group: 'self' });
    expect(form.json<RaterForm>().submittedAt).not.toBeNull();
    expect((await anonymous.get(`/api/rater/${mailed}`)).statusCode).toBe(404);
  });

  it('keeps the report from everyone until it closes, and then from everyone but the participant', async () => {
    expect((await participant.get(`${url()}/report`)).statusCode).toBe(409);
    expect((await manager.post(`${url()}/close`)).statusCode).toBe(403);
    expect((await admin.post(`${url()}/close`)).json().status).toBe('closed');
    expect((await manager.get(`${url()}/report`)).statusCode).toBe(403);
    expect((await admin.get(`${url()}/report`)).statusCode).toBe(403);
    expect((await coach.get(`${url()}/report`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`${url()}/report`)).statusCode).toBe(404);
    const links = await raterLinks();
    const late = await anonymous.put(`/api/rater/${links.get(managerId)}`, { answers: answersOf(1, 'late') });
    expect(late.statusCode).toBe(409);
    expect((await anonymous.get(`/api/rater/${links.get(managerId)}`)).json().isOpen).toBe(false);
  });

  it('reports self against others per competency, showing only groups at the threshold', async () => {
    const response = await participant.get(`${url()}/report`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<FeedbackReport>();
    expect(report.shownGroups.map((group) => [group.label, group.isAttributed, group.responses])).toEqual([
      ['manager', true, 1],
      ['peers', false, 3],
    ]);
    expect(report.suppressedGroups).toEqual(['direct_reports']);
    expect(JSON.stringify(report)).not.toContain('SECRET-DIRECT-REPORT-COMMENT');
    const scale = report.scales[0]!;
    expect(scale.self).toBe(5);
    // Peers 4, 4, 3 and the manager 3: others = 3.5, a gap of −1.5 below self: a blind spot.
    expect(scale.others).toEqual({ mean: 3.5, responses: 4 });
    expect(scale.finding).toBe('blind_spot');
    // Each rater wrote the same text in both comment boxes.
    expect(report.comments.map((comment) => comment.text).sort()).toEqual(
      ['Peer one comment.', 'Peer three comment.', 'Peer two comment.'].flatMap((text) => [text, text]),
    );
    expect(new Set(report.managerComments.map((comment) => comment.text))).toEqual(
      new Set(['Manager: decisive in a crisis.']),
    );
    expect(new Set(report.selfComments.map((comment) => comment.text))).toEqual(new Set(['Self: I listen well.']));
    expect(report.comparison).toBeNull();
    const [audit] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_events where action = 'feedbackCycle.report.read' and target_id = ${cycle.id}`,
    );
    expect(audit!.n).toBe(1);
  });
});

describe('personal data', () => {
  it('gives the participant their report and each rater their own answers; an admin neither', async () => {
    const own = (await participant.get('/api/me/personal-data')).json<PersonalDataExport>();
    const [pre] = own.feedbackCycles;
    expect(pre).toMatchObject({ phase: 'pre', status: 'closed' });
    expect(pre!.answeredPerGroup).toContainEqual({ group: 'peers', answered: 3 });
    expect(pre!.report?.shownGroups.map((group) => group.label)).toEqual(['manager', 'peers']);
    expect(JSON.stringify(own)).not.toContain('SECRET-DIRECT-REPORT-COMMENT');

    const byAdmin = (await admin.get(`/api/people/${participantId}/personal-data`)).json<PersonalDataExport>();
    expect(byAdmin.feedbackCycles[0]!.report).toBeNull();
    expect(JSON.stringify(byAdmin)).not.toContain('Peer one comment.');

    const managerOwn = (await manager.get('/api/me/personal-data')).json<PersonalDataExport>();
    expect(managerOwn.feedbackGiven).toHaveLength(1);
    expect(managerOwn.feedbackGiven[0]).toMatchObject({ group: 'manager', about: { name: expect.any(String) } });
    expect(Object.values(managerOwn.feedbackGiven[0]!.answers)).toContain('Manager: decisive in a crisis.');
    const managerByAdmin = (await admin.get(`/api/people/${managerId}/personal-data`)).json<PersonalDataExport>();
    expect(managerByAdmin.feedbackGiven[0]!.answers).toEqual({});
  });

  it('keeps an erased rater’s ratings in the report but not their words', async () => {
    const before = (await participant.get(`/api/feedback-cycles/${firstCycleId}/report`)).json<FeedbackReport>();
    const peer = (await chooseRaters()).peers[0]!;
    const [row] = await queryRows<{ employee_id: string }>(
      t.db,
      sql`select employee_id from people where id = ${peer}`,
    );
    const erased = await admin.post(`/api/people/${peer}/erase`, { confirmEmployeeId: row!.employee_id });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json().feedbackCommentsCleared).toBe(1);
    const after = (await participant.get(`/api/feedback-cycles/${firstCycleId}/report`)).json<FeedbackReport>();
    expect(after.scales).toEqual(before.scales);
    expect(after.comments.map((comment) => comment.text)).not.toContain('Peer one comment.');
    expect(after.comments).toHaveLength(before.comments.length - 2);
  });
});

describe('nobody else', () => {
  it('reaches a cycle of another organization', async () => {
    const [row] = await queryRows<{ id: string }>(t.db, sql`select id from feedback_cycles limit 1`);
    for (const path of ['', '/report', '/candidates']) {
      expect((await otherAdmin.get(`/api/feedback-cycles/${row!.id}${path}`)).statusCode).toBe(404);
    }
    expect((await otherAdmin.post(`/api/feedback-cycles/${row!.id}/close`)).statusCode).toBe(404);
    const elsewhere = await otherAdmin.post(`/api/programs/${programId}/feedback-cycles`, {
      personId: participantId,
      phase: 'mid',
      closesOn: '2026-03-20',
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(demoOrganizationName).toContain('demo');
  });
});

describe('the 360 job', () => {
  it('reminds raters who have not answered with a fresh link, and closes cycles past their last day', async () => {
    const around = await chooseRaters();
    const created = await admin.post(`/api/programs/${programId}/feedback-cycles`, {
      personId: participantId,
      phase: 'post',
      closesOn: '2026-03-10',
    });
    const cycleUrl = `/api/feedback-cycles/${created.json().id}`;
    await participant.put(`${cycleUrl}/nominations`, {
      raters: around.peers.slice(0, 3).map((personId) => ({ personId, group: 'peers' })),
    });
    await participant.post(`${cycleUrl}/submit`);
    t.clock.advanceMinutes(1); // so these links are the newest mails, after the first cycle's
    await manager.post(`${cycleUrl}/approve`);
    const first = await raterLinks();
    expect(await runFeedbackCycleJob({ db: t.db, clock: t.clock, publicUrl: 'http://tandem.test' })).toEqual({
      closed: 0,
      reminded: 0,
    });

    t.clock.set('2026-03-05T10:00:00Z');
    const run = await runFeedbackCycleJob({ db: t.db, clock: t.clock, publicUrl: 'http://tandem.test' });
    expect(run.reminded).toBe(4); // three peers and the participant
    const second = await raterLinks();
    expect(second.get(around.peers[0]!)).not.toBe(first.get(around.peers[0]!));
    expect((await anonymous.get(`/api/rater/${first.get(around.peers[0]!)}`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/rater/${second.get(around.peers[0]!)}`)).statusCode).toBe(200);

    t.clock.set('2026-03-11T10:00:00Z');
    expect((await anonymous.get(`/api/rater/${second.get(around.peers[0]!)}`)).statusCode).toBe(404);
    expect((await runFeedbackCycleJob({ db: t.db, clock: t.clock, publicUrl: 'http://tandem.test' })).closed).toBe(1);
    const [closed] = await queryRows<{ status: string }>(
      t.db,
      sql`select status from feedback_cycles where id = ${created.json().id}`,
    );
    expect(closed!.status).toBe('closed');

    // The post report compares with the pre one (nobody answered the post cycle: no change to show).
    const again = requestAs(t.app, await signIn(t.app, 'participant@northwind.example', demoPassword));
    const post = (await again.get(`${cycleUrl}/report`)).json<FeedbackReport>();
    expect(post.comparison?.phase).toBe('pre');
    expect(post.comparison?.scales[0]).toMatchObject({ before: 3.5, after: null, change: null });
  });
});

describe('the scores outcomes read', () => {
  const storedScores = async (cycleId: string) =>
    (
      await queryRows<{ others: Record<string, number | null> }>(
        t.db,
        sql`select others from feedback_cycle_scores where cycle_id = ${cycleId}`,
      )
    )[0]?.others ?? null;
  /** Others' mean per competency as the cycle's report shows it, built afresh from the answers. */
  const reportedScores = async (cycleId: string) => {
    const [cycle] = await t.db.select().from(feedbackCycles).where(eq(feedbackCycles.id, cycleId));
    const report = await feedbackReportOf(t.db, cycle!.orgId, cycle!);
    return Object.fromEntries(report.scales.map((scale) => [scale.scaleKey, scale.others.mean]));
  };

  it('are kept as a cycle closes: the report’s others per competency, suppressed groups left out', async () => {
    const stored = await storedScores(firstCycleId);
    expect(stored).toEqual(await reportedScores(firstCycleId));
    // Peers 4, 4, 3 and the manager 3; the lone direct report's 1 would have made it 3.0.
    expect(stored![leadership360.scales[0]!.key]).toBe(3.5);
    expect(Object.keys(stored!)).toHaveLength(leadership360.scales.length);
    // The post cycle the job closed had no answers: every competency without a score.
    const [post] = await queryRows<{ id: string }>(
      t.db,
      sql`select id from feedback_cycles where person_id = ${participantId} and phase = 'post'`,
    );
    expect(Object.values((await storedScores(post!.id))!).every((mean) => mean === null)).toBe(true);
  });

  it('are filled on first read for cycles closed before they were kept, equal to their reports', async () => {
    // The demo seeds its showcase's closed cycles directly, as a database migrated from before would have them.
    const [program] = await queryRows<{ id: string; org_id: string }>(
      t.db,
      sql`select id, org_id from programs where name = 'Emerging Leaders Coaching'`,
    );
    const cycles = await queryRows<{ id: string; person_id: string; phase: string }>(
      t.db,
      sql`select id, person_id, phase from feedback_cycles where program_id = ${program!.id} and status = 'closed'`,
    );
    expect(cycles.length).toBeGreaterThan(20);
    for (const cycle of cycles) expect(await storedScores(cycle.id)).toBeNull();

    const first = await listClosedCycleScores(t.db, program!.org_id, program!.id);
    for (const cycle of cycles) {
      const expected = await reportedScores(cycle.id);
      expect(await storedScores(cycle.id)).toEqual(expected);
      const listed = first.find((row) => row.personId === cycle.person_id && row.phase === cycle.phase);
      expect(listed?.others).toEqual(expected);
      expect(listed?.scales).toEqual(leadership360.scales.map(({ key, label }) => ({ key, label })));
    }
    // Read again, from what was stored.
    expect(await listClosedCycleScores(t.db, program!.org_id, program!.id)).toEqual(first);
  });
});
