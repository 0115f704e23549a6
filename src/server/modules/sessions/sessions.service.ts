import { createHash, randomBytes } from 'node:crypto';
import {
  generalSection,
  type CalendarFeed,
  type Session,
  type SessionAccess,
  type SessionActionItem,
  type SessionActionItemInput,
  type SessionList,
  type SessionNote,
  type SessionScheduleInput,
  type SessionSummary,
  type SessionUpdateInput,
} from '../../../contract/sessions.js';
import type { SessionFramework } from '../../../domain/programs/index.js';
import { templateFor } from '../../../domain/sessions/index.js';
import type { Database } from '../../db/client.js';
import { acrossOrganizations, withOrganization } from '../../db/tenant-scope.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, sessionAccessOf, type Action, type Actor, type SessionPairIds } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { calendar, sessionEventLines, type EventDetail } from './sessions.calendar.js';
import {
  advanceLastMeeting,
  countSessionContents,
  deleteCalendarFeed,
  deleteNote,
  findCalendarFeedOwner,
  findEngagementPair,
  findRelationshipPair,
  findSession,
  insertActionItem,
  insertSession,
  listActionItems,
  listNotesFor,
  listSessionPeople,
  listSessionRows,
  replaceCalendarFeed,
  setActionItemDone,
  updateSessionRow,
  upsertNote,
  type ActionItemRow,
  type PairRow,
  type SessionCounts,
  type SessionNoteRow,
  type SessionPerson,
  type SessionRow,
  type SessionWithPair,
} from './sessions.repo.js';

export type SessionDeps = { db: Database; clock: Clock };

/** Where a session is scheduled: a mentoring relationship or a coaching engagement. */
export type PairTarget = { kind: 'mentoring' | 'coaching'; id: string };

/** Sessions are scheduled, and rescheduled, only while the pair is still to start or under way. */
const currentPairStatuses: readonly string[] = ['proposed', 'active'];
/** How far back the calendar feed reaches. */
const feedDaysBack = 30;
export const calendarFeedPathPrefix = '/api/calendar/';

const subjectOf = { mentoring: 'Relationship', coaching: 'Engagement' } as const;

function sessionPairIds(pair: PairRow, subject: SessionPairIds['subject']): SessionPairIds {
  return {
    pair: [pair.first, pair.second],
    observers: [pair.managerPersonId, pair.sponsorPersonId].filter((id): id is string => id !== null),
    subject,
  };
}

const recordOf = (pair: PairRow, subject: SessionPairIds['subject']) => ({
  orgId: pair.orgId,
  sessionPair: sessionPairIds(pair, subject),
});

/** Loads a session of the actor's organization and asks the policy whether they may do `action` to it. */
async function loadSession(
  db: Database,
  actor: Actor,
  id: string,
  action: Action,
  options: { forUpdate?: boolean } = {},
): Promise<SessionWithPair & { access: SessionAccess }> {
  const item = await findSession(db, actor.orgId, id, options);
  if (!item) throw new AppError('NOT_FOUND', { message: 'Session not found.' });
  authorize(actor, action, recordOf(item.pair, 'Session'));
  return { ...item, access: sessionAccessOf(actor, sessionPairIds(item.pair, 'Session'))! };
}

async function loadPair(db: Database, actor: Actor, target: PairTarget, action: Action): Promise<PairRow> {
  const pair =
    target.kind === 'mentoring'
      ? await findRelationshipPair(db, actor.orgId, target.id)
      : await findEngagementPair(db, actor.orgId, target.id);
  if (!pair) throw new AppError('NOT_FOUND', { message: `${subjectOf[target.kind]} not found.` });
  authorize(actor, action, recordOf(pair, subjectOf[target.kind]));
  return pair;
}

function myRoleIn(actor: Actor, pair: PairRow, access: SessionAccess): SessionSummary['myRole'] {
  if (access === 'metadata') return 'admin';
  if (actor.personId === pair.first) return pair.kind === 'mentoring' ? 'mentor' : 'coach';
  if (actor.personId === pair.second) return pair.kind === 'mentoring' ? 'mentee' : 'leader';
  return actor.personId === pair.managerPersonId ? 'manager' : 'sponsor';
}

const sectionKeyOf = (stored: string) => (stored === '' ? generalSection : stored);

/**
 * The session as `actor` may see it, from allow-listed fields: agenda and location only for the
 * pair; counts and framework not for a manager or sponsor.
 */
function toSummary(
  actor: Actor,
  item: SessionWithPair,
  access: SessionAccess,
  people: Map<string, SessionPerson>,
  counts: SessionCounts | undefined,
): SessionSummary {
  const { session, pair } = item;
  const isPair = access === 'pair';
  const participant = (personId: string, role: SessionSummary['participants'][number]['role']) => ({
    personId,
    name: people.get(personId)?.name ?? 'Unknown person',
    role,
  });
  return {
    id: session.id,
    kind: pair.kind,
    relationshipId: session.relationshipId,
    engagementId: session.engagementId,
    access,
    myRole: myRoleIn(actor, pair, access),
    participants:
      pair.kind === 'mentoring'
        ? [participant(pair.first, 'mentor'), participant(pair.second, 'mentee')]
        : [participant(pair.first, 'coach'), participant(pair.second, 'leader')],
    scheduledAt: session.scheduledAt.toISOString(),
    endsAt: new Date(session.scheduledAt.getTime() + session.durationMinutes * 60_000).toISOString(),
    durationMinutes: session.durationMinutes,
    status: session.status,
    sequence: session.sequence,
    framework: access === 'time_and_status' ? null : session.framework,
    agenda: isPair ? session.agenda : null,
    location: isPair ? session.location : null,
    counts: access === 'time_and_status' ? null : (counts ?? { sharedNotes: 0, actionItems: 0, openActionItems: 0 }),
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}

function toNote(row: SessionNoteRow): SessionNote {
  return {
    section: sectionKeyOf(row.section),
    visibility: row.visibility,
    body: row.body,
    authorPersonId: row.authorPersonId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toActionItem(row: ActionItemRow): SessionActionItem {
  return {
    id: row.id,
    description: row.description,
    ownerPersonId: row.ownerPersonId,
    dueDate: row.dueDate,
    isDone: row.doneAt !== null,
    doneAt: row.doneAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function templateOf(framework: SessionFramework): NonNullable<Session['template']> {
  const template = templateFor(framework);
  return {
    framework,
    title: template.title,
    sections: [
      ...template.sections.map((section) => ({ key: section.key, title: section.title, prompt: section.prompt })),
      { key: generalSection, title: 'General', prompt: 'Anything else worth keeping from this session.' },
    ],
  };
}

async function peopleOf(db: Database, orgId: string, items: SessionWithPair[]) {
  return listSessionPeople(
    db,
    orgId,
    items.flatMap((item) => [item.pair.first, item.pair.second, item.session.createdByPersonId]),
  );
}

/**
 * The whole session for `actor`. Only for the pair are notes read at all, and then the shared
 * ones and the actor's own private ones; every such read is audited.
 */
async function buildSession(
  deps: SessionDeps,
  context: RequestContext,
  actor: Actor,
  item: SessionWithPair,
  access: SessionAccess,
): Promise<Session> {
  const { db } = deps;
  const people = await peopleOf(db, actor.orgId, [item]);
  const counts = (await countSessionContents(db, actor.orgId, [item.session.id])).get(item.session.id);
  const summary = toSummary(actor, item, access, people, counts);
  if (access !== 'pair') {
    return { ...summary, template: null, sharedNotes: null, myPrivateNotes: null, actionItems: null };
  }
  const notes = await listNotesFor(db, actor.orgId, item.session.id, actor.personId!);
  const shared = notes.filter((note) => note.visibility === 'shared');
  // The query already keeps only the actor's private notes; the filter says so again.
  const mine = notes.filter((note) => note.visibility === 'private' && note.authorPersonId === actor.personId);
  await recordAuditEvent(db, deps.clock, context, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: 'session.notes_read',
    targetType: 'session',
    targetId: item.session.id,
    details: { sharedNotes: shared.length, ownPrivateNotes: mine.length },
  });
  return {
    ...summary,
    template: templateOf(item.session.framework),
    sharedNotes: shared.map(toNote),
    myPrivateNotes: mine.map(toNote),
    actionItems: (await listActionItems(db, actor.orgId, item.session.id)).map(toActionItem),
  };
}

async function toSummaries(db: Database, actor: Actor, items: (SessionWithPair & { access: SessionAccess })[]) {
  const people = await peopleOf(db, actor.orgId, items);
  const counts = await countSessionContents(
    db,
    actor.orgId,
    items.filter((item) => item.access !== 'time_and_status').map((item) => item.session.id),
  );
  return items.map((item) => toSummary(actor, item, item.access, people, counts.get(item.session.id)));
}

function assertPairIsCurrent(pair: PairRow): void {
  if (!currentPairStatuses.includes(pair.status)) {
    const what = pair.kind === 'mentoring' ? 'relationship' : 'engagement';
    throw new AppError('CONFLICT', {
      message: `Sessions are scheduled while the ${what} is proposed or active; this one is ${pair.status}.`,
      field: 'status',
    });
  }
}

async function audit(
  deps: SessionDeps,
  db: Database,
  context: RequestContext,
  actor: Actor,
  action: string,
  sessionId: string,
  details: Record<string, unknown>,
) {
  await recordAuditEvent(db, deps.clock, context, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action,
    targetType: 'session',
    targetId: sessionId,
    details,
  });
}

/** Either person of the pair schedules a session while the pair is proposed or active. */
export async function scheduleSession(
  deps: SessionDeps,
  context: RequestContext,
  actor: Actor,
  target: PairTarget,
  input: SessionScheduleInput,
): Promise<Session> {
  return deps.db.transaction(async (tx) => {
    const pair = await loadPair(tx, actor, target, 'sessions.schedule');
    assertPairIsCurrent(pair);
    const now = deps.clock.now();
    const framework = input.framework ?? (target.kind === 'mentoring' ? 'five_cs' : 'grow');
    const row = await insertSession(tx, {
      orgId: actor.orgId,
      relationshipId: target.kind === 'mentoring' ? target.id : null,
      engagementId: target.kind === 'coaching' ? target.id : null,
      scheduledAt: new Date(input.scheduledAt),
      durationMinutes: input.durationMinutes,
      agenda: input.agenda ?? '',
      framework,
      location: input.location ?? '',
      createdByPersonId: actor.personId!,
      createdAt: now,
      updatedAt: now,
    });
    // Agenda and place stay out of the audit log: it records that something changed, not what was said.
    await audit(deps, tx, context, actor, 'session.scheduled', row.id, {
      [target.kind === 'mentoring' ? 'relationshipId' : 'engagementId']: target.id,
      scheduledAt: row.scheduledAt.toISOString(),
      durationMinutes: row.durationMinutes,
      framework,
    });
    const people = await peopleOf(tx, actor.orgId, [{ session: row, pair }]);
    // A new session has no notes or action items yet: nothing is read.
    return {
      ...toSummary(actor, { session: row, pair }, 'pair', people, undefined),
      template: templateOf(framework),
      sharedNotes: [],
      myPrivateNotes: [],
      actionItems: [],
    };
  });
}

export async function getSession(
  deps: SessionDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
): Promise<Session> {
  const item = await loadSession(deps.db, actor, id, 'sessions.read');
  return buildSession(deps, context, actor, item, item.access);
}

/** The sessions of one relationship or engagement, in time order, as the actor may see them. */
export async function listPairSessions(db: Database, actor: Actor, target: PairTarget): Promise<SessionList> {
  const pair = await loadPair(db, actor, target, 'sessions.read');
  const access = sessionAccessOf(actor, sessionPairIds(pair, 'Session'))!;
  const rows = await listSessionRows(
    db,
    actor.orgId,
    target.kind === 'mentoring' ? { relationshipId: target.id } : { engagementId: target.id },
  );
  return {
    items: await toSummaries(
      db,
      actor,
      rows.map((row) => ({ ...row, access })),
    ),
  };
}

/** The signed-in user's sessions as one of the two people of a pair, in time order. */
export async function listMySessions(
  db: Database,
  actor: Actor,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<SessionList> {
  const from = query.from === undefined ? undefined : new Date(query.from);
  const to = query.to === undefined ? undefined : new Date(query.to);
  if (from && to && to <= from) {
    throw new AppError('INVALID', {
      message: 'querystring.to must be after querystring.from.',
      field: 'querystring.to',
    });
  }
  if (actor.personId === null) return { items: [] };
  const rows = await listSessionRows(db, actor.orgId, {
    pairPersonId: actor.personId,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  return {
    items: await toSummaries(
      db,
      actor,
      rows.map((row) => ({ ...row, access: 'pair' as const })),
    ),
  };
}

/**
 * Reschedules, edits or closes a session. Time changes only while it is scheduled and the pair
 * current; `held` (once it has started) and `cancelled` are final. Every change of time or status
 * raises the sequence, so calendars replace their copy; `held` moves the relationship's last meeting.
 */
export async function updateSession(
  deps: SessionDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
  input: SessionUpdateInput,
): Promise<Session> {
  const item = await deps.db.transaction(async (tx) => {
    const { session, pair } = await loadSession(tx, actor, id, 'sessions.update', { forUpdate: true });
    const change: Partial<SessionRow> = {};
    const scheduledAt = input.scheduledAt === undefined ? undefined : new Date(input.scheduledAt);
    if (scheduledAt && scheduledAt.getTime() !== session.scheduledAt.getTime()) change.scheduledAt = scheduledAt;
    if (input.durationMinutes !== undefined && input.durationMinutes !== session.durationMinutes) {
      change.durationMinutes = input.durationMinutes;
    }
    const isTimeChange = change.scheduledAt !== undefined || change.durationMinutes !== undefined;
    if (isTimeChange) {
      if (session.status !== 'scheduled') {
        throw new AppError('CONFLICT', {
          message: `Only a scheduled session is moved; this one is ${session.status}.`,
          field: change.scheduledAt ? 'body.scheduledAt' : 'body.durationMinutes',
        });
      }
      assertPairIsCurrent(pair);
    }
    if (input.agenda !== undefined && input.agenda !== session.agenda) change.agenda = input.agenda;
    if (input.location !== undefined && input.location !== session.location) change.location = input.location;
    if (input.status !== undefined && input.status !== session.status) {
      if (session.status !== 'scheduled') {
        throw new AppError('CONFLICT', {
          message: `The session is already ${session.status}; that is final.`,
          field: 'body.status',
        });
      }
      const startsAt = change.scheduledAt ?? session.scheduledAt;
      if (input.status === 'held' && startsAt > deps.clock.now()) {
        throw new AppError('CONFLICT', {
          message: 'A session is marked held once it has started.',
          field: 'body.status',
        });
      }
      change.status = input.status;
    }
    const fields = Object.keys(change).sort();
    if (fields.length === 0) return { session, pair };
    const isStatusChange = change.status !== undefined;
    const sequence = session.sequence + (isTimeChange || isStatusChange ? 1 : 0);
    await updateSessionRow(tx, actor.orgId, id, { ...change, sequence, updatedAt: deps.clock.now() });
    if (change.status === 'held' && pair.kind === 'mentoring') {
      await advanceLastMeeting(tx, actor.orgId, pair.id, change.scheduledAt ?? session.scheduledAt);
    }
    await audit(deps, tx, context, actor, 'session.updated', id, {
      fields,
      sequence,
      ...(change.status ? { status: change.status } : {}),
      ...(change.scheduledAt ? { scheduledAt: change.scheduledAt.toISOString() } : {}),
    });
    return (await findSession(tx, actor.orgId, id))!;
  });
  return buildSession(deps, context, actor, item, 'pair');
}

/** The stored section of a note: a section of the session's template, or '' for the general note. */
function storedSection(framework: SessionFramework, key: string): string {
  if (key === generalSection) return '';
  if (templateFor(framework).sections.some((section) => section.key === key)) return key;
  const keys = [...templateFor(framework).sections.map((section) => section.key), generalSection];
  throw new AppError('INVALID', {
    message: `params.section must be one of ${keys.join(', ')} for a ${framework} session.`,
    field: 'params.section',
  });
}

/**
 * Writes the pair's shared note of a section, or the actor's own private one; a blank body removes
 * it. A private note is only ever written as, and read by, its author.
 */
export async function writeNote(
  deps: SessionDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
  visibility: 'shared' | 'private',
  sectionKey: string,
  body: string,
): Promise<{ note: SessionNote | null }> {
  return deps.db.transaction(async (tx) => {
    const { session } = await loadSession(tx, actor, id, 'sessions.notes.write');
    const section = storedSection(session.framework, sectionKey);
    const key = { orgId: actor.orgId, sessionId: id, visibility, section, authorPersonId: actor.personId! };
    const isRemoval = body.trim() === '';
    const row = isRemoval ? null : await upsertNote(tx, { ...key, body, updatedAt: deps.clock.now() });
    const removed = isRemoval ? await deleteNote(tx, key) : false;
    await audit(deps, tx, context, actor, isRemoval ? 'session.note_removed' : 'session.note_written', id, {
      visibility,
      section: sectionKeyOf(section),
      ...(isRemoval ? { existed: removed } : {}),
    });
    return { note: row ? toNote(row) : null };
  });
}

export async function addActionItem(
  deps: SessionDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
  input: SessionActionItemInput,
): Promise<SessionActionItem> {
  return deps.db.transaction(async (tx) => {
    const { pair } = await loadSession(tx, actor, id, 'sessions.actionItems.write');
    if (input.ownerPersonId !== pair.first && input.ownerPersonId !== pair.second) {
      throw new AppError('INVALID', {
        message: 'body.ownerPersonId must be one of the two people of the pair.',
        field: 'body.ownerPersonId',
      });
    }
    const row = await insertActionItem(tx, {
      orgId: actor.orgId,
      sessionId: id,
      description: input.description,
      ownerPersonId: input.ownerPersonId,
      dueDate: input.dueDate ?? null,
      createdAt: deps.clock.now(),
    });
    await audit(deps, tx, context, actor, 'session.action_item_added', id, {
      actionItemId: row.id,
      ownerPersonId: row.ownerPersonId,
    });
    return toActionItem(row);
  });
}

export async function setActionItem(
  deps: SessionDeps,
  context: RequestContext,
  actor: Actor,
  id: string,
  itemId: string,
  isDone: boolean,
): Promise<SessionActionItem> {
  return deps.db.transaction(async (tx) => {
    await loadSession(tx, actor, id, 'sessions.actionItems.write');
    const row = await setActionItemDone(tx, actor.orgId, id, itemId, isDone ? deps.clock.now() : null);
    if (!row) throw new AppError('NOT_FOUND', { message: 'Action item not found.' });
    await audit(deps, tx, context, actor, 'session.action_item_updated', id, { actionItemId: itemId, isDone });
    return toActionItem(row);
  });
}

function icsFileName(session: SessionRow): string {
  return `tandem-session-${session.scheduledAt.toISOString().slice(0, 10)}.ics`;
}

/**
 * The session as an iCalendar file. Notes never go in; the agenda and the place only for the pair.
 */
export async function sessionInvite(
  deps: SessionDeps,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; body: string }> {
  const item = await loadSession(deps.db, actor, id, 'sessions.read');
  const people = await peopleOf(deps.db, actor.orgId, [item]);
  const detail: EventDetail = item.access === 'pair' ? 'pair' : 'time_only';
  const event = sessionEventLines(item, people, { detail, withAgenda: true, stamp: deps.clock.now() });
  return { fileName: icsFileName(item.session), body: calendar('Tandem session', [event]) };
}

function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new secret feed for the signed-in user; it replaces any earlier one, whose address stops working. */
export async function createCalendarFeed(
  deps: SessionDeps,
  context: RequestContext,
  actor: Actor,
): Promise<CalendarFeed> {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const hadOne = await replaceCalendarFeed(tx, {
      orgId: actor.orgId,
      userId: actor.userId,
      tokenHash: hashFeedToken(token),
      createdAt: now,
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'calendar_feed.created',
      targetType: 'user',
      targetId: actor.userId,
      details: { replaced: hadOne },
    });
  });
  return { path: `${calendarFeedPathPrefix}${token}.ics`, createdAt: now.toISOString() };
}

export async function revokeCalendarFeed(deps: SessionDeps, context: RequestContext, actor: Actor): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const hadOne = await deleteCalendarFeed(tx, actor.orgId, actor.userId);
    if (!hadOne) return;
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'calendar_feed.revoked',
      targetType: 'user',
      targetId: actor.userId,
    });
  });
}

const feedTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * The calendar behind a feed token: the owner's sessions as one of the pair, from 30 days back on.
 * The token is the only credential, and a feed lives on in other calendar services, so it carries
 * time, people and place, but neither agenda nor notes.
 */
export async function calendarFeed(deps: SessionDeps, token: string): Promise<string> {
  const notFound = () => new AppError('NOT_FOUND', { message: 'Calendar feed not found.' });
  if (!feedTokenPattern.test(token)) throw notFound();
  // The token names its organization: look it up across them, then read within the owner's.
  const owner = await acrossOrganizations(() => findCalendarFeedOwner(deps.db, hashFeedToken(token)));
  if (!owner) throw notFound();
  return withOrganization(owner.orgId, () => feedCalendar(deps, owner));
}

async function feedCalendar(deps: SessionDeps, owner: { orgId: string; personId: string | null }): Promise<string> {
  const now = deps.clock.now();
  const rows =
    owner.personId === null
      ? []
      : await listSessionRows(deps.db, owner.orgId, {
          pairPersonId: owner.personId,
          from: new Date(now.getTime() - feedDaysBack * 24 * 60 * 60_000),
        });
  const people = await peopleOf(deps.db, owner.orgId, rows);
  const events = rows.map((item) => sessionEventLines(item, people, { detail: 'pair', withAgenda: false, stamp: now }));
  return calendar('Tandem sessions', events);
}
