import { z } from 'zod';
import { InstrumentDocument } from './assessments.js';
import { CalendarDate } from './people.js';

// The quarterly team engagement pulse: each leader's direct reports answer a short survey through a
// personal link; a leader's score exists only once the survey closed with enough responses.

/** The fewest responses before a leader's score is shown; a survey may ask for more, never fewer. */
export const minimumTeamPulseResponses = 5;

export const pulseSurveyStatuses = ['open', 'closed'] as const;
export const PulseSurveyStatus = z.enum(pulseSurveyStatuses);
export type PulseSurveyStatus = z.infer<typeof PulseSurveyStatus>;

/** A calendar quarter, `2026-Q4`. */
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter like 2026-Q4');

export const PulseSurveyCreate = z.object({
  /** Defaults to the current quarter. One survey per quarter. */
  quarter: Quarter.optional(),
  /** The last day to answer; defaults to 14 days from today. */
  closesOn: CalendarDate.optional(),
  /** Responses a leader needs before their score is shown (5 or more; default 5). */
  minimumResponses: z
    .number()
    .int()
    .min(minimumTeamPulseResponses, `must be at least ${minimumTeamPulseResponses}`)
    .max(50, 'must be at most 50')
    .default(minimumTeamPulseResponses),
});
export type PulseSurveyCreate = z.input<typeof PulseSurveyCreate>;

/** One quarter's survey, as admins list it: counts only. */
export const PulseSurvey = z.object({
  id: z.uuid(),
  quarter: z.string(),
  status: PulseSurveyStatus,
  instrument: z.object({ key: z.string(), version: z.number().int(), title: z.string() }),
  minimumResponses: z.number().int(),
  openedAt: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  /** Leaders whose teams were asked, people asked, people who answered. */
  leaders: z.number().int(),
  invited: z.number().int(),
  responses: z.number().int(),
  /** Leaders whose score is shown (closed, enough responses); 0 while open. */
  leadersShown: z.number().int(),
  /** Leaders left out because their team is smaller than the minimum: their score could never be shown. */
  leadersTooSmall: z.number().int(),
});
export type PulseSurvey = z.infer<typeof PulseSurvey>;

const Page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const PulseSurveyPage = Page(PulseSurvey);
export type PulseSurveyPage = z.infer<typeof PulseSurveyPage>;
export const PulseSurveyQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const PulseSurveyParams = z.object({ id: z.uuid() });

/** One leader's team in one survey. */
export const PulseLeaderResult = z.object({
  leader: z.object({ id: z.uuid(), name: z.string(), title: z.string() }),
  invited: z.number().int(),
  responses: z.number().int(),
  /** Mean engagement (1–5); null while the survey is open or below the minimum. */
  score: z.number().nullable(),
  isShown: z.boolean(),
});
export type PulseLeaderResult = z.infer<typeof PulseLeaderResult>;
export const PulseLeaderResultPage = Page(PulseLeaderResult);
export type PulseLeaderResultPage = z.infer<typeof PulseLeaderResultPage>;
export const PulseResultsQuery = z.object({
  /** Part of a leader's name. */
  search: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** `GET /api/team-pulse`: the signed-in leader's own team, quarter by quarter, newest first. */
export const MyTeamPulse = z.object({
  items: z.array(
    z.object({
      surveyId: z.uuid(),
      quarter: z.string(),
      status: PulseSurveyStatus,
      closesOn: z.string(),
      minimumResponses: z.number().int(),
      invited: z.number().int(),
      responses: z.number().int(),
      score: z.number().nullable(),
      isShown: z.boolean(),
    }),
  ),
});
export type MyTeamPulse = z.infer<typeof MyTeamPulse>;

/** What a team member sees through their link. */
export const PulseForm = z.object({
  leaderName: z.string(),
  quarter: z.string(),
  closesOn: z.string(),
  isOpen: z.boolean(),
  /** Answers cannot be changed once sent: they are kept apart from who sent them. */
  hasAnswered: z.boolean(),
  minimumResponses: z.number().int(),
  instrument: InstrumentDocument,
});
export type PulseForm = z.infer<typeof PulseForm>;
export const PulseTokenParams = z.object({ token: z.string().max(200) });
export const PulseAnswers = z.object({
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});
export type PulseAnswers = z.infer<typeof PulseAnswers>;
