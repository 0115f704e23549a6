// Succession planning: key positions, successors with readiness kept as history, the bench, the
// nine-box, and from a successor's gap to a program. Confidential: see `succession.read`.
import type { ReadinessAssessment, ReadinessAssessmentCreate } from '../../../contract/outcomes.js';
import type {
  BenchStrength,
  KeyPosition,
  KeyPositionInput,
  KeyPositionPage,
  NineBox,
  NineBoxMove,
  SuccessorCreate,
  SuccessorDetail,
  SuccessorGap,
  SuccessorReadinessCreate,
} from '../../../contract/succession.js';
import { recommendApproach } from '../../../domain/approach/index.js';
import { latestToday } from '../../../domain/engagements/index.js';
import {
  benchOfPosition,
  benchTrend,
  competencyGap,
  fittingPrograms,
  monthEnds,
  nineBox,
  successionNeed,
} from '../../../domain/succession/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { listCompetencies } from '../competencies/index.js';
import {
  endSuccessor,
  findCurrentSuccessor,
  findPerson,
  findSuccessor,
  insertPosition,
  insertReadiness,
  insertSuccessor,
  listBenchHistory,
  listCurrentSuccessors,
  listNineBoxMoves,
  listPositions,
  listProgramsFor,
  listRatedPeople,
  listReadiness,
  setRatings,
  updatePosition,
  type CurrentSuccessorRow,
  type PositionRow,
} from './succession.repo.js';

export type SuccessionDeps = { db: Database; clock: Clock };

/** The day a record is dated (named, archived, the bench's "today"): the UTC calendar day, as the demo and jobs use. */
const recordDay = (deps: SuccessionDeps) => deps.clock.now().toISOString().slice(0, 10);

const personNotFound = () => new AppError('NOT_FOUND', { message: 'Person not found.' });
const positionNotFound = () => new AppError('NOT_FOUND', { message: 'Key position not found.' });
const successorNotFound = () => new AppError('NOT_FOUND', { message: 'Successor not found.' });

type ReadinessRow = Awaited<ReturnType<typeof listReadiness>>[number];

function toAssessment(row: ReadinessRow): ReadinessAssessment {
  const { assessment } = row;
  return {
    id: assessment.id,
    personId: assessment.personId,
    readiness: assessment.readiness,
    assessedOn: assessment.assessedOn,
    assessor:
      assessment.assessorPersonId === null || row.assessorName === null
        ? null
        : { id: assessment.assessorPersonId, name: row.assessorName },
    note: assessment.note,
    createdAt: assessment.createdAt.toISOString(),
  };
}

export async function getReadinessHistory(deps: SuccessionDeps, actor: Actor, personId: string) {
  authorize(actor, 'readiness.manage');
  if (!(await findPerson(deps.db, actor.orgId, personId))) throw personNotFound();
  return { items: (await listReadiness(deps.db, actor.orgId, personId)).map(toAssessment) };
}

function assertNotFuture(deps: SuccessionDeps, date: string, field: string): void {
  if (date > latestToday(deps.clock.now()))
    throw new AppError('INVALID', { message: 'must not be in the future', field });
}

/** Records a readiness assessment, assessed by the admin's own person (when linked), audited. */
export async function recordReadiness(
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  personId: string,
  input: ReadinessAssessmentCreate,
): Promise<ReadinessAssessment> {
  authorize(actor, 'readiness.manage');
  const person = await findPerson(deps.db, actor.orgId, personId);
  if (!person) throw personNotFound();
  if (person.erasedAt !== null) throw new AppError('CONFLICT', { message: 'This person was erased.' });
  assertNotFuture(deps, input.assessedOn, 'body.assessedOn');
  const id = await deps.db.transaction(async (tx) => {
    const row = await addReadiness(tx, deps, context, actor, {
      personId,
      keyPositionId: null,
      readiness: input.readiness,
      assessedOn: input.assessedOn,
      note: input.note ?? '',
    });
    return row.id;
  });
  const saved = (await listReadiness(deps.db, actor.orgId, personId)).find((row) => row.assessment.id === id)!;
  return toAssessment(saved);
}

/** One new row of readiness history, audited; inside the caller's transaction. */
async function addReadiness(
  tx: Database,
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  values: {
    personId: string;
    keyPositionId: string | null;
    readiness: ReadinessAssessment['readiness'];
    assessedOn: string;
    note: string;
  },
) {
  const row = await insertReadiness(tx, {
    orgId: actor.orgId,
    ...values,
    assessorPersonId: actor.personId,
    createdAt: deps.clock.now(),
  });
  await recordAuditEvent(tx, deps.clock, context, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: 'readiness.assessed',
    targetType: 'person',
    targetId: values.personId,
    details: { readiness: values.readiness, assessedOn: values.assessedOn, keyPositionId: values.keyPositionId },
  });
  return row;
}

// --- Key positions ---

function toPosition(row: PositionRow, named: readonly CurrentSuccessorRow[]): KeyPosition {
  const { position } = row;
  const mine = named.filter((successor) => successor.successor.keyPositionId === position.id);
  return {
    id: position.id,
    title: position.title,
    incumbent:
      position.incumbentPersonId === null
        ? null
        : { id: position.incumbentPersonId, name: row.incumbentName ?? '', title: row.incumbentTitle ?? '' },
    criticality: position.criticality,
    incumbentLeavingRisk: position.incumbentLeavingRisk,
    requiredCompetencies: position.requiredCompetencies,
    bench: benchOfPosition(mine.map((successor) => successor.readiness)),
    successors: mine.map(toSuccessor),
    createdOn: position.createdOn,
    updatedAt: position.updatedAt.toISOString(),
  };
}

function toSuccessor(row: CurrentSuccessorRow) {
  return {
    id: row.successor.id,
    person: { id: row.successor.personId, ...row.person },
    readiness: row.readiness,
    assessedOn: row.assessedOn,
    assessor:
      row.assessorPersonId === null || row.assessorName === null
        ? null
        : { id: row.assessorPersonId, name: row.assessorName },
    addedOn: row.successor.addedOn,
  };
}

async function positionsWithSuccessors(db: Database, orgId: string, id?: string): Promise<KeyPosition[]> {
  const rows = await listPositions(db, orgId, id === undefined ? {} : { id });
  const named = await listCurrentSuccessors(
    db,
    orgId,
    rows.map((row) => row.position.id),
  );
  return rows.map((row) => toPosition(row, named));
}

/**
 * The key positions, by title. Filtered and paged in memory: an organization has tens or a few
 * hundred key positions, and "uncovered" is a count over successors, not a column.
 */
export async function listKeyPositions(
  deps: SuccessionDeps,
  actor: Actor,
  query: { search?: string | undefined; uncovered?: boolean | undefined; page: number; pageSize: number },
): Promise<KeyPositionPage> {
  authorize(actor, 'succession.read');
  const search = query.search?.toLowerCase();
  const all = (await positionsWithSuccessors(deps.db, actor.orgId)).filter(
    (position) =>
      (search === undefined || position.title.toLowerCase().includes(search)) &&
      (query.uncovered === undefined || position.bench.isUncovered === query.uncovered),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: all.slice(start, start + query.pageSize),
    total: all.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getKeyPosition(deps: SuccessionDeps, actor: Actor, positionId: string): Promise<KeyPosition> {
  authorize(actor, 'succession.read');
  const [position] = await positionsWithSuccessors(deps.db, actor.orgId, positionId);
  if (!position) throw positionNotFound();
  return position;
}

async function validatePosition(deps: SuccessionDeps, actor: Actor, input: KeyPositionInput): Promise<void> {
  if (input.incumbentPersonId !== null) {
    const incumbent = await findPerson(deps.db, actor.orgId, input.incumbentPersonId);
    if (!incumbent || incumbent.erasedAt !== null) {
      throw new AppError('INVALID', {
        message: 'is not a person of your organization',
        field: 'body.incumbentPersonId',
      });
    }
  }
  const known = new Set((await listCompetencies(deps.db, actor)).items.map((competency) => competency.key));
  (input.requiredCompetencies ?? []).forEach((key, index) => {
    if (!known.has(key)) {
      throw new AppError('INVALID', {
        message: `${key} is not a competency of your organization`,
        field: `body.requiredCompetencies.${index}`,
      });
    }
  });
}

export async function createKeyPosition(
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  input: KeyPositionInput,
): Promise<KeyPosition> {
  authorize(actor, 'succession.manage');
  await validatePosition(deps, actor, input);
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const row = await insertPosition(tx, {
      orgId: actor.orgId,
      title: input.title,
      incumbentPersonId: input.incumbentPersonId,
      criticality: input.criticality,
      incumbentLeavingRisk: input.incumbentLeavingRisk,
      requiredCompetencies: input.requiredCompetencies ?? [],
      createdOn: now.toISOString().slice(0, 10),
      createdAt: now,
      updatedAt: now,
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'key_position.created',
      targetType: 'key_position',
      targetId: row.id,
      details: { title: input.title, criticality: input.criticality },
    });
    return row.id;
  });
  return getKeyPosition(deps, actor, id);
}

export async function updateKeyPosition(
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  positionId: string,
  input: KeyPositionInput,
): Promise<KeyPosition> {
  authorize(actor, 'succession.manage');
  // Another organization's position is missing before its body is judged.
  if ((await listPositions(deps.db, actor.orgId, { id: positionId })).length === 0) throw positionNotFound();
  await validatePosition(deps, actor, input);
  await deps.db.transaction(async (tx) => {
    const [row] = await listPositions(tx, actor.orgId, { id: positionId, forUpdate: true });
    if (!row) throw positionNotFound();
    await updatePosition(tx, actor.orgId, positionId, {
      title: input.title,
      incumbentPersonId: input.incumbentPersonId,
      criticality: input.criticality,
      incumbentLeavingRisk: input.incumbentLeavingRisk,
      requiredCompetencies: input.requiredCompetencies ?? [],
      updatedAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'key_position.updated',
      targetType: 'key_position',
      targetId: positionId,
      details: { title: input.title, criticality: input.criticality, incumbentLeavingRisk: input.incumbentLeavingRisk },
    });
  });
  return getKeyPosition(deps, actor, positionId);
}

/** A position that is no longer key is archived, not deleted: the bench's trend keeps its past. */
export async function archiveKeyPosition(
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  positionId: string,
): Promise<void> {
  authorize(actor, 'succession.manage');
  await deps.db.transaction(async (tx) => {
    const [row] = await listPositions(tx, actor.orgId, { id: positionId, forUpdate: true });
    if (!row) throw positionNotFound();
    await updatePosition(tx, actor.orgId, positionId, {
      archivedOn: recordDay(deps),
      updatedAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'key_position.archived',
      targetType: 'key_position',
      targetId: positionId,
      details: { title: row.position.title },
    });
  });
}

// --- Successors ---

async function successorDetail(
  deps: SuccessionDeps,
  actor: Actor,
  positionId: string,
  successorId: string,
): Promise<SuccessorDetail> {
  const position = await getKeyPosition(deps, actor, positionId);
  const successor = position.successors.find((candidate) => candidate.id === successorId);
  if (!successor) throw successorNotFound();
  const history = await listReadiness(deps.db, actor.orgId, successor.person.id, positionId);
  return {
    ...successor,
    positionId,
    // The contract's change has no personId: zod drops it from the answer.
    history: history.map(toAssessment),
  };
}

export async function getSuccessor(deps: SuccessionDeps, actor: Actor, positionId: string, successorId: string) {
  authorize(actor, 'succession.read');
  return successorDetail(deps, actor, positionId, successorId);
}

export async function addSuccessor(
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  positionId: string,
  input: SuccessorCreate,
): Promise<SuccessorDetail> {
  authorize(actor, 'succession.manage');
  const today = recordDay(deps);
  const assessedOn = input.assessedOn ?? today;
  assertNotFuture(deps, assessedOn, 'body.assessedOn');
  const successorId = await deps.db.transaction(async (tx) => {
    const [position] = await listPositions(tx, actor.orgId, { id: positionId, forUpdate: true });
    if (!position) throw positionNotFound();
    const person = await findPerson(tx, actor.orgId, input.personId);
    if (!person || person.erasedAt !== null) {
      throw new AppError('INVALID', { message: 'is not a person of your organization', field: 'body.personId' });
    }
    if (person.status !== 'active') {
      throw new AppError('INVALID', { message: `${person.name} has left the organization`, field: 'body.personId' });
    }
    if (position.position.incumbentPersonId === person.id) {
      throw new AppError('INVALID', { message: `${person.name} holds this position`, field: 'body.personId' });
    }
    if (await findCurrentSuccessor(tx, actor.orgId, positionId, person.id)) {
      throw new AppError('CONFLICT', {
        message: `${person.name} is already a successor for this position.`,
        field: 'body.personId',
      });
    }
    const row = await insertSuccessor(tx, {
      orgId: actor.orgId,
      keyPositionId: positionId,
      personId: person.id,
      addedOn: today,
      createdAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'successor.named',
      targetType: 'key_position',
      targetId: positionId,
      details: { personId: person.id, readiness: input.readiness },
    });
    await addReadiness(tx, deps, context, actor, {
      personId: person.id,
      keyPositionId: positionId,
      readiness: input.readiness,
      assessedOn,
      note: input.note ?? '',
    });
    return row.id;
  });
  return successorDetail(deps, actor, positionId, successorId);
}

/** A new readiness judgement for a successor: a new row of history, never an overwrite. */
export async function assessSuccessor(
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  positionId: string,
  successorId: string,
  input: SuccessorReadinessCreate,
): Promise<SuccessorDetail> {
  authorize(actor, 'succession.manage');
  const assessedOn = input.assessedOn ?? recordDay(deps);
  assertNotFuture(deps, assessedOn, 'body.assessedOn');
  await deps.db.transaction(async (tx) => {
    const successor = await findSuccessor(tx, actor.orgId, positionId, successorId);
    if (!successor) throw successorNotFound();
    await addReadiness(tx, deps, context, actor, {
      personId: successor.personId,
      keyPositionId: positionId,
      readiness: input.readiness,
      assessedOn,
      note: input.note ?? '',
    });
  });
  return successorDetail(deps, actor, positionId, successorId);
}

/** Takes a successor off the bench from today; their history stays for the trend. */
export async function removeSuccessor(
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  positionId: string,
  successorId: string,
): Promise<void> {
  authorize(actor, 'succession.manage');
  await deps.db.transaction(async (tx) => {
    const successor = await findSuccessor(tx, actor.orgId, positionId, successorId);
    if (!successor) throw successorNotFound();
    await endSuccessor(tx, actor.orgId, successorId, recordDay(deps));
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'successor.removed',
      targetType: 'key_position',
      targetId: positionId,
      details: { personId: successor.personId },
    });
  });
}

/** The successor's missing competencies, the approach the rules recommend for them, and the programs that fit. */
export async function getSuccessorGap(
  deps: SuccessionDeps,
  actor: Actor,
  positionId: string,
  successorId: string,
): Promise<SuccessorGap> {
  authorize(actor, 'succession.read');
  const position = await getKeyPosition(deps, actor, positionId);
  const successor = position.successors.find((candidate) => candidate.id === successorId);
  if (!successor) throw successorNotFound();
  const person = (await findPerson(deps.db, actor.orgId, successor.person.id))!;
  const labels = new Map(
    (await listCompetencies(deps.db, actor)).items.map((competency) => [competency.key, competency.label]),
  );
  const standing = competencyGap(position.requiredCompetencies, person.skills);
  const gaps = standing.filter((competency) => competency.isGap).map((competency) => competency.competency);
  const need = successionNeed({
    gaps,
    readiness: successor.readiness,
    isHighPotential: person.isHighPotential,
    criticality: position.criticality,
    leavingRisk: position.incumbentLeavingRisk,
  });
  const recommendation = recommendApproach(need, { tier: person.tier, isHighPotential: person.isHighPotential });
  const programs = fittingPrograms(
    await listProgramsFor(deps.db, actor.orgId, person.id),
    recommendation.approach,
    person.tier,
  );
  return {
    successorId,
    person: successor.person,
    competencies: standing.map((row) => ({ ...row, label: labels.get(row.competency) ?? row.competency })),
    recommendation,
    programs: programs.map((program) => ({
      id: program.id,
      name: program.name,
      type: program.type,
      status: program.status,
      startDate: program.startDate,
      isEnrolled: program.enrollmentId !== null,
    })),
  };
}

// --- Bench strength and the nine-box ---

/** The organization's bench now (from current successors) and its trend over the last 12 months (from history). */
export async function getBenchStrength(deps: SuccessionDeps, actor: Actor): Promise<BenchStrength> {
  authorize(actor, 'succession.read');
  const positions = await positionsWithSuccessors(deps.db, actor.orgId);
  const history = await listBenchHistory(deps.db, actor.orgId);
  const covered = positions.filter((position) => !position.bench.isUncovered).length;
  return {
    positions: positions.length,
    covered,
    coveredShare: positions.length === 0 ? null : covered / positions.length,
    readySoonSuccessors: positions.reduce((sum, position) => sum + position.bench.readySoon, 0),
    uncovered: positions
      .filter((position) => position.bench.isUncovered)
      .map((position) => ({
        id: position.id,
        title: position.title,
        criticality: position.criticality,
        incumbentLeavingRisk: position.incumbentLeavingRisk,
        readySoon: position.bench.readySoon,
      })),
    trend: benchTrend(history.positions, history.successors, history.marks, monthEnds(recordDay(deps), 12)),
  };
}

export async function getNineBox(
  deps: SuccessionDeps,
  actor: Actor,
  filter: { department?: string | undefined; tier?: string | undefined },
): Promise<NineBox> {
  authorize(actor, 'succession.read');
  const people = await listRatedPeople(deps.db, actor.orgId, {
    ...(filter.department === undefined ? {} : { department: filter.department }),
    ...(filter.tier === undefined ? {} : { tier: filter.tier }),
  });
  const { cells, unrated } = nineBox(people);
  const moves = await listNineBoxMoves(deps.db, actor.orgId, 20);
  return {
    cells: cells.map((cell) => ({
      ...cell,
      people: cell.people.map(({ id, name, title, tier, department }) => ({ id, name, title, tier, department })),
    })),
    unrated: unrated.length,
    recentMoves: moves.map(({ event, movedBy, person }) => {
      const details = event.details as {
        from: { performance: number | null; potential: number | null };
        to: { performance: number; potential: number };
        reason: string;
      };
      return {
        person: { id: event.targetId ?? '', ...person },
        from: details.from,
        to: details.to,
        reason: details.reason,
        movedBy,
        movedAt: event.occurredAt.toISOString(),
      };
    }),
  };
}

/** Moves a person on the nine-box: their ratings change, and the audit trail keeps from, to and why. */
export async function moveOnNineBox(
  deps: SuccessionDeps,
  context: RequestContext,
  actor: Actor,
  personId: string,
  input: NineBoxMove,
): Promise<NineBox> {
  authorize(actor, 'succession.manage');
  await deps.db.transaction(async (tx) => {
    const person = await findPerson(tx, actor.orgId, personId);
    if (!person) throw personNotFound();
    if (person.erasedAt !== null || person.status !== 'active') {
      throw new AppError('CONFLICT', { message: `${person.name} is no longer active.` });
    }
    const from = { performance: person.performanceRating, potential: person.potentialRating };
    if (from.performance === input.performance && from.potential === input.potential) {
      throw new AppError('INVALID', { message: `${person.name} is already in that box.`, field: 'body' });
    }
    await setRatings(
      tx,
      actor.orgId,
      personId,
      { performanceRating: input.performance, potentialRating: input.potential },
      deps.clock.now(),
    );
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'nine_box.moved',
      targetType: 'person',
      targetId: personId,
      details: {
        from,
        to: { performance: input.performance, potential: input.potential },
        reason: input.reason,
      },
    });
  });
  return getNineBox(deps, actor, {});
}
