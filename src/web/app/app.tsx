import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { sessionQueryKey } from '../features/auth/session';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

function createClients() {
  // Each needs the other: the router loads through the query client, and the
  // query client re-runs the router's guards when a session expires.
  const queryClient = createQueryClient({
    onUnauthorized: () => {
      // Already signed out (e.g. a failed sign-in): nothing to undo.
      if (!queryClient.getQueryData(sessionQueryKey)) return;
      queryClient.setQueryData(sessionQueryKey, null);
      // Re-running the guards sends the user to sign in, and back here after.
      void router.invalidate();
    },
  });
  const router = createAppRouter(queryClient);
  return { queryClient, router };
}

export function App() {
  const [{ queryClient, router }] = useState(createClients);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
