import { z } from 'zod';
import { Role } from './roles.js';

export const LoginRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Organization = z.object({
  id: z.uuid(),
  name: z.string(),
});
export type Organization = z.infer<typeof Organization>;

export const CurrentUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  personId: z.uuid().nullable(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

/** What `GET /api/me` and a successful login answer. */
export const Me = z.object({
  user: CurrentUser,
  organization: Organization,
  /** Send back as the `x-csrf-token` header on every write made with the session cookie. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;

/** The header that carries the CSRF token on cookie-authenticated writes. */
export const csrfHeader = 'x-csrf-token';
/** The name of the session cookie. */
export const sessionCookie = 'tandem_session';
