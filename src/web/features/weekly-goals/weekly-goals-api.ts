import { queryOptions } from '@tanstack/react-query';
import type { WeeklyGoal, WeeklyGoalCreate, WeeklyGoalUpdate, WeeklyGoalWeek } from '../../../contract/index.js';
import { apiGet, apiPost, apiRequest } from '../../api/client';

/** Every weekly-goal query starts with this: one change may move the streak of every week after it. */
export const weeklyGoalsKey = ['weekly-goals'] as const;

const weekQuery = (week: string | null) => (week === null ? '' : `?week=${encodeURIComponent(week)}`);

/** The signed-in person's week; `null` asks for the current one. */
export function myWeekQuery(week: string | null) {
  return queryOptions({
    queryKey: [...weeklyGoalsKey, 'mine', week ?? 'current'],
    queryFn: ({ signal }) => apiGet<WeeklyGoalWeek>(`/api/weekly-goals${weekQuery(week)}`, signal),
  });
}

/** Another person's week, read only, for their mentor or coach. */
export function personWeekQuery(personId: string, week: string | null) {
  return queryOptions({
    queryKey: [...weeklyGoalsKey, 'person', personId, week ?? 'current'],
    queryFn: ({ signal }) =>
      apiGet<WeeklyGoalWeek>(`/api/people/${encodeURIComponent(personId)}/weekly-goals${weekQuery(week)}`, signal),
  });
}

export function addWeeklyGoal(goal: WeeklyGoalCreate): Promise<WeeklyGoal> {
  return apiPost<WeeklyGoal>('/api/weekly-goals', goal);
}

export function updateWeeklyGoal(goalId: string, update: WeeklyGoalUpdate): Promise<WeeklyGoal> {
  return apiRequest<WeeklyGoal>(`/api/weekly-goals/${encodeURIComponent(goalId)}`, { method: 'PATCH', body: update });
}

export function removeWeeklyGoal(goalId: string): Promise<void> {
  return apiRequest<void>(`/api/weekly-goals/${encodeURIComponent(goalId)}`, { method: 'DELETE' });
}
