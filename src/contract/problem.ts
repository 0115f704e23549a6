import { z } from 'zod';

/** RFC 9457 problem details, as every error of the API is answered. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  /** The first offending input field, as a dotted path (e.g. `body.email`). */
  field: z.string().optional(),
  /** Every offending field, when the input had more than one problem. */
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  requestId: z.string(),
});
export type Problem = z.infer<typeof Problem>;
