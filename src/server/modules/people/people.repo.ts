import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PeopleFilter } from '../../../contract/people.js';
import { queryRows, type Database } from '../../db/client.js';
import { people } from './people.table.js';

export type PersonRow = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/** Inserts many people in one statement; managers may be among them (checked at statement end). */
export async function insertPeople(db: Database, rows: NewPerson[]): Promise<void> {
  if (rows.length > 0) await db.insert(people).values(rows);
}

const sortColumns = {
  name: people.name,
  employee_id: people.employeeId,
  tier: people.tier,
  department: people.department,
  hire_date: people.hireDate,
  updated_at: people.updatedAt,
} as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export async function listPeople(
  db: Database,
  orgId: string,
  query: PeopleFilter,
): Promise<{ items: PersonRow[]; total: number }> {
  const conditions: SQL[] = [eq(people.orgId, orgId)];
  if (query.status !== 'all') conditions.push(eq(people.status, query.status));
  if (query.tier) conditions.push(eq(people.tier, query.tier));
  // Whole department name, ignoring case.
  if (query.department) conditions.push(ilike(people.department, escapeLike(query.department)));
  if (query.highPotential !== undefined) conditions.push(eq(people.isHighPotential, query.highPotential));
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(
      or(
        ilike(people.name, pattern),
        ilike(people.email, pattern),
        ilike(people.employeeId, pattern),
        ilike(people.title, pattern),
      )!,
    );
  }
  const where = and(...conditions);
  const isDescending = query.sort.startsWith('-');
  const sortKey = (isDescending ? query.sort.slice(1) : query.sort) as keyof typeof sortColumns;
  const order = isDescending ? desc(sortColumns[sortKey]) : asc(sortColumns[sortKey]);
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(people)
      .where(where)
      // The id breaks ties, so pages never repeat or skip a person.
      .orderBy(order, asc(people.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(people).where(where),
  ]);
  return { items, total: Number(totals?.total ?? 0) };
}

export async function findPerson(db: Database, orgId: string, personId: string): Promise<PersonRow | null> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return row ?? null;
}

export async function findPersonByEmployeeId(
  db: Database,
  orgId: string,
  employeeId: string,
): Promise<PersonRow | null> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.employeeId, employeeId)));
  return row ?? null;
}

export async function countDirectReports(db: Database, orgId: string, personId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.managerId, personId)));
  return Number(row?.total ?? 0);
}

export async function updatePersonRow(
  db: Database,
  orgId: string,
  personId: string,
  changes: Partial<NewPerson>,
): Promise<void> {
  await db
    .update(people)
    .set(changes)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
}

/** The managers above a person, nearest first, up to the top of the organization. */
export async function listReportingChain(db: Database, orgId: string, personId: string): Promise<PersonRow[]> {
  const rows = await queryRows<{ id: string; depth: number }>(
    db,
    sql`with recursive chain(id, depth) as (
          select manager_id, 1 from people where org_id = ${orgId} and id = ${personId} and manager_id is not null
          union all
          select p.manager_id, chain.depth + 1 from chain join people p on p.org_id = ${orgId} and p.id = chain.id
          where p.manager_id is not null and chain.depth < 100
        )
        select id, depth from chain order by depth`,
  );
  if (rows.length === 0) return [];
  const managers = alias(people, 'managers');
  const found = await db
    .select()
    .from(managers)
    .where(
      and(
        eq(managers.orgId, orgId),
        sql`${managers.id} in (select json_array_elements_text(${JSON.stringify(rows.map((row) => row.id))}::json)::uuid)`,
      ),
    );
  const byId = new Map(found.map((row) => [row.id, row]));
  return rows.map((row) => byId.get(row.id)).filter((row): row is PersonRow => row !== undefined);
}

/** One page of everyone, in employee id order after `afterEmployeeId` (keyset paging for exports). */
export async function listPeopleAfter(
  db: Database,
  orgId: string,
  afterEmployeeId: string | null,
  limit: number,
): Promise<(PersonRow & { managerEmployeeId: string | null })[]> {
  const managers = alias(people, 'managers');
  const rows = await db
    .select({ person: people, managerEmployeeId: managers.employeeId })
    .from(people)
    .leftJoin(managers, and(eq(managers.orgId, people.orgId), eq(managers.id, people.managerId)))
    .where(
      and(
        eq(people.orgId, orgId),
        afterEmployeeId === null ? undefined : sql`${people.employeeId} > ${afterEmployeeId}`,
      ),
    )
    .orderBy(asc(people.employeeId))
    .limit(limit);
  return rows.map((row) => ({ ...row.person, managerEmployeeId: row.managerEmployeeId }));
}
