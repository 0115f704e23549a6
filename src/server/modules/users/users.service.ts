import { z } from 'zod';
import { Role } from '../../../contract/roles.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { recordAuditEvent } from '../audit/index.js';
import { getOrganizationByName } from '../organizations/index.js';
import { findUserByEmail, insertUsers, type UserRow } from './users.repo.js';
import { hashPassword, minimumPasswordLength } from './users.passwords.js';

const NewUser = z.object({
  org: z.string().trim().min(1, 'is required'),
  email: z.string().trim().toLowerCase().email('is not a valid email address').max(320),
  password: z
    .string()
    .min(minimumPasswordLength, `must be at least ${minimumPasswordLength} characters`)
    .max(1024, 'is longer than 1024 characters'),
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
