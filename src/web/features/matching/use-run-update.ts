import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MatchingRun } from '../../../contract/index.js';
import { matchingKey, matchingRunQuery } from './matching-api';

/**
 * A change to a run's board: every board endpoint answers the whole run, which replaces the cached
 * one; the run list (counts, status) and the program's matches are refreshed behind it.
 */
export function useRunUpdate<Variables>(
  programId: string,
  runId: string,
  change: (variables: Variables) => Promise<MatchingRun>,
  onDone?: (run: MatchingRun) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (run) => {
      queryClient.setQueryData(matchingRunQuery(programId, runId).queryKey, run);
      void queryClient.invalidateQueries({ queryKey: [...matchingKey, 'runs', programId] });
      onDone?.(run);
    },
  });
}
