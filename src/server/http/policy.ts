import type { Role } from '../../contract/roles.js';
import { AppError } from './errors.js';

/** A signed-in user, as every authorization decision sees them. */
export type Actor = {
  userId: string;
  orgId: string;
  roles: Role[];
  sessionId: string;
  csrfToken: string;
};

/** The actions routes ask about. Each later module adds its own. */
export type Action = 'me.read' | 'session.end';

/**
 * The one place that says who may do what. Routes call `authorize`; none checks roles itself.
 * Records of another organization are reported as missing (404), never as forbidden.
 */
export function authorize(actor: Actor | null, action: Action, record?: { orgId: string }): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', { message: 'Sign in first.' });
  if (record && record.orgId !== actor.orgId) throw new AppError('NOT_FOUND', { message: 'Not found.' });
  switch (action) {
    case 'me.read':
    case 'session.end':
      // Every signed-in user may read themselves and sign out.
      return actor;
  }
}
