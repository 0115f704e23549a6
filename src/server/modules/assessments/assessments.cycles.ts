// 360 cycles: created by an admin for a participant of a program, raters nominated by the
// participant, approved by their manager, answered through personal links, reported to the
// participant alone once closed.
import { createHash, randomBytes } from 'node:crypto';
import type {
  FeedbackCandidate,
  FeedbackCandidates,
  FeedbackCycle,
  FeedbackCycleCreate,
  FeedbackCyclePage,
  FeedbackCycleStatus,
  FeedbackPhase,
  FeedbackReport,
  Nomination,
  RaterGroup,
  SelfRatingLink,
} from '../../../contract/assessments.js';
import { raterGroups } from '../../../contract/assessments.js';
import { buildReport, compareReports, leadership360, type Report } from '../../../domain/assessments/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, feedbackCycleRoleOf, type Action, type Actor, type FeedbackCycleIds } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { notify, queueEmail } from '../notifications/index.js';
import {
  deleteNominees,
  findProgramName,
  findCycle,
  findCycleOfPhase,
  findPeople,
  findUserIdsOfPerson,
  insertCycle,
  insertRaters,
  isParticipantOf,
  listCycles,
  listRaters,
  lockCycle,
  searchCandidates,
  updateCycle,
  updateRater,
  type CycleWithNames,
  type FeedbackCycleRow,
} from './assessments.repo.js';
import { resolveInstrument } from './assessments.instruments.js';
import { storeCycleScores } from './assessments.scores.js';

/** `publicUrl`: where raters open their links from a mail (TANDEM_PUBLIC_URL). */
export type FeedbackDeps = { db: Database; clock: Clock; publicUrl: string };

const cycleNotFound = () => new AppError('NOT_FOUND', { message: 'Feedback cycle not found.' });

export function hashRaterToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new personal link's token; only its hash is kept, the link lives in the rater's email. */
export function newRaterToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashRaterToken(token) };
}

/** A rater's link works until the end of the cycle's last day (UTC). */
export function tokenExpiry(closesOn: string): Date {
  return new Date(`${closesOn}T23:59:59.999Z`);
}

function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

const idsOf = (found: CycleWithNames): FeedbackCycleIds => ({
  participant: found.cycle.personId,
  manager: found.managerId,
});

async function loadCycle(deps: FeedbackDeps, actor: Actor, cycleId: string): Promise<CycleWithNames> {
  const found = await findCycle(deps.db, actor.orgId, cycleId);
  if (!found) throw cycleNotFound();
  return found;
}

type RaterListRow = Awaited<ReturnType<typeof listRaters>>[number];

/** The cycle as the actor may see it: nominees to the participant and approver, counts to everyone. */
function toCycle(actor: Actor, found: CycleWithNames, raters: RaterListRow[], instrumentTitle: string): FeedbackCycle {
  const { cycle } = found;
  const viewerRole = feedbackCycleRoleOf(actor, idsOf(found)) ?? 'admin';
  const counts = raterGroups
    .map((group) => {
      const inGroup = raters.filter((row) => row.rater.group === group);
      return {
        group,
        invited: inGroup.filter((row) => row.rater.invitedAt !== null).length,
        answered: inGroup.filter((row) => row.rater.submittedAt !== null).length,
      };
    })
    .filter((count) => raters.some((row) => row.rater.group === count.group));
  return {
    id: cycle.id,
    program: { id: cycle.programId, name: found.programName },
    participant: { id: cycle.personId, name: found.participantName },
    phase: cycle.phase,
    status: cycle.status,
    instrument: { key: cycle.instrumentKey, version: cycle.instrumentVersion, title: instrumentTitle },
    anonymityThreshold: cycle.anonymityThreshold,
    closesOn: cycle.closesOn,
    createdAt: cycle.createdAt.toISOString(),
    submittedAt: cycle.submittedAt?.toISOString() ?? null,
    approvedAt: cycle.approvedAt?.toISOString() ?? null,
    closedAt: cycle.closedAt?.toISOString() ?? null,
    returnNote: viewerRole === 'admin' ? null : cycle.returnNote,
    viewerRole,
    nominees:
      viewerRole === 'admin'
        ? null
        : raters.map((row) => ({
            personId: row.rater.personId,
            name: row.name,
            title: row.title,
            group: row.rater.group,
          })),
    counts,
    isReportReady: cycle.status === 'closed',
  };
}

async function cycleView(deps: FeedbackDeps, actor: Actor, found: CycleWithNames): Promise<FeedbackCycle> {
  const raters = await listRaters(deps.db, actor.orgId, [found.cycle.id]);
  const instrument = await resolveInstrument(
    deps.db,
    actor.orgId,
    found.cycle.instrumentKey,
    found.cycle.instrumentVersion,
  );
  return toCycle(actor, found, raters, instrument.title);
}

export async function createFeedbackCycle(
  deps: FeedbackDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  input: FeedbackCycleCreate,
): Promise<FeedbackCycle> {
  authorize(actor, 'feedbackCycle.create');
  if ((await findProgramName(deps.db, actor.orgId, programId)) === null) {
    throw new AppError('NOT_FOUND', { message: 'Program not found.' });
  }
  const instrument = await resolveInstrument(
    deps.db,
    actor.orgId,
    input.instrumentKey ?? leadership360.key,
    input.instrumentVersion ?? null,
  );
  if (instrument.kind !== 'leadership_360' && instrument.kind !== 'custom') {
    throw new AppError('INVALID', {
      message: `A 360 uses a leadership 360 or custom instrument; ${instrument.key} is a ${instrument.kind.replaceAll('_', ' ')}.`,
      field: 'body.instrumentKey',
    });
  }
  if (input.closesOn < today(deps.clock)) {
    throw new AppError('INVALID', { message: 'The last day to answer is already past.', field: 'body.closesOn' });
  }
  const [person] = await findPeople(deps.db, actor.orgId, [input.personId]);
  if (!person || person.status !== 'active' || person.erasedAt !== null) {
    throw new AppError('INVALID', { message: 'No active person with this id.', field: 'body.personId' });
  }
  if (!(await isParticipantOf(deps.db, actor.orgId, programId, input.personId))) {
    throw new AppError('INVALID', {
      message: 'The person is not enrolled as a participant of this program.',
      field: 'body.personId',
    });
  }
  const created = await deps.db.transaction(async (tx) => {
    if (await findCycleOfPhase(tx, actor.orgId, programId, input.personId, input.phase)) {
      throw new AppError('CONFLICT', {
        message: `${person.name} already has a ${input.phase} 360 in this program.`,
        field: 'body.phase',
      });
    }
    const cycle = await insertCycle(tx, {
      orgId: actor.orgId,
      programId: programId,
      personId: input.personId,
      phase: input.phase,
      instrumentKey: instrument.key,
      instrumentVersion: instrument.version,
      anonymityThreshold: input.anonymityThreshold,
      closesOn: input.closesOn,
      createdAt: deps.clock.now(),
    });
    // The participant rates themselves too; that row is theirs from the start.
    await insertRaters(tx, [{ orgId: actor.orgId, cycleId: cycle.id, personId: input.personId, group: 'self' }]);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'feedbackCycle.created',
      targetType: 'feedback_cycle',
      targetId: cycle.id,
      details: { personId: input.personId, programId, phase: input.phase },
    });
    await notifyPerson(tx, deps, {
      orgId: actor.orgId,
      personId: input.personId,
      kind: 'feedback.nominate',
      title: 'Your 360 feedback is ready to set up',
      body: 'Choose who should give you feedback, then send the list to your manager.',
      link: `/feedback/${cycle.id}`,
    });
    return cycle;
  });
  return cycleView(deps, actor, await loadCycle(deps, actor, created.id));
}

export async function listFeedbackCycles(
  deps: FeedbackDeps,
  actor: Actor,
  query: { programId?: string; status?: FeedbackCycleStatus; page: number; pageSize: number },
): Promise<FeedbackCyclePage> {
  authorize(actor, 'feedbackCycle.list');
  const isAdmin = actor.roles.includes('admin');
  const { rows, total } = await listCycles(
    deps.db,
    actor.orgId,
    {
      visibleTo: isAdmin ? 'all' : actor.personId,
      ...(query.programId ? { programId: query.programId } : {}),
      ...(query.status ? { status: query.status } : {}),
    },
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
  );
  const raters = await listRaters(
    deps.db,
    actor.orgId,
    rows.map((row) => row.cycle.id),
  );
  const titles = new Map<string, string>();
  const items: FeedbackCycle[] = [];
  for (const row of rows) {
    const instrumentId = `${row.cycle.instrumentKey}@${row.cycle.instrumentVersion}`;
    if (!titles.has(instrumentId)) {
      const instrument = await resolveInstrument(
        deps.db,
        actor.orgId,
        row.cycle.instrumentKey,
        row.cycle.instrumentVersion,
      );
      titles.set(instrumentId, instrument.title);
    }
    items.push(
      toCycle(
        actor,
        row,
        raters.filter((rater) => rater.rater.cycleId === row.cycle.id),
        titles.get(instrumentId)!,
      ),
    );
  }
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getFeedbackCycle(deps: FeedbackDeps, actor: Actor, cycleId: string): Promise<FeedbackCycle> {
  const found = await loadCycle(deps, actor, cycleId);
  authorize(actor, 'feedbackCycle.read', { orgId: found.cycle.orgId, feedbackCycle: idsOf(found) });
  return cycleView(deps, actor, found);
}

/** People the participant may nominate, with the group their reporting lines suggest. */
export async function listCandidates(
  deps: FeedbackDeps,
  actor: Actor,
  cycleId: string,
  search: string | undefined,
): Promise<FeedbackCandidates> {
  const found = await loadCycle(deps, actor, cycleId);
  authorize(actor, 'feedbackCycle.nominate', { orgId: found.cycle.orgId, feedbackCycle: idsOf(found) });
  const participant = { id: found.cycle.personId, managerId: found.managerId };
  const rows = await searchCandidates(deps.db, actor.orgId, participant, search || undefined, 20);
  const suggestedGroup = (row: (typeof rows)[number]): FeedbackCandidate['suggestedGroup'] => {
    if (row.id === participant.managerId) return 'manager';
    if (row.managerId === participant.id) return 'direct_reports';
    if (row.managerId !== null && row.managerId === participant.managerId) return 'peers';
    return 'others';
  };
  return {
    items: rows.map((row) => ({
      personId: row.id,
      name: row.name,
      title: row.title,
      department: row.department,
      suggestedGroup: suggestedGroup(row),
    })),
  };
}

/**
 * One step of a cycle's life: load it, ask the policy, then in one transaction lock the row, check
 * it is still in `from` and take the step. Answers the cycle as the actor now sees it.
 */
async function stepCycle(
  deps: FeedbackDeps,
  actor: Actor,
  cycleId: string,
  rule: { action: Action; from: FeedbackCycleStatus; refusal: string },
  step: (tx: Database, cycle: FeedbackCycleRow, found: CycleWithNames) => Promise<void>,
): Promise<FeedbackCycle> {
  const found = await loadCycle(deps, actor, cycleId);
  authorize(actor, rule.action, { orgId: found.cycle.orgId, feedbackCycle: idsOf(found) });
  await deps.db.transaction(async (tx) => {
    const cycle = await lockCycle(tx, actor.orgId, cycleId);
    if (cycle?.status !== rule.from) throw new AppError('CONFLICT', { message: rule.refusal });
    await step(tx, cycle, found);
  });
  return cycleView(deps, actor, await loadCycle(deps, actor, cycleId));
}

function auditStep(
  tx: Database,
  deps: FeedbackDeps,
  context: RequestContext,
  actor: Actor,
  step: { action: string; cycleId: string; details?: Record<string, unknown> },
): Promise<void> {
  return recordAuditEvent(tx, deps.clock, context, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: step.action,
    targetType: 'feedback_cycle',
    targetId: step.cycleId,
    ...(step.details ? { details: step.details } : {}),
  });
}

/** An in-app notification to every active login of a person. */
async function notifyPerson(
  tx: Database,
  deps: FeedbackDeps,
  input: { orgId: string; personId: string; kind: string; title: string; body: string; link: string },
): Promise<void> {
  const { personId, ...notification } = input;
  for (const userId of await findUserIdsOfPerson(tx, input.orgId, personId)) {
    await notify({ db: tx, clock: deps.clock }, { ...notification, userId });
  }
}

/** Checks nominees: not the participant, nobody twice, active people of the organization. */
async function checkNominees(tx: Database, orgId: string, participantId: string, raters: Nomination[]) {
  const seen = new Set<string>();
  raters.forEach((rater, index) => {
    const field = `body.raters.${index}.personId`;
    if (rater.personId === participantId) {
      throw new AppError('INVALID', {
        message: 'Your own rating is already part of the cycle; nominate other people.',
        field,
      });
    }
    if (seen.has(rater.personId)) throw new AppError('INVALID', { message: 'This person is nominated twice.', field });
    seen.add(rater.personId);
  });
  const people = new Map((await findPeople(tx, orgId, [...seen])).map((person) => [person.id, person]));
  raters.forEach((rater, index) => {
    const person = people.get(rater.personId);
    if (!person || person.status !== 'active' || person.erasedAt !== null) {
      throw new AppError('INVALID', {
        message: 'No active person of the organization with this id.',
        field: `body.raters.${index}.personId`,
      });
    }
  });
}

/** Replaces the participant's nominees while the list is theirs to change. */
export function setNominations(
  deps: FeedbackDeps,
  context: RequestContext,
  actor: Actor,
  cycleId: string,
  raters: Nomination[],
): Promise<FeedbackCycle> {
  const rule = {
    action: 'feedbackCycle.nominate',
    from: 'nominating',
    refusal: 'The list can only change before it goes to your manager.',
  } as const;
  return stepCycle(deps, actor, cycleId, rule, async (tx, cycle) => {
    await checkNominees(tx, actor.orgId, cycle.personId, raters);
    await deleteNominees(tx, actor.orgId, cycleId);
    await insertRaters(
      tx,
      raters.map((rater) => ({ orgId: actor.orgId, cycleId, personId: rater.personId, group: rater.group })),
    );
    await auditStep(tx, deps, context, actor, {
      action: 'feedbackCycle.nominated',
      cycleId,
      details: { raters: raters.length },
    });
  });
}

/** Sends the list to the manager (or, without one, to the admins). */
export function submitNominations(
  deps: FeedbackDeps,
  context: RequestContext,
  actor: Actor,
  cycleId: string,
): Promise<FeedbackCycle> {
  const rule = {
    action: 'feedbackCycle.nominate',
    from: 'nominating',
    refusal: 'The list has already gone to your manager.',
  } as const;
  return stepCycle(deps, actor, cycleId, rule, async (tx, cycle, found) => {
    const raters = await listRaters(tx, actor.orgId, [cycleId]);
    const nominees = raters.filter((row) => row.rater.group !== 'self' && row.rater.group !== 'manager');
    // Fewer than the threshold, and no group other than the manager could ever be shown.
    if (nominees.length < cycle.anonymityThreshold) {
      throw new AppError('INVALID', {
        message: `Nominate at least ${cycle.anonymityThreshold} people besides your manager, so that their feedback can be shown without naming anyone.`,
        field: 'body.raters',
      });
    }
    await updateCycle(tx, actor.orgId, cycleId, {
      status: 'awaiting_approval',
      submittedAt: deps.clock.now(),
      returnNote: null,
    });
    await auditStep(tx, deps, context, actor, { action: 'feedbackCycle.submitted', cycleId });
    if (found.managerId !== null) {
      await notifyPerson(tx, deps, {
        orgId: actor.orgId,
        personId: found.managerId,
        kind: 'feedback.approve',
        title: `${found.participantName} asks you to approve their 360 raters`,
        body: 'Check the list of people who will give feedback, then approve it or send it back.',
        link: `/feedback/${cycleId}`,
      });
    }
  });
}

/** The approver sends the list back with a note. */
export function returnNominations(
  deps: FeedbackDeps,
  context: RequestContext,
  actor: Actor,
  cycleId: string,
  note: string,
): Promise<FeedbackCycle> {
  const rule = {
    action: 'feedbackCycle.approve',
    from: 'awaiting_approval',
    refusal: 'Only a list waiting for approval can be sent back.',
  } as const;
  return stepCycle(deps, actor, cycleId, rule, async (tx, cycle) => {
    await updateCycle(tx, actor.orgId, cycleId, { status: 'nominating', returnNote: note, submittedAt: null });
    await auditStep(tx, deps, context, actor, { action: 'feedbackCycle.returned', cycleId });
    await notifyPerson(tx, deps, {
      orgId: actor.orgId,
      personId: cycle.personId,
      kind: 'feedback.returned',
      title: 'Your manager sent your 360 rater list back',
      body: note,
      link: `/feedback/${cycleId}`,
    });
  });
}

function inviteText(input: {
  raterName: string;
  participantName: string;
  group: RaterGroup;
  closesOn: string;
  link: string;
  isReminder: boolean;
}): { subject: string; text: string } {
  const isSelf = input.group === 'self';
  const subject = isSelf
    ? `${input.isReminder ? 'Reminder: ' : ''}Rate yourself for your 360 feedback`
    : `${input.isReminder ? 'Reminder: ' : ''}${input.participantName} asks for your feedback`;
  const opening = isSelf
    ? 'Your 360 has started. Rate yourself on the same questions your raters answer.'
    : `${input.participantName} is taking part in a leadership development program and would value your honest feedback.` +
      (input.group === 'manager'
        ? ' As their manager, your answers are shown to them as yours.'
        : ' Your answers are shown only combined with others of your group, never with your name, and only when enough people have answered.');
  const text =
    `Hello ${input.raterName},\n\n${opening}\n\n` +
    `Your personal link (do not forward it): ${input.link}\n\n` +
    `It takes about ten minutes. You can change your answers until ${input.closesOn}.` +
    (input.isReminder ? '\nThis link replaces the one we sent before.' : '') +
    '\n';
  return { subject, text };
}

/** Gives a rater a fresh link and mails it (an earlier link stops working). */
async function sendRaterLink(
  deps: FeedbackDeps,
  input: {
    orgId: string;
    raterId: string;
    raterName: string;
    email: string;
    participantName: string;
    group: RaterGroup;
    closesOn: string;
    isReminder: boolean;
  },
): Promise<void> {
  const { token, tokenHash } = newRaterToken();
  const now = deps.clock.now();
  await updateRater(deps.db, input.orgId, input.raterId, {
    tokenHash,
    tokenExpiresAt: tokenExpiry(input.closesOn),
    ...(input.isReminder ? { lastRemindedAt: now } : { invitedAt: now }),
  });
  const { subject, text } = inviteText({ ...input, link: `${deps.publicUrl}/rate/${token}` });
  await queueEmail(deps, {
    orgId: input.orgId,
    to: input.email,
    subject,
    text,
    dedupeKey: `feedback:${input.raterId}:${now.toISOString()}`,
  });
}

/** The approver approves the list: every rater, the participant included, gets their link. */
export function approveNominations(
  deps: FeedbackDeps,
  context: RequestContext,
  actor: Actor,
  cycleId: string,
): Promise<FeedbackCycle> {
  const rule = {
    action: 'feedbackCycle.approve',
    from: 'awaiting_approval',
    refusal: 'Only a list waiting for approval can be approved.',
  } as const;
  return stepCycle(deps, actor, cycleId, rule, async (tx, cycle, found) => {
    if (cycle.closesOn < today(deps.clock)) {
      throw new AppError('CONFLICT', { message: 'The last day to answer has passed; ask an admin for a new cycle.' });
    }
    await updateCycle(tx, actor.orgId, cycleId, {
      status: 'collecting',
      approvedAt: deps.clock.now(),
      approvedByUserId: actor.userId,
    });
    for (const row of await listRaters(tx, actor.orgId, [cycleId])) {
      await sendRaterLink(
        { db: tx, clock: deps.clock, publicUrl: deps.publicUrl },
        {
          orgId: actor.orgId,
          raterId: row.rater.id,
          raterName: row.name,
          email: row.email,
          participantName: found.participantName,
          group: row.rater.group,
          closesOn: cycle.closesOn,
          isReminder: false,
        },
      );
    }
    await auditStep(tx, deps, context, actor, { action: 'feedbackCycle.approved', cycleId });
  });
}

/** Ends the answering: links stop accepting changes and the report is ready. */
export async function closeFeedbackCycle(
  deps: FeedbackDeps,
  context: RequestContext,
  actor: Actor,
  cycleId: string,
): Promise<FeedbackCycle> {
  const found = await loadCycle(deps, actor, cycleId);
  authorize(actor, 'feedbackCycle.close', { orgId: found.cycle.orgId, feedbackCycle: idsOf(found) });
  await closeCycle(deps, context, { orgId: actor.orgId, cycleId, actorUserId: actor.userId });
  return cycleView(deps, actor, await loadCycle(deps, actor, cycleId));
}

/** Closes a collecting cycle (an admin's request or the closing job) and tells the participant. */
export async function closeCycle(
  deps: FeedbackDeps,
  context: RequestContext,
  input: { orgId: string; cycleId: string; actorUserId: string | null },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const cycle = await lockCycle(tx, input.orgId, input.cycleId);
    if (cycle?.status !== 'collecting') {
      throw new AppError('CONFLICT', { message: 'Only a cycle collecting answers can be closed.' });
    }
    await updateCycle(tx, input.orgId, input.cycleId, { status: 'closed', closedAt: deps.clock.now() });
    // The answers are final now (a rater's save waits for this lock): keep the scores outcomes read.
    await storeCycleScores(tx, input.orgId, cycle);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: input.orgId,
      actorUserId: input.actorUserId,
      action: 'feedbackCycle.closed',
      targetType: 'feedback_cycle',
      targetId: input.cycleId,
    });
    await notifyPerson(tx, deps, {
      orgId: input.orgId,
      personId: cycle.personId,
      kind: 'feedback.report',
      title: 'Your 360 report is ready',
      body: 'See what your raters said, group by group, where enough of them answered.',
      link: `/feedback/${input.cycleId}/report`,
    });
  });
}

/**
 * A fresh link to the participant's own rating, for the "Rate yourself" button: the mailed link
 * stops working, as after a reminder (we keep only the token's hash, so we cannot hand the old one back).
 */
export async function issueSelfRatingLink(deps: FeedbackDeps, actor: Actor, cycleId: string): Promise<SelfRatingLink> {
  const found = await loadCycle(deps, actor, cycleId);
  authorize(actor, 'feedbackCycle.rateSelf', { orgId: found.cycle.orgId, feedbackCycle: idsOf(found) });
  if (found.cycle.status !== 'collecting') {
    throw new AppError('CONFLICT', { message: 'You rate yourself while the cycle collects answers.' });
  }
  const self = (await listRaters(deps.db, actor.orgId, [cycleId])).find((row) => row.rater.group === 'self');
  if (!self) throw cycleNotFound();
  const { token, tokenHash } = newRaterToken();
  await updateRater(deps.db, actor.orgId, self.rater.id, {
    tokenHash,
    tokenExpiresAt: tokenExpiry(found.cycle.closesOn),
  });
  return { path: `/rate/${token}` };
}

/** Sends a fresh link to raters who have not submitted, at most every `everyDays` days. */
export async function remindRaters(
  deps: FeedbackDeps,
  raters: {
    rater: { id: string; orgId: string; group: RaterGroup; personId: string };
    cycle: { closesOn: string; personId: string };
    email: string;
    name: string;
    participantName: string;
  }[],
): Promise<number> {
  for (const row of raters) {
    await sendRaterLink(deps, {
      orgId: row.rater.orgId,
      raterId: row.rater.id,
      raterName: row.name,
      email: row.email,
      participantName: row.participantName,
      group: row.rater.group,
      closesOn: row.cycle.closesOn,
      isReminder: true,
    });
  }
  return raters.length;
}

async function reportOf(db: Database, orgId: string, cycleId: string): Promise<Report> {
  const found = await findCycle(db, orgId, cycleId);
  if (!found) throw cycleNotFound();
  const instrument = await resolveInstrument(db, orgId, found.cycle.instrumentKey, found.cycle.instrumentVersion);
  const raters = await listRaters(db, orgId, [cycleId]);
  return buildReport(
    instrument,
    raters
      .filter((row) => row.rater.submittedAt !== null)
      .map((row) => ({ group: row.rater.group, answers: row.rater.answers })),
    { threshold: found.cycle.anonymityThreshold, seed: cycleId },
  );
}

const earlierPhases: Record<FeedbackPhase, FeedbackPhase[]> = { pre: [], mid: ['pre'], post: ['pre', 'mid'] };

/** The participant's report, with the change since their earliest closed cycle of the program. */
export async function getFeedbackReport(
  deps: FeedbackDeps,
  context: RequestContext,
  actor: Actor,
  cycleId: string,
): Promise<FeedbackReport> {
  const found = await loadCycle(deps, actor, cycleId);
  authorize(actor, 'feedbackCycle.report', { orgId: found.cycle.orgId, feedbackCycle: idsOf(found) });
  if (found.cycle.status !== 'closed') {
    throw new AppError('CONFLICT', { message: 'The report is ready when the cycle closes.' });
  }
  const report = await feedbackReportOf(deps.db, actor.orgId, found.cycle);
  await recordAuditEvent(deps.db, deps.clock, context, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: 'feedbackCycle.report.read',
    targetType: 'feedback_cycle',
    targetId: cycleId,
  });
  return report;
}

/**
 * The report of a closed cycle as its participant sees it, for whoever already checked they may:
 * the report route, and the participant's own personal-data export.
 */
export async function feedbackReportOf(db: Database, orgId: string, cycle: FeedbackCycleRow): Promise<FeedbackReport> {
  const instrument = await resolveInstrument(db, orgId, cycle.instrumentKey, cycle.instrumentVersion);
  const report = await reportOf(db, orgId, cycle.id);
  let comparison: FeedbackReport['comparison'] = null;
  for (const phase of earlierPhases[cycle.phase]) {
    const earlier = await findCycleOfPhase(db, orgId, cycle.programId, cycle.personId, phase);
    // Only the same instrument version compares item for item.
    if (
      earlier?.status === 'closed' &&
      earlier.instrumentKey === cycle.instrumentKey &&
      earlier.instrumentVersion === cycle.instrumentVersion
    ) {
      const before = await reportOf(db, orgId, earlier.id);
      comparison = {
        phase,
        scales: compareReports(before, report).map((change) => ({
          scaleKey: change.scaleKey,
          label: change.label,
          before: change.preOthers,
          after: change.postOthers,
          change: change.change,
        })),
      };
      break;
    }
  }
  return {
    cycleId: cycle.id,
    phase: cycle.phase,
    instrument: {
      key: instrument.key,
      version: instrument.version,
      title: instrument.title,
      points: instrument.likert.points,
    },
    anonymityThreshold: report.threshold,
    shownGroups: report.disclosure.groups,
    suppressedGroups: report.disclosure.suppressed,
    scales: report.scales,
    comments: report.comments,
    managerComments: report.managerComments,
    selfComments: report.selfComments,
    comparison,
  };
}
