// Ongoing feedback between people: requests, feedback (shared with coaches and mentors only when
// the person it is about says so), kudos for the recipient's team, and a session's feedback prompt.
// Texts go to their giver, their subject and, once shared, the subject's current guides; admins and
// sponsors get counts only, through the outcomes dashboard.
import {
  feedbackPromptQuestion,
  type ColleagueList,
  type Feedback,
  type FeedbackCreate,
  type FeedbackPage,
  type FeedbackPrompt,
  type FeedbackPromptAnswer,
  type FeedbackPromptState,
  type FeedbackQuery,
  type FeedbackRequest,
  type FeedbackRequestCreate,
  type FeedbackRequestPage,
  type FeedbackRequestQuery,
  type FeedbackSharing,
  type Kudos,
  type KudosCreate,
  type KudosPage,
  type KudosQuery,
  type SharedFeedbackPage,
} from '../../../contract/ongoing-feedback.js';
import { feedbackPromptWindow } from '../../../domain/ongoing-feedback/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Action, type Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { listCompetencies } from '../competencies/index.js';
import { isGuideOf } from '../engagements/index.js';
import { notify } from '../notifications/index.js';
import { findSessionPeople } from '../sessions/index.js';
import {
  answerPrompt,
  countHabitsBetween,
  decideRequest,
  findFeedback,
  findOpenRequest,
  findPeople,
  findPrompt,
  findQuestions,
  findRequest,
  findUserIdsOfPerson,
  insertFeedback,
  insertKudos,
  insertPrompt,
  insertRequest,
  listFeedback as selectFeedback,
  listKudos as selectKudos,
  listRequests as selectRequests,
  listSharedFeedback as selectSharedFeedback,
  listTeamKudos as selectTeamKudos,
  searchColleagues,
  setSharing,
  type FeedbackPromptRow,
  type FeedbackRequestRow,
  type FeedbackRow,
  type KudosRow,
  type PersonBrief,
} from './ongoing-feedback.repo.js';

export type OngoingFeedbackDeps = { db: Database; clock: Clock };

type PageInput = { page: number; pageSize: number };
const windowOf = (input: PageInput) => ({ limit: input.pageSize, offset: (input.page - 1) * input.pageSize });

const exchangeLink = '/feedback-exchange';

/** The person the signed-in user is; a login linked to nobody takes no part. */
function personOf(actor: Actor | null): { actor: Actor; me: string } {
  const checked = authorize(actor, 'ongoingFeedback.takePart');
  return { actor: checked, me: checked.personId! };
}

/** The organization's competencies, key to label. */
async function competencyLabels(db: Database, actor: Actor): Promise<Map<string, string>> {
  return new Map((await listCompetencies(db, actor)).items.map((competency) => [competency.key, competency.label]));
}

function checkCompetency(labels: Map<string, string>, key: string, field: string): void {
  if (!labels.has(key)) {
    throw new AppError('INVALID', { message: `${key} is not a competency of your organization.`, field });
  }
}

const competencyOf = (labels: Map<string, string>, key: string) => ({ key, label: labels.get(key) ?? key });

/** The other person of a request, a piece of feedback or kudos: in the organization and still working there. */
async function findColleague(db: Database, orgId: string, personId: string, field: string): Promise<PersonBrief> {
  const person = (await findPeople(db, orgId, [personId])).get(personId);
  if (!person) throw new AppError('NOT_FOUND', { message: 'No such person in your organization.', field });
  if (person.status !== 'active') {
    throw new AppError('CONFLICT', { message: `${person.name} has left the organization.`, field });
  }
  return person;
}

async function namesOf(db: Database, orgId: string, ids: Iterable<string>) {
  const found = await findPeople(db, orgId, ids);
  return (id: string) => ({ id, name: found.get(id)?.name ?? 'Unknown person' });
}

/** An in-app notification to every login of a person; people without one are not reached. */
async function notifyPerson(
  deps: OngoingFeedbackDeps,
  tx: Database,
  orgId: string,
  personId: string,
  message: { kind: string; title: string; body: string; link: string },
): Promise<void> {
  for (const userId of await findUserIdsOfPerson(tx, orgId, personId)) {
    await notify({ db: tx, clock: deps.clock }, { orgId, userId, ...message });
  }
}

function audit(
  deps: OngoingFeedbackDeps,
  tx: Database,
  context: RequestContext,
  actor: Actor,
  event: { action: string; targetType: string; targetId: string; details?: Record<string, unknown> },
): Promise<void> {
  // Ids, competencies and flags only: never the words anyone wrote.
  return recordAuditEvent(tx, deps.clock, context, { orgId: actor.orgId, actorUserId: actor.userId, ...event });
}

// ---- Colleagues ----

/** People one may ask, give feedback or kudos to: active, not oneself; at most 20. */
export async function listColleagues(
  deps: OngoingFeedbackDeps,
  signedIn: Actor,
  search: string,
): Promise<ColleagueList> {
  const { actor, me } = personOf(signedIn);
  return { items: await searchColleagues(deps.db, actor.orgId, me, search, 20) };
}

// ---- Requests ----

async function toRequests(db: Database, actor: Actor, rows: FeedbackRequestRow[]): Promise<FeedbackRequest[]> {
  const labels = await competencyLabels(db, actor);
  const nameOf = await namesOf(
    db,
    actor.orgId,
    rows.flatMap((row) => [row.requesterPersonId, row.askedPersonId]),
  );
  return rows.map((row) => ({
    id: row.id,
    requester: nameOf(row.requesterPersonId),
    asked: nameOf(row.askedPersonId),
    competency: competencyOf(labels, row.competencyKey),
    question: row.question,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }));
}

/** Asks a colleague for feedback on a competency; they are told in the app. */
export async function askForFeedback(
  deps: OngoingFeedbackDeps,
  context: RequestContext,
  signedIn: Actor,
  input: FeedbackRequestCreate & { question: string },
): Promise<FeedbackRequest> {
  const { actor, me } = personOf(signedIn);
  if (input.askedPersonId === me) {
    throw new AppError('INVALID', {
      message: 'You cannot ask yourself for feedback: ask a colleague.',
      field: 'body.askedPersonId',
    });
  }
  const labels = await competencyLabels(deps.db, actor);
  checkCompetency(labels, input.competencyKey, 'body.competencyKey');
  const asked = await findColleague(deps.db, actor.orgId, input.askedPersonId, 'body.askedPersonId');
  const requester = (await findPeople(deps.db, actor.orgId, [me])).get(me)!;
  const row = await deps.db.transaction(async (tx) => {
    const pair = { requesterPersonId: me, askedPersonId: asked.id, competencyKey: input.competencyKey };
    if (await findOpenRequest(tx, actor.orgId, pair)) {
      throw new AppError('CONFLICT', {
        message: `You already asked ${asked.name} for feedback on ${labels.get(input.competencyKey)}; wait for the answer.`,
        field: 'body.askedPersonId',
      });
    }
    const created = await insertRequest(tx, {
      orgId: actor.orgId,
      ...pair,
      question: input.question,
      createdAt: deps.clock.now(),
    });
    await notifyPerson(deps, tx, actor.orgId, asked.id, {
      kind: 'feedback.requested',
      title: `${requester.name} asks for your feedback`,
      body: `On ${labels.get(input.competencyKey)}. Answer or decline on your Feedback exchange page.`,
      link: exchangeLink,
    });
    await audit(deps, tx, context, actor, {
      action: 'feedbackRequest.created',
      targetType: 'feedback_request',
      targetId: created.id,
      details: { askedPersonId: asked.id, competencyKey: input.competencyKey },
    });
    return created;
  });
  return (await toRequests(deps.db, actor, [row]))[0]!;
}

export async function listFeedbackRequests(
  deps: OngoingFeedbackDeps,
  signedIn: Actor,
  query: FeedbackRequestQuery & PageInput & { direction: 'received' | 'sent' },
): Promise<FeedbackRequestPage> {
  const { actor, me } = personOf(signedIn);
  const { rows, total } = await selectRequests(
    deps.db,
    actor.orgId,
    { personId: me, direction: query.direction, status: query.status },
    windowOf(query),
  );
  return { items: await toRequests(deps.db, actor, rows), total, page: query.page, pageSize: query.pageSize };
}

/** The person asked says no; the asker is told. Only while the request is open. */
export async function declineFeedbackRequest(
  deps: OngoingFeedbackDeps,
  context: RequestContext,
  actor: Actor,
  requestId: string,
): Promise<FeedbackRequest> {
  const row = await deps.db.transaction(async (tx) => {
    const request = await findRequest(tx, actor.orgId, requestId, { forUpdate: true });
    if (!request) throw new AppError('NOT_FOUND', { message: 'Feedback request not found.' });
    authorize(actor, 'feedbackRequest.decline', {
      orgId: request.orgId,
      feedbackRequest: { requester: request.requesterPersonId, asked: request.askedPersonId },
    });
    if (request.status !== 'open') {
      throw new AppError('CONFLICT', { message: `This request was already ${request.status}.`, field: 'status' });
    }
    const declined = await decideRequest(tx, actor.orgId, request.id, { status: 'declined', at: deps.clock.now() });
    const labels = await competencyLabels(tx, actor);
    const asked = (await findPeople(tx, actor.orgId, [request.askedPersonId])).get(request.askedPersonId)!;
    await notifyPerson(deps, tx, actor.orgId, request.requesterPersonId, {
      kind: 'feedback.declined',
      title: `${asked.name} declined your request for feedback`,
      body: `On ${labels.get(request.competencyKey) ?? request.competencyKey}. You may ask someone else.`,
      link: exchangeLink,
    });
    await audit(deps, tx, context, actor, {
      action: 'feedbackRequest.declined',
      targetType: 'feedback_request',
      targetId: request.id,
    });
    return declined;
  });
  return (await toRequests(deps.db, actor, [row]))[0]!;
}

// ---- Feedback ----

async function toFeedback(db: Database, actor: Actor, rows: FeedbackRow[]): Promise<Feedback[]> {
  const labels = await competencyLabels(db, actor);
  const nameOf = await namesOf(
    db,
    actor.orgId,
    rows.flatMap((row) => [row.giverPersonId, row.aboutPersonId]),
  );
  const questions = await findQuestions(
    db,
    actor.orgId,
    rows.flatMap((row) => (row.requestId === null ? [] : [row.requestId])),
  );
  return rows.map((row) => ({
    id: row.id,
    giver: nameOf(row.giverPersonId),
    about: nameOf(row.aboutPersonId),
    competency: competencyOf(labels, row.competencyKey),
    text: row.text,
    requestId: row.requestId,
    question: row.requestId === null ? null : (questions.get(row.requestId) ?? null),
    // Sharing is the decision of the person it is about; the giver is not told.
    isSharedWithGuides: row.aboutPersonId === actor.personId ? row.sharedWithGuidesAt !== null : null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Gives feedback to a colleague, unasked or answering their request; they are told in the app. */
export async function giveFeedback(
  deps: OngoingFeedbackDeps,
  context: RequestContext,
  signedIn: Actor,
  input: FeedbackCreate & { text: string },
): Promise<Feedback> {
  const { actor, me } = personOf(signedIn);
  if (input.aboutPersonId === me) {
    throw new AppError('INVALID', {
      message: 'Feedback is for someone else: ask a colleague for theirs instead.',
      field: 'body.aboutPersonId',
    });
  }
  const labels = await competencyLabels(deps.db, actor);
  checkCompetency(labels, input.competencyKey, 'body.competencyKey');
  const about = await findColleague(deps.db, actor.orgId, input.aboutPersonId, 'body.aboutPersonId');
  const giver = (await findPeople(deps.db, actor.orgId, [me])).get(me)!;
  const row = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (input.requestId !== undefined) {
      const request = await findRequest(tx, actor.orgId, input.requestId, { forUpdate: true });
      // Someone else's request is as unknown as a made-up id.
      if (!request || request.askedPersonId !== me) {
        throw new AppError('NOT_FOUND', {
          message: 'No request for feedback to you has this id.',
          field: 'body.requestId',
        });
      }
      if (request.status !== 'open') {
        throw new AppError('CONFLICT', {
          message: `This request was already ${request.status}.`,
          field: 'body.requestId',
        });
      }
      if (request.requesterPersonId !== about.id) {
        throw new AppError('INVALID', {
          message: 'An answer to a request is about the person who asked.',
          field: 'body.aboutPersonId',
        });
      }
      if (request.competencyKey !== input.competencyKey) {
        throw new AppError('INVALID', {
          message: `The request asks about ${labels.get(request.competencyKey) ?? request.competencyKey}.`,
          field: 'body.competencyKey',
        });
      }
      await decideRequest(tx, actor.orgId, request.id, { status: 'answered', at: now });
    }
    const created = await insertFeedback(tx, {
      orgId: actor.orgId,
      giverPersonId: me,
      aboutPersonId: about.id,
      competencyKey: input.competencyKey,
      text: input.text,
      requestId: input.requestId ?? null,
      createdAt: now,
    });
    await notifyPerson(deps, tx, actor.orgId, about.id, {
      kind: 'feedback.received',
      title: `${giver.name} gave you feedback`,
      body: `On ${labels.get(input.competencyKey)}. Only you see it, unless you share it with your coach or mentor.`,
      link: exchangeLink,
    });
    await audit(deps, tx, context, actor, {
      action: 'feedback.given',
      targetType: 'feedback',
      targetId: created.id,
      details: { aboutPersonId: about.id, competencyKey: input.competencyKey, requestId: input.requestId ?? null },
    });
    return created;
  });
  return (await toFeedback(deps.db, actor, [row]))[0]!;
}

export async function listMyFeedback(
  deps: OngoingFeedbackDeps,
  signedIn: Actor,
  query: FeedbackQuery & PageInput & { direction: 'received' | 'given' },
): Promise<FeedbackPage> {
  const { actor, me } = personOf(signedIn);
  const { rows, total } = await selectFeedback(
    deps.db,
    actor.orgId,
    { personId: me, direction: query.direction },
    windowOf(query),
  );
  return { items: await toFeedback(deps.db, actor, rows), total, page: query.page, pageSize: query.pageSize };
}

/** The person a piece is about shares it with their current coaches and mentors, or stops sharing it. */
export async function setFeedbackSharing(
  deps: OngoingFeedbackDeps,
  context: RequestContext,
  actor: Actor,
  feedbackId: string,
  input: FeedbackSharing,
): Promise<Feedback> {
  const row = await deps.db.transaction(async (tx) => {
    const found = await findFeedback(tx, actor.orgId, feedbackId);
    if (!found) throw new AppError('NOT_FOUND', { message: 'Feedback not found.' });
    authorize(actor, 'ongoingFeedback.share', {
      orgId: found.orgId,
      feedbackPiece: { giver: found.giverPersonId, about: found.aboutPersonId },
    });
    // Sharing again keeps the first time it was shared.
    const sharedAt = input.sharedWithGuides ? (found.sharedWithGuidesAt ?? deps.clock.now()) : null;
    const changed = await setSharing(tx, actor.orgId, found.id, sharedAt);
    await audit(deps, tx, context, actor, {
      action: 'feedback.sharingChanged',
      targetType: 'feedback',
      targetId: found.id,
      details: { isShared: input.sharedWithGuides },
    });
    return changed;
  });
  return (await toFeedback(deps.db, actor, [row]))[0]!;
}

/** What a person shared with their coaches and mentors: for the person and their current guides only. */
export async function listSharedFeedback(
  deps: OngoingFeedbackDeps,
  actor: Actor,
  personId: string,
  query: PageInput,
): Promise<SharedFeedbackPage> {
  const isSelf = actor.personId === personId;
  const isGuide =
    isSelf || (actor.personId !== null && (await isGuideOf(deps.db, actor.orgId, actor.personId, personId)));
  authorize(actor, 'ongoingFeedback.readShared', { orgId: actor.orgId, isGuide });
  const person = (await findPeople(deps.db, actor.orgId, [personId])).get(personId);
  if (!person) throw new AppError('NOT_FOUND', { message: 'Not found.' });
  const { rows, total } = await selectSharedFeedback(deps.db, actor.orgId, personId, windowOf(query));
  const pieces = await toFeedback(deps.db, actor, rows);
  return {
    person: { id: person.id, name: person.name },
    items: pieces.map((piece, index) => ({
      id: piece.id,
      giver: piece.giver,
      competency: piece.competency,
      text: piece.text,
      question: piece.question,
      createdAt: piece.createdAt,
      sharedAt: rows[index]!.sharedWithGuidesAt!.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

// ---- Kudos ----

async function toKudos(db: Database, actor: Actor, rows: KudosRow[]): Promise<Kudos[]> {
  const labels = await competencyLabels(db, actor);
  const nameOf = await namesOf(
    db,
    actor.orgId,
    rows.flatMap((row) => [row.giverPersonId, row.recipientPersonId]),
  );
  return rows.map((row) => ({
    id: row.id,
    giver: nameOf(row.giverPersonId),
    recipient: nameOf(row.recipientPersonId),
    message: row.message,
    competency: row.competencyKey === null ? null : competencyOf(labels, row.competencyKey),
    visibleToTeam: row.isVisibleToTeam,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Sends kudos to a colleague, for their team to see too when the giver chooses so. */
export async function giveKudos(
  deps: OngoingFeedbackDeps,
  context: RequestContext,
  signedIn: Actor,
  input: KudosCreate & { message: string; visibleToTeam: boolean },
): Promise<Kudos> {
  const { actor, me } = personOf(signedIn);
  if (input.toPersonId === me) {
    throw new AppError('INVALID', { message: 'Kudos are for someone else.', field: 'body.toPersonId' });
  }
  const labels = await competencyLabels(deps.db, actor);
  if (input.competencyKey !== undefined) checkCompetency(labels, input.competencyKey, 'body.competencyKey');
  const recipient = await findColleague(deps.db, actor.orgId, input.toPersonId, 'body.toPersonId');
  const giver = (await findPeople(deps.db, actor.orgId, [me])).get(me)!;
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertKudos(tx, {
      orgId: actor.orgId,
      giverPersonId: me,
      recipientPersonId: recipient.id,
      message: input.message,
      competencyKey: input.competencyKey ?? null,
      isVisibleToTeam: input.visibleToTeam,
      createdAt: deps.clock.now(),
    });
    await notifyPerson(deps, tx, actor.orgId, recipient.id, {
      kind: 'kudos.received',
      title: `${giver.name} sent you kudos`,
      body: input.visibleToTeam ? 'Your team sees them too.' : 'Only you see them.',
      link: '/kudos',
    });
    await audit(deps, tx, context, actor, {
      action: 'kudos.given',
      targetType: 'kudos',
      targetId: created.id,
      details: { toPersonId: recipient.id, isVisibleToTeam: input.visibleToTeam },
    });
    return created;
  });
  return (await toKudos(deps.db, actor, [row]))[0]!;
}

export async function listMyKudos(
  deps: OngoingFeedbackDeps,
  signedIn: Actor,
  query: KudosQuery & PageInput & { direction: 'received' | 'given' },
): Promise<KudosPage> {
  const { actor, me } = personOf(signedIn);
  const { rows, total } = await selectKudos(
    deps.db,
    actor.orgId,
    { personId: me, direction: query.direction },
    windowOf(query),
  );
  return { items: await toKudos(deps.db, actor, rows), total, page: query.page, pageSize: query.pageSize };
}

/** Team-visible kudos of the people on my team: my manager, my manager's other reports, my own reports. */
export async function listTeamKudos(deps: OngoingFeedbackDeps, signedIn: Actor, query: PageInput): Promise<KudosPage> {
  const { actor, me } = personOf(signedIn);
  const person = (await findPeople(deps.db, actor.orgId, [me])).get(me);
  if (!person) throw new AppError('NOT_FOUND', { message: 'Your person record was not found.' });
  const { rows, total } = await selectTeamKudos(deps.db, actor.orgId, person, windowOf(query));
  return { items: await toKudos(deps.db, actor, rows), total, page: query.page, pageSize: query.pageSize };
}

// ---- A session's feedback prompt ----

async function loadSessionPeople(deps: OngoingFeedbackDeps, actor: Actor, sessionId: string, action: Action) {
  const session = await findSessionPeople(deps.db, actor.orgId, sessionId);
  if (!session) throw new AppError('NOT_FOUND', { message: 'Session not found.' });
  authorize(actor, action, {
    orgId: actor.orgId,
    feedbackPrompt: { guide: session.guide, participant: session.participant },
  });
  return session;
}

async function toPrompt(db: Database, orgId: string, row: FeedbackPromptRow): Promise<FeedbackPrompt> {
  const nameOf = await namesOf(db, orgId, [row.askedByPersonId, row.participantPersonId]);
  const window = feedbackPromptWindow(row.askedAt);
  return {
    sessionId: row.sessionId,
    question: feedbackPromptQuestion,
    askedBy: nameOf(row.askedByPersonId),
    participant: nameOf(row.participantPersonId),
    askedAt: row.askedAt.toISOString(),
    countedFrom: window.from.toISOString(),
    counts: await countHabitsBetween(db, orgId, row.participantPersonId, window),
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}

/** The coach or mentor asks the participant which feedback they sought or gave this week; once a session. */
export async function askFeedbackPrompt(
  deps: OngoingFeedbackDeps,
  context: RequestContext,
  actor: Actor,
  sessionId: string,
): Promise<FeedbackPrompt> {
  const session = await loadSessionPeople(deps, actor, sessionId, 'feedbackPrompt.ask');
  if (session.status === 'cancelled') {
    throw new AppError('CONFLICT', { message: 'The session was cancelled.', field: 'status' });
  }
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertPrompt(tx, {
      orgId: actor.orgId,
      sessionId,
      askedByPersonId: session.guide,
      participantPersonId: session.participant,
      askedAt: deps.clock.now(),
    });
    if (!created) throw new AppError('CONFLICT', { message: 'You already asked about feedback in this session.' });
    const guide = (await findPeople(tx, actor.orgId, [session.guide])).get(session.guide)!;
    await notifyPerson(deps, tx, actor.orgId, session.participant, {
      kind: 'session.feedbackPrompt',
      title: `${guide.name} asks: ${feedbackPromptQuestion.toLowerCase()}`,
      body: 'Answer on the session page; your counts of the week are shown there.',
      link: `/sessions/${sessionId}`,
    });
    await audit(deps, tx, context, actor, {
      action: 'feedbackPrompt.asked',
      targetType: 'session',
      targetId: sessionId,
    });
    return created;
  });
  return toPrompt(deps.db, actor.orgId, row);
}

export async function getFeedbackPrompt(
  deps: OngoingFeedbackDeps,
  actor: Actor,
  sessionId: string,
): Promise<FeedbackPromptState> {
  await loadSessionPeople(deps, actor, sessionId, 'feedbackPrompt.read');
  const row = await findPrompt(deps.db, actor.orgId, sessionId);
  return { prompt: row ? await toPrompt(deps.db, actor.orgId, row) : null };
}

/** The participant answers (or rewrites their answer); the coach or mentor is told. */
export async function answerFeedbackPrompt(
  deps: OngoingFeedbackDeps,
  context: RequestContext,
  actor: Actor,
  sessionId: string,
  input: FeedbackPromptAnswer,
): Promise<FeedbackPrompt> {
  const session = await loadSessionPeople(deps, actor, sessionId, 'feedbackPrompt.answer');
  const row = await deps.db.transaction(async (tx) => {
    if (!(await findPrompt(tx, actor.orgId, sessionId))) {
      throw new AppError('CONFLICT', { message: 'Your coach or mentor has not asked about feedback in this session.' });
    }
    const answered = await answerPrompt(tx, actor.orgId, sessionId, { text: input.answer, at: deps.clock.now() });
    const participant = (await findPeople(tx, actor.orgId, [session.participant])).get(session.participant)!;
    await notifyPerson(deps, tx, actor.orgId, session.guide, {
      kind: 'session.feedbackPromptAnswered',
      title: `${participant.name} answered your question about feedback`,
      body: 'Read the answer on the session page.',
      link: `/sessions/${sessionId}`,
    });
    await audit(deps, tx, context, actor, {
      action: 'feedbackPrompt.answered',
      targetType: 'session',
      targetId: sessionId,
    });
    return answered;
  });
  return toPrompt(deps.db, actor.orgId, row);
}
