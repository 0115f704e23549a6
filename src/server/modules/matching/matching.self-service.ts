import { and, eq, inArray } from 'drizzle-orm';
import type { MatchRequest, MatchingSuggestion, SelfServiceProgram } from '../../../contract/matching.js';
import { checkPair } from '../../../domain/matching/propose/index.js';
import { suggestPartners } from '../../../domain/matching/suggest/index.js';
import type { Database } from '../../db/client.js';
import type { RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { findProgram, type ProgramRow } from '../programs/index.js';
import { programEnrollments, programs } from '../programs/programs.table.js';
import { loadCohort, loadsOf } from './matching.cohort.js';
import {
  asProgramPerson,
  findRequest,
  insertCurrentPairs,
  insertRequest,
  listCurrentPairs,
  listProgramPeople,
  listRequests,
  updateRequest,
  type MatchRequestRow,
  unknownPerson,
} from './matching.repo.js';
import type { MatchingDeps } from './matching.runs.js';
import { readMatchingSettings } from './matching.settings.js';

/** Self-service works in a mentoring (or blended) program set to self-service, once it is matching or running. */
function isSelfService(program: ProgramRow): boolean {
  return (
    program.type !== 'coaching' &&
    (program.status === 'matching' || program.status === 'running') &&
    readMatchingSettings(program.matchingSettings).mode === 'self_service'
  );
}

async function getSelfServiceProgram(db: Database, actor: Actor, programId: string, forUpdate = false) {
  const program = await findProgram(db, actor.orgId, programId, { forUpdate });
  if (!program) throw new AppError('NOT_FOUND', { message: 'Program not found.' });
  if (!isSelfService(program)) {
    throw new AppError('CONFLICT', {
      message: 'This program does not take mentoring requests now: it is not in self-service matching.',
      field: 'programId',
    });
  }
  return program;
}

async function toRequests(db: Database, orgId: string, rows: MatchRequestRow[]): Promise<MatchRequest[]> {
  const people = await listProgramPeople(db, orgId, [
    ...rows.map((row) => row.menteePersonId),
    ...rows.map((row) => row.mentorPersonId),
  ]);
  const programNames = new Map<string, string>();
  for (const programId of new Set(rows.map((row) => row.programId))) {
    programNames.set(programId, (await findProgram(db, orgId, programId))?.name ?? '');
  }
  const show = (id: string) => asProgramPerson(people.get(id) ?? unknownPerson(id));
  return rows.map((row) => ({
    id: row.id,
    programId: row.programId,
    programName: programNames.get(row.programId) ?? '',
    mentee: show(row.menteePersonId),
    mentor: show(row.mentorPersonId),
    status: row.status,
    score: row.score,
    reasons: row.reasons,
    message: row.message,
    declineReason: row.declineReason,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }));
}

type Suggestion = MatchingSuggestion & { partnerId: string; openPlaces: number };

/**
 * The mentors one mentee may ask now, best first: allowed by the hard rules, with a place left
 * after accepted and waiting requests, and not one who declined them before in this program.
 */
async function suggestionsFor(db: Database, actor: Actor, program: ProgramRow, menteeId: string, at: Date) {
  const cohort = await loadCohort(db, actor, program, 'mentoring');
  const mentee = cohort.participants.find((person) => person.id === menteeId);
  if (!mentee) return [];
  const pending = await listRequests(db, actor.orgId, { programId: program.id, status: 'pending' });
  const declined = await listRequests(db, actor.orgId, {
    programId: program.id,
    menteePersonId: menteeId,
    status: 'declined',
  });
  const declinedBy = new Set(declined.map((request) => request.mentorPersonId));
  const taken = loadsOf([
    ...cohort.current,
    ...pending.map((request) => ({
      participantPersonId: request.menteePersonId,
      partnerPersonId: request.mentorPersonId,
    })),
  ]);
  const candidates: Suggestion[] = [];
  for (const mentor of cohort.partners) {
    if (declinedBy.has(mentor.id)) continue;
    const check = checkPair(mentee, mentor, cohort.scoring, at);
    if (!check.isAllowed) continue;
    candidates.push({
      partnerId: mentor.id,
      partner: {
        id: mentor.id,
        name: mentor.name,
        title: mentor.title,
        tier: mentor.tier,
        department: mentor.department,
      },
      score: check.pair.score.score,
      reasons: check.pair.score.reasons,
      openPlaces: Math.max(0, (mentor.capacity ?? 0) - (taken.get(mentor.id) ?? 0)),
    });
  }
  return suggestPartners(menteeId, candidates);
}

/** The self-service programs the signed-in user is a mentee in: their mentor, their waiting request or suggestions. */
export async function getSelfService(deps: MatchingDeps, actor: Actor): Promise<{ programs: SelfServiceProgram[] }> {
  const { db } = deps;
  if (actor.personId === null) return { programs: [] };
  const rows = await db
    .select({ program: programs })
    .from(programEnrollments)
    .innerJoin(
      programs,
      and(eq(programs.orgId, programEnrollments.orgId), eq(programs.id, programEnrollments.programId)),
    )
    .where(
      and(
        eq(programEnrollments.orgId, actor.orgId),
        eq(programEnrollments.personId, actor.personId),
        eq(programEnrollments.role, 'participant'),
        inArray(programs.status, ['matching', 'running']),
      ),
    )
    .orderBy(programs.name);
  const result: SelfServiceProgram[] = [];
  for (const { program } of rows.filter((row) => isSelfService(row.program))) {
    const current = await listCurrentPairs(db, actor.orgId, program.id, 'mentoring');
    const mine = current.find((pair) => pair.participantPersonId === actor.personId);
    const [pending] = await listRequests(db, actor.orgId, {
      programId: program.id,
      menteePersonId: actor.personId,
      status: 'pending',
    });
    const mentor = mine
      ? (await listProgramPeople(db, actor.orgId, [mine.partnerPersonId])).get(mine.partnerPersonId)
      : null;
    const suggestions =
      mine || pending ? [] : await suggestionsFor(db, actor, program, actor.personId, deps.clock.now());
    result.push({
      programId: program.id,
      programName: program.name,
      mentor: mentor
        ? { id: mentor.id, name: mentor.name, title: mentor.title, tier: mentor.tier, department: mentor.department }
        : null,
      pendingRequest: pending ? (await toRequests(db, actor.orgId, [pending]))[0]! : null,
      suggestions: suggestions.map(({ partner, score, reasons, openPlaces }) => ({
        partner,
        score,
        reasons,
        openPlaces,
      })),
    });
  }
  return { programs: result };
}

/** A mentee asks one of their current suggestions to mentor them. One waiting request at a time. */
export async function requestMentor(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  input: { mentorPersonId: string; message: string },
): Promise<MatchRequest> {
  const menteeId = actor.personId;
  if (menteeId === null) {
    throw new AppError('FORBIDDEN', { message: 'Your account is not linked to a person of the directory.' });
  }
  return deps.db.transaction(async (tx) => {
    const program = await getSelfServiceProgram(tx, actor, programId, true);
    const cohort = await loadCohort(tx, actor, program, 'mentoring');
    if (!cohort.participants.some((person) => person.id === menteeId)) {
      throw new AppError('FORBIDDEN', { message: 'You are not a participant of this program.' });
    }
    if (cohort.current.some((pair) => pair.participantPersonId === menteeId)) {
      throw new AppError('CONFLICT', { message: 'You already have a mentor in this program.', field: 'programId' });
    }
    const [pending] = await listRequests(tx, actor.orgId, { programId, menteePersonId: menteeId, status: 'pending' });
    if (pending) {
      throw new AppError('CONFLICT', {
        message: 'Your request to another mentor is waiting for an answer; cancel it first.',
        field: 'programId',
      });
    }
    const suggestion = (await suggestionsFor(tx, actor, program, menteeId, deps.clock.now())).find(
      (entry) => entry.partnerId === input.mentorPersonId,
    );
    if (!suggestion) {
      throw new AppError('CONFLICT', {
        message: 'This mentor is not among your suggestions now; pick one of them.',
        field: 'body.mentorPersonId',
      });
    }
    const row = await insertRequest(tx, {
      orgId: actor.orgId,
      programId,
      menteePersonId: menteeId,
      mentorPersonId: input.mentorPersonId,
      status: 'pending',
      score: suggestion.score,
      reasons: suggestion.reasons,
      message: input.message,
      createdAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'matching.request_created',
      targetType: 'match_request',
      targetId: row.id,
      details: { programId },
    });
    return (await toRequests(tx, actor.orgId, [row]))[0]!;
  });
}

/** The requests the signed-in user received as a mentor: waiting ones first, then the latest answered. */
export async function listIncomingRequests(db: Database, actor: Actor): Promise<{ items: MatchRequest[] }> {
  if (actor.personId === null) return { items: [] };
  const rows = await listRequests(db, actor.orgId, { mentorPersonId: actor.personId });
  return { items: await toRequests(db, actor.orgId, rows.slice(0, 200)) };
}

/** The requests the signed-in user sent as a mentee, waiting ones first. */
export async function listSentRequests(db: Database, actor: Actor): Promise<{ items: MatchRequest[] }> {
  if (actor.personId === null) return { items: [] };
  const rows = await listRequests(db, actor.orgId, { menteePersonId: actor.personId });
  return { items: await toRequests(db, actor.orgId, rows.slice(0, 200)) };
}

/** Locks and returns a waiting request, after the policy says the actor is its mentor (or mentee). */
async function getPendingRequest(
  tx: Database,
  actor: Actor,
  requestId: string,
  action: 'matchRequest.answer' | 'matchRequest.cancel',
): Promise<MatchRequestRow> {
  const request = await findRequest(tx, actor.orgId, requestId, { forUpdate: true });
  if (!request) throw new AppError('NOT_FOUND', { message: 'Request not found.' });
  authorize(actor, action, request);
  if (request.status !== 'pending') {
    throw new AppError('CONFLICT', { message: `This request is already ${request.status}.`, field: 'status' });
  }
  return request;
}

/**
 * The mentor accepts: the pair becomes a mentoring relationship of the program (status
 * `proposed`). Waiting requests hold a place (see `suggestionsFor`), so a mentor never has more
 * waiting than places; the capacity check here is the last wall.
 */
export async function acceptRequest(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  requestId: string,
): Promise<MatchRequest> {
  return deps.db.transaction(async (tx) => {
    const first = await findRequest(tx, actor.orgId, requestId);
    if (!first) throw new AppError('NOT_FOUND', { message: 'Request not found.' });
    authorize(actor, 'matchRequest.answer', first);
    // The program row lock orders every accept in the program, so two never take the last place.
    const program = await getSelfServiceProgram(tx, actor, first.programId, true);
    const request = await getPendingRequest(tx, actor, requestId, 'matchRequest.answer');
    const cohort = await loadCohort(tx, actor, program, 'mentoring');
    const mentor = cohort.partners.find((person) => person.id === request.mentorPersonId);
    if (!mentor) {
      throw new AppError('CONFLICT', { message: 'You are no longer a mentor of this program.', field: 'status' });
    }
    if (cohort.current.some((pair) => pair.participantPersonId === request.menteePersonId)) {
      throw new AppError('CONFLICT', { message: 'This mentee already has a mentor.', field: 'status' });
    }
    const load = loadsOf(cohort.current).get(mentor.id) ?? 0;
    if (load >= (mentor.capacity ?? 0)) {
      throw new AppError('CONFLICT', {
        message: `You have no place left: ${load} of ${mentor.capacity ?? 0} taken.`,
        field: 'status',
      });
    }
    const at = deps.clock.now();
    await insertCurrentPairs(tx, 'mentoring', [
      {
        orgId: actor.orgId,
        programId: program.id,
        participantPersonId: request.menteePersonId,
        partnerPersonId: request.mentorPersonId,
        origin: 'self_service',
        matchingRunId: null,
        score: request.score,
        reasons: request.reasons,
        createdAt: at,
      },
    ]);
    const accepted = await updateRequest(tx, actor.orgId, request.id, { status: 'accepted', decidedAt: at });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'matching.request_accepted',
      targetType: 'match_request',
      targetId: request.id,
      details: { programId: program.id },
    });
    return (await toRequests(tx, actor.orgId, [accepted]))[0]!;
  });
}

export async function declineRequest(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  requestId: string,
  reason: string | undefined,
): Promise<MatchRequest> {
  return deps.db.transaction(async (tx) => {
    const request = await getPendingRequest(tx, actor, requestId, 'matchRequest.answer');
    const declined = await updateRequest(tx, actor.orgId, request.id, {
      status: 'declined',
      decidedAt: deps.clock.now(),
      declineReason: reason || null,
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'matching.request_declined',
      targetType: 'match_request',
      targetId: request.id,
      details: { programId: request.programId },
    });
    return (await toRequests(tx, actor.orgId, [declined]))[0]!;
  });
}

export async function cancelRequest(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  requestId: string,
): Promise<MatchRequest> {
  return deps.db.transaction(async (tx) => {
    const request = await getPendingRequest(tx, actor, requestId, 'matchRequest.cancel');
    const cancelled = await updateRequest(tx, actor.orgId, request.id, {
      status: 'cancelled',
      decidedAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'matching.request_cancelled',
      targetType: 'match_request',
      targetId: request.id,
      details: { programId: request.programId },
    });
    return (await toRequests(tx, actor.orgId, [cancelled]))[0]!;
  });
}
