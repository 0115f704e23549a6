import { z } from 'zod';
import { CompetencyKey } from './competencies.js';

export const tiers = [
  'executive',
  'senior_leader',
  'middle_manager',
  'frontline_manager',
  'individual_contributor',
] as const;
export const Tier = z.enum(tiers);
export type Tier = z.infer<typeof Tier>;

export const personStatuses = ['active', 'left'] as const;
export const PersonStatus = z.enum(personStatuses);

const validTimeZones = new Map<string, boolean>();
/** True for an IANA time zone name this runtime knows (e.g. Europe/Berlin, UTC). */
export function isTimeZone(value: string): boolean {
  let known = validTimeZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = value.length > 0;
    } catch {
      known = false;
    }
    validTimeZones.set(value, known);
  }
  return known;
}

/** Whether a YYYY-MM-DD text names a day that exists; plain arithmetic, as imports check it per row. */
function isRealDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (isLeap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

export const SkillLevel = z.object({
  skill: z.string().trim().min(1, 'needs a skill name').max(100),
  level: z.number().int().min(1, 'level must be 1–5').max(5, 'level must be 1–5'),
});

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'is required');
const list = (max: number) => z.array(text(100).min(1)).max(max, `has more than ${max} entries`);
const rating = z.number().int().min(1, 'must be 1, 2 or 3').max(3, 'must be 1, 2 or 3').nullable();

/** Every field of a person an admin can set. The CSV import and the update API share it. */
export const PersonFields = z.object({
  employeeId: requiredText(64),
  name: requiredText(200),
  email: z.string().trim().toLowerCase().email('is not a valid email address').max(320),
  title: requiredText(200),
  tier: z.enum(tiers, `must be one of ${tiers.join(', ')}`),
  function: requiredText(100),
  department: requiredText(100),
  /** The manager, by employee id; null for the top of the organization. */
  managerEmployeeId: text(64).nullable(),
  location: requiredText(100),
  timeZone: z.string().trim().refine(isTimeZone, 'is not a known IANA time zone (e.g. Europe/Berlin)'),
  languages: list(20),
  hireDate: CalendarDate,
  isHighPotential: z.boolean(),
  performanceRating: rating,
  potentialRating: rating,
  skills: z.array(SkillLevel).max(50),
  industries: list(20),
  yearsOfExperience: z.number().int().min(0, 'must be 0–80').max(80, 'must be 0–80').nullable(),
  developmentGoals: text(4000),
  developmentCompetencies: z.array(CompetencyKey).max(20),
  status: PersonStatus,
  exitDate: CalendarDate.nullable(),
});
export type PersonFields = z.infer<typeof PersonFields>;

/**
 * A person as stored: like the import's fields, but people created before the directory kept
 * hire dates, functions and locations may lack them, and can still be updated.
 */
export const StoredPersonFields = PersonFields.extend({
  hireDate: CalendarDate.nullable(),
  function: text(100),
  location: text(100),
});
export type StoredPersonFields = z.infer<typeof StoredPersonFields>;

/** Cross-field rules, shared by import and update. */
export function checkPersonConsistency(
  person: Pick<PersonFields, 'status' | 'exitDate' | 'employeeId' | 'managerEmployeeId'>,
): { field: keyof PersonFields; message: string } | null {
  if (person.status === 'left' && !person.exitDate)
    return { field: 'exitDate', message: 'is required when status is left' };
  if (person.status === 'active' && person.exitDate)
    return { field: 'exitDate', message: 'must be empty while status is active' };
  if (person.managerEmployeeId && person.managerEmployeeId === person.employeeId) {
    return { field: 'managerEmployeeId', message: 'a person cannot be their own manager' };
  }
  return null;
}

export const PersonSummary = z.object({
  id: z.uuid(),
  employeeId: z.string(),
  name: z.string(),
  email: z.string(),
  title: z.string(),
  tier: Tier,
  function: z.string(),
  department: z.string(),
  isHighPotential: z.boolean(),
  status: PersonStatus,
});
export type PersonSummary = z.infer<typeof PersonSummary>;

/** A person as the API answers it: the stored values, described without the input rules. */
export const Person = z.object({
  id: z.uuid(),
  employeeId: z.string(),
  name: z.string(),
  email: z.string(),
  title: z.string(),
  tier: Tier,
  function: z.string(),
  department: z.string(),
  managerEmployeeId: z.string().nullable(),
  location: z.string(),
  timeZone: z.string(),
  languages: z.array(z.string()),
  /** Null only for people created before hire dates were recorded. */
  hireDate: z.string().nullable(),
  isHighPotential: z.boolean(),
  performanceRating: z.number().int().nullable(),
  potentialRating: z.number().int().nullable(),
  skills: z.array(z.object({ skill: z.string(), level: z.number().int() })),
  industries: z.array(z.string()),
  yearsOfExperience: z.number().int().nullable(),
  developmentGoals: z.string(),
  developmentCompetencies: z.array(z.string()),
  status: PersonStatus,
  exitDate: z.string().nullable(),
  manager: z.object({ id: z.uuid(), name: z.string(), title: z.string() }).nullable(),
  directReports: z.number().int(),
  /** When the person was erased on request (GDPR): the record is a tombstone and cannot change. */
  erasedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;

export const personSortKeys = ['name', 'employee_id', 'tier', 'department', 'hire_date', 'updated_at'] as const;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const PeopleQuery = z.object({
  search: z.string().trim().max(200).optional(),
  tier: Tier.optional(),
  department: z.string().trim().max(100).optional(),
  highPotential: booleanQuery.optional(),
  status: z.enum([...personStatuses, 'all']).default('active'),
  sort: z.enum([...personSortKeys, ...personSortKeys.map((key) => `-${key}` as const)]).default('name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PeopleQuery = z.input<typeof PeopleQuery>;
/** The query after parsing, with defaults filled in. */
export type PeopleFilter = z.output<typeof PeopleQuery>;

export const PeoplePage = z.object({
  items: z.array(PersonSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PeoplePage = z.infer<typeof PeoplePage>;

/** A partial update: any subset of the fields, except the key. */
export const PersonUpdate = PersonFields.omit({ employeeId: true }).partial();
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const MarkAsLeft = z.object({ exitDate: CalendarDate });

export const ReportingChain = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), title: z.string(), tier: Tier })),
});

export const importModes = ['validate', 'commit'] as const;
export const ImportQuery = z.object({ mode: z.enum(importModes) });

export const ImportError = z.object({ line: z.number().int(), column: z.string(), message: z.string() });
export type ImportError = z.infer<typeof ImportError>;

/** What an import answers. `errors` lists at most the first 1,000; `totalErrors` counts them all. */
export const ImportResult = z.object({
  mode: z.enum(importModes),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(ImportError),
  totalErrors: z.number().int(),
  isCommitted: z.boolean(),
});
export type ImportResult = z.infer<typeof ImportResult>;
