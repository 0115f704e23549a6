import { createHash, randomBytes } from 'node:crypto';
import type { Me } from '../../../contract/auth.js';
import type { EmailChange, PasswordChange } from '../../../contract/users.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import type { AttemptLimiter } from '../../http/attempt-limiter.js';
import { acrossOrganizations, withOrganization } from '../../db/tenant-scope.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { getOrganization } from '../organizations/index.js';
import {
  deleteLoginSessionsOfUser,
  findUser,
  findUserAccessByEmail,
  findUserByEmail,
  hashUserPassword,
  loginBlockedReason,
  updateUserRow,
  verifyPassword,
  type UserRow,
} from '../users/index.js';
import {
  deleteExpiredLoginSessions,
  deleteLoginSession,
  findLoginSessionByTokenHash,
  insertLoginSession,
  touchLoginSession,
} from './auth.repo.js';

export type AuthDeps = {
  db: Database;
  clock: Clock;
  session: { idleMinutes: number; absoluteHours: number };
  /** Attempts per client address. */
  addressLimiter: AttemptLimiter;
  /** Failed attempts per email. */
  emailLimiter: AttemptLimiter;
};

// Writing last_seen_at on every request would turn reads into writes; a minute is precise enough.
const touchEveryMs = 60_000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const wrongCredentials = () => new AppError('UNAUTHENTICATED', { message: 'Email or password is incorrect.' });

/** Checks the credentials and opens a session. Returns the cookie token (shown once) and `Me`. */
export async function login(
  deps: AuthDeps,
  context: RequestContext,
  credentials: { email: string; password: string },
): Promise<{ token: string; maxAgeSeconds: number; me: Me }> {
  const addressKey = context.ipAddress ?? 'unknown';
  const emailKey = credentials.email;
  const wait = Math.max(
    deps.addressLimiter.retryAfterSeconds(addressKey),
    deps.emailLimiter.retryAfterSeconds(emailKey),
  );
  if (wait > 0) {
    throw new AppError('RATE_LIMITED', {
      message: `Too many sign-in attempts. Try again in ${wait} seconds.`,
      retryAfterSeconds: wait,
    });
  }
  deps.addressLimiter.record(addressKey);

  // Sign-in emails are unique across organizations (decision 002): whose they are is what we look up.
  const account = await acrossOrganizations(() => findUserAccessByEmail(deps.db, credentials.email));
  const user = account?.user;
  const isValid = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  // A disabled login, or one whose person left, gets the same answer as a wrong password:
  // the answer must not tell a stranger which accounts exist or what became of them.
  const blockedReason = account ? loginBlockedReason(account) : null;
  if (!user || !isValid || blockedReason !== null) {
    deps.emailLimiter.record(emailKey);
    await acrossOrganizations(() =>
      recordAuditEvent(deps.db, deps.clock, context, {
        orgId: user?.orgId ?? null,
        actorUserId: null,
        action: 'auth.login_failed',
        targetType: 'user',
        ...(user ? { targetId: user.id } : {}),
        details: { email: credentials.email, ...(blockedReason === null ? {} : { reason: blockedReason }) },
      }),
    );
    throw wrongCredentials();
  }
  deps.emailLimiter.reset(emailKey);
  return withOrganization(user.orgId, () => openLoginSession(deps, context, user));
}

/** A new session for a user whose credentials were checked. */
async function openLoginSession(
  deps: AuthDeps,
  context: RequestContext,
  user: UserRow,
): Promise<{ token: string; maxAgeSeconds: number; me: Me }> {
  const now = deps.clock.now();
  const token = randomBytes(32).toString('base64url');
  const maxAgeSeconds = deps.session.absoluteHours * 3600;
  const session = await deps.db.transaction(async (tx) => {
    const idleCutoff = new Date(now.getTime() - deps.session.idleMinutes * 60_000);
    await deleteExpiredLoginSessions(tx, user.orgId, user.id, now, idleCutoff);
    const created = await insertLoginSession(tx, {
      orgId: user.orgId,
      userId: user.id,
      tokenHash: hashToken(token),
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000),
      ipAddress: context.ipAddress,
      userAgent: context.userAgent?.slice(0, 500) ?? null,
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: user.orgId,
      actorUserId: user.id,
      action: 'auth.login',
      targetType: 'login_session',
      targetId: created.id,
    });
    return created;
  });
  const me = await getMe(deps.db, {
    userId: user.id,
    orgId: user.orgId,
    roles: user.roles,
    personId: user.personId,
    sessionId: session.id,
    csrfToken: session.csrfToken,
  });
  return { token, maxAgeSeconds, me };
}

/** Resolves a cookie token to the signed-in user, or null when it is unknown or expired. */
export async function authenticate(
  deps: Pick<AuthDeps, 'db' | 'clock' | 'session'>,
  token: string,
): Promise<Actor | null> {
  if (token.length > 200) return null;
  const found = await findLoginSessionByTokenHash(deps.db, hashToken(token));
  if (!found) return null;
  const { session, roles, personId } = found;
  if (loginBlockedReason(found) !== null) {
    // Disabled, or the person left or was erased since signing in: every session of theirs ends now.
    await deleteLoginSessionsOfUser(deps.db, session.orgId, session.userId);
    return null;
  }
  const now = deps.clock.now().getTime();
  const idleMs = deps.session.idleMinutes * 60_000;
  if (now >= session.expiresAt.getTime() || now - session.lastSeenAt.getTime() >= idleMs) {
    await deleteLoginSession(deps.db, session.orgId, session.id);
    return null;
  }
  if (now - session.lastSeenAt.getTime() >= touchEveryMs) {
    await touchLoginSession(deps.db, session.orgId, session.id, new Date(now));
  }
  return {
    userId: session.userId,
    orgId: session.orgId,
    roles,
    personId,
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}

export async function logout(
  deps: Pick<AuthDeps, 'db' | 'clock'>,
  context: RequestContext,
  actor: Actor,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await deleteLoginSession(tx, actor.orgId, actor.sessionId);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'auth.logout',
      targetType: 'login_session',
      targetId: actor.sessionId,
    });
  });
}

/** The signed-in user, their roles and their organization. */
export async function getMe(db: Database, actor: Actor): Promise<Me> {
  const user = await findUser(db, actor.orgId, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', { message: 'Sign in first.' });
  const organization = await getOrganization(db, actor.orgId);
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      personId: user.personId,
    },
    organization: { id: organization.orgId, name: organization.name },
    csrfToken: actor.csrfToken,
  };
}

/**
 * Asks for the current password before a change of credentials, so a session left open on a
 * shared computer cannot take over the account. Wrong guesses count against the same per-email
 * limit as sign-in, so the check is no way around it.
 */
async function confirmCurrentPassword(deps: AuthDeps, actor: Actor, password: string): Promise<UserRow> {
  const user = await findUser(deps.db, actor.orgId, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', { message: 'Sign in first.' });
  const wait = deps.emailLimiter.retryAfterSeconds(user.email);
  if (wait > 0) {
    throw new AppError('RATE_LIMITED', {
      message: `Too many wrong passwords. Try again in ${wait} seconds.`,
      retryAfterSeconds: wait,
    });
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    deps.emailLimiter.record(user.email);
    throw new AppError('FORBIDDEN', {
      message: 'Your current password is not correct.',
      field: 'body.currentPassword',
    });
  }
  deps.emailLimiter.reset(user.email);
  return user;
}

/** Changes the signed-in user's password; every other session of theirs ends, this one stays. */
export async function changePassword(
  deps: AuthDeps,
  context: RequestContext,
  actor: Actor,
  change: PasswordChange,
): Promise<void> {
  const user = await confirmCurrentPassword(deps, actor, change.currentPassword);
  if (change.newPassword === change.currentPassword) {
    throw new AppError('INVALID', {
      message: 'body.newPassword: must differ from the current password',
      field: 'body.newPassword',
    });
  }
  const passwordHash = await hashUserPassword(change.newPassword);
  await deps.db.transaction(async (tx) => {
    await updateUserRow(tx, actor.orgId, user.id, { passwordHash });
    const endedSessions = await deleteLoginSessionsOfUser(tx, actor.orgId, user.id, actor.sessionId);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'user.password.changed',
      targetType: 'user',
      targetId: user.id,
      details: { endedSessions },
    });
  });
}

/** PostgreSQL's unique_violation, whether the driver error comes bare or wrapped by Drizzle. */
function isUniqueViolation(error: unknown): boolean {
  const found = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return found?.code === '23505' || found?.cause?.code === '23505';
}

/** Changes the signed-in user's sign-in email, which must be free in every organization. */
export async function changeEmail(
  deps: AuthDeps,
  context: RequestContext,
  actor: Actor,
  change: EmailChange,
): Promise<Me> {
  const user = await confirmCurrentPassword(deps, actor, change.currentPassword);
  if (change.email !== user.email) {
    const emailTaken = () =>
      new AppError('CONFLICT', { message: `The email ${change.email} is already in use.`, field: 'body.email' });
    await deps.db
      .transaction(async (tx) => {
        if (await findUserByEmail(tx, change.email)) throw emailTaken();
        await updateUserRow(tx, actor.orgId, user.id, { email: change.email });
        await recordAuditEvent(tx, deps.clock, context, {
          orgId: actor.orgId,
          actorUserId: actor.userId,
          action: 'user.email.changed',
          targetType: 'user',
          targetId: user.id,
          details: { before: user.email, after: change.email },
        });
      })
      .catch((error: unknown) => {
        // Two users claiming one address at the same moment: the unique index decides.
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      });
  }
  return getMe(deps.db, actor);
}
