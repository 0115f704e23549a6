import type { Tier } from '../../../contract/people.js';
import type { PeopleListParams, PeopleSort } from './people-api';
import { isTier } from './labels';

/** The directory's filters as they sit in the address, so they survive reloads and shared links. */
export type PeopleSearch = {
  search?: string | undefined;
  tier?: Tier | undefined;
  department?: string | undefined;
  highPotential?: boolean | undefined;
  status?: 'left' | 'all' | undefined;
  sort?: PeopleSort | undefined;
  page?: number | undefined;
};

export const sortableColumns = ['name', 'employee_id', 'tier', 'department'] as const;
export type SortableColumn = (typeof sortableColumns)[number];

const sortValues = new Set<string>(sortableColumns.flatMap((column) => [column, `-${column}`]));

function text(value: unknown): string | undefined {
  // The router reads `?search=123` as a number: it is still text to search for.
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** For the route's `validateSearch`: every key is returned, so no unchecked value slips through. */
export function parsePeopleSearch(search: Record<string, unknown>): PeopleSearch {
  const { page, sort, status, highPotential, tier } = search;
  return {
    search: text(search['search']),
    tier: isTier(tier) ? tier : undefined,
    department: text(search['department']),
    highPotential: typeof highPotential === 'boolean' ? highPotential : undefined,
    status: status === 'left' || status === 'all' ? status : undefined,
    sort: typeof sort === 'string' && sortValues.has(sort) && sort !== 'name' ? (sort as PeopleSort) : undefined,
    page: typeof page === 'number' && Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export function toListParams(search: PeopleSearch): PeopleListParams {
  return {
    search: search.search?.trim() || undefined,
    tier: search.tier,
    department: search.department?.trim() || undefined,
    highPotential: search.highPotential,
    status: search.status ?? 'active',
    sort: search.sort ?? 'name',
    page: search.page ?? 1,
  };
}

export function hasFilters(search: PeopleSearch): boolean {
  return Boolean(
    search.search?.trim() || search.tier || search.department?.trim() || search.highPotential !== undefined,
  );
}
