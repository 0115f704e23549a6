// One organization with every kind of person the confidentiality rules speak of, each with a
// login, plus a second organization: the world the authorization matrix and the property tests
// run in. Built on the demo seed and then through the real API, as users would.
import { sql } from 'drizzle-orm';
import type { MatchingRun, MatchRequest } from '../../contract/matching.js';
import type { ProgramEnrollment } from '../../contract/programs.js';
import type { RelationshipPage } from '../../contract/relationships.js';
import type { CalendarFeed, Session, SessionActionItem } from '../../contract/sessions.js';
import type { KeyPosition, SuccessorDetail } from '../../contract/succession.js';
import type { WeeklyGoal } from '../../contract/weekly-goals.js';
import { behaviouralProfile, engagementPulse, leadership360 } from '../../domain/assessments/index.js';
import { queryRows } from '../db/client.js';
import { createDemoOrganization, demoOrganizationName, demoPassword } from '../modules/demo/index.js';
import { notify } from '../modules/notifications/index.js';
import { requestAs, seedOrganization, seedUser, signIn, type SignedIn } from './factories.js';
import type { TestApp } from './test-app.js';

/** Everyone the matrix asks about. */
export const roleNames = [
  'admin',
  'coach',
  'coachee',
  'mentor',
  'mentee',
  'sponsor',
  'manager',
  'unrelated',
  'otherOrg',
  'anonymous',
] as const;
export type RoleName = (typeof roleNames)[number];

export type Client = ReturnType<typeof requestAs>;

/**
 * Texts written into the world by one party each, and who may ever read them. Every answer to
 * anyone else must not contain them.
 */
export const markers = {
  coachPrivate: { text: 'MARK-PRIVATE-COACH watch for over-promising', readers: ['coach'] },
  coacheePrivate: { text: 'MARK-PRIVATE-COACHEE my manager micromanages', readers: ['coachee'] },
  coachingShared: { text: 'MARK-SHARED-COACHING speak last in meetings', readers: ['coach', 'coachee'] },
  coachingAgenda: { text: 'MARK-AGENDA-COACHING the board meeting', readers: ['coach', 'coachee'] },
  coachingItem: { text: 'MARK-ITEM-COACHING ask for feedback', readers: ['coach', 'coachee'] },
  coachingGoal: {
    text: 'MARK-GOAL-COACHING decide within my remit',
    readers: ['coach', 'coachee', 'manager', 'sponsor'],
  },
  mentorPrivate: { text: 'MARK-PRIVATE-MENTOR seems anxious about the reorg', readers: ['mentor'] },
  menteePrivate: { text: 'MARK-PRIVATE-MENTEE I may leave next year', readers: ['mentee'] },
  mentoringShared: { text: 'MARK-SHARED-MENTORING three choices explored', readers: ['mentor', 'mentee'] },
  mentoringAgenda: { text: 'MARK-AGENDA-MENTORING telling my boss', readers: ['mentor', 'mentee'] },
  weeklyGoal: { text: 'MARK-WEEKLY-MENTEE delegate the planning', readers: ['mentee', 'mentor'] },
  feedbackPeer: { text: 'MARK-360-PEERS asks sharp questions', readers: ['coachee'] },
  // The manager wrote it: it is in their own personal-data download too.
  feedbackManager: { text: 'MARK-360-MANAGER ready for a bigger team', readers: ['coachee', 'manager'] },
  // A direct report who answered alone: below the threshold, shown to nobody, ever.
  feedbackSuppressed: { text: 'MARK-360-SUPPRESSED avoids hard conversations', readers: [] },
  // A key position naming the coachee as a successor: succession is for admins and sponsors only.
  succession: { text: 'MARK-SUCCESSION coachee named for the COO seat', readers: ['admin', 'sponsor'] },
  // Ongoing feedback: the coachee asked their manager, who answered; the coachee shared it with
  // their coach. The mentor gave the coachee feedback unasked, not shared. Kudos from the manager.
  feedbackQuestion: {
    text: 'MARK-FEEDBACK-QUESTION how do I chair meetings',
    readers: ['coachee', 'manager', 'coach'],
  },
  feedbackShared: { text: 'MARK-FEEDBACK-SHARED you close meetings well', readers: ['coachee', 'manager', 'coach'] },
  feedbackUnshared: { text: 'MARK-FEEDBACK-UNSHARED you interrupt people', readers: ['coachee', 'mentor'] },
  // Shown to the coachee's team: their manager (the giver) is the only one of the matrix on it.
  kudosTeam: { text: 'MARK-KUDOS-TEAM great quarter close', readers: ['coachee', 'manager'] },
  kudosPrivate: { text: 'MARK-KUDOS-PRIVATE thanks for the quiet word', readers: ['coachee', 'manager'] },
  feedbackPromptAnswer: { text: 'MARK-PROMPT-ANSWER asked my manager', readers: ['coachee', 'coach'] },
  otherOrganization: { text: 'Elsewhere Marker', readers: ['otherOrg'] },
  organization: {
    text: 'Northwind',
    readers: ['admin', 'coach', 'coachee', 'mentor', 'mentee', 'sponsor', 'manager', 'unrelated'],
  },
} as const satisfies Record<string, { text: string; readers: readonly RoleName[] }>;

/** Names of stored secrets no answer may ever carry, whoever asks. */
export const neverInAnswers = ['passwordHash', 'password_hash', 'tokenHash', 'token_hash', '$scrypt', '$argon2'];

/** Every text no answer to `role` may contain: the markers it is not a reader of, and stored secrets. */
export function hiddenFrom(role: RoleName): string[] {
  const hidden = Object.values(markers).filter((marker) => !(marker.readers as readonly RoleName[]).includes(role));
  return [...hidden.map((marker) => marker.text), ...neverInAnswers];
}

/** The routes of the app's OpenAPI document, as method and path (`{id}` style). */
export function openApiRoutes(app: TestApp['app']): { method: string; path: string }[] {
  const document = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
  );
}

export type World = {
  as: Record<RoleName, Client>;
  /** What each role's browser holds (none for anonymous), for requests built by hand. */
  sessions: Partial<Record<RoleName, SignedIn>>;
  /** A second, fresh session of the role (for signing out without losing the first). */
  signInAgain: (role: RoleName) => Promise<Client>;
  person: Record<'coach' | 'coachee' | 'mentor' | 'mentee' | 'sponsor' | 'manager' | 'unrelated', string>;
  /** People of the directory with no login and no part in any pair, for changes that stick. */
  spare: { personForLeave: string; personForLeaveEmployeeId: string; personToEnroll: string; userId: string };
  orgId: string;
  otherOrg: { orgId: string; personId: string; programId: string };
  /** The demo's three, and a draft made here. */
  programs: { bulk: string; circle: string; pilot: string; draft: string };
  enrollmentToRemove: string;
  run: { id: string; proposalIds: [string, string]; participantId: string; partnerId: string };
  engagementId: string;
  engagementEndDate: string;
  coachingGoalId: string;
  relationshipId: string;
  coachingSession: string;
  mentoringSession: string;
  coachingActionItem: string;
  weeklyGoalId: string;
  matchRequestId: string;
  mentorNotificationId: string;
  calendarToken: string;
  /** The coachee's closed 360 in the pilot (report ready), and the coachee's own rater link. */
  feedbackCycleId: string;
  selfRaterToken: string;
  /** This quarter's closed team pulse, and an unanswered member's link to it. */
  pulseSurveyId: string;
  pulseToken: string;
  /** The pilot's first business or behavioural outcome, for measurements. */
  pilotOutcomeId: string;
  /** A key position naming the coachee (and the mentee, to remove); a second one to archive. */
  keyPosition: { id: string; successorId: string; spareSuccessorId: string; spareId: string };
  /** Ongoing feedback: an open request of the coachee's to the mentor, and the manager's answer to another. */
  feedbackRequestId: string;
  sharedFeedbackId: string;
};

const context = { ipAddress: null, userAgent: 'test', requestId: null };
const password = 'correct horse battery';

function anonymousClient(t: TestApp): Client {
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object | string) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  return {
    get: (url) => send('GET', url),
    post: (url, payload) => send('POST', url, payload),
    patch: (url, payload) => send('PATCH', url, payload),
    put: (url, payload) => send('PUT', url, payload),
    delete: (url) => send('DELETE', url),
    postCsv: (url, csv) => t.app.inject({ method: 'POST', url, payload: csv, headers: { 'content-type': 'text/csv' } }),
  };
}

async function ok<T>(response: Promise<{ statusCode: number; body: string }>, step: string): Promise<T> {
  const answer = await response;
  if (answer.statusCode >= 300) throw new Error(`world: ${step} answered ${answer.statusCode} ${answer.body}`);
  return (answer.body ? JSON.parse(answer.body) : undefined) as T;
}

async function one<T>(t: TestApp, query: ReturnType<typeof sql>, step: string): Promise<T> {
  const [row] = await queryRows<T>(t.db, query);
  if (!row) throw new Error(`world: found no ${step}`);
  return row;
}

/** Answers that rate every competency `value`, with `comment` in every comment box. */
function raterAnswers(value: number, comment: string): Record<string, number | string> {
  return Object.fromEntries(
    leadership360.items.map((item) => [
      item.key,
      item.kind === 'comment' ? comment : item.isReverseKeyed ? leadership360.likert.points + 1 - value : value,
    ]),
  );
}

/**
 * The coachee's 360 in the pilot, taken to its report: the manager and three peers answer (shown),
 * one direct report answers alone (suppressed), the coachee rates themselves; then it is closed.
 */
async function createFeedbackCycle(
  t: TestApp,
  as: Record<RoleName, Client>,
  input: { orgId: string; programId: string; person: World['person']; exclude: { id: string }[] },
): Promise<{ cycleId: string; selfToken: string }> {
  const raters = await queryRows<{ id: string; email: string }>(
    t.db,
    sql`select p.id, p.email from people p
        where p.org_id = ${input.orgId} and p.status = 'active'
          and p.id not in (select person_id from users where person_id is not null)
          and p.id not in (${sql.join(
            input.exclude.map((row) => sql`${row.id}`),
            sql`, `,
          )})
        order by p.employee_id desc limit 4`,
  );
  if (raters.length < 4) throw new Error('world: not enough people to rate the coachee');
  const cycle = await ok<{ id: string }>(
    as.admin.post(`/api/programs/${input.programId}/feedback-cycles`, {
      personId: input.person.coachee,
      phase: 'pre',
      closesOn: '2026-12-20',
    }),
    '360 cycle',
  );
  const path = `/api/feedback-cycles/${cycle.id}`;
  await ok(
    as.coachee.put(`${path}/nominations`, {
      raters: [
        { personId: input.person.manager, group: 'manager' },
        ...raters.slice(0, 3).map((rater) => ({ personId: rater.id, group: 'peers' })),
        { personId: raters[3]!.id, group: 'direct_reports' },
      ],
    }),
    '360 nominations',
  );
  await ok(as.coachee.post(`${path}/submit`), '360 submit');
  await ok(as.manager.post(`${path}/approve`), '360 approval');
  const mails = await queryRows<{ to: string; body: string }>(
    t.db,
    sql`select to_addresses[1] as "to", text_body as body from email_outbox where text_body like '%/rate/%'`,
  );
  const tokenOf = (email: string) => {
    const token = mails
      .map((mail) => (mail.to === email ? /\/rate\/([\w-]+)/.exec(mail.body)?.[1] : undefined))
      .find(Boolean);
    if (!token) throw new Error(`world: no 360 link mailed to ${email}`);
    return token;
  };
  const emailOf = async (personId: string) =>
    (await one<{ email: string }>(t, sql`select email from people where id = ${personId}`, 'rater email')).email;
  const answer = async (email: string, value: number, comment: string) =>
    ok(
      t.app.inject({
        method: 'PUT',
        url: `/api/rater/${tokenOf(email)}`,
        payload: { answers: raterAnswers(value, comment), submit: true },
      }),
      `360 answer of ${email}`,
    );
  const selfToken = tokenOf(await emailOf(input.person.coachee));
  await answer(await emailOf(input.person.coachee), 4, 'I would like to delegate more.');
  await answer(await emailOf(input.person.manager), 3, markers.feedbackManager.text);
  for (const rater of raters.slice(0, 3)) await answer(rater.email, 4, markers.feedbackPeer.text);
  await answer(raters[3]!.email, 2, markers.feedbackSuppressed.text);
  await ok(as.admin.post(`${path}/close`), '360 close');
  return { cycleId: cycle.id, selfToken };
}

/** Every statement of an instrument rated `value` (reverse-keyed ones included: only the count matters here). */
function ratedAll(instrument: typeof engagementPulse, value: number): Record<string, number> {
  return Object.fromEntries(instrument.items.flatMap((item) => (item.kind === 'likert' ? [[item.key, value]] : [])));
}

/**
 * This quarter's team pulse, closed: five members of one team of six answered (a score is shown),
 * the sixth's link is kept for the public routes.
 */
async function createPulseSurvey(
  t: TestApp,
  as: Record<RoleName, Client>,
): Promise<{ surveyId: string; token: string }> {
  const survey = await ok<{ id: string }>(as.admin.post('/api/pulse-surveys', {}), 'pulse survey');
  const invitations = await queryRows<{ leader: string; email: string }>(
    t.db,
    sql`select i.leader_person_id as leader, p.email from pulse_invitations i
        join people p on p.org_id = i.org_id and p.id = i.person_id
        where i.survey_id = ${survey.id} order by i.leader_person_id, p.email`,
  );
  const mails = await queryRows<{ to: string; body: string }>(
    t.db,
    sql`select to_addresses[1] as "to", text_body as body from email_outbox where text_body like '%/pulse/%'`,
  );
  const tokenOf = (email: string) => {
    const token = mails
      .map((mail) => (mail.to === email ? /\/pulse\/([\w-]+)/.exec(mail.body)?.[1] : undefined))
      .find(Boolean);
    if (!token) throw new Error(`world: no pulse link mailed to ${email}`);
    return token;
  };
  const leader = invitations.find(
    (row) => invitations.filter((other) => other.leader === row.leader).length >= 6,
  )?.leader;
  if (!leader) throw new Error('world: no team of six for the pulse');
  const team = invitations.filter((row) => row.leader === leader);
  for (const member of team.slice(0, 5)) {
    await ok(
      t.app.inject({
        method: 'POST',
        url: `/api/pulse/${tokenOf(member.email)}`,
        payload: { answers: ratedAll(engagementPulse, 4) },
      }),
      'pulse answer',
    );
  }
  await ok(as.admin.post(`/api/pulse-surveys/${survey.id}/close`), 'pulse close');
  return { surveyId: survey.id, token: tokenOf(team[5]!.email) };
}

/**
 * Ongoing feedback between the matrix's people: the coachee asks their manager, who answers, and
 * the coachee shares it with their coach; the mentor gives the coachee feedback unasked; the manager
 * sends the coachee kudos for their team and kudos for them alone; the coach asks, in the coaching
 * session, which feedback the coachee sought or gave, and the coachee answers. An open request to
 * the mentor is left to decline.
 */
async function createOngoingFeedback(
  t: TestApp,
  as: Record<RoleName, Client>,
  input: { orgId: string; person: World['person']; coachingSession: string },
): Promise<{ feedbackRequestId: string; sharedFeedbackId: string }> {
  const { person } = input;
  // The team-visible kudos' markers say only the manager of the matrix is on the coachee's team.
  const team = await queryRows<{ id: string }>(
    t.db,
    sql`select p.id from people p, people c
        where c.org_id = ${input.orgId} and c.id = ${person.coachee} and p.org_id = c.org_id and p.id <> c.id
          and (p.id = c.manager_id or p.manager_id = c.manager_id or p.manager_id = c.id)`,
  );
  const others = Object.entries(person).filter(([role, id]) => role !== 'manager' && team.some((row) => row.id === id));
  if (others.length > 0) throw new Error(`world: ${others.map(([role]) => role).join(', ')} on the coachee's team`);

  const asked = await ok<{ id: string }>(
    as.coachee.post('/api/feedback-requests', {
      askedPersonId: person.manager,
      competencyKey: 'decision_making',
      question: markers.feedbackQuestion.text,
    }),
    'feedback request',
  );
  const answer = await ok<{ id: string }>(
    as.manager.post('/api/feedback', {
      aboutPersonId: person.coachee,
      competencyKey: 'decision_making',
      text: markers.feedbackShared.text,
      requestId: asked.id,
    }),
    'feedback answer',
  );
  await ok(as.coachee.put(`/api/feedback/${answer.id}/sharing`, { sharedWithGuides: true }), 'feedback sharing');
  await ok(
    as.mentor.post('/api/feedback', {
      aboutPersonId: person.coachee,
      competencyKey: 'communication_active_listening',
      text: markers.feedbackUnshared.text,
    }),
    'unasked feedback',
  );
  await ok(
    as.manager.post('/api/kudos', { toPersonId: person.coachee, message: markers.kudosTeam.text, visibleToTeam: true }),
    'team kudos',
  );
  await ok(as.manager.post('/api/kudos', { toPersonId: person.coachee, message: markers.kudosPrivate.text }), 'kudos');
  await ok(as.coach.post(`/api/sessions/${input.coachingSession}/feedback-prompt`), 'feedback prompt');
  await ok(
    as.coachee.put(`/api/sessions/${input.coachingSession}/feedback-prompt`, {
      answer: markers.feedbackPromptAnswer.text,
    }),
    'feedback prompt answer',
  );
  const open = await ok<{ id: string }>(
    as.coachee.post('/api/feedback-requests', { askedPersonId: person.mentor, competencyKey: 'coaching_others' }),
    'open feedback request',
  );
  return { feedbackRequestId: open.id, sharedFeedbackId: answer.id };
}

/** Builds the world on a fresh test app. The clock is set to a Wednesday in November 2026. */
export async function createWorld(t: TestApp): Promise<World> {
  t.clock.set('2026-11-25T12:00:00Z');
  await createDemoOrganization(t, context);
  const { org_id: orgId } = await one<{ org_id: string }>(
    t,
    sql`select org_id from organizations where name = ${demoOrganizationName}`,
    'demo organization',
  );
  const emails: Partial<Record<RoleName, { email: string; password: string }>> = {
    admin: { email: 'admin@northwind.example', password: demoPassword },
    coach: { email: 'coach@northwind.example', password: demoPassword },
    coachee: { email: 'participant@northwind.example', password: demoPassword },
    mentor: { email: 'mentor@northwind.example', password: demoPassword },
    sponsor: { email: 'sponsor@northwind.example', password: demoPassword },
    manager: { email: 'manager@northwind.example', password: demoPassword },
  };
  const personOf = async (email: string) =>
    (await one<{ person_id: string }>(t, sql`select person_id from users where email = ${email}`, email)).person_id;
  const person = {
    coach: await personOf(emails.coach!.email),
    coachee: await personOf(emails.coachee!.email),
    mentor: await personOf(emails.mentor!.email),
    sponsor: await personOf(emails.sponsor!.email),
    manager: await personOf(emails.manager!.email),
  } as World['person'];

  const programOf = async (name: string) =>
    (await one<{ id: string }>(t, sql`select id from programs where org_id = ${orgId} and name = ${name}`, name)).id;
  const programs = {
    bulk: await programOf('Leadership Mentoring 2027'),
    circle: await programOf('New Manager Mentoring Circle'),
    pilot: await programOf('Leadership Coaching Pilot'),
  };

  // The mentee: another participant of the self-service circle, given a login; not on the coachee's
  // team (their manager's reports, or their own), whose kudos the matrix says only the manager sees.
  person.mentee = (
    await one<{ person_id: string }>(
      t,
      sql`select e.person_id from program_enrollments e
          join people p on p.org_id = e.org_id and p.id = e.person_id
          where e.program_id = ${programs.circle} and e.role = 'participant'
            and e.person_id not in (select person_id from users where person_id is not null)
            and p.manager_id is distinct from ${person.coachee}
            and p.manager_id is distinct from (select manager_id from people where id = ${person.coachee})
          order by e.person_id limit 1`,
      'circle mentee',
    )
  ).person_id;
  // Unrelated and spare people: outside the circle, the pilot and the running coaching program (the
  // demo enrolls nearly everyone in its bulk program, where nothing is published), still employed,
  // managing no one, without a login.
  const showcase = await programOf('Emerging Leaders Coaching');
  const loose = await queryRows<{ id: string }>(
    t.db,
    sql`select p.id from people p
        where p.org_id = ${orgId} and p.status = 'active'
          and not exists (select 1 from program_enrollments e
                          where e.person_id = p.id and e.program_id in (${programs.circle}, ${programs.pilot}, ${showcase}))
          and not exists (select 1 from people r where r.org_id = p.org_id and r.manager_id = p.id)
          and p.id not in (select person_id from users where person_id is not null)
          and p.id not in (select sponsor_person_id from programs where sponsor_person_id is not null)
        order by p.employee_id limit 3`,
  );
  if (loose.length < 3) throw new Error('world: not enough people outside every program');
  person.unrelated = loose[0]!.id;
  // A login nobody in the matrix uses, for the admin to change and sign out.
  const spareUser = await seedUser(t.connection, t.clock, {
    org: demoOrganizationName,
    email: 'spare@northwind.example',
    password,
    roles: ['participant'],
  });
  const { employee_id: spareEmployeeId } = await one<{ employee_id: string }>(
    t,
    sql`select employee_id from people where id = ${loose[1]!.id}`,
    'spare employee id',
  );
  const spare = {
    personForLeave: loose[1]!.id,
    personForLeaveEmployeeId: spareEmployeeId,
    personToEnroll: loose[2]!.id,
    userId: spareUser.id,
  };

  for (const [role, personId] of [
    ['mentee', person.mentee],
    ['unrelated', person.unrelated],
  ] as const) {
    const email = `${role}@northwind.example`;
    await seedUser(t.connection, t.clock, { org: demoOrganizationName, email, password, roles: ['participant'] });
    await t.db.execute(sql`update users set person_id = ${personId} where email = ${email}`);
    emails[role] = { email, password };
  }

  // The other organization: an admin, a person and a program, each named with the marker.
  const other = await seedOrganization(t.connection, 'Elsewhere Marker Ltd');
  await seedUser(t.connection, t.clock, {
    org: other.name,
    email: 'admin@elsewhere.example',
    password,
    roles: ['admin'],
  });
  emails.otherOrg = { email: 'admin@elsewhere.example', password };

  const sessions = new Map<RoleName, SignedIn>();
  for (const role of roleNames) {
    if (role === 'anonymous') continue;
    sessions.set(role, await signIn(t.app, emails[role]!.email, emails[role]!.password));
  }
  const as = Object.fromEntries(
    roleNames.map((role) => [role, role === 'anonymous' ? anonymousClient(t) : requestAs(t.app, sessions.get(role)!)]),
  ) as Record<RoleName, Client>;
  const signInAgain = async (role: RoleName) =>
    role === 'anonymous'
      ? anonymousClient(t)
      : requestAs(t.app, await signIn(t.app, emails[role]!.email, emails[role]!.password));

  await ok(
    as.otherOrg.postCsv(
      '/api/people/import?mode=commit',
      'employee_id,name,email,title,tier,function,department,manager_employee_id,location,time_zone,hire_date,high_potential\n' +
        'X1,Elsewhere Marker Person,x1@elsewhere.example,Director,executive,Operations,Operations,,Oslo,Europe/Oslo,2020-01-06,false\n',
    ),
    'other organization import',
  );
  const otherPerson = await one<{ id: string }>(
    t,
    sql`select id from people where org_id = ${other.id} and employee_id = 'X1'`,
    'other person',
  );
  const otherProgram = await ok<{ id: string }>(
    as.otherOrg.post('/api/programs', {
      name: 'Elsewhere Marker Program',
      type: 'mentoring',
      purpose: 'knowledge_transfer',
      targetTiers: ['executive'],
      startDate: '2027-01-04',
      endDate: '2027-12-17',
    }),
    'other program',
  );

  // Mentoring: the mentee asks the demo mentor in the circle, who accepts.
  const asked = await ok<MatchRequest>(
    as.mentee.post(`/api/programs/${programs.circle}/match-requests`, { mentorPersonId: person.mentor }),
    'match request',
  );
  await ok(as.mentor.post(`/api/match-requests/${asked.id}/accept`), 'accept');
  const relationshipId = (await ok<RelationshipPage>(as.mentee.get('/api/relationships'), 'relationships')).items[0]!
    .id;
  // A request still open: the coachee asks the same mentor.
  const pending = await ok<MatchRequest>(
    as.coachee.post(`/api/programs/${programs.circle}/match-requests`, { mentorPersonId: person.mentor }),
    'pending request',
  );
  // A notification of the mentor's, as the reminder jobs leave them.
  const mentorUser = await one<{ id: string }>(
    t,
    sql`select id from users where email = ${emails.mentor!.email}`,
    'mentor user',
  );
  const notification = await notify(t, {
    orgId,
    userId: mentorUser.id,
    kind: 'session_reminder',
    title: 'Your session is tomorrow',
    body: 'With your mentee at 10:00.',
    link: null,
  });

  // Coaching: the demo's pilot engagement between the coach and the coachee.
  const engagement = await one<{ id: string }>(
    t,
    sql`select id from coaching_engagements where org_id = ${orgId}
        and coach_person_id = ${person.coach} and leader_person_id = ${person.coachee}`,
    'pilot engagement',
  );
  const engagementId = engagement.id;
  const engagementPath = `/api/engagements/${engagementId}`;
  const dates = await one<{ end_date: string }>(
    t,
    sql`select end_date::text from coaching_engagements where id = ${engagementId}`,
    'engagement dates',
  );
  const withGoals = await ok<{ goals: { id: string }[] }>(
    as.coach.put(`${engagementPath}/goals`, {
      goals: [
        {
          statement: markers.coachingGoal.text,
          competency: 'decision_making',
          metric: 'Decisions made without escalation per month',
          baseline: 2,
          target: 8,
          dueDate: dates.end_date,
        },
      ],
    }),
    'coaching goals',
  );

  const coaching = await ok<Session>(
    as.coach.post(`${engagementPath}/sessions`, {
      scheduledAt: '2026-12-15T09:00:00Z',
      durationMinutes: 60,
      agenda: markers.coachingAgenda.text,
    }),
    'coaching session',
  );
  const c = `/api/sessions/${coaching.id}`;
  await ok(as.coach.put(`${c}/notes/shared/goal`, { body: markers.coachingShared.text }), 'shared note');
  await ok(as.coach.put(`${c}/notes/private/reality`, { body: markers.coachPrivate.text }), 'coach note');
  await ok(as.coachee.put(`${c}/notes/private/reality`, { body: markers.coacheePrivate.text }), 'coachee note');
  const item = await ok<SessionActionItem>(
    as.coachee.post(`${c}/action-items`, { description: markers.coachingItem.text, ownerPersonId: person.coachee }),
    'action item',
  );

  const mentoring = await ok<Session>(
    as.mentor.post(`/api/relationships/${relationshipId}/sessions`, {
      scheduledAt: '2026-12-16T10:00:00Z',
      durationMinutes: 60,
      agenda: markers.mentoringAgenda.text,
    }),
    'mentoring session',
  );
  const m = `/api/sessions/${mentoring.id}`;
  await ok(as.mentee.put(`${m}/notes/shared/challenges`, { body: markers.mentoringShared.text }), 'shared note');
  await ok(as.mentor.put(`${m}/notes/private/challenges`, { body: markers.mentorPrivate.text }), 'mentor note');
  await ok(as.mentee.put(`${m}/notes/private/general`, { body: markers.menteePrivate.text }), 'mentee note');

  const weeklyGoal = await ok<WeeklyGoal>(
    as.mentee.post('/api/weekly-goals', {
      description: markers.weeklyGoal.text,
      developmentGoal: 'Delegate more',
      businessResult: 'Plan delivered on time',
    }),
    'weekly goal',
  );

  const feed = await ok<CalendarFeed>(as.coachee.post('/api/me/calendar-feed'), 'calendar feed');
  const calendarToken = feed.path.replace('/api/calendar/', '').replace('.ics', '');

  const feedback = await createFeedbackCycle(t, as, { orgId, programId: programs.pilot, person, exclude: loose });
  const pulse = await createPulseSurvey(t, as);
  const pilotOutcome = await one<{ id: string }>(
    t,
    sql`select id from program_outcomes where program_id = ${programs.pilot} order by position limit 1`,
    'pilot outcome',
  );
  await ok(as.coachee.put('/api/behavioural-profile', { answers: ratedAll(behaviouralProfile, 3) }), 'profile');
  const keyPosition = await createKeyPosition(t, as, person);
  const ongoing = await createOngoingFeedback(t, as, { orgId, person, coachingSession: coaching.id });

  // Admin work: a recommendation to override, an enrollment to remove, a matching run to edit.
  await ok(
    as.admin.post(`/api/people/${person.coachee}/recommendation`, {
      kinds: ['executive_transition'],
      timeHorizonMonths: 12,
    }),
    'recommendation',
  );
  const draft = await ok<{ id: string }>(
    as.admin.post('/api/programs', {
      name: 'Finance Mentoring (draft)',
      type: 'mentoring',
      purpose: 'knowledge_transfer',
      targetTiers: ['middle_manager'],
      startDate: '2027-02-01',
      endDate: '2027-12-17',
    }),
    'draft program',
  );
  const enrollment = await ok<ProgramEnrollment>(
    as.admin.post(`/api/programs/${draft.id}/enrollments`, {
      personId: spare.personToEnroll,
      role: 'participant',
    }),
    'enrollment',
  );
  const run = await ok<MatchingRun>(as.admin.post(`/api/programs/${programs.bulk}/matching-runs`, {}), 'run');
  if (run.proposals.length < 2) throw new Error('world: the matching run proposed fewer than two pairs');
  const unmatched = run.unmatchedParticipants[0]?.participant.id ?? run.proposals[0]!.participant.id;

  return {
    as,
    sessions: Object.fromEntries(sessions),
    signInAgain,
    person,
    spare,
    orgId,
    otherOrg: { orgId: other.id, personId: otherPerson.id, programId: otherProgram.id },
    programs: { ...programs, draft: draft.id },
    enrollmentToRemove: enrollment.id,
    run: {
      id: run.id,
      proposalIds: [run.proposals[0]!.id, run.proposals[1]!.id],
      participantId: unmatched,
      partnerId: run.proposals[0]!.partner.id,
    },
    engagementId,
    engagementEndDate: dates.end_date,
    coachingGoalId: withGoals.goals[0]!.id,
    relationshipId,
    coachingSession: coaching.id,
    mentoringSession: mentoring.id,
    coachingActionItem: item.id,
    weeklyGoalId: weeklyGoal.id,
    matchRequestId: pending.id,
    mentorNotificationId: notification.id,
    calendarToken,
    feedbackCycleId: feedback.cycleId,
    selfRaterToken: feedback.selfToken,
    pulseSurveyId: pulse.surveyId,
    pulseToken: pulse.token,
    pilotOutcomeId: pilotOutcome.id,
    keyPosition,
    ...ongoing,
  };
}

/** Succession: the coachee named for a key position (with the marker), the mentee too, and a spare position. */
async function createKeyPosition(t: TestApp, as: Record<RoleName, Client>, person: World['person']) {
  const position = await ok<KeyPosition>(
    as.admin.post('/api/key-positions', {
      title: markers.succession.text,
      incumbentPersonId: person.sponsor,
      criticality: 'critical',
      incumbentLeavingRisk: 'high',
      requiredCompetencies: ['decision_making'],
    }),
    'key position',
  );
  const name = (personId: string) =>
    ok<SuccessorDetail>(
      as.admin.post(`/api/key-positions/${position.id}/successors`, {
        personId,
        readiness: 'ready_1_2_years',
        note: markers.succession.text,
      }),
      'successor',
    );
  const successor = await name(person.coachee);
  const spareSuccessor = await name(person.mentee);
  const spare = await ok<KeyPosition>(
    as.admin.post('/api/key-positions', {
      title: 'Head of Line Maintenance',
      incumbentPersonId: null,
      criticality: 'medium',
      incumbentLeavingRisk: 'low',
    }),
    'spare key position',
  );
  // A known box for the nine-box move (the matrix moves the unrelated person to 3/1).
  await t.db.execute(
    sql`update people set performance_rating = 2, potential_rating = 2 where id = ${person.unrelated}`,
  );
  return { id: position.id, successorId: successor.id, spareSuccessorId: spareSuccessor.id, spareId: spare.id };
}
