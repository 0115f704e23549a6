import type { ProgramStatus } from '../../../contract/index.js';
import { programStatusLabels } from './program-labels';

export type ProgramsSearch = { page?: number | undefined; status?: ProgramStatus | undefined };

function isProgramStatus(value: unknown): value is ProgramStatus {
  return typeof value === 'string' && Object.hasOwn(programStatusLabels, value);
}

/**
 * The list page's query: `page` (2 and up; 1 is left out) and `status`. Both keys are always
 * returned, so an unchecked value in the address never gets through.
 */
export function validateProgramsSearch(search: Record<string, unknown>): ProgramsSearch {
  const page = Number(search['page']);
  return {
    page: Number.isInteger(page) && page > 1 ? page : undefined,
    status: isProgramStatus(search['status']) ? search['status'] : undefined,
  };
}
