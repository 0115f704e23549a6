import { z } from 'zod';
import { CalendarDate } from './people.js';

// 360-degree feedback over the HTTP API: instruments, cycles, nominations, the rater's form and
// the report. The rules themselves (scoring, anonymity) live in src/domain/assessments.

export const instrumentKinds = ['leadership_360', 'behavioural_profile', 'engagement_pulse', 'custom'] as const;
export const InstrumentKind = z.enum(instrumentKinds);

/** One instrument version as listed: shipped with Tandem, or imported by the organization. */
export const InstrumentSummary = z.object({
  key: z.string(),
  version: z.number().int(),
  kind: InstrumentKind,
  title: z.string(),
  description: z.string(),
  scaleCount: z.number().int(),
  itemCount: z.number().int(),
  isShipped: z.boolean(),
});
export type InstrumentSummary = z.infer<typeof InstrumentSummary>;
export const InstrumentList = z.object({ items: z.array(InstrumentSummary) });
export type InstrumentList = z.infer<typeof InstrumentList>;

/** The whole instrument, as exported and imported (JSON). */
export const InstrumentDocument = z.object({
  key: z.string(),
  version: z.number().int(),
  title: z.string(),
  kind: InstrumentKind,
  description: z.string(),
  likert: z.object({ points: z.number().int(), labels: z.array(z.string()) }),
  scales: z.array(
    z.object({ key: z.string(), label: z.string(), description: z.string(), competencyKey: z.string().nullable() }),
  ),
  items: z.array(
    z.union([
      z.object({
        kind: z.literal('likert'),
        key: z.string(),
        text: z.string(),
        scaleKey: z.string(),
        isReverseKeyed: z.boolean(),
      }),
      z.object({ kind: z.literal('comment'), key: z.string(), text: z.string() }),
    ]),
  ),
});
export type InstrumentDocument = z.infer<typeof InstrumentDocument>;
export const InstrumentParams = z.object({ key: z.string().max(60), version: z.coerce.number().int().min(1) });

export const feedbackPhases = ['pre', 'mid', 'post'] as const;
export const FeedbackPhase = z.enum(feedbackPhases);
export type FeedbackPhase = z.infer<typeof FeedbackPhase>;

/** nominating → awaiting_approval → collecting → closed; the manager may send a list back to nominating. */
export const feedbackCycleStatuses = ['nominating', 'awaiting_approval', 'collecting', 'closed'] as const;
export const FeedbackCycleStatus = z.enum(feedbackCycleStatuses);
export type FeedbackCycleStatus = z.infer<typeof FeedbackCycleStatus>;

/** Who a rater is to the participant. `self` is the participant's own rating and is added by Tandem. */
export const raterGroups = ['self', 'manager', 'peers', 'direct_reports', 'others'] as const;
export const RaterGroup = z.enum(raterGroups);
export type RaterGroup = z.infer<typeof RaterGroup>;
export const nominatedGroups = ['manager', 'peers', 'direct_reports', 'others'] as const;
export const NominatedGroup = z.enum(nominatedGroups);

/** The lowest anonymity threshold anyone may set; organizations may only raise it. */
export const minimumAnonymityThreshold = 3;

export const FeedbackCycleCreate = z.object({
  /** The participant: enrolled as a participant in the program (whose id is in the path). */
  personId: z.uuid(),
  phase: FeedbackPhase,
  /** Defaults to the shipped leadership 360, latest version. */
  instrumentKey: z.string().max(60).optional(),
  instrumentVersion: z.number().int().min(1).optional(),
  /** Responses a group needs before it is shown (3 or more; default 3). */
  anonymityThreshold: z
    .number()
    .int()
    .min(minimumAnonymityThreshold, `must be at least ${minimumAnonymityThreshold}`)
    .max(20)
    .default(minimumAnonymityThreshold),
  /** Last day raters can answer; the cycle closes after it. */
  closesOn: CalendarDate,
});
export type FeedbackCycleCreate = z.infer<typeof FeedbackCycleCreate>;

export const Nomination = z.object({ personId: z.uuid(), group: NominatedGroup });
export type Nomination = z.infer<typeof Nomination>;
export const NominationsUpdate = z.object({ raters: z.array(Nomination).max(40, 'must list at most 40 raters') });
export type NominationsUpdate = z.infer<typeof NominationsUpdate>;
export const ReturnNominations = z.object({ note: z.string().trim().min(1, 'is required').max(1000) });

/** A nominee as the participant and their manager see them: who, in which group; never their answers. */
export const Nominee = z.object({
  personId: z.uuid(),
  name: z.string(),
  title: z.string(),
  group: RaterGroup,
});

export const GroupCount = z.object({ group: RaterGroup, invited: z.number().int(), answered: z.number().int() });

export const FeedbackCycle = z.object({
  id: z.uuid(),
  program: z.object({ id: z.uuid(), name: z.string() }),
  participant: z.object({ id: z.uuid(), name: z.string() }),
  phase: FeedbackPhase,
  status: FeedbackCycleStatus,
  instrument: z.object({ key: z.string(), version: z.number().int(), title: z.string() }),
  anonymityThreshold: z.number().int(),
  closesOn: z.string(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The manager's note when they sent the list back. */
  returnNote: z.string().nullable(),
  /** What the actor is to this cycle: decides what else is shown. */
  viewerRole: z.enum(['participant', 'approver', 'admin']),
  /** The nominees: to the participant and the approver only (null to an admin). */
  nominees: z.array(Nominee).nullable(),
  /** Invitations and answers per group: counts only. */
  counts: z.array(GroupCount),
  isReportReady: z.boolean(),
});
export type FeedbackCycle = z.infer<typeof FeedbackCycle>;

export const FeedbackCycleQuery = z.object({
  programId: z.uuid().optional(),
  status: FeedbackCycleStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const FeedbackCyclePage = z.object({
  items: z.array(FeedbackCycle),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type FeedbackCyclePage = z.infer<typeof FeedbackCyclePage>;
export const FeedbackCycleParams = z.object({ id: z.uuid() });
export const ProgramFeedbackParams = z.object({ programId: z.uuid() });

/** What a rater sees through their link: whom they rate, as whom, the questions and their answers so far. */
export const RaterForm = z.object({
  participantName: z.string(),
  group: RaterGroup,
  phase: FeedbackPhase,
  closesOn: z.string(),
  isOpen: z.boolean(),
  /** Responses a group needs before anything of it is shown to the participant. */
  anonymityThreshold: z.number().int(),
  submittedAt: z.string().nullable(),
  instrument: InstrumentDocument,
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});
export type RaterForm = z.infer<typeof RaterForm>;
export const RaterParams = z.object({ token: z.string().max(200) });
/** `POST /api/feedback-cycles/:id/self-rating`: a fresh link to the participant's own rating (the mailed one stops working). */
export const SelfRatingLink = z.object({ path: z.string() });
export type SelfRatingLink = z.infer<typeof SelfRatingLink>;
export const RaterAnswersUpdate = z.object({
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  /** True when the rater is done; they may still change answers until the cycle closes. */
  submit: z.boolean().default(false),
});
export type RaterAnswersUpdate = z.infer<typeof RaterAnswersUpdate>;

const ShownGroup = z.object({
  label: z.enum(['manager', 'peers', 'direct_reports', 'others']),
  members: z.array(NominatedGroup),
  responses: z.number().int(),
  isAttributed: z.boolean(),
});

/** The participant's report: only what the anonymity rules let through. */
export const FeedbackReport = z.object({
  cycleId: z.uuid(),
  phase: FeedbackPhase,
  instrument: z.object({ key: z.string(), version: z.number().int(), title: z.string(), points: z.number().int() }),
  anonymityThreshold: z.number().int(),
  shownGroups: z.array(ShownGroup),
  suppressedGroups: z.array(NominatedGroup),
  scales: z.array(
    z.object({
      scaleKey: z.string(),
      label: z.string(),
      self: z.number().nullable(),
      others: z.object({ mean: z.number().nullable(), responses: z.number().int() }),
      groups: z.array(
        z.object({
          label: z.string(),
          isAttributed: z.boolean(),
          mean: z.number().nullable(),
          responses: z.number().int(),
        }),
      ),
      gap: z.number().nullable(),
      finding: z.enum(['blind_spot', 'hidden_strength', 'aligned']).nullable(),
      distribution: z.array(z.number().int()),
    }),
  ),
  comments: z.array(z.object({ itemKey: z.string(), text: z.string() })),
  managerComments: z.array(z.object({ itemKey: z.string(), text: z.string() })),
  /** The participant's own answers to the open questions. */
  selfComments: z.array(z.object({ itemKey: z.string(), text: z.string() })),
  /** The same participant's earlier cycle in the program, when both have a report: change per scale. */
  comparison: z
    .object({
      phase: FeedbackPhase,
      scales: z.array(
        z.object({
          scaleKey: z.string(),
          label: z.string(),
          before: z.number().nullable(),
          after: z.number().nullable(),
          change: z.number().nullable(),
        }),
      ),
    })
    .nullable(),
});
export type FeedbackReport = z.infer<typeof FeedbackReport>;

export const FeedbackCandidatesQuery = z.object({
  /** Part of a name, title or department; without it, the people suggested by the reporting lines. */
  search: z.string().trim().max(200).optional(),
});

/** An active person of the organization the participant may nominate; never the participant. */
export const FeedbackCandidate = z.object({
  personId: z.uuid(),
  name: z.string(),
  title: z.string(),
  department: z.string(),
  /** From the reporting lines: the participant's manager, a peer (same manager), a direct report; else others. */
  suggestedGroup: NominatedGroup,
});
export type FeedbackCandidate = z.infer<typeof FeedbackCandidate>;
export const FeedbackCandidates = z.object({ items: z.array(FeedbackCandidate) });
export type FeedbackCandidates = z.infer<typeof FeedbackCandidates>;
