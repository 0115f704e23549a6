import type {
  Program,
  ProgramCreate,
  ProgramEnrollment,
  ProgramEnrollmentCreate,
  ProgramEnrollmentPage,
  ProgramEnrollmentQuery,
  ProgramListQuery,
  ProgramPage,
  ProgramPerson,
  ProgramStatus,
  ProgramUpdate,
} from '../../../contract/programs.js';
import {
  checkDesign,
  checkTransition,
  defaultCadence,
  defaultCapacity,
  defaultFramework,
  isDesignEditable,
  isEnrollmentOpen,
  nextStatuses,
  rolesFor,
  type EnrollmentRole,
  type ProgramDesign,
} from '../../../domain/programs/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import {
  countEnrollments,
  countEnrollmentsByRole,
  countPrograms,
  deleteEnrollment,
  findEnrollment,
  findEnrollmentOfPerson,
  findPerson,
  findProgram,
  insertEnrollment,
  insertProgram,
  listEnrollmentsWithPeople,
  listOutcomes,
  listProgramSummaries,
  replaceOutcomes,
  updateProgramRow,
  type ProgramPersonRow,
  type ProgramRow,
} from './programs.repo.js';

export type ProgramDeps = { db: Database; clock: Clock };

/** Query defaults are applied by the contract before a route calls us. */
type Paged<T> = Omit<T, 'page' | 'pageSize'> & { page: number; pageSize: number };

const programNotFound = () => new AppError('NOT_FOUND', { message: 'Program not found.' });

async function getProgramRow(
  db: Database,
  orgId: string,
  programId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProgramRow> {
  const row = await findProgram(db, orgId, programId, options);
  if (!row) throw programNotFound();
  return row;
}

/**
 * A person of the actor's organization who still works there. Another organization's person is
 * reported as missing, exactly like an id that exists nowhere.
 */
async function getActivePerson(db: Database, orgId: string, personId: string, field: string) {
  const person = await findPerson(db, orgId, personId);
  if (!person) throw new AppError('NOT_FOUND', { message: 'No person with this id in your organization.', field });
  if (person.status !== 'active') {
    throw new AppError('CONFLICT', { message: `${person.name} has left the organization.`, field });
  }
  return person;
}

function toPerson(person: ProgramPersonRow): ProgramPerson {
  return { id: person.id, name: person.name, title: person.title, tier: person.tier, department: person.department };
}

/** Checks the cross-field rules of a complete design, naming the body field that breaks one. */
function assertSoundDesign(design: ProgramDesign, changed: ProgramUpdate | null = null): void {
  const problem = checkDesign(design, changed && new Set(Object.keys(changed) as (keyof ProgramDesign)[]));
  if (problem) {
    const field = `body.${problem.field}`;
    throw new AppError('INVALID', { message: `${field} ${problem.message}`, field });
  }
}

/** A description belongs only to the purpose "other"; stored trimmed, or null. */
function descriptionFor(purpose: ProgramDesign['purpose'], description: string | null | undefined): string | null {
  return purpose === 'other' ? (description?.trim() ?? null) : null;
}

/**
 * The whole program as the contract shows it. Queries run one after another: inside a
 * transaction they share one connection, which takes one query at a time.
 */
async function toProgram(db: Database, row: ProgramRow): Promise<Program> {
  const sponsor = row.sponsorPersonId === null ? null : await findPerson(db, row.orgId, row.sponsorPersonId);
  const outcomes = await listOutcomes(db, row.orgId, row.id);
  const counts = await countEnrollmentsByRole(db, row.orgId, row.id);
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    purpose: row.purpose,
    purposeDescription: row.purposeDescription,
    targetTiers: row.targetTiers,
    sponsor: sponsor ? toPerson(sponsor) : null,
    outcomes: outcomes.map(({ id, kind, name, unit, baseline, target }) => ({
      id,
      kind,
      name,
      unit,
      baseline,
      target,
    })),
    startDate: row.startDate,
    endDate: row.endDate,
    sessionCadence: row.sessionCadence,
    sessionFramework: row.sessionFramework,
    engagementMonths: { min: row.engagementMinMonths, max: row.engagementMaxMonths },
    matchingSettings: row.matchingSettings,
    status: row.status,
    nextStatuses: [...nextStatuses(row.status)],
    isDesignEditable: isDesignEditable(row.status),
    isEnrollmentOpen: isEnrollmentOpen(row.status),
    enrollmentCounts: counts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Creates a program in draft. Sponsor and outcomes may follow, but are needed to leave draft. */
export async function createProgram(
  deps: ProgramDeps,
  context: RequestContext,
  actor: Actor,
  input: ProgramCreate,
): Promise<Program> {
  const design: ProgramDesign = {
    type: input.type,
    purpose: input.purpose,
    purposeDescription: descriptionFor(input.purpose, input.purposeDescription),
    startDate: input.startDate,
    endDate: input.endDate,
    sessionFramework: input.sessionFramework ?? defaultFramework(input.type),
  };
  assertSoundDesign(design);
  return deps.db.transaction(async (tx) => {
    const sponsorPersonId = input.sponsorPersonId ?? null;
    if (sponsorPersonId !== null) await getActivePerson(tx, actor.orgId, sponsorPersonId, 'body.sponsorPersonId');
    const now = deps.clock.now();
    const row = await insertProgram(tx, {
      orgId: actor.orgId,
      name: input.name,
      ...design,
      targetTiers: input.targetTiers,
      sponsorPersonId,
      sessionCadence: input.sessionCadence ?? defaultCadence(input.type),
      ...(input.engagementMonths
        ? { engagementMinMonths: input.engagementMonths.min, engagementMaxMonths: input.engagementMonths.max }
        : {}),
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    });
    await replaceOutcomes(tx, actor.orgId, row.id, input.outcomes ?? []);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'program.created',
      targetType: 'program',
      targetId: row.id,
      details: { name: row.name, type: row.type, purpose: row.purpose },
    });
    return toProgram(tx, row);
  });
}

export async function listPrograms(db: Database, actor: Actor, query: Paged<ProgramListQuery>): Promise<ProgramPage> {
  const [rows, total] = await Promise.all([
    listProgramSummaries(db, actor.orgId, {
      ...(query.status ? { status: query.status } : {}),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    countPrograms(db, actor.orgId, query.status),
  ]);
  return {
    items: rows.map(({ program, sponsor, enrollmentCount }) => ({
      id: program.id,
      name: program.name,
      type: program.type,
      purpose: program.purpose,
      targetTiers: program.targetTiers,
      status: program.status,
      startDate: program.startDate,
      endDate: program.endDate,
      createdAt: program.createdAt.toISOString(),
      sponsor,
      enrollmentCount: Number(enrollmentCount),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getProgram(db: Database, actor: Actor, programId: string): Promise<Program> {
  return toProgram(db, await getProgramRow(db, actor.orgId, programId));
}

/** Changes any part of the design while the program is a draft or enrolling. */
export async function updateProgram(
  deps: ProgramDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  input: ProgramUpdate,
): Promise<Program> {
  return deps.db.transaction(async (tx) => {
    const current = await getProgramRow(tx, actor.orgId, programId, { forUpdate: true });
    if (!isDesignEditable(current.status)) {
      throw new AppError('CONFLICT', {
        message: `The design of a ${current.status} program cannot change; it can while the program is a draft or enrolling.`,
        field: 'status',
      });
    }
    const purpose = input.purpose ?? current.purpose;
    const design: ProgramDesign = {
      type: input.type ?? current.type,
      purpose,
      purposeDescription: descriptionFor(
        purpose,
        input.purposeDescription === undefined ? current.purposeDescription : input.purposeDescription,
      ),
      startDate: input.startDate ?? current.startDate,
      endDate: input.endDate ?? current.endDate,
      sessionFramework: input.sessionFramework ?? current.sessionFramework,
    };
    assertSoundDesign(design, input);
    // Past draft, the program has a sponsor and outcomes (see lifecycle.ts); it must keep them.
    if (current.status !== 'draft' && input.sponsorPersonId === null) {
      throw new AppError('CONFLICT', {
        message: `A ${current.status} program keeps its sponsor; name another one instead.`,
        field: 'body.sponsorPersonId',
      });
    }
    if (current.status !== 'draft' && input.outcomes?.length === 0) {
      throw new AppError('CONFLICT', {
        message: `A ${current.status} program keeps at least one outcome.`,
        field: 'body.outcomes',
      });
    }
    if (input.sponsorPersonId) await getActivePerson(tx, actor.orgId, input.sponsorPersonId, 'body.sponsorPersonId');
    if (design.type !== current.type) await assertEnrollmentsFit(tx, current, design.type);

    const row = await updateProgramRow(tx, actor.orgId, programId, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...design,
      ...(input.targetTiers === undefined ? {} : { targetTiers: input.targetTiers }),
      ...(input.sponsorPersonId === undefined ? {} : { sponsorPersonId: input.sponsorPersonId }),
      ...(input.sessionCadence === undefined ? {} : { sessionCadence: input.sessionCadence }),
      ...(input.engagementMonths === undefined
        ? {}
        : { engagementMinMonths: input.engagementMonths.min, engagementMaxMonths: input.engagementMonths.max }),
      updatedAt: deps.clock.now(),
    });
    if (input.outcomes !== undefined) await replaceOutcomes(tx, actor.orgId, programId, input.outcomes);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'program.updated',
      targetType: 'program',
      targetId: programId,
      details: { fields: Object.keys(input).sort() },
    });
    return toProgram(tx, row);
  });
}

/** A program may not change type under people enrolled in a role the new type does not have. */
async function assertEnrollmentsFit(db: Database, program: ProgramRow, type: ProgramDesign['type']): Promise<void> {
  const counts = await countEnrollmentsByRole(db, program.orgId, program.id);
  const misfit = (Object.keys(counts) as EnrollmentRole[]).find(
    (role) => counts[role] > 0 && !rolesFor(type).includes(role),
  );
  if (misfit) {
    throw new AppError('CONFLICT', {
      message: `A ${type} program has no ${misfit} role, and ${counts[misfit]} people are enrolled as ${misfit}; remove them first.`,
      field: 'body.type',
    });
  }
}

/** Moves the program along its lifecycle, or says which rule stops it (see lifecycle.ts). */
export async function transitionProgram(
  deps: ProgramDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  to: ProgramStatus,
): Promise<Program> {
  return deps.db.transaction(async (tx) => {
    const current = await getProgramRow(tx, actor.orgId, programId, { forUpdate: true });
    const outcomes = await listOutcomes(tx, actor.orgId, programId);
    const counts = await countEnrollmentsByRole(tx, actor.orgId, programId);
    const refusal = checkTransition(
      {
        status: current.status,
        hasSponsor: current.sponsorPersonId !== null,
        outcomeCount: outcomes.length,
        participantCount: counts.participant,
        guideCount: counts.mentor + counts.coach,
      },
      to,
    );
    if (refusal) {
      throw new AppError('CONFLICT', {
        message: refusal.message,
        field: refusal.field === 'to' ? 'body.to' : refusal.field,
      });
    }
    const row = await updateProgramRow(tx, actor.orgId, programId, { status: to, updatedAt: deps.clock.now() });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'program.status_changed',
      targetType: 'program',
      targetId: programId,
      details: { from: current.status, to },
    });
    return toProgram(tx, row);
  });
}

export async function listEnrollments(
  db: Database,
  actor: Actor,
  programId: string,
  query: Paged<ProgramEnrollmentQuery>,
): Promise<ProgramEnrollmentPage> {
  await getProgramRow(db, actor.orgId, programId);
  const [rows, total] = await Promise.all([
    listEnrollmentsWithPeople(db, actor.orgId, programId, {
      ...(query.role ? { role: query.role } : {}),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    countEnrollments(db, actor.orgId, programId, query.role),
  ]);
  return {
    items: rows.map(({ enrollment, person }) => ({
      id: enrollment.id,
      programId: enrollment.programId,
      role: enrollment.role,
      capacity: enrollment.capacity,
      person,
      createdAt: enrollment.createdAt.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Enrolls a person of the organization once per program, in a role the program's type has. */
export async function enrollPerson(
  deps: ProgramDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  input: ProgramEnrollmentCreate,
): Promise<ProgramEnrollment> {
  return deps.db.transaction(async (tx) => {
    const program = await getProgramRow(tx, actor.orgId, programId, { forUpdate: true });
    assertEnrollmentOpen(program);
    const roles = rolesFor(program.type);
    if (!roles.includes(input.role)) {
      throw new AppError('INVALID', {
        message: `A ${program.type} program enrolls ${roles.join(', ')}; not ${input.role}.`,
        field: 'body.role',
      });
    }
    if (input.role === 'participant' && input.capacity !== undefined) {
      throw new AppError('INVALID', {
        message: 'body.capacity applies only to mentors and coaches.',
        field: 'body.capacity',
      });
    }
    const person = await getActivePerson(tx, actor.orgId, input.personId, 'body.personId');
    const existing = await findEnrollmentOfPerson(tx, actor.orgId, programId, person.id);
    if (existing) {
      throw new AppError('CONFLICT', {
        message: `${person.name} is already enrolled in this program as ${existing.role}.`,
        field: 'body.personId',
      });
    }
    const enrollment = await insertEnrollment(tx, {
      orgId: actor.orgId,
      programId,
      personId: person.id,
      role: input.role,
      capacity: input.capacity ?? defaultCapacity(input.role),
      createdAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'program.enrollment_added',
      targetType: 'program_enrollment',
      targetId: enrollment.id,
      details: { programId, personId: person.id, role: enrollment.role, capacity: enrollment.capacity },
    });
    return {
      id: enrollment.id,
      programId,
      role: enrollment.role,
      capacity: enrollment.capacity,
      person: toPerson(person),
      createdAt: enrollment.createdAt.toISOString(),
    };
  });
}

function assertEnrollmentOpen(program: ProgramRow): void {
  if (!isEnrollmentOpen(program.status)) {
    throw new AppError('CONFLICT', {
      message: `Enrollments of a ${program.status} program cannot change; they can while it is a draft or enrolling.`,
      field: 'status',
    });
  }
}

export async function removeEnrollment(
  deps: ProgramDeps,
  context: RequestContext,
  actor: Actor,
  programId: string,
  enrollmentId: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const program = await getProgramRow(tx, actor.orgId, programId, { forUpdate: true });
    const enrollment = await findEnrollment(tx, actor.orgId, programId, enrollmentId);
    if (!enrollment) throw new AppError('NOT_FOUND', { message: 'Enrollment not found.' });
    assertEnrollmentOpen(program);
    await deleteEnrollment(tx, actor.orgId, enrollmentId);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'program.enrollment_removed',
      targetType: 'program_enrollment',
      targetId: enrollmentId,
      details: { programId, personId: enrollment.personId, role: enrollment.role },
    });
  });
}
