import { Anchor, Box, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { MessagePanel } from '../ui/message-panel';

/** The 404 message, for use inside a page that already has a `main` landmark. */
export function NotFoundPanel() {
  useDocumentTitle('Page not found · Tandem');
  return (
    <MessagePanel
      title="Page not found"
      actions={
        <Anchor component={Link} to="/">
          Go to the start page
        </Anchor>
      }
    >
      <Text c="dimmed">There is no page at this address. Check the link, or go to the start page.</Text>
    </MessagePanel>
  );
}

/** The 404 page on its own, for addresses outside the signed-in layout. */
export function NotFoundPage() {
  return (
    <Box component="main" id="main" p="md">
      <NotFoundPanel />
    </Box>
  );
}
