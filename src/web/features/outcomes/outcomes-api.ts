import { queryOptions } from '@tanstack/react-query';
import type { OutcomeMeasurementCreate, ProgramOutcomes, RoiAssumptions } from '../../../contract/outcomes.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';

/** Every outcomes query starts with this: a new measurement or assessment changes the figures. */
export const outcomesKey = ['outcomes'] as const;

/** A program whose outcomes the user may see, as `GET /api/outcomes` lists it. */
export type OutcomesProgram = {
  id: string;
  name: string;
  type: string;
  status: string;
  startDate: string;
  endDate: string;
  participants: number;
};

export type MeasurementRecorded = {
  id: string;
  leader: { id: string; name: string };
  measuredOn: string;
  value: number;
};

const programPath = (programId: string, rest = '') => `/api/programs/${encodeURIComponent(programId)}${rest}`;

/** The programs whose outcomes the user may see: all for admins, their own for a sponsor. */
export function outcomesProgramsQuery() {
  return queryOptions({
    queryKey: [...outcomesKey, 'programs'],
    queryFn: ({ signal }) => apiGet<{ items: OutcomesProgram[] }>('/api/outcomes', signal),
  });
}

export function programOutcomesQuery(programId: string) {
  return queryOptions({
    queryKey: [...outcomesKey, 'program', programId],
    queryFn: ({ signal }) => apiGet<ProgramOutcomes>(programPath(programId, '/outcomes'), signal),
  });
}

/** Saves the ROI assumptions (admins) and answers the program's whole ROI part. */
export function saveRoiAssumptions(programId: string, body: RoiAssumptions): Promise<ProgramOutcomes['roi']> {
  return apiRequest<ProgramOutcomes['roi']>(programPath(programId, '/roi-assumptions'), { method: 'PUT', body });
}

/** Records one leader's team on one business metric (admins); a later one supersedes theirs. */
export function recordMeasurement(
  programId: string,
  outcomeId: string,
  body: OutcomeMeasurementCreate,
): Promise<MeasurementRecorded> {
  return apiPost<MeasurementRecorded>(
    programPath(programId, `/outcomes/${encodeURIComponent(outcomeId)}/measurements`),
    body,
  );
}
