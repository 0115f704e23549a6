import { Alert } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../api/client';
import { errorMessage } from '../features/people/server-errors';
import { PageLoader } from '../ui/page-loader';
import { NotFoundPanel } from './not-found-page';

/**
 * The states of a page that shows one record: loading, not found, failed, then the record.
 * A malformed id (400) and a record one may not see (404) are both "not here".
 */
export function RecordPage<Data>(props: {
  query: UseQueryResult<Data>;
  /** What the page shows, for the loading and error texts: "the engagement". */
  what: string;
  children: (data: Data) => ReactNode;
}) {
  const { query, what } = props;
  if (query.isPending) return <PageLoader label={`Loading ${what}`} />;
  if (query.isError) {
    if (isApiError(query.error, 404) || isApiError(query.error, 400)) return <NotFoundPanel />;
    return (
      <Alert color="red" variant="light" title={`Could not load ${what}`} role="alert">
        {errorMessage(query.error)}
      </Alert>
    );
  }
  return <>{props.children(query.data)}</>;
}
