import { z } from 'zod';

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    reachable: z.boolean(),
    driver: z.enum(['pglite', 'postgres']),
    /** Is the app's database role bound by row-level security? Null when the database is unreachable. */
    rowLevelSecurity: z.enum(['enforced', 'owner', 'bypassed']).nullable(),
  }),
  migrations: z.object({
    applied: z.number().int(),
    expected: z.number().int(),
    latest: z.string().nullable(),
  }),
});
export type Health = z.infer<typeof Health>;
