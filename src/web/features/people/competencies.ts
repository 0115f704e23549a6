import { useQuery } from '@tanstack/react-query';
import { competenciesQueryOptions } from './people-api';

/** The organization's competency vocabulary, as select options and a key-to-label lookup. */
export function useCompetencies(extraKeys: readonly string[] = []) {
  const query = useQuery(competenciesQueryOptions);
  const items = query.data ?? [];
  const labels = new Map(items.map((competency) => [competency.key, competency.label]));
  // Keys the vocabulary does not (or not yet) hold still need an option, or the input would drop them.
  const unknownKeys = extraKeys.filter((key) => !labels.has(key));
  const options = [
    ...items.map((competency) => ({ value: competency.key, label: competency.label })),
    ...unknownKeys.map((key) => ({ value: key, label: key })),
  ];
  return {
    options,
    labelOf: (key: string) => labels.get(key) ?? key,
    isLoading: query.isPending,
    error: query.error,
  };
}
