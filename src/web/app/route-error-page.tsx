import { Box, Button, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useRouter } from '@tanstack/react-router';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { isApiError } from '../api/client';
import { MessagePanel } from '../ui/message-panel';

/** Shown in place of a page that failed to load, e.g. while the server is down. */
export function RouteErrorPanel({ error, reset }: ErrorComponentProps) {
  useDocumentTitle('Something went wrong · Tandem');
  const router = useRouter();
  const message = isApiError(error) ? error.message : 'An unexpected error occurred.';

  function retry() {
    reset();
    void router.invalidate();
  }

  return (
    <MessagePanel title="Something went wrong" actions={<Button onClick={retry}>Try again</Button>}>
      <Text c="dimmed" role="alert">
        {message}
      </Text>
    </MessagePanel>
  );
}

/** The same, on its own, for failures outside the signed-in layout. */
export function RouteErrorPage(props: ErrorComponentProps) {
  return (
    <Box component="main" id="main" p="md">
      <RouteErrorPanel {...props} />
    </Box>
  );
}
