import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachingEngagement, CoachingEngagementPage } from '../../../contract/engagements.js';
import type { MatchRequest } from '../../../contract/matching.js';
import type { ProgramPage } from '../../../contract/programs.js';
import type { RelationshipPage } from '../../../contract/relationships.js';
import type { Session } from '../../../contract/sessions.js';
import { menteeTrainingChecklist, mentorTrainingChecklist } from '../../../domain/engagements/index.js';
import { queryRows } from '../../db/client.js';
import type { JobRunner, JobSchedule } from '../../jobs/index.js';
import { requestAs, seedOrganization, signIn } from '../../testing/factories.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createDemoOrganization, demoPassword } from '../demo/index.js';
import { mentoringRelationships } from '../engagements/engagements.table.js';
import { people } from '../people/people.table.js';
import { programs } from '../programs/programs.table.js';
import { sessions } from '../sessions/sessions.table.js';
import { createUser } from '../users/index.js';
import {
  checkRelationshipHealth,
  registerReminderJobs,
  reminderJobNames,
  sendProgressCheckReminders,
  sendSessionReminders,
  sendWeeklyGoalPrompts,
} from './index.js';

let t: TestApp;
type Client = ReturnType<typeof requestAs>;
type Role = 'admin' | 'coach' | 'mentor' | 'participant' | 'manager';
const context = { ipAddress: null, userAgent: 'test', requestId: null };
const agenda = 'Agenda: my SECRET-AGENDA about the reorganisation';
const noteText = 'Shared note: SECRET-NOTE on the team conflict';

const ids = {} as {
  orgA: string;
  orgB: string;
  relationshipA: string;
  relationshipB: string;
  engagementA: string;
  participant: string;
  mentor: string;
  coach: string;
  sessionB: string;
};
const users = {} as Record<Role, string>;

type Mail = { org_id: string; to_addresses: string[]; subject: string; text_body: string; dedupe_key: string };
type Note = { org_id: string; user_id: string; kind: string; title: string; body: string; link: string };

const deps = () => ({ db: t.db, clock: t.clock });

async function as(role: Role): Promise<Client> {
  return requestAs(t.app, await signIn(t.app, `${role}@northwind.example`, demoPassword));
}

/** Outbox rows whose dedupe key starts with `prefix`, in one organization or all. */
async function mails(prefix: string, orgId?: string): Promise<Mail[]> {
  return queryRows<Mail>(
    t.db,
    sql`select org_id, to_addresses, subject, text_body, dedupe_key from email_outbox
        where dedupe_key like ${`${prefix}%`} ${orgId ? sql`and org_id = ${orgId}` : sql``}
        order by dedupe_key`,
  );
}

async function notes(kind: string): Promise<Note[]> {
  return queryRows<Note>(
    t.db,
    sql`select org_id, user_id, kind, title, body, link from notifications where kind = ${kind} order by user_id`,
  );
}

async function countRows(table: 'email_outbox' | 'notifications'): Promise<number> {
  const [row] = await queryRows<{ total: number }>(t.db, sql`select count(*)::int as total from ${sql.raw(table)}`);
  return Number(row!.total);
}

const recipients = (rows: Mail[]) => rows.map((row) => row.to_addresses.join(',')).sort();

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-11-23T09:00:00Z'); // a Monday
  await createDemoOrganization(t, context);
  const clients = {} as Record<Role, Client>;
  for (const role of ['admin', 'coach', 'mentor', 'participant', 'manager'] as const) clients[role] = await as(role);
  const logins = await queryRows<{ email: string; id: string; person_id: string; org_id: string }>(
    t.db,
    sql`select email, id, person_id, org_id from users where email like '%@northwind.example'`,
  );
  for (const login of logins) users[login.email.split('@')[0] as Role] = login.id;
  const personOf = (role: Role) => logins.find((login) => login.email.startsWith(`${role}@`))!.person_id;
  ids.orgA = logins[0]!.org_id;
  ids.participant = personOf('participant');
  ids.mentor = personOf('mentor');
  ids.coach = personOf('coach');

  // Mentoring: the participant asks the demo mentor in the self-service circle; both sign and train.
  const programPage = (await clients.admin.get('/api/programs')).json<ProgramPage>();
  const circleId = programPage.items.find((program) => program.name === 'New Manager Mentoring Circle')!.id;
  const asked = await clients.participant.post(`/api/programs/${circleId}/match-requests`, {
    mentorPersonId: ids.mentor,
  });
  await clients.mentor.post(`/api/match-requests/${asked.json<MatchRequest>().id}/accept`);
  ids.relationshipA = (await clients.participant.get('/api/relationships')).json<RelationshipPage>().items[0]!.id;
  const relationshipPath = `/api/relationships/${ids.relationshipA}`;
  await clients.participant.put(`${relationshipPath}/agreement`, {
    confidentialityNorms: 'What we say stays between us.',
    cadence: 'biweekly',
    startDate: '2026-12-01',
    endDate: '2027-06-01',
    topics: ['Leading my first team'],
  });
  await clients.mentor.post(`${relationshipPath}/agreement/sign`);
  await clients.participant.post(`${relationshipPath}/agreement/sign`);
  await clients.mentor.put(`${relationshipPath}/training`, { ticked: mentorTrainingChecklist.map((item) => item.key) });
  await clients.participant.put(`${relationshipPath}/training`, {
    ticked: menteeTrainingChecklist.map((item) => item.key),
  });
  const started = await clients.participant.post(`${relationshipPath}/transition`, { to: 'active' });
  expect(started.statusCode, started.body).toBe(200);

  // Coaching: the demo pilot, goals agreed three ways, then active.
  const engagement = (await clients.coach.get('/api/engagements')).json<CoachingEngagementPage>().items[0]!;
  ids.engagementA = engagement.id;
  const engagementPath = `/api/engagements/${engagement.id}`;
  const goal = {
    statement: 'Decide within my remit',
    competency: 'decision_making',
    metric: 'Decisions made without escalation per month',
    baseline: 2,
    target: 8,
    dueDate: engagement.endDate!,
  };
  const goals = await clients.coach.put(`${engagementPath}/goals`, { goals: [goal] });
  expect(goals.json<CoachingEngagement>().goals).toHaveLength(1);
  for (const role of ['coach', 'participant', 'manager'] as const) {
    expect((await clients[role].post(`${engagementPath}/goals/confirm`)).statusCode).toBe(200);
  }
  expect((await clients.coach.post(`${engagementPath}/transition`, { to: 'active' })).statusCode).toBe(200);

  // A second organization whose two people have the *same ids* as the demo's mentor and mentee
  // (people are keyed by organization and id), so a query that forgets org_id would mix them up.
  ids.orgB = (await seedOrganization(t.connection, 'Other Works')).id;
  const now = t.clock.now();
  const personB = (id: string, name: string, email: string) => ({
    id,
    orgId: ids.orgB,
    employeeId: email,
    name,
    email,
    title: 'Engineer',
    tier: 'middle_manager' as const,
    department: 'Engineering',
  });
  await t.db
    .insert(people)
    .values([
      personB(ids.mentor, 'Bea Other', 'bea@other.example'),
      personB(ids.participant, 'Bo Other', 'bo@other.example'),
    ]);
  for (const [email, personId] of [
    ['bea@other.example', ids.mentor],
    ['bo@other.example', ids.participant],
  ] as const) {
    await createUser({ db: t.db, clock: t.clock }, context, {
      org: 'Other Works',
      email,
      password: 'correct horse battery',
      roles: ['participant'],
      personId,
    });
  }
  const [programB] = await t.db
    .insert(programs)
    .values({
      orgId: ids.orgB,
      name: 'Other mentoring',
      type: 'mentoring',
      purpose: 'knowledge_transfer',
      targetTiers: ['middle_manager'],
      startDate: '2026-12-01',
      endDate: '2027-06-01',
      sessionCadence: 'biweekly',
      sessionFramework: 'five_cs',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const [relationshipB] = await t.db
    .insert(mentoringRelationships)
    .values({
      orgId: ids.orgB,
      programId: programB!.id,
      origin: 'self_service',
      score: 0,
      status: 'active',
      mentorPersonId: ids.mentor,
      menteePersonId: ids.participant,
      confidentialityNorms: 'Ours.',
      cadence: 'biweekly',
      startDate: '2026-12-01',
      endDate: '2027-06-01',
      mentorSignedAt: now,
      menteeSignedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  ids.relationshipB = relationshipB!.id;
  const [sessionB] = await t.db
    .insert(sessions)
    .values({
      orgId: ids.orgB,
      relationshipId: ids.relationshipB,
      scheduledAt: new Date('2026-11-24T07:00:00Z'),
      durationMinutes: 45,
      agenda: 'Other SECRET-B agenda',
      framework: 'five_cs',
      createdByPersonId: ids.participant,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  ids.sessionB = sessionB!.id;
}, 120_000);
afterAll(() => t.close());

describe('session reminders', () => {
  let sessionId: string;

  it('remind both people of a session in the next 24 hours, in UTC and their own time zone, without agenda or notes', async () => {
    await t.db
      .update(people)
      .set({ timeZone: 'America/New_York' })
      .where(and(eq(people.orgId, ids.orgA), eq(people.id, ids.participant)));
    await t.db
      .update(people)
      .set({ timeZone: 'Europe/Berlin' })
      .where(and(eq(people.orgId, ids.orgA), eq(people.id, ids.mentor)));
    const mentor = await as('mentor');
    const scheduled = await mentor.post(`/api/relationships/${ids.relationshipA}/sessions`, {
      scheduledAt: '2026-11-24T08:00:00Z',
      durationMinutes: 60,
      agenda,
      location: 'Room 4',
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    sessionId = scheduled.json<Session>().id;
    const noted = await mentor.put(`/api/sessions/${sessionId}/notes/shared/general`, { body: noteText });
    expect(noted.statusCode, noted.body).toBe(200);
    // Later than 24 hours ahead: not yet.
    await mentor.post(`/api/relationships/${ids.relationshipA}/sessions`, {
      scheduledAt: '2026-11-26T08:00:00Z',
      durationMinutes: 60,
    });
    const coach = await as('coach');
    const coaching = await coach.post(`/api/engagements/${ids.engagementA}/sessions`, {
      scheduledAt: '2026-11-23T20:00:00Z',
      durationMinutes: 90,
      agenda,
    });
    expect(coaching.statusCode, coaching.body).toBe(201);
    const coachingId = coaching.json<Session>().id;

    const run = await sendSessionReminders(deps());
    expect(run).toEqual({ checked: 3, emailsQueued: 6, notificationsAdded: 6, failed: 0 });

    const forMentoring = await mails(`session-reminder:${sessionId}:`, ids.orgA);
    expect(recipients(forMentoring)).toEqual(['mentor@northwind.example', 'participant@northwind.example']);
    const toMentee = forMentoring.find((mail) => mail.to_addresses[0] === 'participant@northwind.example')!;
    expect(toMentee.org_id).toBe(ids.orgA);
    expect(toMentee.dedupe_key).toBe(`session-reminder:${sessionId}:0:${ids.participant}`);
    expect(toMentee.subject).toMatch(/^Reminder: mentoring session with .+, Tuesday, 24 November 2026, 03:00$/);
    expect(toMentee.text_body).toContain('Tuesday, 24 November 2026, 03:00 (America/New_York)');
    expect(toMentee.text_body).toContain('2026-11-24 08:00 UTC');
    expect(toMentee.text_body).toContain(`/sessions/${sessionId}`);
    const toMentor = forMentoring.find((mail) => mail.to_addresses[0] === 'mentor@northwind.example')!;
    expect(toMentor.text_body).toContain('Tuesday, 24 November 2026, 09:00 (Europe/Berlin)');
    expect(recipients(await mails(`session-reminder:${coachingId}:`))).toEqual([
      'coach@northwind.example',
      'participant@northwind.example',
    ]);
    for (const mail of await mails('session-reminder:')) {
      expect(mail.subject + mail.text_body).not.toMatch(/SECRET|Room 4/);
    }
    const inApp = await notes('session.reminder');
    expect(inApp.filter((note) => note.user_id === users.participant)).toHaveLength(2);
    expect(inApp.find((note) => note.link === `/sessions/${sessionId}` && note.user_id === users.mentor)).toBeDefined();
    for (const note of inApp) expect(note.title + note.body).not.toContain('SECRET');
  });

  it('keep each organization to itself, even when person ids coincide', async () => {
    const other = await mails(`session-reminder:${ids.sessionB}:`);
    expect(recipients(other)).toEqual(['bea@other.example', 'bo@other.example']);
    expect(other.every((mail) => mail.org_id === ids.orgB)).toBe(true);
    expect(other.every((mail) => mail.text_body.includes('Bea Other') || mail.text_body.includes('Bo Other'))).toBe(
      true,
    );
    const all = await mails('session-reminder:');
    const demoMails = all.filter((mail) => mail.org_id === ids.orgA);
    expect(demoMails.every((mail) => mail.to_addresses.every((to) => to.endsWith('@northwind.example')))).toBe(true);
    expect(demoMails.some((mail) => /Bea Other|Bo Other/.test(mail.text_body))).toBe(false);
    const otherNotes = (await notes('session.reminder')).filter((note) => note.org_id === ids.orgB);
    expect(otherNotes).toHaveLength(2);
    expect(otherNotes.every((note) => note.link === `/sessions/${ids.sessionB}`)).toBe(true);
  });

  it('add nothing on a second pass', async () => {
    const before = [await countRows('email_outbox'), await countRows('notifications')];
    expect(await sendSessionReminders(deps())).toEqual({
      checked: 3,
      emailsQueued: 0,
      notificationsAdded: 0,
      failed: 0,
    });
    expect([await countRows('email_outbox'), await countRows('notifications')]).toEqual(before);
  });

  it('remind again after a reschedule', async () => {
    t.clock.set('2026-11-23T10:00:00Z');
    const mentor = await as('mentor');
    const moved = await mentor.patch(`/api/sessions/${sessionId}`, { scheduledAt: '2026-11-24T09:30:00Z' });
    expect(moved.statusCode, moved.body).toBe(200);
    const run = await sendSessionReminders(deps());
    expect(run).toMatchObject({ emailsQueued: 2, notificationsAdded: 2, failed: 0 });
    const again = await mails(`session-reminder:${sessionId}:1:`);
    expect(recipients(again)).toEqual(['mentor@northwind.example', 'participant@northwind.example']);
    expect(again[0]!.text_body).toMatch(/2026-11-24 09:30 UTC/);
  });
});

describe('weekly-goal prompts', () => {
  it('wait for Monday 08:00 in the person’s own time zone', async () => {
    // 07:00 in New York (the demo participant), 12:00 UTC for the other organization's mentee.
    t.clock.set('2026-12-07T12:00:00Z');
    const early = await sendWeeklyGoalPrompts(deps());
    expect(early).toMatchObject({ emailsQueued: 1, failed: 0 });
    expect(recipients(await mails('weekly-goals:'))).toEqual(['bo@other.example']);

    t.clock.set('2026-12-07T13:00:00Z'); // 08:00 in New York
    expect(await sendWeeklyGoalPrompts(deps())).toMatchObject({ emailsQueued: 1, notificationsAdded: 1 });
    const [prompt] = await mails(`weekly-goals:${ids.participant}:2026-W50`, ids.orgA);
    expect(prompt).toMatchObject({ org_id: ids.orgA, to_addresses: ['participant@northwind.example'] });
    expect(prompt!.subject).toContain('2026-W50');
    const inApp = (await notes('weekly_goals.prompt')).filter((note) => note.org_id === ids.orgA);
    expect(inApp.map((note) => note.user_id)).toEqual([users.participant]);
  });

  it('ask once a week, and not someone who already set this week’s goals', async () => {
    expect(await sendWeeklyGoalPrompts(deps())).toMatchObject({ checked: 2, emailsQueued: 0, notificationsAdded: 0 });
    // Sunday 23:30 UTC is Monday 08:30 in Tokyo but still Sunday in New York: week 50 there.
    await t.db.update(people).set({ timeZone: 'Asia/Tokyo' }).where(eq(people.orgId, ids.orgB));
    t.clock.set('2026-12-13T23:30:00Z');
    expect(await sendWeeklyGoalPrompts(deps())).toMatchObject({ emailsQueued: 1 });
    expect((await mails('weekly-goals:')).map((mail) => mail.dedupe_key.split(':')[2])).toEqual(
      expect.arrayContaining(['2026-W50', '2026-W51']),
    );
    expect(await mails(`weekly-goals:${ids.participant}:2026-W51`, ids.orgA)).toHaveLength(0);

    // Monday of week 51 in New York: the participant plans the week first, so is not asked.
    t.clock.set('2026-12-14T13:30:00Z');
    const participant = await as('participant');
    const planned = await participant.post('/api/weekly-goals', {
      description: 'Hold two one-to-ones',
      developmentGoal: 'Coaching my team',
      businessResult: 'Lower attrition',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(await sendWeeklyGoalPrompts(deps())).toMatchObject({ emailsQueued: 0 });
    expect(await mails(`weekly-goals:${ids.participant}:2026-W51`, ids.orgA)).toHaveLength(0);
  });
});

describe('progress-check reminders', () => {
  // The demo's running coaching program checked its engagements monthly, the last time days before
  // the demo was made: from a month on they are due too. Their coaches have no login: nobody is told.
  let dueInDemo: number;
  beforeAll(async () => {
    const [row] = await queryRows<{ total: number }>(
      t.db,
      sql`select count(*)::int as total from coaching_engagements where status = 'active' and id <> ${ids.engagementA}`,
    );
    dueInDemo = row!.total;
  });

  it('tell the coach once when a check is due, one cadence after the start', async () => {
    // The pilot starts 2026-12-14 and meets biweekly: the first check is due 2026-12-28.
    t.clock.set('2026-12-27T23:00:00Z');
    expect(await sendProgressCheckReminders(deps())).toEqual({
      checked: dueInDemo,
      emailsQueued: 0,
      notificationsAdded: 0,
      failed: 0,
    });
    t.clock.set('2026-12-28T01:00:00Z');
    expect(await sendProgressCheckReminders(deps())).toEqual({
      checked: dueInDemo + 1,
      emailsQueued: 1,
      notificationsAdded: 1,
      failed: 0,
    });
    const [mail] = await mails('progress-due:');
    expect(mail).toMatchObject({
      org_id: ids.orgA,
      to_addresses: ['coach@northwind.example'],
      dedupe_key: `progress-due:${ids.engagementA}:2026-12-28`,
    });
    expect(mail!.subject).toMatch(/^Progress check due: coaching with /);
    const [note] = await notes('engagement.progress_due');
    expect(note).toMatchObject({ user_id: users.coach, link: `/engagements/${ids.engagementA}` });

    expect(await sendProgressCheckReminders(deps())).toMatchObject({ checked: dueInDemo + 1, emailsQueued: 0 });
    expect(await notes('engagement.progress_due')).toHaveLength(1);
  });

  it('count the next one from the last check', async () => {
    const coach = await as('coach');
    const engagement = (await coach.get(`/api/engagements/${ids.engagementA}`)).json<CoachingEngagement>();
    const checked = await coach.post(`/api/engagements/${ids.engagementA}/progress-checks`, {
      ratings: engagement.goals!.map((goal) => ({ goalId: goal.id, rating: 3, evidence: 'Two calls decided alone' })),
    });
    expect(checked.statusCode, checked.body).toBe(201);
    t.clock.set('2027-01-11T00:30:00Z'); // 14 days after the check, less half an hour
    expect(await sendProgressCheckReminders(deps())).toMatchObject({ checked: dueInDemo });
    t.clock.set('2027-01-11T02:00:00Z');
    expect(await sendProgressCheckReminders(deps())).toMatchObject({ checked: dueInDemo + 1, emailsQueued: 1 });
    expect((await mails('progress-due:')).map((mail) => mail.dedupe_key)).toEqual([
      `progress-due:${ids.engagementA}:2026-12-28`,
      `progress-due:${ids.engagementA}:2027-01-11`,
    ]);
  });
});

describe('relationship health', () => {
  const relationship = async (id: string) =>
    (await t.db.select().from(mentoringRelationships).where(eq(mentoringRelationships.id, id)))[0]!;

  it('changes nothing stored for a flag', async () => {
    t.clock.set('2026-12-30T01:00:00Z'); // 29 days without a meeting on a biweekly cadence
    const before = await relationship(ids.relationshipA);
    expect(await checkRelationshipHealth(deps())).toMatchObject({ checked: 0, warned: 0, concluded: 0 });
    expect(await relationship(ids.relationshipA)).toEqual(before);
  });

  it('warns both sides at 90 days without a meeting, once', async () => {
    t.clock.set('2027-02-28T23:00:00Z'); // 89 days
    expect(await checkRelationshipHealth(deps())).toMatchObject({ warned: 0 });
    t.clock.set('2027-03-01T01:00:00Z'); // 90 days after 2026-12-01
    const run = await checkRelationshipHealth(deps());
    expect(run).toMatchObject({
      checked: 2,
      warned: 2,
      concluded: 0,
      emailsQueued: 4,
      notificationsAdded: 4,
      failed: 0,
    });
    const warnings = await mails(`health-warning:${ids.relationshipA}:2026-12-01:`);
    expect(recipients(warnings)).toEqual(['mentor@northwind.example', 'participant@northwind.example']);
    expect(warnings[0]!.subject).toMatch(/has been quiet for 90 days$/);
    expect(recipients(await mails(`health-warning:${ids.relationshipB}:`))).toEqual([
      'bea@other.example',
      'bo@other.example',
    ]);
    expect((await relationship(ids.relationshipA)).healthWarnedAt).toEqual(new Date('2027-03-01T01:00:00Z'));
    const inApp = (await notes('relationship.health_warning')).filter((note) => note.org_id === ids.orgA);
    expect(inApp.map((note) => note.user_id).sort()).toEqual([users.mentor, users.participant].sort());

    const before = [await countRows('email_outbox'), await countRows('notifications')];
    expect(await checkRelationshipHealth(deps())).toMatchObject({ checked: 0, warned: 0, emailsQueued: 0 });
    expect([await countRows('email_outbox'), await countRows('notifications')]).toEqual(before);
  });

  it('concludes 7 days after the warning, unless the pair met after it', async () => {
    // The other organization's pair meets after its warning.
    await t.db
      .update(mentoringRelationships)
      .set({ lastMeetingAt: new Date('2027-03-04T10:00:00Z') })
      .where(and(eq(mentoringRelationships.orgId, ids.orgB), eq(mentoringRelationships.id, ids.relationshipB)));
    const otherBefore = await relationship(ids.relationshipB);
    t.clock.set('2027-03-08T00:30:00Z'); // 6 days 23.5 hours after the warning
    expect(await checkRelationshipHealth(deps())).toMatchObject({ concluded: 0 });
    expect((await relationship(ids.relationshipA)).status).toBe('active');

    t.clock.set('2027-03-08T01:00:00Z');
    const run = await checkRelationshipHealth(deps());
    expect(run).toMatchObject({ checked: 1, warned: 0, concluded: 1, emailsQueued: 2, failed: 0 });
    const ended = await relationship(ids.relationshipA);
    expect(ended).toMatchObject({
      status: 'ended_early',
      endingKind: 'concluded_inactive',
      endedAt: new Date('2027-03-08T01:00:00Z'),
    });
    expect(await relationship(ids.relationshipB)).toEqual(otherBefore);
    const told = await mails(`health-concluded:${ids.relationshipA}:`);
    expect(recipients(told)).toEqual(['mentor@northwind.example', 'participant@northwind.example']);
    expect(told.every((mail) => mail.org_id === ids.orgA)).toBe(true);
    expect(await mails(`health-concluded:${ids.relationshipB}:`)).toHaveLength(0);
    expect((await notes('relationship.concluded')).map((note) => note.user_id).sort()).toEqual(
      [users.mentor, users.participant].sort(),
    );
    const audit = await queryRows<{ org_id: string; actor_user_id: string | null; details: { endingKind: string } }>(
      t.db,
      sql`select org_id, actor_user_id, details from audit_events
          where action = 'relationship.concluded_inactive' and target_id = ${ids.relationshipA}`,
    );
    expect(audit).toEqual([
      { org_id: ids.orgA, actor_user_id: null, details: expect.objectContaining({ endingKind: 'concluded_inactive' }) },
    ]);

    expect(await checkRelationshipHealth(deps())).toMatchObject({ checked: 0, concluded: 0, emailsQueued: 0 });
  });
});

describe('a failing item', () => {
  it('rolls back only itself; the others are reminded, and it is retried on the next pass', async () => {
    t.clock.set('2027-03-09T09:00:00Z');
    const now = t.clock.now();
    const session = (orgId: string, pair: { relationshipId: string } | { engagementId: string }, by: string) => ({
      orgId,
      ...pair,
      scheduledAt: new Date('2027-03-10T08:00:00Z'),
      durationMinutes: 60,
      framework: 'five_cs' as const,
      createdByPersonId: by,
      createdAt: now,
      updatedAt: now,
    });
    const [other] = await t.db
      .insert(sessions)
      .values(session(ids.orgB, { relationshipId: ids.relationshipB }, ids.participant))
      .returning();
    const [coaching] = await t.db
      .insert(sessions)
      .values(session(ids.orgA, { engagementId: ids.engagementA }, ids.coach))
      .returning();
    // An address the outbox refuses makes the other organization's session fail as a whole.
    await t.db.execute(sql`update users set email = 'bea at other' where email = 'bea@other.example'`);
    const run = await sendSessionReminders(deps());
    expect(run).toEqual({ checked: 2, emailsQueued: 2, notificationsAdded: 2, failed: 1 });
    expect(recipients(await mails(`session-reminder:${coaching!.id}:`))).toEqual([
      'coach@northwind.example',
      'participant@northwind.example',
    ]);
    expect(await mails(`session-reminder:${other!.id}:`)).toHaveLength(0);

    await t.db.execute(sql`update users set email = 'bea@other.example' where email = 'bea at other'`);
    expect(await sendSessionReminders(deps())).toEqual({
      checked: 2,
      emailsQueued: 2,
      notificationsAdded: 2,
      failed: 0,
    });
    expect(recipients(await mails(`session-reminder:${other!.id}:`))).toEqual([
      'bea@other.example',
      'bo@other.example',
    ]);
  });
});

describe('registerReminderJobs', () => {
  it('registers the four reminder jobs', () => {
    const registered: { name: string; schedule: JobSchedule }[] = [];
    const runner: JobRunner = {
      registerJob: (name, _handler, schedule) => registered.push({ name, schedule }),
      runSoon: async () => undefined,
      start: async () => undefined,
      stop: async () => undefined,
    };
    registerReminderJobs(runner, {
      ...deps(),
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    expect(registered.map((job) => job.name)).toEqual([...reminderJobNames]);
    expect(registered.map((job) => job.name).sort()).toEqual([
      'progress-check-reminders',
      'relationship-health',
      'session-reminders',
      'weekly-goal-prompts',
    ]);
    expect(registered[0]!.schedule).toEqual({ every: 300 });
  });
});
