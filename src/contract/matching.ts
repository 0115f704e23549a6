import { z } from 'zod';
import { ProgramPerson } from './programs.js';

// Factor lists mirror src/domain/matching/score; src/server/modules/matching/matching.unit.test.ts
// fails if they drift apart. Names carry a `matching` prefix because `contract/index.ts` re-exports
// every module.
export const matchingMentoringFactors = [
  'complementaryFit',
  'seniorityGap',
  'functionFit',
  'timeZoneOverlap',
  'sharedLanguage',
  'preferences',
  'profileFit',
] as const;
export const matchingCoachingFactors = [
  'specialtyFit',
  'clientSeniority',
  'sharedLanguage',
  'timeZoneOverlap',
] as const;

export const matchingKinds = ['mentoring', 'coaching'] as const;
export const MatchingKind = z.enum(matchingKinds);
export type MatchingKind = z.infer<typeof MatchingKind>;

export const matchingModes = ['bulk', 'self_service'] as const;
export const MatchingMode = z.enum(matchingModes);
export type MatchingMode = z.infer<typeof MatchingMode>;

export const MatchingObjective = z.enum(['max-score', 'max-participation']);
export type MatchingObjective = z.infer<typeof MatchingObjective>;

export const MatchingFunctionPreference = z.enum(['same', 'cross_functional', 'any']);

const weight = z.number().min(0, 'must be 0 or more').max(100, 'must be at most 100');
const someWeight = (weights: Record<string, number>) => Object.values(weights).some((value) => value > 0);
const someWeightMessage = 'needs at least one weight above 0';

export const MatchingMentoringWeights = z
  .object({
    complementaryFit: weight,
    seniorityGap: weight,
    functionFit: weight,
    timeZoneOverlap: weight,
    sharedLanguage: weight,
    preferences: weight,
    /** Alike behavioural profiles (both people filled theirs in); neutral when either has none. */
    profileFit: weight,
  })
  .refine(someWeight, someWeightMessage);
export const MatchingCoachingWeights = z
  .object({ specialtyFit: weight, clientSeniority: weight, sharedLanguage: weight, timeZoneOverlap: weight })
  .refine(someWeight, someWeightMessage);

/** A pair named by the two people: the participant and their mentor or coach. */
export const MatchingPersonPair = z.object({ participantPersonId: z.uuid(), partnerPersonId: z.uuid() });
export type MatchingPersonPair = z.infer<typeof MatchingPersonPair>;

/** A person's ranked choices, first choice first (a mentee's mentors, or a mentor's mentees). */
export const MatchingRankedChoices = z.object({
  personId: z.uuid(),
  choices: z.array(z.uuid()).min(1, 'needs at least one choice').max(10, 'has more than 10 choices'),
});

/** A program's matching settings, every field filled (defaults where the admin set nothing). */
export const MatchingSettings = z.object({
  /** `bulk`: an admin runs, reviews and publishes; `self_service`: mentees request from their top five. */
  mode: MatchingMode,
  /** `max-participation` first matches as many people as possible, then maximises the score. */
  objective: MatchingObjective,
  mentoringWeights: MatchingMentoringWeights,
  coachingWeights: MatchingCoachingWeights,
  /** Same function (or industry), deliberately another function, or no preference. */
  functionPreference: MatchingFunctionPreference,
  excludeManager: z.boolean(),
  excludeManagersManager: z.boolean(),
  excludeSameManagerPeers: z.boolean(),
  /** Hours between the two clocks; null for no limit. */
  maxTimeZoneDifferenceHours: z.number().int().min(0).max(26).nullable(),
  /** Leave out pairs that were matched before (in any program). */
  excludePreviousPairs: z.boolean(),
  mustPairs: z.array(MatchingPersonPair).max(1000),
  neverPairs: z.array(MatchingPersonPair).max(1000),
  menteeChoices: z.array(MatchingRankedChoices).max(10_000),
  mentorChoices: z.array(MatchingRankedChoices).max(10_000),
});
export type MatchingSettings = z.infer<typeof MatchingSettings>;

/** `PUT /api/programs/:id/matching-settings`: any field left out takes its default. */
export const MatchingSettingsInput = MatchingSettings.partial();
export type MatchingSettingsInput = z.infer<typeof MatchingSettingsInput>;

export const MatchingFactor = z.object({
  factor: z.string(),
  /** 0–1: how well the pair does on this factor. */
  value: z.number(),
  weight: z.number(),
  /** What the factor adds to the 0–100 score. */
  points: z.number(),
  reason: z.string().nullable(),
});

/** A participant matched with a mentor or coach on a run's board. */
export const MatchingProposal = z.object({
  id: z.uuid(),
  participant: ProgramPerson,
  partner: ProgramPerson,
  /** 0–100. */
  score: z.number(),
  factors: z.array(MatchingFactor),
  /** The two or three strongest reasons, in plain words. */
  reasons: z.array(z.string()),
  /** What an admin should look at before publishing (weak factors, a low score). */
  warnings: z.array(z.string()),
  /** Locked pairs stay as they are when the rest is re-run. */
  isLocked: z.boolean(),
  /** `solver` proposed it; `admin` placed it by hand (and it is locked). */
  source: z.enum(['solver', 'admin']),
});
export type MatchingProposal = z.infer<typeof MatchingProposal>;

export const MatchingUnmatched = z.object({ participant: ProgramPerson, reason: z.string() });
export type MatchingUnmatched = z.infer<typeof MatchingUnmatched>;

export const MatchingPartnerLoad = z.object({
  partner: ProgramPerson,
  capacity: z.number().int(),
  /** Participants proposed to them in this run. */
  load: z.number().int(),
  /** Participants they already have from earlier publications or requests in this program. */
  alreadyMatched: z.number().int(),
});
export type MatchingPartnerLoad = z.infer<typeof MatchingPartnerLoad>;

export const MatchingGroupRate = z.object({
  group: z.string(),
  participants: z.number().int(),
  matched: z.number().int(),
  /** matched / participants, 0–1. */
  rate: z.number(),
});

/** Who got matched and how well, so an admin sees whether a run treats every group alike. */
export const MatchingFairness = z.object({
  participants: z.number().int(),
  matched: z.number().int(),
  unmatched: z.number().int(),
  matchRate: z.number(),
  scores: z.object({
    min: z.number().nullable(),
    median: z.number().nullable(),
    mean: z.number().nullable(),
    max: z.number().nullable(),
    /** Ten bands of ten points: 0–10, 10–20, … 90–100. */
    histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
  }),
  byDepartment: z.array(MatchingGroupRate),
  byTier: z.array(MatchingGroupRate),
  byLocation: z.array(MatchingGroupRate),
  partnerLoad: z.object({
    partners: z.number().int(),
    capacity: z.number().int(),
    used: z.number().int(),
    /** Partners with nobody proposed. */
    idle: z.number().int(),
    /** Partners proposed up to their capacity. */
    full: z.number().int(),
    /** How many partners carry each load: load 0, 1, 2, … */
    distribution: z.array(z.object({ load: z.number().int(), partners: z.number().int() })),
  }),
});
export type MatchingFairness = z.infer<typeof MatchingFairness>;

export const matchingRunStatuses = ['draft', 'published', 'discarded'] as const;
export const MatchingRunStatus = z.enum(matchingRunStatuses);
export type MatchingRunStatus = z.infer<typeof MatchingRunStatus>;

export const MatchingRunSummary = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  kind: MatchingKind,
  status: MatchingRunStatus,
  objective: MatchingObjective,
  totalScore: z.number(),
  matched: z.number().int(),
  unmatched: z.number().int(),
  /** True while the board is the solver's optimum given the locked pairs; false after a hand edit. */
  isOptimal: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type MatchingRunSummary = z.infer<typeof MatchingRunSummary>;

/** One matching run with its whole board. */
export const MatchingRun = MatchingRunSummary.extend({
  proposals: z.array(MatchingProposal),
  unmatchedParticipants: z.array(MatchingUnmatched),
  partners: z.array(MatchingPartnerLoad),
  fairness: MatchingFairness,
});
export type MatchingRun = z.infer<typeof MatchingRun>;

export const MatchingRunList = z.object({ items: z.array(MatchingRunSummary) });

/** `POST /api/programs/:id/matching-runs`. `kind` defaults to the program's type (required for blended). */
export const MatchingRunCreate = z.object({ kind: MatchingKind.optional() });
export type MatchingRunCreate = z.infer<typeof MatchingRunCreate>;

export const MatchingRunParams = z.object({ id: z.uuid(), runId: z.uuid() });
export const MatchingProposalParams = MatchingRunParams.extend({ proposalId: z.uuid() });

export const MatchingProposalUpdate = z.object({ isLocked: z.boolean() });
export const MatchingProposalCreate = MatchingPersonPair;
export const MatchingSwap = z.object({
  proposalIds: z
    .tuple([z.uuid(), z.uuid()])
    .refine(([first, second]) => first !== second, 'must name two different proposals'),
});
export type MatchingSwap = z.infer<typeof MatchingSwap>;

/** `POST …/publish`: what the published pairs became. */
export const MatchingPublication = z.object({
  run: MatchingRun,
  /** Mentoring relationships or coaching engagements created, one per proposal. */
  created: z.number().int(),
});

// Self-service matching: a mentee asks one of their top suggestions; the mentor accepts or declines.

export const MatchingSuggestion = z.object({
  partner: ProgramPerson,
  score: z.number(),
  reasons: z.array(z.string()),
  /** Places left with this mentor. */
  openPlaces: z.number().int(),
});
export type MatchingSuggestion = z.infer<typeof MatchingSuggestion>;

export const matchRequestStatuses = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export const MatchRequestStatus = z.enum(matchRequestStatuses);

export const MatchRequest = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  mentee: ProgramPerson,
  mentor: ProgramPerson,
  status: MatchRequestStatus,
  score: z.number(),
  reasons: z.array(z.string()),
  /** The mentee's note to the mentor. */
  message: z.string(),
  /** Why the mentor declined, when they said. */
  declineReason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type MatchRequest = z.infer<typeof MatchRequest>;

/** A self-service program as one of its mentees sees it. */
export const SelfServiceProgram = z.object({
  programId: z.uuid(),
  programName: z.string(),
  /** The mentee's mentor once matched; then there are no suggestions. */
  mentor: ProgramPerson.nullable(),
  /** The request waiting for an answer; a mentee has at most one at a time. */
  pendingRequest: MatchRequest.nullable(),
  /** Up to five, best first, rotated among near-equal mentors. Empty while a request waits. */
  suggestions: z.array(MatchingSuggestion),
});
export type SelfServiceProgram = z.infer<typeof SelfServiceProgram>;

export const SelfServiceOverview = z.object({ programs: z.array(SelfServiceProgram) });

export const MatchRequestCreate = z.object({
  mentorPersonId: z.uuid(),
  message: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
});
export type MatchRequestCreate = z.input<typeof MatchRequestCreate>;

export const MatchRequestDecline = z.object({
  reason: z.string().trim().max(500, 'must be at most 500 characters').optional(),
});
export const MatchRequestParams = z.object({ requestId: z.uuid() });
export const MatchRequestList = z.object({ items: z.array(MatchRequest) });

// The program's pairs once published or accepted: its mentoring relationships and coaching engagements.

export const ProgramMatch = z.object({
  id: z.uuid(),
  kind: MatchingKind,
  participant: ProgramPerson,
  /** The mentor or coach. */
  partner: ProgramPerson,
  status: z.enum(['proposed', 'active', 'paused', 'completed', 'ended_early']),
  origin: z.enum(['matching_run', 'self_service']),
  score: z.number(),
  reasons: z.array(z.string()),
  createdAt: z.string(),
});
export type ProgramMatch = z.infer<typeof ProgramMatch>;

export const ProgramMatchQuery = z.object({
  kind: MatchingKind.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type ProgramMatchQuery = z.input<typeof ProgramMatchQuery>;

export const ProgramMatchPage = z.object({
  items: z.array(ProgramMatch),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProgramMatchPage = z.infer<typeof ProgramMatchPage>;
