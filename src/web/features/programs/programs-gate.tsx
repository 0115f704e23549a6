import type { ReactNode } from 'react';
import { isVisibleTo, navigation } from '../../app/navigation';
import { NotFoundPanel } from '../../app/not-found-page';
import { useSession } from '../auth/use-session';

const programsEntry = navigation.find((entry) => entry.to === '/programs')!;

/** Shows the programs pages only to those the navigation shows them to; others see "Page not found". */
export function ProgramsGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  // Someone without the entry's roles should not learn what the page holds (the API says 403 anyway).
  if (!isVisibleTo(programsEntry, user)) return <NotFoundPanel />;
  return children;
}
