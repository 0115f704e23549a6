import type { ReactNode } from 'react';
import { isVisibleTo, navigation } from '../../app/navigation';
import { NotFoundPanel } from '../../app/not-found-page';
import { useSession } from '../auth/use-session';

// Admins reach a report from Outcomes, sponsors from their Program dashboard.
const reportEntries = navigation.filter((entry) => entry.to === '/outcomes' || entry.to === '/dashboard');

/** Shows an outcomes report only to those who have one of its ways in; others see "Page not found". */
export function OutcomesGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  // The API answers 404 for a program one may not see; the page says the same before asking.
  if (!reportEntries.some((entry) => isVisibleTo(entry, user))) return <NotFoundPanel />;
  return children;
}

/** Whether the user may change what the report rests on: the forms are for admins only. */
export function useIsAdmin(): boolean {
  return useSession().user.roles.includes('admin');
}
