// The authorization matrix: every route of the OpenAPI document × every role, with the status
// each must get and the texts each must never see. A route without rows here fails the build.
//
// Phase one asks every read, and every write of someone who may not make it, of an untouched
// world; phase two then makes the allowed writes, in route order. So a refusal or a read never
// depends on what an allowed write changed.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behaviouralProfile, engagementPulse } from '../../domain/assessments/index.js';
import { queryRows } from '../db/client.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import {
  createWorld,
  hiddenFrom,
  markers,
  openApiRoutes,
  roleNames,
  type Client,
  type RoleName,
  type World,
} from '../testing/world.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** `allowed`: passes authorization (a read answers 200; a write 2xx, or 409 when the state forbids it). */
type Outcome = 'allowed' | 401 | 403 | 404;

type Case = {
  /** As in the OpenAPI document, e.g. `GET /api/people/{id}`. */
  route: `${Method} /api/${string}`;
  /** Which record of the world, when a route has rows for several. */
  target?: string;
  url: (w: World) => string;
  /** May ask the world first, for ids a write before it replaced. */
  body?: (w: World) => object | Promise<object>;
  csv?: string;
  allow: readonly RoleName[];
  /** The answer to everyone else of the organization; per-role exceptions in `deny`. */
  others: 403 | 404;
  deny?: Partial<Record<RoleName, 403 | 404>>;
  /** No sign-in needed (anonymous is then treated like everyone else). */
  isPublic?: true;
  /** The same status for every role, whatever it is (sign-in with a wrong password). */
  always?: number;
  /** Signs out: each role uses a second session of its own. */
  endsSession?: true;
  /** Whose eyes the answer is judged with (a calendar feed shows its owner's sessions to whoever holds the link). */
  readsAs?: RoleName;
};

const everyoneSignedIn = roleNames.filter((role) => role !== 'anonymous');
const orgA = everyoneSignedIn.filter((role) => role !== 'otherOrg');
/** Everyone of the organization has a person in the directory (the demo admin too); the other organization's admin has none. */
const withPerson = orgA;
const admins = ['admin', 'otherOrg'] as const;

/** Admin-only work on a record of the organization: a 403 for everyone else in it. */
const adminRecord = (route: Case['route'], url: Case['url'], body?: Case['body']): Case => ({
  route,
  url,
  ...(body ? { body } : {}),
  allow: ['admin'],
  others: 403,
});
/** Admin-only work on the admin's own organization: the other organization's admin may do it too. */
const adminCollection = (route: Case['route'], url: Case['url'], body?: Case['body']): Case => ({
  route,
  url,
  ...(body ? { body } : {}),
  allow: admins,
  others: 403,
});
/** Everyone signed in, about themselves. */
const own = (route: Case['route'], url: Case['url'], body?: Case['body']): Case => ({
  route,
  url,
  ...(body ? { body } : {}),
  allow: everyoneSignedIn,
  others: 403,
});

/** Succession is confidential: admins and sponsors read it, admins write it; to anyone else it does not exist. */
const successionCollection = { allow: [...admins, 'sponsor'], others: 404 } as const;
const successionRead = { allow: ['admin', 'sponsor'], others: 404 } as const;
const successionWrite = { allow: ['admin'], others: 404, deny: { sponsor: 403 } } as const;

const coachingPair = ['coach', 'coachee'] as const;
const mentoringPair = ['mentor', 'mentee'] as const;
/** Observers of a coaching engagement and the admin read its sessions' time and status only; only the pair writes. */
const coachingWrite = { allow: coachingPair, others: 404, deny: { admin: 403, manager: 403, sponsor: 403 } } as const;
const mentoringWrite = { allow: mentoringPair, others: 404, deny: { admin: 403 } } as const;
const coachingRead = { allow: [...coachingPair, 'admin', 'manager', 'sponsor'], others: 404 } as const;
const mentoringRead = { allow: [...mentoringPair, 'admin'], others: 404 } as const;

const sessionUrl = (target: 'coaching' | 'mentoring') => (w: World) =>
  `/api/sessions/${target === 'coaching' ? w.coachingSession : w.mentoringSession}`;
const forBothSessions = (
  route: Case['route'],
  path: string,
  access: { coaching: Pick<Case, 'allow' | 'others' | 'deny'>; mentoring: Pick<Case, 'allow' | 'others' | 'deny'> },
  body?: Case['body'],
): Case[] =>
  (['coaching', 'mentoring'] as const).map((target) => ({
    route,
    target,
    url: (w) => `${sessionUrl(target)(w)}${path}`,
    ...(body ? { body } : {}),
    ...access[target],
  }));

const feedbackCycleUrl = (path: string) => (w: World) => `/api/feedback-cycles/${w.feedbackCycleId}${path}`;
/** The participant, their manager (the approver) and an admin read a cycle; to anyone else it does not exist. */
const feedbackRead = { allow: ['coachee', 'manager', 'admin'], others: 404 } as const;
const participantOnly = { allow: ['coachee'], others: 404, deny: { admin: 403, manager: 403 } } as const;
const approverOnly = { allow: ['manager'], others: 404, deny: { admin: 403, coachee: 403 } } as const;
const ratedAll = (instrument: typeof behaviouralProfile, value: number) =>
  Object.fromEntries(instrument.items.flatMap((item) => (item.kind === 'likert' ? [[item.key, value]] : [])));
const profileAnswers = ratedAll(behaviouralProfile, 4);
const pulseAnswers = ratedAll(engagementPulse, 4);
/** A small instrument of the organization's own, for the import route. */
const matrixInstrument = {
  key: 'matrix_pulse',
  version: 1,
  title: 'Matrix pulse',
  kind: 'custom',
  description: 'Two questions.',
  likert: { points: 4, labels: ['No', 'Rather not', 'Rather yes', 'Yes'] },
  scales: [{ key: 'energy', label: 'Energy', description: 'How it feels.', competencyKey: null }],
  items: [
    {
      kind: 'likert',
      key: 'energised',
      text: 'I leave our meetings energised.',
      scaleKey: 'energy',
      isReverseKeyed: false,
    },
    { kind: 'comment', key: 'more', text: 'What would help?' },
  ],
};

const csvOfOne =
  'employee_id,name,email,title,tier,function,department,manager_employee_id,location,time_zone,hire_date,high_potential\n' +
  'M1,Matrix Person,m1@example.com,Analyst,individual_contributor,Finance,Finance,,Oslo,Europe/Oslo,2021-03-01,false\n';

const cases: Case[] = [
  { route: 'GET /api/health', url: () => '/api/health', allow: roleNames, others: 403, isPublic: true },
  {
    route: 'POST /api/auth/login',
    url: () => '/api/auth/login',
    body: () => ({ email: 'nobody@example.com', password: 'not the password' }),
    allow: [],
    others: 403,
    always: 401,
  },
  { ...own('POST /api/auth/logout', () => '/api/auth/logout'), endsSession: true },
  own('GET /api/me', () => '/api/me'),

  // The directory: admins only.
  adminCollection('GET /api/people', () => '/api/people'),
  { ...adminCollection('POST /api/people/import', () => '/api/people/import?mode=validate'), csv: csvOfOne },
  adminCollection('GET /api/people/export', () => '/api/people/export'),
  adminRecord('GET /api/people/{id}', (w) => `/api/people/${w.person.coachee}`),
  adminRecord(
    'PATCH /api/people/{id}',
    (w) => `/api/people/${w.spare.personForLeave}`,
    () => ({ title: 'Analyst' }),
  ),
  adminRecord(
    'POST /api/people/{id}/leave',
    (w) => `/api/people/${w.spare.personForLeave}/leave`,
    () => ({ exitDate: '2026-11-30' }),
  ),
  adminRecord('GET /api/people/{id}/reporting-chain', (w) => `/api/people/${w.person.coachee}/reporting-chain`),
  adminRecord(
    'POST /api/people/{id}/recommendation',
    (w) => `/api/people/${w.person.coachee}/recommendation`,
    () => ({ kinds: ['executive_transition'], timeHorizonMonths: 12 }),
  ),
  adminRecord('GET /api/people/{id}/recommendation', (w) => `/api/people/${w.person.coachee}/recommendation`),
  adminRecord(
    'POST /api/people/{id}/recommendation/override',
    (w) => `/api/people/${w.person.coachee}/recommendation/override`,
    () => ({ approach: 'mentoring', reason: 'Already coached through the board program.' }),
  ),
  own('GET /api/competencies', () => '/api/competencies'),
  adminCollection(
    'POST /api/competencies',
    () => '/api/competencies',
    () => ({ key: 'matrix_skill', label: 'Matrix skill' }),
  ),

  // Programs and matching: admins only.
  adminCollection(
    'POST /api/programs',
    () => '/api/programs',
    () => ({
      name: 'Matrix Program',
      type: 'mentoring',
      purpose: 'knowledge_transfer',
      targetTiers: ['middle_manager'],
      startDate: '2027-02-01',
      endDate: '2027-12-17',
    }),
  ),
  adminCollection('GET /api/programs', () => '/api/programs'),
  adminRecord('GET /api/programs/{id}', (w) => `/api/programs/${w.programs.draft}`),
  adminRecord(
    'PATCH /api/programs/{id}',
    (w) => `/api/programs/${w.programs.draft}`,
    () => ({ name: 'Finance Mentoring (draft)' }),
  ),
  adminRecord(
    'POST /api/programs/{id}/transition',
    (w) => `/api/programs/${w.programs.draft}/transition`,
    () => ({ to: 'running' }),
  ),
  adminRecord('GET /api/programs/{id}/enrollments', (w) => `/api/programs/${w.programs.draft}/enrollments`),
  adminRecord(
    'POST /api/programs/{id}/enrollments',
    (w) => `/api/programs/${w.programs.draft}/enrollments`,
    (w) => ({ personId: w.spare.personToEnroll, role: 'participant' }),
  ),
  adminRecord(
    'DELETE /api/programs/{id}/enrollments/{enrollmentId}',
    (w) => `/api/programs/${w.programs.draft}/enrollments/${w.enrollmentToRemove}`,
  ),
  adminRecord('GET /api/programs/{id}/matching-settings', (w) => `/api/programs/${w.programs.bulk}/matching-settings`),
  adminRecord(
    'PUT /api/programs/{id}/matching-settings',
    (w) => `/api/programs/${w.programs.bulk}/matching-settings`,
    () => ({ maxTimeZoneDifferenceHours: null }),
  ),
  adminRecord(
    'POST /api/programs/{id}/matching-runs',
    (w) => `/api/programs/${w.programs.bulk}/matching-runs`,
    () => ({}),
  ),
  adminRecord('GET /api/programs/{id}/matching-runs', (w) => `/api/programs/${w.programs.bulk}/matching-runs`),
  adminRecord(
    'GET /api/programs/{id}/matching-runs/{runId}',
    (w) => `/api/programs/${w.programs.bulk}/matching-runs/${w.run.id}`,
  ),
  adminRecord(
    'PATCH /api/programs/{id}/matching-runs/{runId}/proposals/{proposalId}',
    (w) => `/api/programs/${w.programs.bulk}/matching-runs/${w.run.id}/proposals/${w.run.proposalIds[0]}`,
    () => ({ isLocked: true }),
  ),
  adminRecord(
    'DELETE /api/programs/{id}/matching-runs/{runId}/proposals/{proposalId}',
    (w) => `/api/programs/${w.programs.bulk}/matching-runs/${w.run.id}/proposals/${w.run.proposalIds[1]}`,
  ),
  adminRecord(
    'POST /api/programs/{id}/matching-runs/{runId}/proposals',
    (w) => `/api/programs/${w.programs.bulk}/matching-runs/${w.run.id}/proposals`,
    (w) => ({ participantPersonId: w.run.participantId, partnerPersonId: w.run.partnerId }),
  ),
  adminRecord(
    'POST /api/programs/{id}/matching-runs/{runId}/swap',
    (w) => `/api/programs/${w.programs.bulk}/matching-runs/${w.run.id}/swap`,
    (w) => ({ proposalIds: w.run.proposalIds }),
  ),
  adminRecord(
    'POST /api/programs/{id}/matching-runs/{runId}/rerun',
    (w) => `/api/programs/${w.programs.bulk}/matching-runs/${w.run.id}/rerun`,
  ),
  adminRecord(
    'POST /api/programs/{id}/matching-runs/{runId}/publish',
    (w) => `/api/programs/${w.programs.bulk}/matching-runs/${w.run.id}/publish`,
  ),
  adminRecord('GET /api/programs/{id}/matches', (w) => `/api/programs/${w.programs.bulk}/matches`),

  // Self-service matching: mentees of the circle ask; only the mentor asked answers; only the asker withdraws.
  own('GET /api/self-service/matching', () => '/api/self-service/matching'),
  {
    route: 'POST /api/programs/{id}/match-requests',
    url: (w) => `/api/programs/${w.programs.circle}/match-requests`,
    body: (w) => ({ mentorPersonId: w.person.mentor }),
    allow: ['coachee', 'mentee'],
    // A login without a person is turned away before the program is looked up: nothing disclosed.
    others: 403,
    deny: { otherOrg: 403 },
  },
  own('GET /api/match-requests/incoming', () => '/api/match-requests/incoming'),
  own('GET /api/match-requests/sent', () => '/api/match-requests/sent'),
  {
    route: 'POST /api/match-requests/{requestId}/accept',
    url: (w) => `/api/match-requests/${w.matchRequestId}/accept`,
    allow: ['mentor'],
    others: 404,
  },
  {
    route: 'POST /api/match-requests/{requestId}/decline',
    url: (w) => `/api/match-requests/${w.matchRequestId}/decline`,
    body: () => ({}),
    allow: ['mentor'],
    others: 404,
  },
  {
    route: 'POST /api/match-requests/{requestId}/cancel',
    url: (w) => `/api/match-requests/${w.matchRequestId}/cancel`,
    allow: ['coachee'],
    others: 404,
  },

  // Coaching engagements.
  own('GET /api/engagements', () => '/api/engagements'),
  {
    route: 'GET /api/engagements/{id}',
    url: (w) => `/api/engagements/${w.engagementId}`,
    ...coachingRead,
  },
  {
    route: 'PATCH /api/engagements/{id}',
    url: (w) => `/api/engagements/${w.engagementId}`,
    body: (w) => ({ endDate: w.engagementEndDate }),
    allow: ['coach', 'admin'],
    others: 404,
    deny: { coachee: 403, manager: 403, sponsor: 403 },
  },
  {
    route: 'PUT /api/engagements/{id}/goals',
    url: (w) => `/api/engagements/${w.engagementId}/goals`,
    body: (w) => ({
      goals: [
        {
          statement: markers.coachingGoal.text,
          competency: 'decision_making',
          metric: 'Decisions made without escalation per month',
          baseline: 2,
          target: 8,
          dueDate: w.engagementEndDate,
        },
      ],
    }),
    ...coachingWrite,
  },
  {
    route: 'POST /api/engagements/{id}/goals/confirm',
    url: (w) => `/api/engagements/${w.engagementId}/goals/confirm`,
    allow: ['coach', 'coachee', 'manager'],
    others: 404,
    deny: { admin: 403, sponsor: 403 },
  },
  {
    route: 'POST /api/engagements/{id}/transition',
    url: (w) => `/api/engagements/${w.engagementId}/transition`,
    body: () => ({ to: 'active' }),
    allow: ['coach'],
    others: 404,
    deny: { admin: 403, coachee: 403, manager: 403, sponsor: 403 },
  },
  {
    // The admin gets the schedule and the count only (no ratings or evidence).
    route: 'GET /api/engagements/{id}/progress-checks',
    url: (w) => `/api/engagements/${w.engagementId}/progress-checks`,
    ...coachingRead,
  },
  {
    route: 'POST /api/engagements/{id}/progress-checks',
    url: (w) => `/api/engagements/${w.engagementId}/progress-checks`,
    // Every current goal (replacing the goals gives them new ids).
    body: async (w) => {
      const engagement = (await w.as.coach.get(`/api/engagements/${w.engagementId}`)).json<{
        goals: { id: string }[];
      }>();
      return { ratings: engagement.goals.map((goal) => ({ goalId: goal.id, rating: 3, evidence: 'Two calls alone' })) };
    },
    allow: ['coach'],
    others: 404,
    deny: { admin: 403, coachee: 403, manager: 403, sponsor: 403 },
  },
  {
    route: 'POST /api/engagements/{id}/sessions',
    url: (w) => `/api/engagements/${w.engagementId}/sessions`,
    body: () => ({ scheduledAt: '2026-12-22T09:00:00Z', durationMinutes: 60 }),
    ...coachingWrite,
  },
  {
    route: 'GET /api/engagements/{id}/sessions',
    url: (w) => `/api/engagements/${w.engagementId}/sessions`,
    ...coachingRead,
  },

  // Mentoring relationships.
  own('GET /api/relationships', () => '/api/relationships'),
  {
    route: 'GET /api/relationships/{id}',
    url: (w) => `/api/relationships/${w.relationshipId}`,
    ...mentoringRead,
  },
  {
    route: 'PUT /api/relationships/{id}/agreement',
    url: (w) => `/api/relationships/${w.relationshipId}/agreement`,
    body: () => ({
      confidentialityNorms: 'Nothing we say leaves the room, unless someone is at risk.',
      cadence: 'biweekly',
      startDate: '2026-12-01',
      endDate: '2027-06-01',
      topics: ['Leading my first team'],
    }),
    ...mentoringWrite,
  },
  {
    route: 'POST /api/relationships/{id}/agreement/sign',
    url: (w) => `/api/relationships/${w.relationshipId}/agreement/sign`,
    ...mentoringWrite,
  },
  {
    route: 'PUT /api/relationships/{id}/training',
    url: (w) => `/api/relationships/${w.relationshipId}/training`,
    body: () => ({ ticked: [] }),
    ...mentoringWrite,
  },
  {
    route: 'POST /api/relationships/{id}/transition',
    url: (w) => `/api/relationships/${w.relationshipId}/transition`,
    body: () => ({ to: 'active' }),
    ...mentoringWrite,
  },
  {
    route: 'POST /api/relationships/{id}/sessions',
    url: (w) => `/api/relationships/${w.relationshipId}/sessions`,
    body: () => ({ scheduledAt: '2026-12-23T10:00:00Z', durationMinutes: 60 }),
    ...mentoringWrite,
  },
  {
    route: 'GET /api/relationships/{id}/sessions',
    url: (w) => `/api/relationships/${w.relationshipId}/sessions`,
    ...mentoringRead,
  },

  // Weekly goals: one's own; the mentor or coach reads a participant's.
  { ...own('GET /api/weekly-goals', () => '/api/weekly-goals'), allow: withPerson, deny: { otherOrg: 403 } },
  {
    ...own(
      'POST /api/weekly-goals',
      () => '/api/weekly-goals',
      () => ({
        description: 'Matrix goal',
        developmentGoal: 'Delegate more',
        businessResult: 'Plan delivered on time',
      }),
    ),
    allow: withPerson,
    deny: { otherOrg: 403 },
  },
  {
    route: 'PATCH /api/weekly-goals/{id}',
    url: (w) => `/api/weekly-goals/${w.weeklyGoalId}`,
    body: () => ({ done: true }),
    allow: ['mentee'],
    others: 404,
    deny: { otherOrg: 403 },
  },
  {
    route: 'DELETE /api/weekly-goals/{id}',
    url: (w) => `/api/weekly-goals/${w.weeklyGoalId}`,
    allow: ['mentee'],
    others: 404,
    deny: { otherOrg: 403 },
  },
  {
    route: 'GET /api/people/{personId}/weekly-goals',
    url: (w) => `/api/people/${w.person.mentee}/weekly-goals`,
    allow: ['mentor'],
    others: 404,
  },

  // Notifications: one's own.
  own('GET /api/notifications', () => '/api/notifications'),
  {
    route: 'POST /api/notifications/{notificationId}/read',
    url: (w) => `/api/notifications/${w.mentorNotificationId}/read`,
    allow: ['mentor'],
    others: 404,
  },
  own('POST /api/notifications/read-all', () => '/api/notifications/read-all'),

  // Sessions: the pair writes; observers and admins read time and status.
  own('GET /api/sessions', () => '/api/sessions'),
  ...forBothSessions('GET /api/sessions/{id}', '', { coaching: coachingRead, mentoring: mentoringRead }),
  ...forBothSessions('PATCH /api/sessions/{id}', '', { coaching: coachingWrite, mentoring: mentoringWrite }, () => ({
    durationMinutes: 60,
  })),
  ...forBothSessions(
    'PUT /api/sessions/{id}/notes/shared/{section}',
    '/notes/shared/general',
    { coaching: coachingWrite, mentoring: mentoringWrite },
    () => ({ body: 'Written by the matrix' }),
  ),
  ...forBothSessions(
    'PUT /api/sessions/{id}/notes/private/{section}',
    '/notes/private/general',
    { coaching: coachingWrite, mentoring: mentoringWrite },
    () => ({ body: 'Written by the matrix' }),
  ),
  {
    route: 'POST /api/sessions/{id}/action-items',
    url: (w) => `/api/sessions/${w.coachingSession}/action-items`,
    body: (w) => ({ description: 'Matrix item', ownerPersonId: w.person.coachee }),
    ...coachingWrite,
  },
  {
    route: 'PATCH /api/sessions/{id}/action-items/{itemId}',
    url: (w) => `/api/sessions/${w.coachingSession}/action-items/${w.coachingActionItem}`,
    body: () => ({ done: true }),
    ...coachingWrite,
  },
  // An invite carries time and place, never the agenda or notes: whoever reads the session may have it.
  ...forBothSessions('GET /api/sessions/{id}/invite.ics', '/invite.ics', {
    coaching: coachingRead,
    mentoring: mentoringRead,
  }),
  // Accounts: everyone changes their own password and email, after giving the current password
  // (a wrong one here: 403 for all); admins manage users.
  {
    route: 'PUT /api/me/password',
    url: () => '/api/me/password',
    body: () => ({ currentPassword: 'not my password', newPassword: 'a brand new passphrase' }),
    allow: [],
    others: 403,
    deny: { otherOrg: 403 },
  },
  {
    route: 'PUT /api/me/email',
    url: () => '/api/me/email',
    body: () => ({ currentPassword: 'not my password', email: 'new.address@example.com' }),
    allow: [],
    others: 403,
    deny: { otherOrg: 403 },
  },
  adminCollection('GET /api/users', () => '/api/users'),
  adminRecord('GET /api/users/{id}', (w) => `/api/users/${w.spare.userId}`),
  adminRecord(
    'PATCH /api/users/{id}',
    (w) => `/api/users/${w.spare.userId}`,
    () => ({ displayName: 'Spare login' }),
  ),
  adminRecord('DELETE /api/users/{id}/sessions', (w) => `/api/users/${w.spare.userId}/sessions`),

  // Personal data: admins export anyone's (without what pairs keep to themselves); everyone their own.
  adminRecord('GET /api/people/{id}/personal-data', (w) => `/api/people/${w.person.coachee}/personal-data`),
  { ...own('GET /api/me/personal-data', () => '/api/me/personal-data'), deny: { otherOrg: 404 }, allow: orgA },
  adminRecord(
    'POST /api/people/{id}/erase',
    (w) => `/api/people/${w.spare.personForLeave}/erase`,
    (w) => ({ confirmEmployeeId: w.spare.personForLeaveEmployeeId }),
  ),
  adminCollection('GET /api/organization/settings', () => '/api/organization/settings'),
  adminCollection(
    'PUT /api/organization/settings',
    () => '/api/organization/settings',
    () => ({ sessionNoteRetentionDays: null }),
  ),

  own('POST /api/me/calendar-feed', () => '/api/me/calendar-feed'),
  own('DELETE /api/me/calendar-feed', () => '/api/me/calendar-feed'),
  {
    route: 'GET /api/calendar/{token}.ics',
    url: (w) => `/api/calendar/${w.calendarToken}.ics`,
    allow: roleNames,
    others: 403,
    isPublic: true,
    readsAs: 'coachee',
  },

  // 360 feedback: the coachee's closed cycle in the pilot; their manager approves; admins see counts.
  own('GET /api/instruments', () => '/api/instruments'),
  own('GET /api/instruments/{key}/{version}', () => '/api/instruments/leadership_360/1'),
  adminCollection(
    'POST /api/instruments',
    () => '/api/instruments',
    () => matrixInstrument,
  ),
  adminRecord(
    'POST /api/programs/{programId}/feedback-cycles',
    (w) => `/api/programs/${w.programs.pilot}/feedback-cycles`,
    (w) => ({ personId: w.person.coachee, phase: 'post', closesOn: '2026-12-30' }),
  ),
  own('GET /api/feedback-cycles', () => '/api/feedback-cycles'),
  { route: 'GET /api/feedback-cycles/{id}', url: feedbackCycleUrl(''), ...feedbackRead },
  { route: 'GET /api/feedback-cycles/{id}/candidates', url: feedbackCycleUrl('/candidates'), ...participantOnly },
  { route: 'GET /api/feedback-cycles/{id}/report', url: feedbackCycleUrl('/report'), ...participantOnly },
  {
    route: 'PUT /api/feedback-cycles/{id}/nominations',
    url: feedbackCycleUrl('/nominations'),
    body: (w) => ({ raters: [{ personId: w.person.manager, group: 'manager' }] }),
    ...participantOnly,
  },
  { route: 'POST /api/feedback-cycles/{id}/submit', url: feedbackCycleUrl('/submit'), ...participantOnly },
  { route: 'POST /api/feedback-cycles/{id}/approve', url: feedbackCycleUrl('/approve'), ...approverOnly },
  {
    route: 'POST /api/feedback-cycles/{id}/return',
    url: feedbackCycleUrl('/return'),
    body: () => ({ note: 'Add a peer from Finance.' }),
    ...approverOnly,
  },
  {
    route: 'POST /api/feedback-cycles/{id}/close',
    url: feedbackCycleUrl('/close'),
    allow: ['admin'],
    others: 404,
    deny: { coachee: 403, manager: 403 },
  },
  // The rater's link is the credential: whoever holds the coachee's own link sees the coachee's own answers.
  {
    route: 'GET /api/rater/{token}',
    url: (w) => `/api/rater/${w.selfRaterToken}`,
    allow: roleNames,
    others: 403,
    isPublic: true,
    readsAs: 'coachee',
  },
  {
    route: 'PUT /api/rater/{token}',
    url: (w) => `/api/rater/${w.selfRaterToken}`,
    body: () => ({ answers: {} }),
    allow: roleNames,
    others: 403,
    isPublic: true,
    readsAs: 'coachee',
  },

  // Closed in the world: the participant's request passes the policy and answers 409.
  { route: 'POST /api/feedback-cycles/{id}/self-rating', url: feedbackCycleUrl('/self-rating'), ...participantOnly },

  // Behavioural profiles: one's own; the scores to the person's current coach or mentor.
  {
    ...own('GET /api/behavioural-profile', () => '/api/behavioural-profile'),
    allow: withPerson,
    deny: { otherOrg: 403 },
  },
  {
    ...own(
      'PUT /api/behavioural-profile',
      () => '/api/behavioural-profile',
      () => ({ answers: profileAnswers }),
    ),
    allow: withPerson,
    deny: { otherOrg: 403 },
  },
  {
    ...own('DELETE /api/behavioural-profile', () => '/api/behavioural-profile'),
    allow: withPerson,
    deny: { otherOrg: 403 },
  },
  {
    route: 'GET /api/people/{personId}/behavioural-profile',
    url: (w) => `/api/people/${w.person.coachee}/behavioural-profile`,
    allow: ['coach', 'coachee'],
    others: 404,
  },

  // Team pulse: admins run it; a leader reads their own team's; members answer through their link.
  adminCollection(
    'POST /api/pulse-surveys',
    () => '/api/pulse-surveys',
    () => ({}),
  ),
  adminCollection('GET /api/pulse-surveys', () => '/api/pulse-surveys'),
  adminRecord('GET /api/pulse-surveys/{id}', (w) => `/api/pulse-surveys/${w.pulseSurveyId}`),
  adminRecord('GET /api/pulse-surveys/{id}/results', (w) => `/api/pulse-surveys/${w.pulseSurveyId}/results`),
  adminRecord('POST /api/pulse-surveys/{id}/close', (w) => `/api/pulse-surveys/${w.pulseSurveyId}/close`),
  { ...own('GET /api/team-pulse', () => '/api/team-pulse'), allow: withPerson, deny: { otherOrg: 403 } },
  {
    route: 'GET /api/pulse/{token}',
    url: (w) => `/api/pulse/${w.pulseToken}`,
    allow: roleNames,
    others: 403,
    isPublic: true,
    readsAs: 'unrelated',
  },
  {
    route: 'POST /api/pulse/{token}',
    url: (w) => `/api/pulse/${w.pulseToken}`,
    body: () => ({ answers: pulseAnswers }),
    allow: roleNames,
    others: 403,
    isPublic: true,
    readsAs: 'unrelated',
  },

  // Outcomes: aggregates for admins and the program's sponsor; recording is the admins'.
  own('GET /api/outcomes', () => '/api/outcomes'),
  {
    route: 'GET /api/programs/{id}/outcomes',
    url: (w) => `/api/programs/${w.programs.pilot}/outcomes`,
    allow: ['admin', 'sponsor'],
    others: 404,
  },
  adminRecord(
    'PUT /api/programs/{id}/roi-assumptions',
    (w) => `/api/programs/${w.programs.pilot}/roi-assumptions`,
    () => ({ monetaryBenefits: 300000, attribution: 0.5, confidence: 0.7, fullyLoadedCosts: 80000, currency: 'EUR' }),
  ),
  adminRecord(
    'POST /api/programs/{id}/outcomes/{outcomeId}/measurements',
    (w) => `/api/programs/${w.programs.pilot}/outcomes/${w.pilotOutcomeId}/measurements`,
    (w) => ({ leaderPersonId: w.person.coachee, measuredOn: '2026-11-01', value: 3 }),
  ),
  // Ongoing feedback: everyone linked to a person asks, gives and sends kudos; a request is the
  // asked person's to decline; the person it is about shares a piece; shared pieces go to their
  // current coach or mentor; a session's prompt is its two people's.
  { ...own('GET /api/colleagues', () => '/api/colleagues?search=a'), allow: withPerson, deny: { otherOrg: 403 } },
  {
    ...own(
      'POST /api/feedback-requests',
      () => '/api/feedback-requests',
      (w) => ({ askedPersonId: w.spare.personToEnroll, competencyKey: 'strategic_thinking' }),
    ),
    allow: withPerson,
    deny: { otherOrg: 403 },
  },
  {
    ...own('GET /api/feedback-requests', () => '/api/feedback-requests?direction=received'),
    allow: withPerson,
    deny: { otherOrg: 403 },
  },
  {
    route: 'POST /api/feedback-requests/{id}/decline',
    url: (w) => `/api/feedback-requests/${w.feedbackRequestId}/decline`,
    allow: ['mentor'],
    others: 404,
    deny: { coachee: 403 },
  },
  {
    ...own(
      'POST /api/feedback',
      () => '/api/feedback',
      (w) => ({ aboutPersonId: w.spare.personToEnroll, competencyKey: 'strategic_thinking', text: 'Matrix feedback' }),
    ),
    allow: withPerson,
    deny: { otherOrg: 403 },
  },
  { ...own('GET /api/feedback', () => '/api/feedback?direction=received'), allow: withPerson, deny: { otherOrg: 403 } },
  {
    route: 'PUT /api/feedback/{id}/sharing',
    url: (w) => `/api/feedback/${w.sharedFeedbackId}/sharing`,
    body: () => ({ sharedWithGuides: true }),
    allow: ['coachee'],
    others: 404,
    deny: { manager: 403 },
  },
  {
    route: 'GET /api/people/{personId}/shared-feedback',
    url: (w) => `/api/people/${w.person.coachee}/shared-feedback`,
    allow: ['coach', 'coachee'],
    others: 404,
  },
  {
    ...own(
      'POST /api/kudos',
      () => '/api/kudos',
      (w) => ({ toPersonId: w.spare.personToEnroll, message: 'Matrix kudos' }),
    ),
    allow: withPerson,
    deny: { otherOrg: 403 },
  },
  { ...own('GET /api/kudos', () => '/api/kudos?direction=received'), allow: withPerson, deny: { otherOrg: 403 } },
  { ...own('GET /api/team-kudos', () => '/api/team-kudos'), allow: withPerson, deny: { otherOrg: 403 } },
  {
    // Asked in the world already: the coach's request passes the policy and answers 409.
    route: 'POST /api/sessions/{sessionId}/feedback-prompt',
    url: (w) => `/api/sessions/${w.coachingSession}/feedback-prompt`,
    allow: ['coach'],
    others: 404,
    deny: { coachee: 403 },
  },
  {
    route: 'GET /api/sessions/{sessionId}/feedback-prompt',
    url: (w) => `/api/sessions/${w.coachingSession}/feedback-prompt`,
    allow: ['coach', 'coachee'],
    others: 404,
  },
  {
    route: 'PUT /api/sessions/{sessionId}/feedback-prompt',
    url: (w) => `/api/sessions/${w.coachingSession}/feedback-prompt`,
    body: () => ({ answer: 'Matrix answer' }),
    allow: ['coachee'],
    others: 404,
    deny: { coach: 403 },
  },
  adminRecord(
    'GET /api/people/{personId}/readiness-assessments',
    (w) => `/api/people/${w.person.coachee}/readiness-assessments`,
  ),
  adminRecord(
    'POST /api/people/{personId}/readiness-assessments',
    (w) => `/api/people/${w.person.coachee}/readiness-assessments`,
    () => ({ readiness: 'ready_1_2_years', assessedOn: '2026-11-20' }),
  ),
  // Succession: admins and sponsors read; admins write; to everyone else it does not exist.
  { route: 'GET /api/key-positions', url: () => '/api/key-positions', ...successionCollection },
  {
    route: 'POST /api/key-positions',
    url: () => '/api/key-positions',
    body: () => ({ title: 'Head of Cargo', incumbentPersonId: null, criticality: 'high', incumbentLeavingRisk: 'low' }),
    allow: admins,
    others: 404,
    deny: { sponsor: 403 },
  },
  {
    route: 'GET /api/key-positions/{positionId}',
    url: (w) => `/api/key-positions/${w.keyPosition.id}`,
    ...successionRead,
  },
  {
    route: 'PUT /api/key-positions/{positionId}',
    url: (w) => `/api/key-positions/${w.keyPosition.id}`,
    body: (w) => ({
      title: markers.succession.text,
      incumbentPersonId: w.person.sponsor,
      criticality: 'critical',
      incumbentLeavingRisk: 'medium',
      requiredCompetencies: ['decision_making', 'strategic_thinking'],
    }),
    ...successionWrite,
  },
  {
    route: 'POST /api/key-positions/{positionId}/successors',
    url: (w) => `/api/key-positions/${w.keyPosition.id}/successors`,
    body: (w) => ({ personId: w.person.unrelated, readiness: 'ready_3_plus_years' }),
    ...successionWrite,
  },
  {
    route: 'GET /api/key-positions/{positionId}/successors/{successorId}',
    url: (w) => `/api/key-positions/${w.keyPosition.id}/successors/${w.keyPosition.successorId}`,
    ...successionRead,
  },
  {
    route: 'POST /api/key-positions/{positionId}/successors/{successorId}/readiness',
    url: (w) => `/api/key-positions/${w.keyPosition.id}/successors/${w.keyPosition.successorId}/readiness`,
    body: () => ({ readiness: 'ready_now', note: 'Ran the winter schedule' }),
    ...successionWrite,
  },
  {
    route: 'GET /api/key-positions/{positionId}/successors/{successorId}/gap',
    url: (w) => `/api/key-positions/${w.keyPosition.id}/successors/${w.keyPosition.successorId}/gap`,
    ...successionRead,
  },
  {
    route: 'DELETE /api/key-positions/{positionId}/successors/{successorId}',
    url: (w) => `/api/key-positions/${w.keyPosition.id}/successors/${w.keyPosition.spareSuccessorId}`,
    ...successionWrite,
  },
  {
    route: 'DELETE /api/key-positions/{positionId}',
    url: (w) => `/api/key-positions/${w.keyPosition.spareId}`,
    ...successionWrite,
  },
  { route: 'GET /api/bench-strength', url: () => '/api/bench-strength', ...successionCollection },
  { route: 'GET /api/nine-box', url: () => '/api/nine-box', ...successionCollection },
  {
    route: 'PUT /api/nine-box/{personId}',
    url: (w) => `/api/nine-box/${w.person.unrelated}`,
    body: () => ({ performance: 3, potential: 1, reason: 'Delivered the new hub on time' }),
    ...successionWrite,
  },
];

function expected(row: Case, role: RoleName): Outcome {
  if (role === 'anonymous' && !row.isPublic) return 401;
  if (row.allow.includes(role)) return 'allowed';
  if (row.deny?.[role] !== undefined) return row.deny[role];
  return role === 'otherOrg' ? 404 : row.others;
}

function methodOf(row: Case): Method {
  return row.route.split(' ')[0] as Method;
}

async function send(client: Client, row: Case, w: World) {
  const url = row.url(w);
  const method = methodOf(row);
  if (row.csv !== undefined) return client.postCsv(url, row.csv);
  const body = await row.body?.(w);
  switch (method) {
    case 'GET':
      return client.get(url);
    case 'DELETE':
      return client.delete(url);
    case 'POST':
      return client.post(url, body);
    case 'PUT':
      return client.put(url, body ?? {});
    case 'PATCH':
      return client.patch(url, body ?? {});
  }
}

let t: TestApp;
let w: World;
let routes: string[];

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorld(t);
  routes = openApiRoutes(t.app).map((route) => `${route.method} ${route.path}`);
}, 180_000);
afterAll(() => t.close());

describe('the authorization matrix', () => {
  it('has rows for every route of the OpenAPI document, and only for those', () => {
    const covered = new Set(cases.map((row) => row.route));
    expect(routes.filter((route) => !covered.has(route as Case['route']))).toEqual([]);
    expect([...covered].filter((route) => !routes.includes(route))).toEqual([]);
    // The size the closing note quotes: rows (route and record) × roles.
    expect(cases.length * roleNames.length).toBeGreaterThanOrEqual(routes.length * roleNames.length);
  });

  const isWrite = (row: Case) => methodOf(row) !== 'GET';
  const cells = cases.flatMap((row) => roleNames.map((role) => ({ row, role, outcome: expected(row, role) })));
  const phaseOne = cells.filter((cell) => !(isWrite(cell.row) && cell.outcome === 'allowed'));
  const phaseTwo = cells.filter((cell) => isWrite(cell.row) && cell.outcome === 'allowed');

  /** What went wrong in one cell, or nothing. */
  const check = async ({ row, role, outcome }: (typeof cells)[number]): Promise<string[]> => {
    const client = row.endsSession ? await w.signInAgain(role) : w.as[role];
    const response = await send(client, row, w);
    const status = response.statusCode;
    const where = `${row.route}${row.target ? ` (${row.target})` : ''} as ${role}`;
    const wanted = row.always ?? (outcome === 'allowed' ? (isWrite(row) ? [200, 201, 204, 409] : [200]) : outcome);
    const problems: string[] = [];
    if (!(Array.isArray(wanted) ? wanted.includes(status) : status === wanted)) {
      problems.push(`${where}: got ${status}, wanted ${String(wanted)} — ${response.body.slice(0, 160)}`);
    }
    for (const text of hiddenFrom(row.readsAs ?? role)) {
      if (response.body.includes(text)) problems.push(`${where}: the answer shows "${text}"`);
    }
    return problems;
  };
  const runAll = async (list: typeof cells) => {
    const problems: string[] = [];
    for (const cell of list) problems.push(...(await check(cell)));
    return problems;
  };

  const deniedCount = async () =>
    (
      await queryRows<{ count: number }>(
        t.db,
        sql`select count(*)::int as count from audit_events where action = 'authorization.denied'`,
      )
    )[0]!.count;

  it(`refuses and reads as the matrix says (${phaseOne.length} cells), auditing every refusal`, async () => {
    const before = await deniedCount();
    expect(await runAll(phaseOne)).toEqual([]);
    // A refusal is a 403, or a 404 for a record id (decision 011). Failed sign-ins are audited
    // as such (auth.login_failed).
    const refusals = phaseOne.filter(
      (cell) =>
        cell.row.always === undefined &&
        (cell.outcome === 403 || (cell.outcome === 404 && cell.row.route.includes('{'))),
    );
    expect(await deniedCount()).toBe(before + refusals.length);
  }, 120_000);

  it('records who was refused what, when and from where', async () => {
    const [event] = await queryRows<{
      actor_user_id: string;
      org_id: string;
      target_id: string;
      ip_address: string;
      occurred_at: Date;
      details: { status: number; params: { id: string } };
    }>(
      t.db,
      sql`select e.* from audit_events e join users u on u.id = e.actor_user_id
          where e.action = 'authorization.denied' and u.email = 'admin@elsewhere.example'
            and e.target_id = 'GET /api/sessions/:id' order by e.id limit 1`,
    );
    expect(event).toMatchObject({ org_id: w.otherOrg.orgId, ip_address: '127.0.0.1' });
    expect(event!.details).toMatchObject({ status: 404, params: { id: w.coachingSession } });
    expect(new Date(event!.occurred_at).toISOString()).toBe(t.clock.now().toISOString());
  });

  it(`lets the allowed make their writes (${phaseTwo.length} cells)`, async () => {
    expect(await runAll(phaseTwo)).toEqual([]);
  }, 120_000);
});
