import { z } from 'zod';
import { InstrumentDocument } from './assessments.js';

// A person's behavioural self-profile: answered by themselves, scored per dimension, read by their
// current coach or mentor, compared (never shown) by matching for "profile fit".

export const BehaviouralProfileScore = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  /** The dimension's mean on the instrument's scale (1 to `points`); null when none of its items was answered. */
  mean: z.number().nullable(),
});
export type BehaviouralProfileScore = z.infer<typeof BehaviouralProfileScore>;

/** `GET /api/behavioural-profile`: the signed-in person's own profile, with the form to (re)take it. */
export const MyBehaviouralProfile = z.object({
  instrument: InstrumentDocument,
  /** The last answers given; null before the first time. */
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])).nullable(),
  scores: z.array(BehaviouralProfileScore),
  completedAt: z.string().nullable(),
});
export type MyBehaviouralProfile = z.infer<typeof MyBehaviouralProfile>;

/** `PUT /api/behavioural-profile`: every statement rated, 1 to the instrument's points. */
export const BehaviouralProfileAnswers = z.object({
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});
export type BehaviouralProfileAnswers = z.infer<typeof BehaviouralProfileAnswers>;

/** `GET /api/people/:personId/behavioural-profile`: what their coach or mentor sees (scores, never answers). */
export const PersonBehaviouralProfile = z.object({
  person: z.object({ id: z.uuid(), name: z.string() }),
  instrument: z.object({ key: z.string(), version: z.number().int(), title: z.string(), points: z.number().int() }),
  scores: z.array(BehaviouralProfileScore),
  /** Null when the person has not filled in their profile. */
  completedAt: z.string().nullable(),
});
export type PersonBehaviouralProfile = z.infer<typeof PersonBehaviouralProfile>;
export const BehaviouralProfilePersonParams = z.object({ personId: z.uuid() });
