import type { Role } from '../../contract/roles.js';
import { AppError } from './errors.js';

/** A signed-in user, as every authorization decision sees them. */
export type Actor = {
  userId: string;
  orgId: string;
  roles: Role[];
  /** The person in the directory this user is, when linked (mentors, participants, sponsors…). */
  personId: string | null;
  sessionId: string;
  csrfToken: string;
};

/** The actions routes ask about. Each later module adds its own. */
export type Action =
  | 'me.read'
  | 'me.update'
  | 'session.end'
  | 'users.read'
  | 'users.manage'
  | 'program.create'
  | 'program.read'
  | 'program.update'
  | 'program.enroll'
  | 'people.read'
  | 'people.update'
  | 'people.import'
  | 'people.export'
  | 'competency.create'
  | 'approach.recommend'
  | 'approach.override'
  | 'matching.manage'
  | 'matchRequest.create'
  | 'matchRequest.answer'
  | 'matchRequest.cancel'
  | 'engagement.list'
  | 'engagement.request'
  | 'engagement.read'
  | 'engagement.goals.update'
  | 'engagement.goals.confirm'
  | 'engagement.dates.update'
  | 'engagement.transition'
  | 'engagement.endEarly'
  | 'engagement.progress.record'
  | 'relationship.read'
  | 'relationship.participate'
  | 'relationship.end'
  | 'weeklyGoals.own'
  | 'weeklyGoals.readAsGuide'
  | 'sessions.list'
  | 'sessions.read'
  | 'sessions.schedule'
  | 'sessions.update'
  | 'sessions.notes.write'
  | 'sessions.actionItems.write'
  | 'calendarFeed.manage'
  | 'personalData.export'
  | 'personalData.exportOwn'
  | 'people.erase'
  | 'organization.settings.read'
  | 'organization.settings.manage'
  | 'instrument.read'
  | 'instrument.import'
  | 'feedbackCycle.create'
  | 'feedbackCycle.list'
  | 'feedbackCycle.read'
  | 'feedbackCycle.nominate'
  | 'feedbackCycle.approve'
  | 'feedbackCycle.close'
  | 'feedbackCycle.report'
  | 'feedbackCycle.rateSelf'
  | 'behaviouralProfile.own'
  | 'behaviouralProfile.readAsGuide'
  | 'pulseSurvey.manage'
  | 'teamPulse.readOwn'
  | 'readiness.manage'
  | 'succession.read'
  | 'succession.manage'
  | 'outcomes.list'
  | 'outcomes.read'
  | 'outcomes.manage'
  | 'ongoingFeedback.takePart'
  | 'feedbackRequest.decline'
  | 'ongoingFeedback.share'
  | 'ongoingFeedback.readShared'
  | 'feedbackPrompt.read'
  | 'feedbackPrompt.ask'
  | 'feedbackPrompt.answer';

/** The people of a coaching engagement, and which of them the goal agreement asks to confirm. */
export type CoachingPartyIds = {
  coach: string;
  leader: string;
  manager: string | null;
  sponsor: string | null;
  agreementParties: readonly ('coach' | 'leader' | 'manager' | 'sponsor')[];
};

/** What record-level rules look at: the tenant, and for requests or engagements the people in them. */
export type PolicyRecord = {
  orgId: string;
  mentorPersonId?: string;
  menteePersonId?: string;
  coaching?: CoachingPartyIds;
  /** For a participant's weekly goals: whether the actor mentors or coaches them now. */
  isGuide?: boolean;
  /** For session rules (`sessions.*`): the pair a session belongs to (or is scheduled in). */
  sessionPair?: SessionPairIds;
  /** For 360 cycles (`feedbackCycle.*`): whose cycle it is, and who approves its raters. */
  feedbackCycle?: FeedbackCycleIds;
  /** For a program's outcomes (`outcomes.read`): the person who sponsors it. */
  sponsorPersonId?: string | null;
  /** For ongoing feedback: who asked whom, who gave a piece about whom. */
  feedbackRequest?: { requester: string; asked: string };
  feedbackPiece?: { giver: string; about: string };
  /** For a session's feedback prompt: the coach or mentor, and the mentee or leader. */
  feedbackPrompt?: { guide: string; participant: string };
};

/**
 * The people of a 360 cycle: the participant, and the approver of the rater list — their manager,
 * or null when they have none (an admin approves then). Raters are not here: they answer through
 * their link and never see the cycle.
 */
export type FeedbackCycleIds = { participant: string; manager: string | null };

/** What the actor is to a 360 cycle, or null when it is none of their business. */
export function feedbackCycleRoleOf(
  actor: Actor,
  cycle: FeedbackCycleIds,
): 'participant' | 'approver' | 'admin' | null {
  if (actor.personId !== null && actor.personId === cycle.participant) return 'participant';
  if (actor.personId !== null && actor.personId === cycle.manager) return 'approver';
  if (actor.roles.includes('admin')) return cycle.manager === null ? 'approver' : 'admin';
  return null;
}

/**
 * The 360 rules: the participant nominates and alone reads the report; the manager (an admin when
 * there is none) approves the list; an admin sees metadata and counts and closes the cycle; to
 * anyone else the cycle does not exist. Nobody but a rater sees a rater's answers.
 */
function authorizeFeedbackCycle(actor: Actor, action: Action, record: PolicyRecord | undefined): Actor {
  const role = record?.feedbackCycle ? feedbackCycleRoleOf(actor, record.feedbackCycle) : null;
  if (role === null) throw new AppError('NOT_FOUND', { message: 'Feedback cycle not found.' });
  const isAdmin = actor.roles.includes('admin');
  const allow = (isAllowed: boolean, message: string) => {
    if (!isAllowed) throw new AppError('FORBIDDEN', { message });
    return actor;
  };
  switch (action) {
    case 'feedbackCycle.read':
      return actor;
    case 'feedbackCycle.nominate':
      return allow(role === 'participant', 'Only the participant nominates their raters.');
    case 'feedbackCycle.approve':
      return allow(
        role === 'approver',
        'Only the participant’s manager (an admin when there is none) approves the raters.',
      );
    case 'feedbackCycle.close':
      return allow(isAdmin, 'Only an admin closes a cycle.');
    case 'feedbackCycle.report':
      return allow(role === 'participant', 'The report is the participant’s alone.');
    case 'feedbackCycle.rateSelf':
      return allow(role === 'participant', 'Only the participant rates themselves.');
    default:
      throw new AppError('NOT_FOUND', { message: 'Feedback cycle not found.' });
  }
}

/**
 * The people around a session: the two of the pair (mentor and mentee, or coach and leader), who
 * alone see agenda and notes, and the observers (a coaching engagement's manager and sponsor), who
 * see time and status only.
 */
export type SessionPairIds = {
  pair: readonly [string, string];
  observers: readonly string[];
  /** What the 404 names for whoever may not know the record exists. */
  subject: 'Session' | 'Relationship' | 'Engagement';
};

/** The parties of a coaching engagement the actor is, through the person their login is linked to. */
export function coachingPartiesOf(
  actor: Actor,
  parties: CoachingPartyIds,
): ('coach' | 'leader' | 'manager' | 'sponsor')[] {
  if (actor.personId === null) return [];
  return (['coach', 'leader', 'manager', 'sponsor'] as const).filter((party) => parties[party] === actor.personId);
}

/**
 * Which fields of a coaching engagement the actor sees: `party` (goals, agreement, end reason and
 * final summary) for its coach, leader, manager and sponsor; `metadata` (who, when, status, goal
 * count, agreement progress) for an admin who takes no part. Call after `authorize`.
 */
export function coachingEngagementView(actor: Actor, parties: CoachingPartyIds): 'party' | 'metadata' {
  return coachingPartiesOf(actor, parties).length > 0 ? 'party' : 'metadata';
}

const engagementNotFound = () => new AppError('NOT_FOUND', { message: 'Engagement not found.' });

/** The coaching rules: whoever takes no part and is not an admin is told the engagement does not exist. */
function authorizeCoaching(actor: Actor, action: Action, record: PolicyRecord | undefined): Actor {
  if (!record?.coaching) throw engagementNotFound();
  const mine = coachingPartiesOf(actor, record.coaching);
  const isAdmin = actor.roles.includes('admin');
  if (mine.length === 0 && !isAdmin) throw engagementNotFound();
  const allow = (isAllowed: boolean, message: string) => {
    if (!isAllowed) throw new AppError('FORBIDDEN', { message });
    return actor;
  };
  switch (action) {
    case 'engagement.read':
      return actor;
    case 'engagement.goals.update':
      return allow(mine.includes('coach') || mine.includes('leader'), 'Only the coach or the leader sets the goals.');
    case 'engagement.goals.confirm':
      return allow(
        mine.some((party) => record.coaching!.agreementParties.includes(party)),
        `The goals are confirmed by the ${record.coaching.agreementParties.join(', ')}; you are not one of them.`,
      );
    case 'engagement.dates.update':
      return allow(mine.includes('coach') || isAdmin, 'Only the coach or an admin changes the dates.');
    case 'engagement.transition':
      return allow(mine.includes('coach'), 'Only the coach moves the engagement along.');
    case 'engagement.progress.record':
      return allow(mine.includes('coach'), 'Only the coach records a progress check.');
    case 'engagement.endEarly':
      return allow(
        mine.includes('coach') || mine.includes('leader') || isAdmin,
        'Only the coach, the leader or an admin ends an engagement early.',
      );
    default:
      throw engagementNotFound();
  }
}

/**
 * The mentoring rules: the mentor and mentee work in their relationship; an admin sees its
 * metadata and may end it; to anyone else it does not exist.
 */
function authorizeMentoring(actor: Actor, action: Action, record: PolicyRecord | undefined): Actor {
  const isParty =
    actor.personId !== null && (record?.mentorPersonId === actor.personId || record?.menteePersonId === actor.personId);
  if (isParty) return actor;
  if (!actor.roles.includes('admin')) throw new AppError('NOT_FOUND', { message: 'Relationship not found.' });
  if (action === 'relationship.participate') {
    throw new AppError('FORBIDDEN', { message: 'Only the mentor and the mentee do this.' });
  }
  return actor;
}

/**
 * How much of a session the actor sees: `pair` for its two people, `metadata` for an admin,
 * `time_and_status` for a coaching engagement's manager or sponsor, null for anyone else. Being in
 * the pair wins over being an admin.
 */
export function sessionAccessOf(actor: Actor, people: SessionPairIds): 'pair' | 'metadata' | 'time_and_status' | null {
  if (actor.personId !== null && people.pair.includes(actor.personId)) return 'pair';
  if (actor.roles.includes('admin')) return 'metadata';
  if (actor.personId !== null && people.observers.includes(actor.personId)) return 'time_and_status';
  return null;
}

/**
 * The session rules: the two people of the pair schedule, change and write notes and action items;
 * an admin, manager or sponsor may only read (the service trims what they see); to anyone else the
 * session (or the pair) does not exist.
 */
function authorizeSessions(actor: Actor, action: Action, record: PolicyRecord | undefined): Actor {
  const people = record?.sessionPair;
  const access = people ? sessionAccessOf(actor, people) : null;
  if (!people || access === null) {
    throw new AppError('NOT_FOUND', { message: `${people?.subject ?? 'Session'} not found.` });
  }
  if (action === 'sessions.read' || access === 'pair') return actor;
  throw new AppError('FORBIDDEN', { message: 'Only the two people of the pair do this.' });
}

const notLinkedToPerson = () =>
  new AppError('FORBIDDEN', { message: 'Your account is not linked to a person of the directory.' });

/**
 * Ongoing feedback between people: a request is its asker's and the asked person's, a piece of
 * feedback its giver's and the person it is about (who alone shares it), a session's prompt the
 * session's two people's. To anyone else each does not exist; admins get nothing more.
 */
function authorizeOngoingFeedback(actor: Actor, action: Action, record: PolicyRecord | undefined): Actor {
  if (action === 'ongoingFeedback.readShared') {
    // The person, and their current coaches and mentors; to anyone else, admins included, nothing.
    if (!record?.isGuide) throw new AppError('NOT_FOUND', { message: 'Not found.' });
    return actor;
  }
  const me = actor.personId;
  if (me === null) throw notLinkedToPerson();
  const allow = (isAllowed: boolean, message: string) => {
    if (!isAllowed) throw new AppError('FORBIDDEN', { message });
    return actor;
  };
  switch (action) {
    case 'feedbackRequest.decline':
      // Only the person asked sees the request among theirs to answer; to the asker it is theirs to wait on.
      if (record?.feedbackRequest?.asked === me) return actor;
      if (record?.feedbackRequest?.requester === me) {
        throw new AppError('FORBIDDEN', { message: 'Only the person asked declines a request.' });
      }
      throw new AppError('NOT_FOUND', { message: 'Feedback request not found.' });
    case 'ongoingFeedback.share':
      if (record?.feedbackPiece?.about === me) return actor;
      if (record?.feedbackPiece?.giver === me) {
        throw new AppError('FORBIDDEN', {
          message: 'Only the person the feedback is about decides whether to share it.',
        });
      }
      throw new AppError('NOT_FOUND', { message: 'Feedback not found.' });
    case 'feedbackPrompt.read':
    case 'feedbackPrompt.ask':
    case 'feedbackPrompt.answer': {
      const prompt = record?.feedbackPrompt;
      if (!prompt || (prompt.guide !== me && prompt.participant !== me)) {
        throw new AppError('NOT_FOUND', { message: 'Feedback prompt not found.' });
      }
      if (action === 'feedbackPrompt.ask') {
        return allow(prompt.guide === me, 'Only the coach or mentor of the session asks about feedback.');
      }
      if (action === 'feedbackPrompt.answer') {
        return allow(prompt.participant === me, 'Only the participant of the session answers.');
      }
      return actor;
    }
    default:
      return actor;
  }
}

function requireRole(actor: Actor, role: Role): Actor {
  if (!actor.roles.includes(role)) {
    throw new AppError('FORBIDDEN', { message: `This needs the ${role} role.` });
  }
  return actor;
}

/**
 * The one place that says who may do what. Routes call `authorize`; none checks roles itself.
 * Records of another organization are reported as missing (404), never as forbidden.
 */
export function authorize(actor: Actor | null, action: Action, record?: PolicyRecord): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', { message: 'Sign in first.' });
  if (record && record.orgId !== actor.orgId) throw new AppError('NOT_FOUND', { message: 'Not found.' });
  switch (action) {
    case 'me.read':
    case 'session.end':
      // Every signed-in user may read themselves and sign out.
      return actor;
    case 'me.update':
      // Everyone changes their own email and password; the service asks for the current password.
      return actor;
    case 'users.read':
    case 'users.manage':
      // Logins, roles and sessions of the organization are the admins' to manage.
      return requireRole(actor, 'admin');
    case 'program.create':
    case 'program.read':
    case 'program.update':
    case 'program.enroll':
      // Admins design and run programs; the sponsor's read-only view comes with the program dashboard.
      return requireRole(actor, 'admin');
    case 'people.read':
    case 'people.update':
    case 'people.import':
    case 'people.export':
    case 'competency.create':
    case 'approach.recommend':
    case 'approach.override':
      // The directory is the admins' tool for now; the confidentiality issue widens reads.
      return requireRole(actor, 'admin');
    case 'matching.manage':
      // Settings, runs, the review board and publishing are the program admins' work.
      return requireRole(actor, 'admin');
    case 'matchRequest.create':
      // Whoever is a mentee of a self-service program asks; the service checks the enrollment.
      if (actor.personId === null) {
        throw new AppError('FORBIDDEN', { message: 'Your account is not linked to a person of the directory.' });
      }
      return actor;
    case 'matchRequest.answer':
      // Only the mentor asked; to anyone else the request does not exist.
      if (actor.personId === null || record?.mentorPersonId !== actor.personId) {
        throw new AppError('NOT_FOUND', { message: 'Request not found.' });
      }
      return actor;
    case 'matchRequest.cancel':
      if (actor.personId === null || record?.menteePersonId !== actor.personId) {
        throw new AppError('NOT_FOUND', { message: 'Request not found.' });
      }
      return actor;
    case 'engagement.list':
      // Everyone signed in lists the engagements they take part in; admins see all (metadata only).
      return actor;
    case 'engagement.request':
      // Routes of one engagement only check sign-in here; the service asks again with the record.
      return actor;
    case 'engagement.read':
    case 'engagement.goals.update':
    case 'engagement.goals.confirm':
    case 'engagement.dates.update':
    case 'engagement.transition':
    case 'engagement.endEarly':
    case 'engagement.progress.record':
      return authorizeCoaching(actor, action, record);
    case 'relationship.read':
    case 'relationship.participate':
    case 'relationship.end':
      return authorizeMentoring(actor, action, record);
    case 'weeklyGoals.own':
      // Weekly goals belong to a person of the directory.
      if (actor.personId === null) {
        throw new AppError('FORBIDDEN', { message: 'Your account is not linked to a person of the directory.' });
      }
      return actor;
    case 'weeklyGoals.readAsGuide':
      // Only their current mentor or coach reads a participant's weekly goals; to others they do not exist.
      if (!record?.isGuide) throw new AppError('NOT_FOUND', { message: 'Not found.' });
      return actor;
    case 'sessions.list':
    case 'calendarFeed.manage':
      // One's own sessions and one's own calendar feed.
      return actor;
    case 'sessions.read':
    case 'sessions.schedule':
    case 'sessions.update':
    case 'sessions.notes.write':
    case 'sessions.actionItems.write':
      return authorizeSessions(actor, action, record);
    case 'personalData.export':
    case 'people.erase':
    case 'organization.settings.read':
    case 'organization.settings.manage':
      // Answering data-subject requests and the organization's settings are the admins' work.
      return requireRole(actor, 'admin');
    case 'personalData.exportOwn':
      // Everyone may download their own data; the service answers 404 when the login has no person.
      return actor;
    case 'instrument.read':
    case 'feedbackCycle.list':
      // Instruments are no secret; the list holds only the cycles the actor takes part in (all, for an admin).
      return actor;
    case 'instrument.import':
    case 'feedbackCycle.create':
      return requireRole(actor, 'admin');
    case 'feedbackCycle.read':
    case 'feedbackCycle.nominate':
    case 'feedbackCycle.approve':
    case 'feedbackCycle.close':
    case 'feedbackCycle.report':
    case 'feedbackCycle.rateSelf':
      return authorizeFeedbackCycle(actor, action, record);
    case 'behaviouralProfile.own':
    case 'teamPulse.readOwn':
      // One's own profile and one's own team's pulse belong to a person of the directory.
      if (actor.personId === null) {
        throw new AppError('FORBIDDEN', { message: 'Your account is not linked to a person of the directory.' });
      }
      return actor;
    case 'behaviouralProfile.readAsGuide':
      // A profile's scores go to the person's current mentor or coach only; to others, admins
      // included, it does not exist.
      if (!record?.isGuide) throw new AppError('NOT_FOUND', { message: 'Not found.' });
      return actor;
    case 'succession.read':
      // Succession is confidential: the admins and the program sponsors (the sponsor role) read it;
      // to anyone else it does not exist, so nobody learns they or others are named.
      if (!actor.roles.includes('admin') && !actor.roles.includes('sponsor')) {
        throw new AppError('NOT_FOUND', { message: 'Not found.' });
      }
      return actor;
    case 'succession.manage':
      // Only admins name successors, judge readiness and move people on the nine-box.
      if (!actor.roles.includes('admin')) {
        if (actor.roles.includes('sponsor')) throw new AppError('FORBIDDEN', { message: 'This needs the admin role.' });
        throw new AppError('NOT_FOUND', { message: 'Not found.' });
      }
      return actor;
    case 'readiness.manage':
    case 'outcomes.manage':
      // Readiness assessments, business measurements and ROI assumptions are the admins' to record.
      return requireRole(actor, 'admin');
    case 'outcomes.list':
      // The list holds the programs the actor may see outcomes of (none for most people).
      return actor;
    case 'outcomes.read': {
      // Aggregates only, at n ≥ 5: the admins and the program's own sponsor; to others it does not exist.
      const isSponsor = actor.personId !== null && actor.personId === record?.sponsorPersonId;
      if (!actor.roles.includes('admin') && !isSponsor)
        throw new AppError('NOT_FOUND', { message: 'Program not found.' });
      return actor;
    }
    case 'pulseSurvey.manage':
      // Admins run the quarterly pulse and see its results (scores only past the minimum).
      return requireRole(actor, 'admin');
    case 'ongoingFeedback.takePart':
      // Asking, giving and kudos are between people of the directory; each sees their own only.
      if (actor.personId === null) throw notLinkedToPerson();
      return actor;
    case 'feedbackRequest.decline':
    case 'ongoingFeedback.share':
    case 'ongoingFeedback.readShared':
    case 'feedbackPrompt.read':
    case 'feedbackPrompt.ask':
    case 'feedbackPrompt.answer':
      return authorizeOngoingFeedback(actor, action, record);
  }
}
