// The CSV form of a person: the columns of import and export, and the conversions both ways.
import type { PersonFields } from '../../../contract/people.js';
import { requiredPersonColumns, type PersonColumn } from '../../../contract/people-csv.js';

type Column = {
  name: PersonColumn;
  field: keyof PersonFields;
  isRequired: boolean;
  /** From the cell text to the field value; throws a message string when the text cannot be read. */
  read: (cell: string) => unknown;
  write: (value: never) => string;
};

const asText = (cell: string) => cell;
const asOptionalText = (cell: string) => (cell === '' ? null : cell);
const asList = (cell: string) =>
  cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
const asOptionalNumber = (cell: string) => {
  if (cell === '') return null;
  if (!/^-?\d+$/.test(cell)) throw 'must be a whole number';
  return Number(cell);
};
const asBoolean = (cell: string) => {
  const value = cell.toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw 'must be true or false';
};
const asSkills = (cell: string) =>
  asList(cell).map((entry) => {
    const match = /^(.+?)\s*:\s*(\d+)$/.exec(entry);
    if (!match) throw `"${entry}" must be written skill:level, e.g. Negotiation:4`;
    return { skill: match[1]!.trim(), level: Number(match[2]) };
  });

const writeText = (value: string | null) => value ?? '';
const writeList = (value: string[]) => value.join('; ');
const writeNumber = (value: number | null) => (value === null ? '' : String(value));

const required = new Set<string>(requiredPersonColumns);

const column = (
  name: PersonColumn,
  field: keyof PersonFields,
  read: Column['read'],
  write: (value: never) => string,
): Column => ({ name, field, isRequired: required.has(name), read, write });

/** In file order; which are required is in the contract (`people-csv.ts`). */
export const personColumns: Column[] = [
  column('employee_id', 'employeeId', asText, writeText),
  column('name', 'name', asText, writeText),
  column('email', 'email', asText, writeText),
  column('title', 'title', asText, writeText),
  column('tier', 'tier', asText, writeText),
  column('function', 'function', asText, writeText),
  column('department', 'department', asText, writeText),
  column('manager_employee_id', 'managerEmployeeId', asOptionalText, writeText),
  column('location', 'location', asText, writeText),
  column('time_zone', 'timeZone', asText, writeText),
  column('hire_date', 'hireDate', asText, writeText),
  column('high_potential', 'isHighPotential', asBoolean, (value: boolean) => String(value)),
  column('languages', 'languages', asList, writeList),
  column('performance_rating', 'performanceRating', asOptionalNumber, writeNumber),
  column('potential_rating', 'potentialRating', asOptionalNumber, writeNumber),
  column('skills', 'skills', asSkills, (value: { skill: string; level: number }[]) =>
    value.map((entry) => `${entry.skill}:${entry.level}`).join('; '),
  ),
  column('industries', 'industries', asList, writeList),
  column('years_of_experience', 'yearsOfExperience', asOptionalNumber, writeNumber),
  column('development_goals', 'developmentGoals', asText, writeText),
  column('development_competencies', 'developmentCompetencies', asList, writeList),
  column('status', 'status', (cell) => (cell === '' ? 'active' : cell), writeText),
  column('exit_date', 'exitDate', asOptionalText, writeText),
];

export const columnOfField = new Map(personColumns.map((entry) => [entry.field as string, entry.name]));

/** Defaults for optional columns a file leaves out. */
const absentValues: Partial<Record<keyof PersonFields, unknown>> = {
  languages: [],
  performanceRating: null,
  potentialRating: null,
  skills: [],
  industries: [],
  yearsOfExperience: null,
  developmentGoals: '',
  developmentCompetencies: [],
  status: 'active',
  exitDate: null,
};

// Spreadsheet programs run cells that start with these as formulas; exports defuse them with a
// leading apostrophe, and imports take it off again, so a file survives the round trip.
const formulaStart = /^[=+\-@\t\r]/;

export function defuseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

function undoDefuse(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export type HeaderCheck = {
  indexes: Map<string, number>;
  /** Where each of `personColumns` sits in a record, undefined when the file leaves it out. */
  positions: (number | undefined)[];
  errors: { column: string; message: string }[];
};

/** Checks the header row: every required column present, no unknown or repeated column. */
export function readHeader(header: string[]): HeaderCheck {
  const indexes = new Map<string, number>();
  const errors: HeaderCheck['errors'] = [];
  const known = new Set<string>(personColumns.map((entry) => entry.name));
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!known.has(name)) errors.push({ column: raw, message: `unknown column "${raw}"` });
    else if (indexes.has(name)) errors.push({ column: name, message: `column "${name}" appears twice` });
    else indexes.set(name, index);
  });
  for (const entry of personColumns) {
    if (entry.isRequired && !indexes.has(entry.name)) {
      errors.push({ column: entry.name, message: `required column "${entry.name}" is missing` });
    }
  }
  return { indexes, positions: personColumns.map((entry) => indexes.get(entry.name)), errors };
}

const emptyRecord: Record<string, unknown> = Object.fromEntries(personColumns.map((entry) => [entry.field, undefined]));

/** Turns one record's cells into field values, collecting a message per unreadable cell. */
export function readRecord(
  cells: string[],
  header: Pick<HeaderCheck, 'positions'>,
): { values: Record<string, unknown>; errors: { column: string; message: string }[] } {
  // Every field present from the start: filling existing properties is much faster than adding
  // them one by one, which a large import does a hundred thousand times.
  const values: Record<string, unknown> = { ...emptyRecord };
  const errors: { column: string; message: string }[] = [];
  for (let index = 0; index < personColumns.length; index++) {
    const entry = personColumns[index]!;
    const position = header.positions[index];
    if (position === undefined) {
      values[entry.field] = absentValues[entry.field];
      continue;
    }
    const cell = undoDefuse((cells[position] ?? '').trim());
    try {
      values[entry.field] = entry.read(cell);
    } catch (message) {
      errors.push({ column: entry.name, message: String(message) });
    }
  }
  return { values, errors };
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvHeaderLine(): string {
  return personColumns.map((entry) => entry.name).join(',');
}

const freeTextFields = new Set<keyof PersonFields>([
  'name',
  'title',
  'function',
  'department',
  'location',
  'developmentGoals',
]);

export function csvLine(person: PersonFields): string {
  return personColumns
    .map((entry) => {
      const text = entry.write(person[entry.field] as never);
      return csvField(freeTextFields.has(entry.field) ? defuseFormula(text) : text);
    })
    .join(',');
}
