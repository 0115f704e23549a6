import {
  checkPersonConsistency,
  StoredPersonFields,
  type PeopleFilter,
  type PeoplePage,
  type Person,
  type PersonSummary,
  type PersonUpdate,
} from '../../../contract/people.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { csvHeaderLine, csvLine } from './people.csv.js';
import {
  countDirectReports,
  findPerson,
  findPersonByEmployeeId,
  listPeople,
  listPeopleAfter,
  listReportingChain,
  updatePersonRow,
  type PersonRow,
} from './people.repo.js';

type Deps = { db: Database; clock: Clock };

function toSummary(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    employeeId: row.employeeId,
    name: row.name,
    email: row.email,
    title: row.title,
    tier: row.tier,
    function: row.function,
    department: row.department,
    isHighPotential: row.isHighPotential,
    status: row.status,
  };
}

function toFields(row: PersonRow, managerEmployeeId: string | null): StoredPersonFields {
  return {
    employeeId: row.employeeId,
    name: row.name,
    email: row.email,
    title: row.title,
    tier: row.tier,
    function: row.function,
    department: row.department,
    managerEmployeeId,
    location: row.location,
    timeZone: row.timeZone,
    languages: row.languages,
    hireDate: row.hireDate,
    isHighPotential: row.isHighPotential,
    performanceRating: row.performanceRating,
    potentialRating: row.potentialRating,
    skills: row.skills,
    industries: row.industries,
    yearsOfExperience: row.yearsOfExperience,
    developmentGoals: row.developmentGoals,
    developmentCompetencies: row.developmentCompetencies,
    status: row.status,
    exitDate: row.exitDate,
  };
}

export async function listPeoplePage(db: Database, actor: Actor, filter: PeopleFilter): Promise<PeoplePage> {
  const { items, total } = await listPeople(db, actor.orgId, filter);
  return { items: items.map(toSummary), total, page: filter.page, pageSize: filter.pageSize };
}

/** A person of the actor's organization; another organization's person is "not found". */
export async function getPersonRow(db: Database, orgId: string, personId: string): Promise<PersonRow> {
  const row = await findPerson(db, orgId, personId);
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such person.' });
  return row;
}

export async function getPerson(db: Database, actor: Actor, personId: string): Promise<Person> {
  const row = await getPersonRow(db, actor.orgId, personId);
  const manager = row.managerId ? await findPerson(db, actor.orgId, row.managerId) : null;
  return {
    ...toFields(row, manager?.employeeId ?? null),
    id: row.id,
    manager: manager ? { id: manager.id, name: manager.name, title: manager.title } : null,
    directReports: await countDirectReports(db, actor.orgId, row.id),
    erasedAt: row.erasedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Changes some fields of a person. The result must pass the same checks as an import row. */
export async function updatePerson(
  deps: Deps,
  actor: Actor,
  context: RequestContext,
  personId: string,
  changes: PersonUpdate,
): Promise<Person> {
  await deps.db.transaction(async (tx) => {
    const row = await getPersonRow(tx, actor.orgId, personId);
    if (row.erasedAt) {
      // An erased person is a tombstone: writing to it would bring personal data back.
      throw new AppError('CONFLICT', {
        message: 'This person was erased and can no longer be changed.',
        field: 'erasedAt',
      });
    }
    const currentManager = row.managerId ? await findPerson(tx, actor.orgId, row.managerId) : null;
    const merged = StoredPersonFields.safeParse({ ...toFields(row, currentManager?.employeeId ?? null), ...changes });
    if (!merged.success) {
      const issue = merged.error.issues[0]!;
      const field = `body.${issue.path.join('.')}`;
      throw new AppError('INVALID', { message: `${field}: ${issue.message}`, field });
    }
    const person = merged.data;
    const inconsistency = checkPersonConsistency(person);
    if (inconsistency) {
      throw new AppError('INVALID', {
        message: `body.${inconsistency.field}: ${inconsistency.message}`,
        field: `body.${inconsistency.field}`,
      });
    }
    let managerId: string | null = null;
    if (person.managerEmployeeId) {
      const manager = await findPersonByEmployeeId(tx, actor.orgId, person.managerEmployeeId);
      if (!manager) {
        throw new AppError('INVALID', {
          message: `body.managerEmployeeId: no person with employee id ${person.managerEmployeeId}`,
          field: 'body.managerEmployeeId',
        });
      }
      const chainAbove = await listReportingChain(tx, actor.orgId, manager.id);
      if (manager.id === row.id || chainAbove.some((above) => above.id === row.id)) {
        throw new AppError('INVALID', {
          message: `body.managerEmployeeId: ${manager.name} reports to ${row.name}; this would make a reporting-line cycle`,
          field: 'body.managerEmployeeId',
        });
      }
      managerId = manager.id;
    }
    await updatePersonRow(tx, actor.orgId, row.id, {
      name: person.name,
      email: person.email,
      title: person.title,
      tier: person.tier,
      function: person.function,
      department: person.department,
      managerId,
      location: person.location,
      timeZone: person.timeZone,
      languages: person.languages,
      hireDate: person.hireDate,
      isHighPotential: person.isHighPotential,
      performanceRating: person.performanceRating,
      potentialRating: person.potentialRating,
      skills: person.skills,
      industries: person.industries,
      yearsOfExperience: person.yearsOfExperience,
      developmentGoals: person.developmentGoals,
      developmentCompetencies: person.developmentCompetencies,
      status: person.status,
      exitDate: person.exitDate,
      updatedAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'person.updated',
      targetType: 'person',
      targetId: row.id,
      details: { fields: Object.keys(changes) },
    });
  });
  return getPerson(deps.db, actor, personId);
}

export function markPersonAsLeft(
  deps: Deps,
  actor: Actor,
  context: RequestContext,
  personId: string,
  exitDate: string,
): Promise<Person> {
  return updatePerson(deps, actor, context, personId, { status: 'left', exitDate });
}

export async function getReportingChain(db: Database, actor: Actor, personId: string) {
  const row = await getPersonRow(db, actor.orgId, personId);
  const chain = await listReportingChain(db, actor.orgId, row.id);
  return {
    items: chain.map((manager) => ({ id: manager.id, name: manager.name, title: manager.title, tier: manager.tier })),
  };
}

/** The directory as CSV in the import's columns, produced page by page so memory stays flat. */
export async function* exportPeopleCsv(deps: Deps, actor: Actor, context: RequestContext): AsyncGenerator<string> {
  const { db } = deps;
  await recordAuditEvent(db, deps.clock, context, {
    orgId: actor.orgId,
    actorUserId: actor.userId,
    action: 'people.exported',
  });
  yield `${csvHeaderLine()}\n`;
  let after: string | null = null;
  for (;;) {
    const page = await listPeopleAfter(db, actor.orgId, after, 1000);
    if (page.length === 0) return;
    yield page
      .map((row) => `${csvLine({ ...toFields(row, row.managerEmployeeId), hireDate: row.hireDate ?? '' })}\n`)
      .join('');
    after = page[page.length - 1]!.employeeId;
  }
}
