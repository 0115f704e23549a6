import { z } from 'zod';

/** Every role a user can hold. A user holds one or more. */
export const roles = ['admin', 'coach', 'mentor', 'participant', 'sponsor', 'manager'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;
