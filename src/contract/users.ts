import { z } from 'zod';
import { Role, roles } from './roles.js';

/** The shortest password Tandem accepts, at user creation and at every change. */
export const minimumPasswordLength = 8;

/** The rules for a new password, shared by user creation and the password change. */
export const NewPassword = z
  .string()
  .min(minimumPasswordLength, `must be at least ${minimumPasswordLength} characters`)
  .max(1024, 'is longer than 1024 characters');

/** A sign-in email as stored: trimmed and lower-cased. */
export const SignInEmail = z.string().trim().toLowerCase().email('is not a valid email address').max(320);

/** A user account as an admin manages it. */
export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  personId: z.uuid().nullable(),
  /** The linked person's name, when the user is linked to a person of the directory. */
  personName: z.string().nullable(),
  /** When an admin disabled the login; null while it may sign in. */
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
  /** Sessions that have neither expired nor been idle too long. */
  activeSessionCount: z.number().int(),
  /** The latest activity of any session still on record; null when there is none. */
  lastSeenAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;

export const usersPageSizeDefault = 25;

export const UsersQuery = z.object({
  /** Part of the display name or email, ignoring case. */
  search: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(usersPageSizeDefault),
});
export type UsersQuery = z.input<typeof UsersQuery>;
export type UsersFilter = z.output<typeof UsersQuery>;

export const UsersPage = z.object({
  items: z.array(User),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type UsersPage = z.infer<typeof UsersPage>;

/** An admin's change to a user: any of the fields. */
export const UserUpdate = z.object({
  displayName: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters').optional(),
  roles: z
    .array(Role, 'must be a list of roles')
    .min(1, 'needs at least one role')
    .max(roles.length, `lists more than ${roles.length} roles`)
    .optional(),
  isDisabled: z.boolean().optional(),
});
export type UserUpdate = z.infer<typeof UserUpdate>;

/** Changing one's own password: the current one first, as proof it is really them. */
export const PasswordChange = z.object({
  currentPassword: z.string().min(1, 'is required').max(1024),
  newPassword: NewPassword,
});
export type PasswordChange = z.infer<typeof PasswordChange>;

/** Changing one's own sign-in email, again behind the current password. */
export const EmailChange = z.object({
  currentPassword: z.string().min(1, 'is required').max(1024),
  email: SignInEmail,
});
export type EmailChange = z.infer<typeof EmailChange>;
