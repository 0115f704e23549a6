import { Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useSession } from '../features/auth/use-session';
import { MessagePanel } from '../ui/message-panel';
import { isVisibleTo } from './navigation';
import type { NavigationEntry } from './navigation';
import { NotFoundPanel } from './not-found-page';

/** Stands in for a navigation entry whose feature is not built yet. */
export function ComingSoonPage({ entry }: { entry: NavigationEntry }) {
  const { user } = useSession();
  // Someone without the entry's roles should not learn what the page will hold.
  if (!isVisibleTo(entry, user)) return <NotFoundPanel />;
  return <ComingSoonPanel title={entry.label} />;
}

function ComingSoonPanel({ title }: { title: string }) {
  useDocumentTitle(`${title} · Tandem`);
  return (
    <MessagePanel title={title}>
      <Text fw={600} size="lg">
        Coming soon
      </Text>
      <Text c="dimmed">This part of Tandem is still being built.</Text>
    </MessagePanel>
  );
}
