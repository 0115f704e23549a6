import { z } from 'zod';
import { CalendarDate } from './people.js';
import { ProgramPerson, ProgramSessionCadence } from './programs.js';

// Mirrors src/domain/engagements (mentoring-lifecycle.ts, agreement.ts); the relationships
// integration test fails if they drift apart.
export const relationshipStatuses = ['proposed', 'active', 'completed', 'ended_early'] as const;
export const RelationshipStatus = z.enum(relationshipStatuses);
export type RelationshipStatus = z.infer<typeof RelationshipStatus>;

export const relationshipEndingKinds = ['no_fault_exit', 'concluded_inactive', 'other'] as const;
export const RelationshipEndingKind = z.enum(relationshipEndingKinds);

export const RelationshipParams = z.object({ id: z.uuid() });

/** The mentoring agreement both sides sign: how they keep confidence, how often they meet, when, and what about. */
export const RelationshipAgreementInput = z.object({
  confidentialityNorms: z.string().trim().max(2000, 'must be at most 2000 characters'),
  cadence: ProgramSessionCadence,
  startDate: CalendarDate,
  endDate: CalendarDate,
  /** What the mentee wants to work on: the mentee sets the agenda. */
  topics: z.array(z.string()).max(10, 'has more than 10 topics'),
});
export type RelationshipAgreementInput = z.infer<typeof RelationshipAgreementInput>;

export const RelationshipAgreement = RelationshipAgreementInput.extend({ startDate: z.string(), endDate: z.string() });

export const RelationshipTrainingInput = z.object({
  /** Keys of the items the signed-in side ticks; replaces their earlier ticks. */
  ticked: z.array(z.string()).max(20),
});

export const RelationshipTransition = z.object({
  to: RelationshipStatus,
  /** Needed to end early: `no_fault_exit` needs no reason; `other` does. */
  ending: z
    .object({ kind: RelationshipEndingKind, reason: z.string().trim().max(1000).nullable().default(null) })
    .optional(),
});
export type RelationshipTransition = z.input<typeof RelationshipTransition>;

const ChecklistState = z.object({
  items: z.array(z.object({ key: z.string(), label: z.string(), isTicked: z.boolean() })),
  isComplete: z.boolean(),
});

/**
 * A mentoring relationship as one of its people (or an admin) sees it. Admins see dates, status
 * and whether the agreement is signed, never its confidentiality norms or topics (`agreement` null).
 */
export const Relationship = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  mentor: ProgramPerson,
  mentee: ProgramPerson,
  status: RelationshipStatus,
  nextStatuses: z.array(RelationshipStatus),
  origin: z.enum(['matching_run', 'self_service']),
  score: z.number(),
  reasons: z.array(z.string()),
  /** What the signed-in user is in it: `mentor`, `mentee`, or `admin` looking at metadata. */
  myRole: z.enum(['mentor', 'mentee', 'admin']),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  cadence: ProgramSessionCadence.nullable(),
  agreement: RelationshipAgreement.nullable(),
  signatures: z.object({ mentor: z.string().nullable(), mentee: z.string().nullable() }),
  training: z.object({ mentor: ChecklistState, mentee: ChecklistState }),
  /**
   * Meetings against the agreed cadence, for an active relationship with an agreement: `flagged`
   * after twice the cadence without a meeting, `warned` once both were told (90 days), `conclude`
   * when it is about to be ended. Null otherwise.
   */
  health: z
    .object({
      state: z.enum(['on_track', 'flagged', 'warned', 'conclude']),
      daysSinceMeeting: z.number().int(),
      lastMeetingAt: z.string().nullable(),
    })
    .nullable(),
  ending: z
    .object({
      kind: RelationshipEndingKind,
      reason: z.string().nullable(),
      endedAt: z.string(),
      offersRematch: z.boolean(),
    })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Relationship = z.infer<typeof Relationship>;

export const RelationshipQuery = z.object({
  programId: z.uuid().optional(),
  status: RelationshipStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type RelationshipQuery = z.input<typeof RelationshipQuery>;

export const RelationshipPage = z.object({
  items: z.array(Relationship),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type RelationshipPage = z.infer<typeof RelationshipPage>;
