// CSV import of people: streamed into a temporary table, checked row by row and across rows,
// then merged in one transaction. Validate mode runs the same checks and writes nothing.
import { createReadStream } from 'node:fs';
import { sql, type SQL } from 'drizzle-orm';
import { checkPersonConsistency, PersonFields, type ImportError, type ImportResult } from '../../../contract/people.js';
import { createCsvReader, CsvSyntaxError, type CsvRecord } from '../../../domain/csv/csv-reader.js';
import { findReportingCycles } from '../../../domain/people/reporting-cycles.js';
import { queryRows, type Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import type { Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { columnOfField, readHeader, readRecord, type HeaderCheck } from './people.csv.js';

const maxListedErrors = 1000;
const batchSize = 2000;

type ColumnType = 'integer' | 'smallint' | 'boolean' | 'text' | 'date' | 'text[]' | 'jsonb';

/** The person columns an import sets, with their types. */
const importedColumns = [
  ['name', 'text'],
  ['email', 'text'],
  ['title', 'text'],
  ['tier', 'text'],
  ['function', 'text'],
  ['department', 'text'],
  ['location', 'text'],
  ['time_zone', 'text'],
  ['languages', 'text[]'],
  ['hire_date', 'date'],
  ['high_potential', 'boolean'],
  ['performance_rating', 'smallint'],
  ['potential_rating', 'smallint'],
  ['skills', 'jsonb'],
  ['industries', 'text[]'],
  ['years_of_experience', 'integer'],
  ['development_goals', 'text'],
  ['development_competencies', 'text[]'],
  ['status', 'text'],
  ['exit_date', 'date'],
] as const satisfies readonly (readonly [string, ColumnType])[];

/** The columns staged per row: the keys, then the person (left null on a row with errors). */
const stagedColumns = [
  ['line', 'integer'],
  ['employee_id', 'text'],
  ['manager_employee_id', 'text'],
  ['is_valid', 'boolean'],
  ...importedColumns,
] as const satisfies readonly (readonly [string, ColumnType])[];

const importedNames = importedColumns.map(([name]) => name);
const columnList = sql.raw(importedNames.join(', '));
const tuple = (alias: string) => sql.raw(`(${importedNames.map((column) => `${alias}.${column}`).join(', ')})`);

// Elements of PostgreSQL array literals, always quoted so that any text survives.
const needsEscape = /["\\]/;
const quote = (text: string) => (needsEscape.test(text) ? `"${text.replace(/["\\]/g, '\\$&')}"` : `"${text}"`);
const orNull = (text: string | null) => (text === null ? 'NULL' : quote(text));
const numberOrNull = (value: number | null) => (value === null ? 'NULL' : String(value));
const list = (values: string[]) => quote(`{${values.map(quote).join(',')}}`);

/** A person's cells in the order of `stagedColumns`, each an array-literal element. */
function stagedCells(line: number, person: PersonFields): string[] {
  return [
    String(line),
    quote(person.employeeId),
    orNull(person.managerEmployeeId),
    't',
    quote(person.name),
    quote(person.email),
    quote(person.title),
    quote(person.tier),
    quote(person.function),
    quote(person.department),
    quote(person.location),
    quote(person.timeZone),
    list(person.languages),
    orNull(person.hireDate),
    person.isHighPotential ? 't' : 'f',
    numberOrNull(person.performanceRating),
    numberOrNull(person.potentialRating),
    quote(JSON.stringify(person.skills)),
    list(person.industries),
    numberOrNull(person.yearsOfExperience),
    quote(person.developmentGoals),
    list(person.developmentCompetencies),
    quote(person.status),
    orNull(person.exitDate),
  ];
}

// Lists and skills travel as text and are cast row by row: an array of arrays must be rectangular.
const sentAs = (type: ColumnType) => (type === 'text[]' || type === 'jsonb' ? 'text' : type);
const stagedNames = sql.raw(stagedColumns.map(([name]) => name).join(', '));
const stagedValues = sql.raw(
  stagedColumns.map(([name, type]) => (sentAs(type) === type ? name : `${name}::${type}`)).join(', '),
);

/**
 * Rows gathered column by column and sent as one array literal per column, unnested in SQL: one
 * parameter per column whatever the batch size, and cheaper for the server to read than JSON.
 */
function createBatch() {
  const columns = stagedColumns.map((): string[] => []);
  const push = (cells: string[]) => {
    for (let index = 0; index < cells.length; index++) columns[index]!.push(cells[index]!);
  };
  return {
    get size() {
      return columns[0]!.length;
    },
    addPerson(line: number, person: PersonFields) {
      push(stagedCells(line, person));
    },
    /** A row with errors, kept as its keys only. */
    addKeys(line: number, employeeId: string, managerEmployeeId: string | null) {
      push([String(line), quote(employeeId), orNull(managerEmployeeId), 'f']);
      for (let index = 4; index < columns.length; index++) columns[index]!.push('NULL');
    },
    insertStatement(): SQL {
      const arrays = sql.join(
        stagedColumns.map(([, type], index) => sql`${`{${columns[index]!.join(',')}}`}::${sql.raw(sentAs(type))}[]`),
        sql`, `,
      );
      return sql`insert into import_rows (${stagedNames})
        select ${stagedValues} from unnest(${arrays}) as batch(${stagedNames})`;
    },
  };
}

/** Keeps the first errors for the answer and counts them all. */
function createErrorList() {
  const listed: ImportError[] = [];
  let total = 0;
  return {
    add(error: ImportError) {
      total++;
      if (listed.length < maxListedErrors * 2) listed.push(error);
    },
    get total() {
      return total;
    },
    sorted(): ImportError[] {
      return listed.sort((a, b) => a.line - b.line).slice(0, maxListedErrors);
    },
  };
}

async function run(db: Database, query: SQL): Promise<void> {
  await db.execute(query);
}

/** One row's cells read and checked against the same schema the update API uses. */
function readPersonRow(cells: string[], header: HeaderCheck, headerWidth: number) {
  const { values, errors } = readRecord(cells, header);
  if (cells.length !== headerWidth) {
    errors.push({ column: '', message: `has ${cells.length} fields; the header has ${headerWidth}` });
  }
  if (errors.length > 0) return { person: null, values, errors };
  const parsed = PersonFields.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors.push({ column: columnOfField.get(String(issue.path[0])) ?? '', message: issue.message });
    }
    return { person: null, values, errors };
  }
  const inconsistency = checkPersonConsistency(parsed.data);
  if (inconsistency) {
    errors.push({ column: columnOfField.get(inconsistency.field)!, message: inconsistency.message });
    return { person: null, values, errors };
  }
  return { person: parsed.data, values, errors };
}

async function stageFile(db: Database, filePath: string, errors: ReturnType<typeof createErrorList>): Promise<number> {
  await run(
    db,
    sql`create temp table import_rows (
      line integer not null, employee_id text not null, manager_employee_id text, is_valid boolean not null,
      -- The id this person gets if new: known up front, so managers link in the same statement.
      new_id uuid not null default gen_random_uuid(),
      name text, email text, title text, tier text, function text, department text, location text, time_zone text,
      languages text[], hire_date date, high_potential boolean, performance_rating smallint, potential_rating smallint,
      skills jsonb, industries text[], years_of_experience integer, development_goals text,
      development_competencies text[], status text, exit_date date
    ) on commit drop`,
  );
  let header: ReturnType<typeof readHeader> | null = null;
  let headerWidth = 0;
  let rows = 0;
  let batch = createBatch();
  // One insert in flight while the next batch is parsed: the database works as we read.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    await inFlight;
    if (batch.size === 0) return;
    const statement = batch.insertStatement();
    batch = createBatch();
    inFlight = run(db, statement);
  };
  const reader = createCsvReader();
  async function* records(): AsyncGenerator<CsvRecord> {
    for await (const chunk of createReadStream(filePath, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
      yield* reader.push(chunk as string);
    }
    yield* reader.end();
  }
  try {
    for await (const { cells: record, line } of records()) {
      if (!header) {
        header = readHeader(record);
        headerWidth = record.length;
        for (const error of header.errors) errors.add({ line, ...error });
        // Without the right columns no row can be read: stop here.
        if (header.errors.length > 0) return 0;
        continue;
      }
      rows++;
      const { person, values, errors: rowErrors } = readPersonRow(record, header, headerWidth);
      for (const error of rowErrors) errors.add({ line, ...error });
      if (person) {
        batch.addPerson(line, person);
      } else {
        // Kept as a key only, so rows naming it as their manager are not told it is unknown.
        const employeeId = typeof values.employeeId === 'string' ? values.employeeId.trim() : '';
        const managerId = typeof values.managerEmployeeId === 'string' ? values.managerEmployeeId.trim() : null;
        if (employeeId) batch.addKeys(line, employeeId, managerId);
      }
      if (batch.size >= batchSize) await flush();
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    errors.add({ line: error.line, column: '', message: `the file is not valid CSV: ${error.message}` });
    await inFlight;
    return rows;
  }
  await flush();
  await inFlight;
  if (!header) errors.add({ line: 1, column: '', message: 'the file is empty: a header row is required' });
  await run(db, sql`create index on import_rows (employee_id)`);
  // Statistics for the columns the checks and the merge join on; the rest would only cost time.
  await run(db, sql`analyze import_rows (employee_id, manager_employee_id, is_valid)`);
  return rows;
}

async function checkDuplicates(db: Database, errors: ReturnType<typeof createErrorList>): Promise<void> {
  const duplicates = await queryRows<{ line: number; employee_id: string; first_line: number }>(
    db,
    sql`select line, employee_id, first_line from (
          select line, employee_id, min(line) over (partition by employee_id) as first_line from import_rows
        ) rows where line <> first_line order by line`,
  );
  for (const row of duplicates) {
    errors.add({
      line: row.line,
      column: 'employee_id',
      message: `employee_id ${row.employee_id} appears already on line ${row.first_line}`,
    });
  }
}

async function checkManagers(db: Database, orgId: string, errors: ReturnType<typeof createErrorList>): Promise<void> {
  const unknown = await queryRows<{ line: number; manager_employee_id: string }>(
    db,
    sql`select r.line, r.manager_employee_id from import_rows r
        where r.manager_employee_id is not null
          and not exists (select 1 from import_rows m where m.employee_id = r.manager_employee_id)
          and not exists (select 1 from people p where p.org_id = ${orgId} and p.employee_id = r.manager_employee_id)
        order by r.line`,
  );
  for (const row of unknown) {
    errors.add({
      line: row.line,
      column: 'manager_employee_id',
      message: `manager ${row.manager_employee_id} is neither in the file nor in the directory`,
    });
  }
}

/** An erased person stays a tombstone: a file must not bring their name and email back. */
async function checkErased(db: Database, orgId: string, errors: ReturnType<typeof createErrorList>): Promise<void> {
  const erased = await queryRows<{ line: number; employee_id: string }>(
    db,
    sql`select r.line, r.employee_id from import_rows r
        join people p on p.org_id = ${orgId} and p.employee_id = r.employee_id
        where p.erased_at is not null order by r.line`,
  );
  for (const row of erased) {
    errors.add({
      line: row.line,
      column: 'employee_id',
      message: `employee_id ${row.employee_id} belongs to a person who was erased and cannot be imported again`,
    });
  }
}

/**
 * Reporting lines of the organization as they would be after the import: everyone reachable
 * from the top (or from a manager the file cannot resolve, already an error) is fine. Only
 * people never reached sit in or under a cycle; those few come back to be examined here.
 * A recursive query walks the lines top down in SQL, so memory stays flat.
 */
async function checkCycles(db: Database, orgId: string, errors: ReturnType<typeof createErrorList>): Promise<void> {
  await run(
    db,
    sql`create temp table import_chain (employee_id text primary key, manager_employee_id text) on commit drop`,
  );
  await run(
    db,
    sql`insert into import_chain
        select distinct on (employee_id) employee_id, nullif(manager_employee_id, employee_id)
        from import_rows order by employee_id, line`,
  );
  await run(
    db,
    sql`insert into import_chain
        select p.employee_id, m.employee_id from people p
        left join people m on m.org_id = p.org_id and m.id = p.manager_id
        where p.org_id = ${orgId}
        on conflict (employee_id) do nothing`,
  );
  await run(db, sql`create index on import_chain (manager_employee_id)`);
  await run(db, sql`analyze import_chain`);
  const unresolved = await queryRows<{ employee_id: string; manager_employee_id: string | null }>(
    db,
    sql`with recursive reached(employee_id) as (
          select c.employee_id from import_chain c
          where c.manager_employee_id is null
             or not exists (select 1 from import_chain m where m.employee_id = c.manager_employee_id)
          union all
          select c.employee_id from reached r join import_chain c on c.manager_employee_id = r.employee_id
        )
        select c.employee_id, c.manager_employee_id from import_chain c
        where not exists (select 1 from reached r where r.employee_id = c.employee_id)`,
  );
  if (unresolved.length === 0) return;
  const cycles = findReportingCycles(new Map(unresolved.map((row) => [row.employee_id, row.manager_employee_id])));
  const members = cycles.flat();
  const lines = await queryRows<{ employee_id: string; line: number }>(
    db,
    sql`select employee_id, min(line)::int as line from import_rows
        where employee_id in (select json_array_elements_text(${JSON.stringify(members)}::json)) group by employee_id`,
  );
  const lineOf = new Map(lines.map((row) => [row.employee_id, row.line]));
  for (const cycle of cycles) {
    const path = [...cycle, cycle[0]].join(' → ');
    for (const member of cycle) {
      const line = lineOf.get(member);
      if (line !== undefined) {
        errors.add({ line, column: 'manager_employee_id', message: `reporting-line cycle: ${path}` });
      }
    }
  }
}

async function countChanges(
  db: Database,
  orgId: string,
): Promise<{ created: number; updated: number; unchanged: number }> {
  const [counts] = await queryRows<{ created: number; updated: number; total: number }>(
    db,
    sql`select
          count(*) filter (where p.id is null)::int as created,
          count(*) filter (where p.id is not null and (
            ${tuple('p')} is distinct from ${tuple('r')}
            or m.employee_id is distinct from r.manager_employee_id))::int as updated,
          count(*)::int as total
        from import_rows r
        left join people p on p.org_id = ${orgId} and p.employee_id = r.employee_id
        left join people m on m.org_id = p.org_id and m.id = p.manager_id
        where r.is_valid`,
  );
  const created = counts?.created ?? 0;
  const updated = counts?.updated ?? 0;
  return { created, updated, unchanged: (counts?.total ?? 0) - created - updated };
}

async function mergeIntoDirectory(db: Database, orgId: string, now: Date): Promise<void> {
  const assignments = sql.raw(importedNames.map((column) => `${column} = excluded.${column}`).join(', '));
  const fromFile = sql.raw(importedNames.map((column) => `r.${column}`).join(', '));
  // One statement: new people get their staged id, and each manager resolves to a person of the
  // file or of the directory. The foreign key on managers is checked when the statement ends.
  await run(
    db,
    sql`with resolved as (
          select r.*, coalesce(p.id, r.new_id) as person_id
          from import_rows r left join people p on p.org_id = ${orgId} and p.employee_id = r.employee_id
          where r.is_valid
        )
        insert into people (id, org_id, employee_id, ${columnList}, manager_id, updated_at)
        select r.person_id, ${orgId}, r.employee_id, ${fromFile}, coalesce(in_file.person_id, in_directory.id), ${now}
        from resolved r
        left join resolved in_file on in_file.employee_id = r.manager_employee_id
        left join people in_directory on in_directory.org_id = ${orgId} and in_directory.employee_id = r.manager_employee_id
        on conflict (org_id, employee_id) do update set ${assignments}, manager_id = excluded.manager_id,
          updated_at = excluded.updated_at
        where (${tuple('people')}, people.manager_id) is distinct from (${tuple('excluded')}, excluded.manager_id)`,
  );
}

/** Checks (and in commit mode writes) a CSV file of people. Commit is all-or-nothing. */
export async function importPeople(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  context: RequestContext,
  input: { mode: 'validate' | 'commit'; filePath: string },
): Promise<ImportResult> {
  const errors = createErrorList();
  return deps.db.transaction(async (tx) => {
    // Room to sort and hash a large file's keys in memory rather than on disk.
    await run(tx, sql`set local work_mem = '64MB'`);
    const rows = await stageFile(tx, input.filePath, errors);
    const isReadable = rows > 0 || errors.total === 0;
    if (isReadable) {
      await checkDuplicates(tx, errors);
      await checkManagers(tx, actor.orgId, errors);
      await checkErased(tx, actor.orgId, errors);
      await checkCycles(tx, actor.orgId, errors);
    }
    const changes = isReadable ? await countChanges(tx, actor.orgId) : { created: 0, updated: 0, unchanged: 0 };
    const isCommitted = input.mode === 'commit' && errors.total === 0;
    if (isCommitted) {
      await mergeIntoDirectory(tx, actor.orgId, deps.clock.now());
      await recordAuditEvent(tx, deps.clock, context, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: 'people.imported',
        details: { rows, ...changes },
      });
    }
    return { mode: input.mode, rows, ...changes, errors: errors.sorted(), totalErrors: errors.total, isCommitted };
  });
}
