import type {
  MatchingPersonPair,
  MatchingRun,
  MatchingRunCreate,
  MatchingRunSummary,
  MatchingSettings,
  MatchingSettingsInput,
  ProgramMatchPage,
} from '../../../contract/matching.js';
import type { ProgramPerson } from '../../../contract/programs.js';
import { checkPair, type ScoredPair } from '../../../domain/matching/propose/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { findProgram, updateProgramRow, type ProgramRow } from '../programs/index.js';
import { assertMatchingOpen, kindsFor, loadCohort, loadsOf, partnerWord, type Cohort } from './matching.cohort.js';
import {
  asProgramPerson,
  countProposalsByRun,
  deleteProposals,
  discardDrafts,
  findRun,
  insertCurrentPairs,
  insertProposals,
  insertRun,
  listCurrentPairs,
  listPool,
  listProgramMatches,
  listProgramPeople,
  listProposals,
  listRuns,
  updateProposal,
  updateRun,
  type MatchingKind,
  type MatchingProposalRow,
  type MatchingRunRow,
  type NewMatchingProposalRow,
  unknownPerson,
} from './matching.repo.js';
import { proposeInWorker } from './matching.solver.js';
import { readMatchingSettings } from './matching.settings.js';
import { toRun, toRunSummary } from './matching.view.js';

export type MatchingDeps = { db: Database; clock: Clock };

async function getProgramRow(db: Database, actor: Actor, programId: string, forUpdate = false): Promise<ProgramRow> {
  const program = await findProgram(db, actor.orgId, programId, { forUpdate });
  if (!program) throw new AppError('NOT_FOUND', { message: 'Program not found.' });
  return program;
}

async function getRunRow(db: Database, actor: Actor, programId: string, runId: string, forUpdate = false) {
  const run = await findRun(db, actor.orgId, programId, runId, { forUpdate });
  if (!run) throw new AppError('NOT_FOUND', { message: 'Matching run not found.' });
  return run;
}

// Settings

export async function getMatchingSettings(db: Database, actor: Actor, programId: string): Promise<MatchingSettings> {
  return readMatchingSettings((await getProgramRow(db, actor, programId)).matchingSettings);
}

/** Checks that every person a setting names is a person of the organization, naming the field that does not. */
async function assertPeopleExist(db: Database, actor: Actor, input: MatchingSettingsInput): Promise<void> {
  const named: { id: string; field: string }[] = [];
  const pairs = (list: MatchingPersonPair[] | undefined, name: string) =>
    list?.forEach((pair, index) => {
      named.push({ id: pair.participantPersonId, field: `body.${name}.${index}.participantPersonId` });
      named.push({ id: pair.partnerPersonId, field: `body.${name}.${index}.partnerPersonId` });
    });
  pairs(input.mustPairs, 'mustPairs');
  pairs(input.neverPairs, 'neverPairs');
  for (const name of ['menteeChoices', 'mentorChoices'] as const) {
    input[name]?.forEach((entry, index) => {
      named.push({ id: entry.personId, field: `body.${name}.${index}.personId` });
      entry.choices.forEach((choice, position) =>
        named.push({ id: choice, field: `body.${name}.${index}.choices.${position}` }),
      );
    });
  }
  const found = await listProgramPeople(
    db,
    actor.orgId,
    named.map((entry) => entry.id),
  );
  const missing = named.find((entry) => !found.has(entry.id));
  if (missing) {
    throw new AppError('INVALID', {
      message: `${missing.field} names no person of your organization.`,
      field: missing.field,
    });
  }
  const mustPairs = input.mustPairs ?? [];
  const twice = mustPairs.find(
    (pair, index) => mustPairs.findIndex((other) => other.participantPersonId === pair.participantPersonId) !== index,
  );
  if (twice) {
    throw new AppError('INVALID', {
      message: 'body.mustPairs names one participant twice; a participant can be paired with one partner.',
      field: 'body.mustPairs',
    });
  }
}

/** Replaces the program's matching settings; fields left out take their defaults. Not once it is closed. */
export async function updateMatchingSettings(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  input: MatchingSettingsInput,
): Promise<MatchingSettings> {
  return deps.db.transaction(async (tx) => {
    const program = await getProgramRow(tx, actor, programId, true);
    if (program.status === 'closed') {
      throw new AppError('CONFLICT', {
        message: 'A closed program’s matching settings cannot change.',
        field: 'status',
      });
    }
    if (input.mode === 'self_service' && program.type === 'coaching') {
      throw new AppError('INVALID', {
        message: 'body.mode self_service is for mentoring: coaches are matched by an admin.',
        field: 'body.mode',
      });
    }
    await assertPeopleExist(tx, actor, input);
    const settings = readMatchingSettings(input);
    await updateProgramRow(tx, actor.orgId, programId, { matchingSettings: settings, updatedAt: deps.clock.now() });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'matching.settings_changed',
      targetType: 'program',
      targetId: programId,
      details: { fields: Object.keys(input).sort() },
    });
    return settings;
  });
}

// Runs

function resolveKind(program: ProgramRow, requested: MatchingKind | undefined): MatchingKind {
  const kinds = kindsFor(program.type);
  if (requested === undefined) {
    if (kinds.length > 1) {
      throw new AppError('INVALID', {
        message: 'body.kind is required for a blended program: mentoring or coaching.',
        field: 'body.kind',
      });
    }
    return kinds[0]!;
  }
  if (!kinds.includes(requested)) {
    throw new AppError('INVALID', {
      message: `body.kind ${requested} does not fit a ${program.type} program.`,
      field: 'body.kind',
    });
  }
  return requested;
}

function toProposalRow(
  run: MatchingRunRow,
  pair: ScoredPair,
  source: 'solver' | 'admin',
): Omit<NewMatchingProposalRow, 'id'> {
  return {
    orgId: run.orgId,
    runId: run.id,
    participantPersonId: pair.participantId,
    partnerPersonId: pair.partnerId,
    score: pair.score.score,
    factors: pair.score.factors,
    reasons: pair.score.reasons,
    warnings: pair.warnings,
    isLocked: source === 'admin',
    source,
  };
}

/**
 * Solves the cohort around the locked pairs: people already matched in the program and locked
 * participants are left out, and partners offer the places they have left.
 */
async function solveCohort(cohort: Cohort, locked: MatchingProposalRow[], at: Date) {
  const matched = new Set(cohort.current.map((pair) => pair.participantPersonId));
  const lockedIds = new Set(locked.map((proposal) => proposal.participantPersonId));
  const participants = cohort.participants.filter((person) => !matched.has(person.id));
  const alreadyMatched = loadsOf(cohort.current);
  const lockedLoads = loadsOf(
    locked.map((proposal) => ({
      participantPersonId: proposal.participantPersonId,
      partnerPersonId: proposal.partnerPersonId,
    })),
  );
  const partners = cohort.partners.map((person) => {
    const already = alreadyMatched.get(person.id) ?? 0;
    return { person, capacity: Math.max(0, (person.capacity ?? 0) - already), alreadyMatched: already };
  });
  const proposal = await proposeInWorker({
    settings: cohort.scoring,
    objective: cohort.settings.objective,
    participants: participants.filter((person) => !lockedIds.has(person.id)),
    partners: partners.map(({ person, capacity }) => ({
      person,
      capacity: Math.max(0, capacity - (lockedLoads.get(person.id) ?? 0)),
    })),
    at,
  });
  const reasons = new Map(proposal.unmatched.map((entry) => [entry.participantId, entry.reason]));
  return {
    proposal,
    participants: participants.map((person) => ({ personId: person.id, reason: reasons.get(person.id) ?? null })),
    partners: partners.map(({ person, capacity, alreadyMatched: already }) => ({
      personId: person.id,
      capacity,
      alreadyMatched: already,
    })),
  };
}

/**
 * Runs matching for a program: scores every allowed pair, solves for the optimum under the
 * program's objective, and puts the proposals on a new board. A new run replaces the draft of
 * the same kind.
 */
export async function createRun(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  input: MatchingRunCreate,
): Promise<MatchingRun> {
  const program = await getProgramRow(deps.db, actor, programId);
  assertMatchingOpen(program);
  const kind = resolveKind(program, input.kind);
  const cohort = await loadCohort(deps.db, actor, program, kind);
  if (cohort.settings.mode === 'self_service' && kind === 'mentoring') {
    throw new AppError('CONFLICT', {
      message: 'This program matches by self-service: mentees ask mentors. Switch its matching mode to bulk to run it.',
      field: 'mode',
    });
  }
  const at = deps.clock.now();
  const solved = await solveCohort(cohort, [], at);
  if (solved.participants.length === 0) {
    throw new AppError('CONFLICT', {
      message: `Every participant already has a ${partnerWord(kind)}; there is nobody to match.`,
      field: 'enrollments',
    });
  }
  return deps.db.transaction(async (tx) => {
    await getProgramRow(tx, actor, programId, true);
    await discardDrafts(tx, actor.orgId, programId, kind, at);
    const run = await insertRun(tx, {
      orgId: actor.orgId,
      programId,
      kind,
      status: 'draft',
      objective: cohort.settings.objective,
      settings: cohort.settings,
      participants: solved.participants,
      partners: solved.partners,
      isOptimal: true,
      createdByUserId: actor.userId,
      createdAt: at,
      updatedAt: at,
    });
    await insertProposals(
      tx,
      solved.proposal.pairs.map((pair) => toProposalRow(run, pair, 'solver')),
    );
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'matching.run_created',
      targetType: 'matching_run',
      targetId: run.id,
      details: {
        programId,
        kind,
        participants: solved.participants.length,
        matched: solved.proposal.pairs.length,
        candidatePairs: solved.proposal.candidatePairs,
      },
    });
    return toRun(tx, run);
  });
}

export async function listMatchingRuns(
  db: Database,
  actor: Actor,
  programId: string,
): Promise<{ items: MatchingRunSummary[] }> {
  await getProgramRow(db, actor, programId);
  const runs = await listRuns(db, actor.orgId, programId);
  const counts = await countProposalsByRun(db, actor.orgId, programId);
  return { items: runs.map((run) => toRunSummary(run, counts.get(run.id) ?? { matched: 0, totalScore: 0 })) };
}

export async function getMatchingRun(db: Database, actor: Actor, programId: string, runId: string) {
  return toRun(db, await getRunRow(db, actor, programId, runId));
}

/** Runs `change` on a draft run inside a transaction (the run locked), then answers the whole board. */
async function changeDraft(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  ids: { programId: string; runId: string },
  action: string,
  change: (tx: Database, run: MatchingRunRow) => Promise<{ keepsOptimum: boolean; details: Record<string, unknown> }>,
): Promise<MatchingRun> {
  return deps.db.transaction(async (tx) => {
    const run = await getRunRow(tx, actor, ids.programId, ids.runId, true);
    if (run.status !== 'draft') {
      throw new AppError('CONFLICT', { message: `A ${run.status} run cannot change.`, field: 'status' });
    }
    const { keepsOptimum, details } = await change(tx, run);
    const updated = await updateRun(tx, actor.orgId, run.id, {
      updatedAt: deps.clock.now(),
      ...(keepsOptimum ? {} : { isOptimal: false }),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action,
      targetType: 'matching_run',
      targetId: run.id,
      details,
    });
    return toRun(tx, updated);
  });
}

function findProposal(proposals: MatchingProposalRow[], proposalId: string, field: string): MatchingProposalRow {
  const proposal = proposals.find((row) => row.id === proposalId);
  if (!proposal) throw new AppError('NOT_FOUND', { message: 'No such proposal on this run.', field });
  return proposal;
}

/** Scores a pair an admin asks for under the run's settings, or refuses it with the hard rules it breaks. */
async function scoreRequestedPair(
  tx: Database,
  actor: Actor,
  run: MatchingRunRow,
  participantId: string,
  partnerId: string,
  fields: { participant: string; partner: string },
): Promise<ScoredPair> {
  const program = await getProgramRow(tx, actor, run.programId);
  const cohort = await loadCohort(tx, actor, program, run.kind, readMatchingSettings(run.settings));
  const participant = cohort.participants.find((person) => person.id === participantId);
  const partner = cohort.partners.find((person) => person.id === partnerId);
  if (!participant) {
    throw new AppError('INVALID', {
      message: `${fields.participant} is not an active participant of this run.`,
      field: fields.participant,
    });
  }
  if (!partner) {
    throw new AppError('INVALID', {
      message: `${fields.partner} is not an active ${partnerWord(run.kind)} of this program.`,
      field: fields.partner,
    });
  }
  const check = checkPair(participant, partner, cohort.scoring, run.createdAt);
  if (!check.isAllowed) {
    throw new AppError('CONFLICT', {
      message: `${participant.name} and ${partner.name} cannot be paired: ${check.blockedBy.join('; ')}.`,
      field: fields.partner,
    });
  }
  return check.pair;
}

export async function setProposalLock(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  ids: { programId: string; runId: string; proposalId: string },
  isLocked: boolean,
): Promise<MatchingRun> {
  return changeDraft(deps, context, actor, ids, 'matching.proposal_locked', async (tx, run) => {
    findProposal(await listProposals(tx, actor.orgId, run.id), ids.proposalId, 'proposalId');
    await updateProposal(tx, actor.orgId, ids.proposalId, { isLocked });
    return { keepsOptimum: true, details: { proposalId: ids.proposalId, isLocked } };
  });
}

/** Takes a pair off the board; the participant shows as unmatched until placed or re-run. */
export async function removeProposal(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  ids: { programId: string; runId: string; proposalId: string },
): Promise<MatchingRun> {
  return changeDraft(deps, context, actor, ids, 'matching.proposal_removed', async (tx, run) => {
    const proposal = findProposal(await listProposals(tx, actor.orgId, run.id), ids.proposalId, 'proposalId');
    await deleteProposals(tx, actor.orgId, [proposal.id]);
    await updateRun(tx, actor.orgId, run.id, {
      participants: run.participants.map((participant) =>
        participant.personId === proposal.participantPersonId ? { ...participant, reason: null } : participant,
      ),
    });
    return { keepsOptimum: false, details: { proposalId: proposal.id } };
  });
}

/** Places an unmatched participant with a partner who has a place left; the pair is locked. */
export async function addProposal(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  ids: { programId: string; runId: string },
  input: MatchingPersonPair,
): Promise<MatchingRun> {
  return changeDraft(deps, context, actor, ids, 'matching.proposal_added', async (tx, run) => {
    const proposals = await listProposals(tx, actor.orgId, run.id);
    if (!run.participants.some((participant) => participant.personId === input.participantPersonId)) {
      throw new AppError('INVALID', {
        message: 'body.participantPersonId is not a participant of this run.',
        field: 'body.participantPersonId',
      });
    }
    if (proposals.some((proposal) => proposal.participantPersonId === input.participantPersonId)) {
      throw new AppError('CONFLICT', {
        message: 'This participant is already on the board; swap or remove their pair instead.',
        field: 'body.participantPersonId',
      });
    }
    const pair = await scoreRequestedPair(tx, actor, run, input.participantPersonId, input.partnerPersonId, {
      participant: 'body.participantPersonId',
      partner: 'body.partnerPersonId',
    });
    const partner = run.partners.find((entry) => entry.personId === input.partnerPersonId);
    if (!partner) {
      throw new AppError('INVALID', {
        message: `body.partnerPersonId was not a ${partnerWord(run.kind)} of this run; re-run to include them.`,
        field: 'body.partnerPersonId',
      });
    }
    const load = proposals.filter((proposal) => proposal.partnerPersonId === input.partnerPersonId).length;
    if (load >= partner.capacity) {
      throw new AppError('CONFLICT', {
        message: `This ${partnerWord(run.kind)} has no place left in this run (${load} of ${partner.capacity}); swap instead.`,
        field: 'body.partnerPersonId',
      });
    }
    await insertProposals(tx, [toProposalRow(run, pair, 'admin')]);
    return { keepsOptimum: false, details: { ...input, score: pair.score.score } };
  });
}

/** Exchanges the partners of two pairs; both new pairs must be allowed. Both end up locked. */
export async function swapProposals(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  ids: { programId: string; runId: string },
  proposalIds: [string, string],
): Promise<MatchingRun> {
  return changeDraft(deps, context, actor, ids, 'matching.proposals_swapped', async (tx, run) => {
    const proposals = await listProposals(tx, actor.orgId, run.id);
    const first = findProposal(proposals, proposalIds[0], 'body.proposalIds.0');
    const second = findProposal(proposals, proposalIds[1], 'body.proposalIds.1');
    if (first.partnerPersonId === second.partnerPersonId) {
      throw new AppError('CONFLICT', {
        message: `Both pairs have the same ${partnerWord(run.kind)}; there is nothing to swap.`,
        field: 'body.proposalIds',
      });
    }
    const fields = { participant: 'body.proposalIds', partner: 'body.proposalIds' };
    const firstPair = await scoreRequestedPair(
      tx,
      actor,
      run,
      first.participantPersonId,
      second.partnerPersonId,
      fields,
    );
    const secondPair = await scoreRequestedPair(
      tx,
      actor,
      run,
      second.participantPersonId,
      first.partnerPersonId,
      fields,
    );
    for (const [proposal, pair] of [
      [first, firstPair],
      [second, secondPair],
    ] as const) {
      const row = toProposalRow(run, pair, 'admin');
      const values = {
        partnerPersonId: row.partnerPersonId,
        score: row.score,
        factors: row.factors,
        reasons: row.reasons,
        warnings: row.warnings,
        isLocked: row.isLocked,
        source: row.source,
      };
      await updateProposal(tx, actor.orgId, proposal.id, values);
    }
    return { keepsOptimum: false, details: { proposalIds } };
  });
}

/**
 * Solves again around the locked pairs, with the program's current settings and people: unlocked
 * pairs are replaced by the optimum for everyone else.
 */
export async function rerunMatching(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  ids: { programId: string; runId: string },
): Promise<MatchingRun> {
  const run = await getRunRow(deps.db, actor, ids.programId, ids.runId);
  if (run.status !== 'draft') {
    throw new AppError('CONFLICT', { message: `A ${run.status} run cannot be re-run.`, field: 'status' });
  }
  const program = await getProgramRow(deps.db, actor, ids.programId);
  assertMatchingOpen(program);
  const cohort = await loadCohort(deps.db, actor, program, run.kind);
  const locked = (await listProposals(deps.db, actor.orgId, run.id)).filter((proposal) => proposal.isLocked);
  const at = deps.clock.now();
  const solved = await solveCohort(cohort, locked, at);
  return deps.db.transaction(async (tx) => {
    const current = await getRunRow(tx, actor, ids.programId, ids.runId, true);
    if (current.status !== 'draft' || current.updatedAt.getTime() !== run.updatedAt.getTime()) {
      throw new AppError('CONFLICT', {
        message: 'The board changed while it was being re-run; re-run again.',
        field: 'status',
      });
    }
    const proposals = await listProposals(tx, actor.orgId, run.id);
    await deleteProposals(
      tx,
      actor.orgId,
      proposals.filter((proposal) => !proposal.isLocked).map((proposal) => proposal.id),
    );
    await insertProposals(
      tx,
      solved.proposal.pairs.map((pair) => toProposalRow(run, pair, 'solver')),
    );
    const lockedIds = new Set(locked.map((proposal) => proposal.participantPersonId));
    const updated = await updateRun(tx, actor.orgId, run.id, {
      settings: cohort.settings,
      objective: cohort.settings.objective,
      participants: solved.participants.map((participant) =>
        lockedIds.has(participant.personId) ? { ...participant, reason: null } : participant,
      ),
      partners: solved.partners,
      isOptimal: true,
      updatedAt: at,
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'matching.run_rerun',
      targetType: 'matching_run',
      targetId: run.id,
      details: { locked: locked.length, matched: solved.proposal.pairs.length + locked.length },
    });
    return toRun(tx, updated);
  });
}

/**
 * Publishes a run: every pair on the board becomes a mentoring relationship or coaching
 * engagement of the program, status `proposed`. All or nothing: if anyone was matched meanwhile or
 * a partner has no place left, nothing is published and the answer says who.
 */
export async function publishRun(
  deps: MatchingDeps,
  context: RequestContext,
  actor: Actor,
  ids: { programId: string; runId: string },
): Promise<{ run: MatchingRun; created: number }> {
  return deps.db.transaction(async (tx) => {
    const program = await getProgramRow(tx, actor, ids.programId, true);
    assertMatchingOpen(program);
    const run = await getRunRow(tx, actor, ids.programId, ids.runId, true);
    if (run.status !== 'draft') {
      throw new AppError('CONFLICT', { message: `A ${run.status} run cannot be published.`, field: 'status' });
    }
    const proposals = await listProposals(tx, actor.orgId, run.id);
    if (proposals.length === 0) {
      throw new AppError('CONFLICT', { message: 'The board has no pairs to publish.', field: 'proposals' });
    }
    const current = await listCurrentPairs(tx, actor.orgId, program.id, run.kind);
    const people = await listProgramPeople(tx, actor.orgId, [
      ...proposals.map((proposal) => proposal.participantPersonId),
      ...proposals.map((proposal) => proposal.partnerPersonId),
    ]);
    const nameOf = (id: string) => people.get(id)?.name ?? id;
    const matchedNow = new Set(current.map((pair) => pair.participantPersonId));
    const taken = proposals.filter((proposal) => matchedNow.has(proposal.participantPersonId));
    if (taken.length) {
      throw new AppError('CONFLICT', {
        message: `Already matched since this run: ${taken
          .slice(0, 5)
          .map((proposal) => nameOf(proposal.participantPersonId))
          .join(', ')}. Re-run the board first.`,
        field: 'proposals',
      });
    }
    const partners = new Map(
      (await listPool(tx, actor.orgId, program.id, run.kind === 'mentoring' ? 'mentor' : 'coach')).map((person) => [
        person.id,
        person,
      ]),
    );
    const loads = loadsOf([
      ...current,
      ...proposals.map((proposal) => ({
        participantPersonId: proposal.participantPersonId,
        partnerPersonId: proposal.partnerPersonId,
      })),
    ]);
    const over = [...loads.entries()].find(([id, load]) => load > (partners.get(id)?.capacity ?? 0));
    if (over) {
      throw new AppError('CONFLICT', {
        message: `${nameOf(over[0])} would have ${over[1]} participants, more than their ${partners.get(over[0])?.capacity ?? 0} places (or has left the program). Re-run the board first.`,
        field: 'proposals',
      });
    }
    const at = deps.clock.now();
    await insertCurrentPairs(
      tx,
      run.kind,
      proposals.map((proposal) => ({
        orgId: actor.orgId,
        programId: program.id,
        participantPersonId: proposal.participantPersonId,
        partnerPersonId: proposal.partnerPersonId,
        origin: 'matching_run',
        matchingRunId: run.id,
        score: proposal.score,
        reasons: proposal.reasons,
        createdAt: at,
      })),
    );
    const published = await updateRun(tx, actor.orgId, run.id, {
      status: 'published',
      publishedAt: at,
      updatedAt: at,
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'matching.run_published',
      targetType: 'matching_run',
      targetId: run.id,
      details: { programId: program.id, kind: run.kind, pairs: proposals.length },
    });
    return { run: await toRun(tx, published), created: proposals.length };
  });
}

/** The program's relationships and engagements, newest first, a page at a time. */
export async function listMatches(
  db: Database,
  actor: Actor,
  programId: string,
  query: { kind?: MatchingKind; page: number; pageSize: number },
): Promise<ProgramMatchPage> {
  await getProgramRow(db, actor, programId);
  const { rows, total } = await listProgramMatches(db, actor.orgId, programId, {
    ...(query.kind ? { kind: query.kind } : {}),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const people = await listProgramPeople(db, actor.orgId, [
    ...rows.map((row) => row.participant_person_id),
    ...rows.map((row) => row.partner_person_id),
  ]);
  const show = (id: string): ProgramPerson => asProgramPerson(people.get(id) ?? unknownPerson(id));
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      participant: show(row.participant_person_id),
      partner: show(row.partner_person_id),
      status: row.status,
      origin: row.origin,
      score: row.score,
      reasons: row.reasons,
      createdAt: new Date(row.created_at).toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
