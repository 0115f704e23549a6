import type { ReactNode } from 'react';
import { NotFoundPanel } from '../../app/not-found-page';
import { useSession } from '../auth/use-session';

/** The people pages are for admins; anyone else is told there is nothing here, as for any unknown page. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return user.roles.includes('admin') ? children : <NotFoundPanel />;
}
