import type { ReactNode } from 'react';
import { isVisibleTo, navigation } from '../../app/navigation';
import { NotFoundPanel } from '../../app/not-found-page';
import { useSession } from '../auth/use-session';

const matchingEntry = navigation.find((entry) => entry.to === '/matching')!;

/** Shows the matching pages only to those the navigation shows them to; others see "Page not found". */
export function MatchingGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (!isVisibleTo(matchingEntry, user)) return <NotFoundPanel />;
  return children;
}
