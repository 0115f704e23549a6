import type { Role } from '../../contract/roles.js';
import { AppError } from './errors.js';

/** A signed-in user, as every authorization decision sees them. */
export type Actor = {
  userId: string;
  orgId: string;
  roles: Role[];
  /** The person in the directory this user is, when linked (mentors, participants, sponsors…). */
  personId: string | null;
  sessionId: string;
  csrfToken: string;
};

/** The actions routes ask about. Each later module adds its own. */
export type Action =
  | 'me.read'
  | 'session.end'
  | 'program.create'
  | 'program.read'
  | 'program.update'
  | 'program.enroll'
  | 'people.read'
  | 'people.update'
  | 'people.import'
  | 'people.export'
  | 'competency.create'
  | 'approach.recommend'
  | 'approach.override'
  | 'matching.manage'
  | 'matchRequest.create'
  | 'matchRequest.answer'
  | 'matchRequest.cancel';

/** What record-level rules look at: the tenant, and for requests the two people in them. */
export type PolicyRecord = { orgId: string; mentorPersonId?: string; menteePersonId?: string };

function requireRole(actor: Actor, role: Role): Actor {
  if (!actor.roles.includes(role)) {
    throw new AppError('FORBIDDEN', { message: `This needs the ${role} role.` });
  }
  return actor;
}

/**
 * The one place that says who may do what. Routes call `authorize`; none checks roles itself.
 * Records of another organization are reported as missing (404), never as forbidden.
 */
export function authorize(actor: Actor | null, action: Action, record?: PolicyRecord): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', { message: 'Sign in first.' });
  if (record && record.orgId !== actor.orgId) throw new AppError('NOT_FOUND', { message: 'Not found.' });
  switch (action) {
    case 'me.read':
    case 'session.end':
      // Every signed-in user may read themselves and sign out.
      return actor;
    case 'program.create':
    case 'program.read':
    case 'program.update':
    case 'program.enroll':
      // Admins design and run programs; the sponsor's read-only view comes with the program dashboard.
      return requireRole(actor, 'admin');
    case 'people.read':
    case 'people.update':
    case 'people.import':
    case 'people.export':
    case 'competency.create':
    case 'approach.recommend':
    case 'approach.override':
      // The directory is the admins' tool for now; the confidentiality issue widens reads.
      return requireRole(actor, 'admin');
    case 'matching.manage':
      // Settings, runs, the review board and publishing are the program admins' work.
      return requireRole(actor, 'admin');
    case 'matchRequest.create':
      // Whoever is a mentee of a self-service program asks; the service checks the enrollment.
      if (actor.personId === null) {
        throw new AppError('FORBIDDEN', { message: 'Your account is not linked to a person of the directory.' });
      }
      return actor;
    case 'matchRequest.answer':
      // Only the mentor asked; to anyone else the request does not exist.
      if (actor.personId === null || record?.mentorPersonId !== actor.personId) {
        throw new AppError('NOT_FOUND', { message: 'Request not found.' });
      }
      return actor;
    case 'matchRequest.cancel':
      if (actor.personId === null || record?.menteePersonId !== actor.personId) {
        throw new AppError('NOT_FOUND', { message: 'Request not found.' });
      }
      return actor;
  }
}
