import { z } from 'zod';
import { Role } from '../../../contract/roles.js';
import {
  NewPassword,
  SignInEmail,
  type User,
  type UsersFilter,
  type UsersPage,
  type UserUpdate,
} from '../../../contract/users.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { getOrganizationByName } from '../organizations/index.js';
import {
  deleteLoginSessionsOfUser,
  findUserByEmail,
  findUserForUpdate,
  findUserListRow,
  insertUsers,
  listUsers,
  updateUserRow,
  type ActiveSince,
  type UserAccess,
  type UserListRow,
  type UserRow,
} from './users.repo.js';
import { hashPassword } from './users.passwords.js';

const NewUser = z.object({
  org: z.string().trim().min(1, 'is required'),
  email: SignInEmail,
  password: NewPassword,
  roles: z.array(Role, 'must be a list of roles').min(1, 'needs at least one role'),
  displayName: z.string().trim().min(1).max(200).optional(),
  personId: z.uuid().nullable().optional(),
});
export type NewUser = z.input<typeof NewUser>;

function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' ');
}

/** Creates a user in an organization named by `org`. */
export async function createUser(
  deps: { db: Database; clock: Clock },
  context: RequestContext,
  input: NewUser,
): Promise<UserRow> {
  const parsed = NewUser.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'input';
    throw new AppError('INVALID', { message: `${field} ${issue.message}`, field });
  }
  const values = parsed.data;
  const passwordHash = await hashPassword(values.password);
  return deps.db.transaction(async (tx) => {
    const organization = await getOrganizationByName(tx, values.org);
    if (await findUserByEmail(tx, values.email)) {
      throw new AppError('CONFLICT', { message: `A user with email ${values.email} already exists.`, field: 'email' });
    }
    const [user] = await insertUsers(tx, [
      {
        orgId: organization.orgId,
        email: values.email,
        displayName: values.displayName ?? nameFromEmail(values.email),
        passwordHash,
        roles: [...new Set(values.roles)],
        personId: values.personId ?? null,
      },
    ]);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: organization.orgId,
      actorUserId: null,
      action: 'user.created',
      targetType: 'user',
      targetId: user!.id,
      details: { roles: user!.roles },
    });
    return user!;
  });
}

/**
 * Why a login may no longer be used, or null when it may: an admin disabled it, or the person it
 * belongs to has left the organization or been erased. Checked at sign-in and on every request.
 */
export function loginBlockedReason(access: UserAccess): 'disabled' | 'left' | 'erased' | null {
  if (access.disabledAt !== null) return 'disabled';
  if (access.personErasedAt !== null) return 'erased';
  if (access.personStatus === 'left') return 'left';
  return null;
}

export type UsersDeps = { db: Database; clock: Clock; session: { idleMinutes: number } };

function activeSince(deps: UsersDeps): ActiveSince {
  const now = deps.clock.now();
  return { now, idleCutoff: new Date(now.getTime() - deps.session.idleMinutes * 60_000) };
}

function toUser(row: UserListRow): User {
  return {
    id: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    roles: row.user.roles,
    personId: row.user.personId,
    personName: row.personName,
    disabledAt: row.user.disabledAt?.toISOString() ?? null,
    createdAt: row.user.createdAt.toISOString(),
    activeSessionCount: row.activeSessionCount,
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
  };
}

export async function listUsersPage(deps: UsersDeps, actor: Actor, filter: UsersFilter): Promise<UsersPage> {
  const { items, total } = await listUsers(deps.db, actor.orgId, filter, activeSince(deps));
  return { items: items.map(toUser), total, page: filter.page, pageSize: filter.pageSize };
}

/** A user of the actor's organization; another organization's user is "not found". */
export async function getUser(deps: UsersDeps, actor: Actor, userId: string): Promise<User> {
  const row = await findUserListRow(deps.db, actor.orgId, userId, activeSince(deps));
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such user.' });
  return toUser(row);
}

/** The user to change, locked until the transaction ends so two admins' changes apply one after the other. */
async function findUserForChange(tx: Database, orgId: string, userId: string): Promise<UserRow> {
  const user = await findUserForUpdate(tx, orgId, userId);
  if (!user) throw new AppError('NOT_FOUND', { message: 'No such user.' });
  return user;
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

/**
 * An admin changes a user's display name, roles or whether they may sign in. Disabling ends every
 * session of the user at once. Admins may not demote or disable themselves, so an organization
 * is never left without the admin who made the change.
 */
export async function updateUser(
  deps: UsersDeps,
  actor: Actor,
  context: RequestContext,
  userId: string,
  changes: UserUpdate,
): Promise<User> {
  await deps.db.transaction(async (tx) => {
    const current = await findUserForChange(tx, actor.orgId, userId);
    const isSelf = current.id === actor.userId;
    const audit = (action: string, details: Record<string, unknown>) =>
      recordAuditEvent(tx, deps.clock, context, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action,
        targetType: 'user',
        targetId: current.id,
        details,
      });

    if (changes.displayName !== undefined && changes.displayName !== current.displayName) {
      await updateUserRow(tx, actor.orgId, current.id, { displayName: changes.displayName });
      await audit('user.updated', { fields: ['displayName'] });
    }

    if (changes.roles !== undefined) {
      const roles = [...new Set(changes.roles)];
      if (isSelf && current.roles.includes('admin') && !roles.includes('admin')) {
        throw new AppError('CONFLICT', {
          message: 'You cannot remove your own admin role. Ask another admin to do it.',
          field: 'body.roles',
        });
      }
      if (!sameRoles(roles, current.roles)) {
        await updateUserRow(tx, actor.orgId, current.id, { roles });
        await audit('user.roles.changed', { before: current.roles, after: roles });
      }
    }

    if (changes.isDisabled === true && current.disabledAt === null) {
      if (isSelf) {
        throw new AppError('CONFLICT', {
          message: 'You cannot disable your own account. Ask another admin to do it.',
          field: 'body.isDisabled',
        });
      }
      await updateUserRow(tx, actor.orgId, current.id, { disabledAt: deps.clock.now() });
      const endedSessions = await deleteLoginSessionsOfUser(tx, actor.orgId, current.id);
      await audit('user.disabled', { endedSessions });
    } else if (changes.isDisabled === false && current.disabledAt !== null) {
      await updateUserRow(tx, actor.orgId, current.id, { disabledAt: null });
      await audit('user.enabled', {});
    }
  });
  return getUser(deps, actor, userId);
}

/** An admin ends every session of a user, who must sign in again (or cannot, if disabled). */
export async function endUserSessions(
  deps: UsersDeps,
  actor: Actor,
  context: RequestContext,
  userId: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const user = await findUserForChange(tx, actor.orgId, userId);
    const endedSessions = await deleteLoginSessionsOfUser(tx, actor.orgId, user.id);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'user.sessions.ended',
      targetType: 'user',
      targetId: user.id,
      details: { endedSessions },
    });
  });
}
