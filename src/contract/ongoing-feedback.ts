import { z } from 'zod';

// Ongoing feedback between people of an organization: anyone asks anyone for feedback on a
// competency, anyone gives it; the person it is about decides whether their current coach or
// mentor reads a piece. Kudos are public praise, shown to the recipient's team when the giver says
// so. A coach or mentor may ask, in a session, which feedback the participant sought or gave.

/** Someone of the organization, as these pages name them. */
export const FeedbackPerson = z.object({ id: z.uuid(), name: z.string() });
export type FeedbackPerson = z.infer<typeof FeedbackPerson>;

/** A competency of the organization's vocabulary, with its label. */
export const FeedbackCompetency = z.object({ key: z.string(), label: z.string() });
export type FeedbackCompetency = z.infer<typeof FeedbackCompetency>;

const CompetencyKey = z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters');

const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
const Page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const FeedbackIdParams = z.object({ id: z.uuid() });
export const FeedbackPersonParams = z.object({ personId: z.uuid() });
export const FeedbackSessionParams = z.object({ sessionId: z.uuid() });

// ---- Colleagues: whom one may ask, give feedback or kudos to ----

export const ColleagueQuery = z.object({
  /** Part of a name, title or department. */
  search: z.string().trim().max(100).default(''),
});
/** An active person of the organization other than oneself. */
export const Colleague = z.object({ id: z.uuid(), name: z.string(), title: z.string(), department: z.string() });
export type Colleague = z.infer<typeof Colleague>;
export const ColleagueList = z.object({ items: z.array(Colleague) });
export type ColleagueList = z.infer<typeof ColleagueList>;

// ---- Requests ----

export const feedbackRequestStatuses = ['open', 'answered', 'declined'] as const;
export const FeedbackRequestStatus = z.enum(feedbackRequestStatuses);
export type FeedbackRequestStatus = z.infer<typeof FeedbackRequestStatus>;

export const FeedbackRequestCreate = z.object({
  askedPersonId: z.uuid(),
  competencyKey: CompetencyKey,
  question: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
});
export type FeedbackRequestCreate = z.input<typeof FeedbackRequestCreate>;

export const FeedbackRequestQuery = z.object({
  /** `received`: asked of me; `sent`: asked by me. */
  direction: z.enum(['received', 'sent']).default('received'),
  status: FeedbackRequestStatus.optional(),
  ...pageQuery,
});
export type FeedbackRequestQuery = z.input<typeof FeedbackRequestQuery>;

/** A request for feedback, as its asker and the person asked see it (nobody else does). */
export const FeedbackRequest = z.object({
  id: z.uuid(),
  requester: FeedbackPerson,
  asked: FeedbackPerson,
  competency: FeedbackCompetency,
  question: z.string(),
  status: FeedbackRequestStatus,
  createdAt: z.string(),
  /** When it was answered or declined. */
  decidedAt: z.string().nullable(),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;
export const FeedbackRequestPage = Page(FeedbackRequest);
export type FeedbackRequestPage = z.infer<typeof FeedbackRequestPage>;

// ---- Feedback ----

export const FeedbackCreate = z.object({
  aboutPersonId: z.uuid(),
  competencyKey: CompetencyKey,
  text: z.string().trim().min(1, 'is required').max(4000, 'must be at most 4000 characters'),
  /** The request this answers: it must be open and asked of you, and `aboutPersonId` its asker. */
  requestId: z.uuid().optional(),
});
export type FeedbackCreate = z.input<typeof FeedbackCreate>;

export const FeedbackQuery = z.object({
  /** `received`: about me; `given`: written by me. */
  direction: z.enum(['received', 'given']).default('received'),
  ...pageQuery,
});
export type FeedbackQuery = z.input<typeof FeedbackQuery>;

/** A piece of feedback, as its giver or the person it is about sees it. */
export const Feedback = z.object({
  id: z.uuid(),
  giver: FeedbackPerson,
  about: FeedbackPerson,
  competency: FeedbackCompetency,
  text: z.string(),
  /** The request it answers, and that request's question; null when it was given unasked. */
  requestId: z.uuid().nullable(),
  question: z.string().nullable(),
  /** Whether the person it is about shares it with their coach or mentor: theirs to know, null for the giver. */
  isSharedWithGuides: z.boolean().nullable(),
  createdAt: z.string(),
});
export type Feedback = z.infer<typeof Feedback>;
export const FeedbackPage = Page(Feedback);
export type FeedbackPage = z.infer<typeof FeedbackPage>;

export const FeedbackSharing = z.object({ sharedWithGuides: z.boolean() });
export type FeedbackSharing = z.infer<typeof FeedbackSharing>;

export const SharedFeedbackQuery = z.object(pageQuery);
/** A piece the person shared with their coaches and mentors, as those see it. */
export const SharedFeedback = z.object({
  id: z.uuid(),
  giver: FeedbackPerson,
  competency: FeedbackCompetency,
  text: z.string(),
  question: z.string().nullable(),
  createdAt: z.string(),
  sharedAt: z.string(),
});
export type SharedFeedback = z.infer<typeof SharedFeedback>;
export const SharedFeedbackPage = Page(SharedFeedback).extend({ person: FeedbackPerson });
export type SharedFeedbackPage = z.infer<typeof SharedFeedbackPage>;

// ---- Kudos ----

export const KudosCreate = z.object({
  toPersonId: z.uuid(),
  message: z.string().trim().min(1, 'is required').max(1000, 'must be at most 1000 characters'),
  competencyKey: CompetencyKey.optional(),
  /** Shown to the recipient's team: their manager, the manager's other direct reports and their own direct reports. */
  visibleToTeam: z.boolean().default(false),
});
export type KudosCreate = z.input<typeof KudosCreate>;

export const KudosQuery = z.object({
  direction: z.enum(['received', 'given']).default('received'),
  ...pageQuery,
});
export type KudosQuery = z.input<typeof KudosQuery>;
export const TeamKudosQuery = z.object(pageQuery);

export const Kudos = z.object({
  id: z.uuid(),
  giver: FeedbackPerson,
  recipient: FeedbackPerson,
  message: z.string(),
  competency: FeedbackCompetency.nullable(),
  visibleToTeam: z.boolean(),
  createdAt: z.string(),
});
export type Kudos = z.infer<typeof Kudos>;
export const KudosPage = Page(Kudos);
export type KudosPage = z.infer<typeof KudosPage>;

// ---- A session's feedback prompt ----

/** The question a coach or mentor asks in a session. */
export const feedbackPromptQuestion = 'Which feedback did you seek or give this week?';

export const FeedbackPromptAnswer = z.object({
  answer: z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters'),
});
export type FeedbackPromptAnswer = z.infer<typeof FeedbackPromptAnswer>;

/**
 * A session's feedback prompt, for the session's two people only. The counts are the
 * participant's requests sent and feedback given in the seven days before the prompt was asked.
 */
export const FeedbackPrompt = z.object({
  sessionId: z.uuid(),
  question: z.string(),
  askedBy: FeedbackPerson,
  participant: FeedbackPerson,
  askedAt: z.string(),
  /** The counts' window: seven days up to the moment it was asked. */
  countedFrom: z.string(),
  counts: z.object({ sought: z.number().int(), given: z.number().int() }),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type FeedbackPrompt = z.infer<typeof FeedbackPrompt>;
/** `GET …/feedback-prompt`: the prompt, or null while none was asked. */
export const FeedbackPromptState = z.object({ prompt: FeedbackPrompt.nullable() });
export type FeedbackPromptState = z.infer<typeof FeedbackPromptState>;
