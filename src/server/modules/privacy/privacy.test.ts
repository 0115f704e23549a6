import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachingEngagement, CoachingEngagementPage } from '../../../contract/engagements.js';
import type { MatchRequest } from '../../../contract/matching.js';
import type { Person } from '../../../contract/people.js';
import type { ErasureResult, OrganizationSettings, PersonalDataExport } from '../../../contract/privacy.js';
import type { ProgramPage } from '../../../contract/programs.js';
import type { RelationshipPage } from '../../../contract/relationships.js';
import type { Session } from '../../../contract/sessions.js';
import { behaviouralProfile } from '../../../domain/assessments/index.js';
import { queryRows } from '../../db/client.js';
import { requestAs, seedOrganization, seedUser, signIn, type SignedIn } from '../../testing/factories.js';
import { createTestApp, manualClock, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';
import { applySessionNoteRetention, listSessionsPastRetention, registerPrivacyJobs, retentionCron } from './index.js';

/** A behavioural profile with every statement rated 3. */
const profileAnswers = Object.fromEntries(
  behaviouralProfile.items.flatMap((item) => (item.kind === 'likert' ? [[item.key, 3]] : [])),
);

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
type Who = 'admin' | 'mentee' | 'mentor' | 'coach' | 'unlinked' | 'otherOrg';
const as = {} as Record<Who, Client>;
let menteeSession: SignedIn;
const person = {} as Record<'mentee' | 'mentor' | 'coach', string>;
let menteeEmployeeId: string;
let orgId: string;
let relationshipId: string;
let engagementId: string;
let mentoringSessionId: string;
let coachingSessionId: string;

const context = { ipAddress: null, userAgent: 'test', requestId: null };
const marker = {
  menteePrivate: 'MENTEE-PRIVATE-7c1f',
  mentorPrivate: 'MENTOR-PRIVATE-93ab',
  shared: 'SHARED-NOTE-52de',
  coachingMenteePrivate: 'LEADER-PRIVATE-0e44',
  coachPrivate: 'COACH-PRIVATE-b7a1',
  coachingShared: 'COACHING-SHARED-61f0',
  agenda: 'AGENDA-TEXT-3c9d',
  weeklyGoal: 'WEEKLY-GOAL-d2a8',
  actionItem: 'ACTION-ITEM-4f17',
};

async function expectStatus<T extends { statusCode: number; body: string }>(response: Promise<T>, status: number) {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer;
}

async function personOf(email: string): Promise<string> {
  const [row] = await queryRows<{ person_id: string }>(t.db, sql`select person_id from users where email = ${email}`);
  return row!.person_id;
}

/** The note texts of a session, sorted in JavaScript (database collations differ). */
async function notesOf(sessionId: string): Promise<string[]> {
  const rows = await queryRows<{ body: string }>(
    t.db,
    sql`select body from session_notes where session_id = ${sessionId}`,
  );
  return rows.map((row) => row.body).sort();
}

async function auditOf(action: string) {
  return queryRows<{ target_id: string | null; actor_user_id: string | null; details: Record<string, unknown> }>(
    t.db,
    sql`select target_id, actor_user_id, details from audit_events where action = ${action} order by id`,
  );
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T09:00:00Z');
  await createDemoOrganization(t, context);
  const demoLogin = async (email: string) => requestAs(t.app, await signIn(t.app, email, demoPassword));
  as.admin = await demoLogin('admin@northwind.example');
  menteeSession = await signIn(t.app, 'participant@northwind.example', demoPassword);
  as.mentee = requestAs(t.app, menteeSession);
  as.mentor = await demoLogin('mentor@northwind.example');
  as.coach = await demoLogin('coach@northwind.example');
  person.mentee = await personOf('participant@northwind.example');
  person.mentor = await personOf('mentor@northwind.example');
  person.coach = await personOf('coach@northwind.example');
  const [row] = await queryRows<{ employee_id: string; org_id: string }>(
    t.db,
    sql`select employee_id, org_id from people where id = ${person.mentee}`,
  );
  menteeEmployeeId = row!.employee_id;
  orgId = row!.org_id;
  await seedUser(t.connection, t.clock, { org: 'Northwind Aviation (demo)', email: 'nobody@northwind.example' });
  as.unlinked = requestAs(t.app, await signIn(t.app, 'nobody@northwind.example', 'correct horse battery'));
  await seedOrganization(t.connection, 'Elsewhere Ltd');
  await seedUser(t.connection, t.clock, { org: 'Elsewhere Ltd', email: 'admin@elsewhere.example', roles: ['admin'] });
  as.otherOrg = requestAs(t.app, await signIn(t.app, 'admin@elsewhere.example', 'correct horse battery'));

  // A mentoring relationship: the mentee asks the demo mentor in the self-service circle.
  const programs = (await as.admin.get('/api/programs')).json<ProgramPage>();
  const circleId = programs.items.find((program) => program.name === 'New Manager Mentoring Circle')!.id;
  const asked = await expectStatus(
    as.mentee.post(`/api/programs/${circleId}/match-requests`, { mentorPersonId: person.mentor }),
    201,
  );
  await expectStatus(as.mentor.post(`/api/match-requests/${asked.json<MatchRequest>().id}/accept`), 200);
  relationshipId = (await as.mentee.get('/api/relationships')).json<RelationshipPage>().items[0]!.id;
  // The demo's coaching pilot: the demo coach coaches the demo participant.
  engagementId = (await as.coach.get('/api/engagements')).json<CoachingEngagementPage>().items[0]!.id;

  const mentoring = await expectStatus(
    as.mentee.post(`/api/relationships/${relationshipId}/sessions`, {
      scheduledAt: '2026-03-10T15:00:00Z',
      durationMinutes: 60,
      agenda: marker.agenda,
    }),
    201,
  );
  mentoringSessionId = mentoring.json<Session>().id;
  const m = `/api/sessions/${mentoringSessionId}`;
  await expectStatus(as.mentee.put(`${m}/notes/shared/challenges`, { body: marker.shared }), 200);
  await expectStatus(as.mentee.put(`${m}/notes/private/challenges`, { body: marker.menteePrivate }), 200);
  await expectStatus(as.mentor.put(`${m}/notes/private/general`, { body: marker.mentorPrivate }), 200);
  await expectStatus(
    as.mentor.post(`${m}/action-items`, { description: marker.actionItem, ownerPersonId: person.mentee }),
    201,
  );

  const coaching = await expectStatus(
    as.coach.post(`/api/engagements/${engagementId}/sessions`, {
      scheduledAt: '2026-03-12T08:00:00Z',
      durationMinutes: 60,
      agenda: 'Coaching agenda',
    }),
    201,
  );
  coachingSessionId = coaching.json<Session>().id;
  const c = `/api/sessions/${coachingSessionId}`;
  await expectStatus(as.coach.put(`${c}/notes/shared/goal`, { body: marker.coachingShared }), 200);
  await expectStatus(as.coach.put(`${c}/notes/private/goal`, { body: marker.coachPrivate }), 200);
  await expectStatus(as.mentee.put(`${c}/notes/private/goal`, { body: marker.coachingMenteePrivate }), 200);

  await expectStatus(
    as.mentee.post('/api/weekly-goals', {
      description: marker.weeklyGoal,
      developmentGoal: 'Delegate more',
      businessResult: 'Team ships on time',
    }),
    201,
  );
  await expectStatus(as.mentee.put('/api/behavioural-profile', { answers: profileAnswers }), 200);
}, 120_000);
afterAll(() => t.close());

describe('GET /api/people/:id/personal-data (admin)', () => {
  let exported: PersonalDataExport;
  let text: string;

  it('answers a JSON attachment named after the employee id', async () => {
    const response = await expectStatus(as.admin.get(`/api/people/${person.mentee}/personal-data`), 200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="personal-data-${menteeEmployeeId}.json"`,
    );
    text = response.body;
    exported = response.json<PersonalDataExport>();
    expect(exported.person).toMatchObject({ id: person.mentee, employeeId: menteeEmployeeId, erasedAt: null });
    expect(exported.userAccounts).toEqual([
      expect.objectContaining({ email: 'participant@northwind.example', roles: ['participant'], disabledAt: null }),
    ]);
  });

  it('leaves out what the pairs keep between themselves, and says so', () => {
    expect(exported.withheld).toMatch(/confidential to the people of each pair/);
    expect(exported.withheld).toMatch(/behavioural profile/);
    expect(exported.behaviouralProfile).toBeNull();
    expect(exported.teamPulse).toEqual({ asked: [], asLeader: [] });
    for (const secret of [
      marker.menteePrivate,
      marker.coachingMenteePrivate,
      marker.shared,
      marker.coachingShared,
      marker.agenda,
      marker.actionItem,
      marker.weeklyGoal,
    ]) {
      expect(text).not.toContain(secret);
    }
    const mentoring = exported.sessions.find((session) => session.id === mentoringSessionId)!;
    expect(mentoring).toMatchObject({ kind: 'mentoring', myRole: 'mentee', agenda: '', myPrivateNotes: [] });
    expect(exported.sessions.find((session) => session.id === coachingSessionId)!.myRole).toBe('leader');
  });

  it('gives the person, in their own download, their private notes, the shared notes, agenda and action items', async () => {
    const own = await expectStatus(as.mentee.get('/api/me/personal-data'), 200);
    for (const secret of [
      marker.menteePrivate,
      marker.coachingMenteePrivate,
      marker.shared,
      marker.coachingShared,
      marker.agenda,
      marker.actionItem,
      marker.weeklyGoal,
    ]) {
      expect(own.body).toContain(secret);
    }
    const data = own.json<PersonalDataExport>();
    expect(data.withheld).toBeNull();
    expect(data.behaviouralProfile).toMatchObject({
      instrument: { key: 'behavioural_profile' },
      answers: profileAnswers,
    });
    const mentoring = data.sessions.find((session) => session.id === mentoringSessionId)!;
    expect(mentoring).toMatchObject({ agenda: marker.agenda });
    expect(mentoring.myPrivateNotes.map((note) => note.body)).toEqual([marker.menteePrivate]);
  });

  it('never holds anyone else’s private notes, password hashes or other people’s emails', () => {
    expect(text).not.toContain(marker.mentorPrivate);
    expect(text).not.toContain(marker.coachPrivate);
    expect(text).not.toMatch(/passwordHash|password_hash|\$argon2/);
    expect(text).not.toContain('mentor@northwind.example');
    expect(text).not.toContain('coach@northwind.example');
    const relationship = exported.mentoringRelationships.find((item) => item.id === relationshipId)!;
    expect(Object.keys(relationship.mentor)).toEqual(['name']);
    expect(exported.matchRequests).toEqual([expect.objectContaining({ direction: 'sent', status: 'accepted' })]);
    const engagement = exported.coachingEngagements.find((item) => item.id === engagementId)!;
    expect(engagement.myRoles).toEqual(['leader']);
    expect(Object.keys(engagement.coach)).toEqual(['name']);
  });

  it('is audited with the person as target', async () => {
    const events = await auditOf('personalData.exported');
    expect(events).toContainEqual(
      expect.objectContaining({ target_id: person.mentee, details: expect.objectContaining({ isOwn: false }) }),
    );
  });

  it('is for admins only, and another organization’s person does not exist', async () => {
    await expectStatus(as.mentor.get(`/api/people/${person.mentee}/personal-data`), 403);
    await expectStatus(as.otherOrg.get(`/api/people/${person.mentee}/personal-data`), 404);
    await expectStatus(as.admin.get('/api/people/00000000-0000-4000-8000-000000000000/personal-data'), 404);
  });
});

describe('GET /api/me/personal-data', () => {
  it('gives the mentor their own data with their private note and not the mentee’s', async () => {
    const response = await expectStatus(as.mentor.get('/api/me/personal-data'), 200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="personal-data-.+\.json"$/);
    expect(response.body).toContain(marker.mentorPrivate);
    expect(response.body).toContain(marker.shared);
    expect(response.body).not.toContain(marker.menteePrivate);
    expect(response.body).not.toContain('participant@northwind.example');
    const exported = response.json<PersonalDataExport>();
    expect(exported.person.id).toBe(person.mentor);
    expect(exported.matchRequests).toEqual([expect.objectContaining({ direction: 'received' })]);
    const events = await auditOf('personalData.exported');
    expect(events.at(-1)).toMatchObject({ target_id: person.mentor, details: { isOwn: true } });
  });

  it('answers 404 with a clear message when the login is not linked to a person', async () => {
    const response = await expectStatus(as.unlinked.get('/api/me/personal-data'), 404);
    expect(response.json<{ detail: string }>().detail).toMatch(/not linked to a person/);
  });
});

describe('organization settings', () => {
  it('starts with no retention and lets an admin set and clear it, audited', async () => {
    const initial = await expectStatus(as.admin.get('/api/organization/settings'), 200);
    expect(initial.json<OrganizationSettings>()).toEqual({ sessionNoteRetentionDays: null });
    const set = await expectStatus(as.admin.put('/api/organization/settings', { sessionNoteRetentionDays: 90 }), 200);
    expect(set.json<OrganizationSettings>()).toEqual({ sessionNoteRetentionDays: 90 });
    expect((await as.admin.get('/api/organization/settings')).json<OrganizationSettings>()).toEqual({
      sessionNoteRetentionDays: 90,
    });
    expect((await auditOf('organization.settings.changed')).at(-1)).toMatchObject({
      target_id: orgId,
      details: { sessionNoteRetentionDays: { from: null, to: 90 } },
    });
    await expectStatus(as.admin.put('/api/organization/settings', { sessionNoteRetentionDays: null }), 200);
    expect((await as.admin.get('/api/organization/settings')).json<OrganizationSettings>()).toEqual({
      sessionNoteRetentionDays: null,
    });
  });

  it.each([[29], [3651], [45.5], ['ninety'], [undefined]])('refuses %s naming the field', async (days) => {
    const response = await expectStatus(
      as.admin.put('/api/organization/settings', days === undefined ? {} : { sessionNoteRetentionDays: days }),
      400,
    );
    expect(response.json<{ field: string }>().field).toBe('body.sessionNoteRetentionDays');
  });

  it('is for admins only', async () => {
    await expectStatus(as.mentor.get('/api/organization/settings'), 403);
    await expectStatus(as.mentor.put('/api/organization/settings', { sessionNoteRetentionDays: 30 }), 403);
  });
});

describe('session note retention', () => {
  // The mentoring relationship closes on 1 January; the coaching engagement stays open. Each pass
  // runs on its own clock, so the app's clock (and everyone's sign-in) stays where it is.
  const closedAt = '2026-01-01T12:00:00Z';
  const passAt = (when: string) => applySessionNoteRetention({ db: t.db, clock: manualClock(when) });
  // The demo's running coaching program has an engagement that ended early months before the demo
  // was made (its leader left): its sessions, without notes or agenda, are past the retention already.
  let endedLongAgo: string[];
  const sorted = (ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    await t.db.execute(
      sql`update mentoring_relationships set status = 'completed', ended_at = ${closedAt} where id = ${relationshipId}`,
    );
    const rows = await queryRows<{ id: string }>(
      t.db,
      sql`select s.id from sessions s join coaching_engagements c on c.org_id = s.org_id and c.id = s.engagement_id
          where s.org_id = ${orgId} and c.status in ('completed', 'ended_early') and c.ended_at < '2025-12-01'`,
    );
    endedLongAgo = rows.map((row) => row.id);
  });

  it('keeps everything while the organization keeps notes (null)', async () => {
    expect(await passAt('2036-01-01T00:00:00Z')).toEqual([]);
    expect(await notesOf(mentoringSessionId)).toHaveLength(3);
  });

  it('keeps the notes of a pair closed more recently than the retention', async () => {
    await expectStatus(as.admin.put('/api/organization/settings', { sessionNoteRetentionDays: 90 }), 200);
    const at = '2026-03-31T12:00:00Z'; // 89 days after the close
    expect(sorted(await listSessionsPastRetention(t.db, orgId, new Date(at), 90))).toEqual(sorted(endedLongAgo));
    expect(await passAt(at)).toEqual([
      { orgId, retentionDays: 90, sessions: endedLongAgo.length, notesDeleted: 0, agendasCleared: 0 },
    ]);
    expect(await notesOf(mentoringSessionId)).toHaveLength(3);
  });

  it('deletes shared and private notes and the agenda once the retention has passed, audited with counts', async () => {
    const at = '2026-04-02T12:00:00Z'; // 91 days after the close
    expect(sorted(await listSessionsPastRetention(t.db, orgId, new Date(at), 90))).toEqual(
      sorted([...endedLongAgo, mentoringSessionId]),
    );
    const sessions = endedLongAgo.length + 1;
    expect(await passAt(at)).toEqual([{ orgId, retentionDays: 90, sessions, notesDeleted: 3, agendasCleared: 1 }]);
    expect(await notesOf(mentoringSessionId)).toEqual([]);
    const [session] = await queryRows<{ agenda: string }>(
      t.db,
      sql`select agenda from sessions where id = ${mentoringSessionId}`,
    );
    expect(session!.agenda).toBe('');
    const [items] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from session_action_items where session_id = ${mentoringSessionId}`,
    );
    expect(items!.total).toBe(1);
    expect((await auditOf('sessionNotes.retentionApplied')).at(-1)).toMatchObject({
      target_id: orgId,
      actor_user_id: null,
      details: { retentionDays: 90, sessions, notesDeleted: 3, agendasCleared: 1 },
    });
  });

  it('keeps the notes of an open engagement however old', async () => {
    await passAt('2036-01-01T00:00:00Z');
    expect(await notesOf(coachingSessionId)).toEqual(
      [marker.coachingShared, marker.coachPrivate, marker.coachingMenteePrivate].sort(),
    );
    await expectStatus(as.admin.put('/api/organization/settings', { sessionNoteRetentionDays: null }), 200);
  });
});

describe('POST /api/people/:id/erase', () => {
  const erase = (client: Client, id: string, confirmEmployeeId: string) =>
    client.post(`/api/people/${id}/erase`, { confirmEmployeeId });

  it('is for admins only, and another organization’s person does not exist', async () => {
    await expectStatus(erase(as.mentor, person.mentee, menteeEmployeeId), 403);
    await expectStatus(erase(as.otherOrg, person.mentee, menteeEmployeeId), 404);
  });

  it('asks for the person’s employee id, naming the field', async () => {
    const wrong = await expectStatus(erase(as.admin, person.mentee, 'E0000'), 400);
    expect(wrong.json<{ field: string }>().field).toBe('body.confirmEmployeeId');
    const missing = await expectStatus(as.admin.post(`/api/people/${person.mentee}/erase`, {}), 400);
    expect(missing.json<{ field: string }>().field).toBe('body.confirmEmployeeId');
    // Nothing was written.
    expect((await as.admin.get(`/api/people/${person.mentee}`)).json<Person>().erasedAt).toBeNull();
  });

  it('anonymises the person, deletes their private notes, clears their weekly goals and disables their login', async () => {
    const response = await expectStatus(erase(as.admin, person.mentee, menteeEmployeeId), 200);
    expect(response.json<ErasureResult>()).toMatchObject({
      personId: person.mentee,
      privateNotesDeleted: 1,
      weeklyGoalsCleared: 1,
      behaviouralProfilesDeleted: 1,
      pulseInvitationsDeleted: 0,
      loginsDisabled: 1,
    });
    expect(await queryRows(t.db, sql`select id from behavioural_profiles where person_id = ${person.mentee}`)).toEqual(
      [],
    );
    const erased = (await as.admin.get(`/api/people/${person.mentee}`)).json<Person>();
    expect(erased).toMatchObject({
      name: 'Erased person',
      email: `erased-${person.mentee}@erased.invalid`,
      title: 'Erased',
      employeeId: menteeEmployeeId,
      status: 'left',
      exitDate: '2026-03-02',
      developmentGoals: '',
      skills: [],
      languages: [],
      industries: [],
      location: '',
      function: '',
    });
    expect(erased.erasedAt).not.toBeNull();

    // The coach's private note and the shared note stay; the leader's private note is gone.
    expect(await notesOf(coachingSessionId)).toEqual([marker.coachingShared, marker.coachPrivate].sort());
    const goals = await queryRows<{ description: string; development_goal: string; business_result: string }>(
      t.db,
      sql`select description, development_goal, business_result from weekly_goals where person_id = ${person.mentee}`,
    );
    expect(goals).toEqual([{ description: '', development_goal: '', business_result: '' }]);

    const [user] = await queryRows<{ id: string; email: string; disabled_at: Date | null }>(
      t.db,
      sql`select id, email, disabled_at from users where person_id = ${person.mentee}`,
    );
    expect(user!.disabled_at).not.toBeNull();
    expect(user!.email).toBe(`erased-${user!.id}@erased.invalid`);
    const sessions = await queryRows<{ id: string }>(
      t.db,
      sql`select id from login_sessions where user_id = ${user!.id}`,
    );
    expect(sessions).toEqual([]);
    // The browser's cookie no longer signs anyone in.
    await expectStatus(t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: menteeSession.cookie } }), 401);
  });

  it('keeps the engagement pointing at the tombstone', async () => {
    const engagement = (
      await expectStatus(as.coach.get(`/api/engagements/${engagementId}`), 200)
    ).json<CoachingEngagement>();
    expect(engagement.leader).toMatchObject({ id: person.mentee, name: 'Erased person' });
    const [relationship] = await queryRows<{ mentee_person_id: string }>(
      t.db,
      sql`select mentee_person_id from mentoring_relationships where id = ${relationshipId}`,
    );
    expect(relationship!.mentee_person_id).toBe(person.mentee);
  });

  it('audits the erasure with ids only, never a name or an email', async () => {
    const [event] = await auditOf('person.erased');
    expect(event).toMatchObject({
      target_id: person.mentee,
      details: { privateNotesDeleted: 1, weeklyGoalsCleared: 1 },
    });
    const details = JSON.stringify(event!.details);
    expect(details).not.toContain('@');
    expect(details).not.toMatch(/name/i);
  });

  it('refuses a second erasure and any change to the tombstone (409)', async () => {
    await expectStatus(erase(as.admin, person.mentee, menteeEmployeeId), 409);
    const patch = await expectStatus(as.admin.patch(`/api/people/${person.mentee}`, { name: 'Back again' }), 409);
    expect(patch.json<{ field: string }>().field).toBe('erasedAt');
    await expectStatus(as.admin.post(`/api/people/${person.mentee}/leave`, { exitDate: '2026-04-03' }), 409);
    expect((await auditOf('person.erased')).length).toBe(1);
  });

  it('refuses an import that would bring the erased person back', async () => {
    const csv =
      'employee_id,name,email,title,tier,function,department,manager_employee_id,location,time_zone,hire_date,high_potential\n' +
      `${menteeEmployeeId},Back Again,back@northwind.example,Analyst,individual_contributor,Finance,Finance,,Oslo,Europe/Oslo,2021-03-01,false\n`;
    const result = (await expectStatus(as.admin.postCsv('/api/people/import?mode=commit', csv), 200)).json<{
      isCommitted: boolean;
      errors: { line: number; column: string; message: string }[];
    }>();
    expect(result.isCommitted).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 2, column: 'employee_id', message: expect.stringMatching(/was erased/) }),
    ]);
  });

  it('exports the tombstone without the erased words', async () => {
    const text = (await expectStatus(as.admin.get(`/api/people/${person.mentee}/personal-data`), 200)).body;
    expect(text).toContain('Erased person');
    expect(text).not.toContain(marker.coachingMenteePrivate);
    expect(text).not.toContain(marker.weeklyGoal);
    expect(text).not.toContain('participant@northwind.example');
  });
});

describe('the session-note-retention job', () => {
  it('registers daily and runs the retention pass', async () => {
    const registered: { name: string; handler: () => Promise<void>; schedule: unknown }[] = [];
    const runner = {
      registerJob: (name: string, handler: () => Promise<void>, schedule: unknown) =>
        registered.push({ name, handler, schedule }),
      runSoon: async () => undefined,
      start: async () => undefined,
      stop: async () => undefined,
    };
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
    registerPrivacyJobs(runner, { db: t.db, clock: manualClock('2036-01-01T00:00:00Z'), logger });
    expect(registered.map((job) => [job.name, job.schedule])).toEqual([
      ['session-note-retention', { cron: retentionCron }],
    ]);
    const before = (await auditOf('sessionNotes.retentionApplied')).length;
    await expectStatus(as.admin.put('/api/organization/settings', { sessionNoteRetentionDays: 30 }), 200);
    await registered[0]!.handler();
    expect((await auditOf('sessionNotes.retentionApplied')).length).toBe(before + 1);
  });
});
