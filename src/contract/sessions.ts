import { z } from 'zod';
import { CalendarDate } from './people.js';

// Mirrors src/domain/programs (sessionFrameworks) and sessions.table.ts; the sessions
// integration test fails if they drift apart.
export const sessionFrameworkKeys = ['five_cs', 'grow', 'stop_look_choose'] as const;
export const SessionFramework = z.enum(sessionFrameworkKeys);
export const sessionStatusKeys = ['scheduled', 'held', 'cancelled'] as const;
export const SessionStatus = z.enum(sessionStatusKeys);
export type SessionStatus = z.infer<typeof SessionStatus>;

/**
 * The key of the general note of a session, which belongs to no template section (stored as the
 * empty section). Template section keys never use it.
 */
export const generalSection = 'general';

/** A moment in UTC, written like 2026-03-02T09:30:00Z. */
const UtcDateTime = z.iso.datetime({ message: 'must be a UTC date-time like 2026-03-02T09:30:00Z' });

export const SessionParams = z.object({ id: z.uuid() });
export const SessionNoteParams = z.object({
  id: z.uuid(),
  section: z
    .string()
    .regex(/^[a-z_]{1,40}$/, 'must be a template section key or general')
    .describe(`A section key of the session's template, or \`${generalSection}\` for the general note`),
});
export const SessionActionItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

export const SessionScheduleInput = z.object({
  scheduledAt: UtcDateTime,
  durationMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(15, 'must be at least 15 minutes')
    .max(480, 'must be at most 480 minutes'),
  agenda: z.string().trim().max(5000, 'must be at most 5000 characters').default(''),
  /** Default: five_cs for mentoring, grow for coaching. */
  framework: SessionFramework.optional(),
  /** A room or a video link. */
  location: z.string().trim().max(500, 'must be at most 500 characters').default(''),
});
export type SessionScheduleInput = z.input<typeof SessionScheduleInput>;

export const SessionUpdateInput = z.object({
  scheduledAt: UtcDateTime.optional(),
  durationMinutes: SessionScheduleInput.shape.durationMinutes.optional(),
  agenda: z.string().trim().max(5000, 'must be at most 5000 characters').optional(),
  location: z.string().trim().max(500, 'must be at most 500 characters').optional(),
  /** A scheduled session is marked held (once it has started) or cancelled; both are final. */
  status: z.enum(['held', 'cancelled']).optional(),
});
export type SessionUpdateInput = z.input<typeof SessionUpdateInput>;

export const SessionNoteInput = z.object({
  /** The whole note; an empty (or blank) body removes it. */
  body: z.string().max(20_000, 'must be at most 20000 characters'),
});

export const SessionActionItemInput = z.object({
  description: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters'),
  /** One of the two people of the pair. */
  ownerPersonId: z.uuid(),
  dueDate: CalendarDate.nullable().default(null),
});
export type SessionActionItemInput = z.input<typeof SessionActionItemInput>;

export const SessionActionItemUpdate = z.object({ done: z.boolean() });

export const SessionListQuery = z.object({
  from: UtcDateTime.optional(),
  to: UtcDateTime.optional(),
});

/**
 * What the signed-in user sees of a session: `pair` (one of its two people: everything but the
 * other person's private notes), `metadata` (an admin: time, length, status, counts) or
 * `time_and_status` (the manager or sponsor of a coaching engagement).
 */
export const SessionAccess = z.enum(['pair', 'metadata', 'time_and_status']);
export type SessionAccess = z.infer<typeof SessionAccess>;

export const SessionParticipant = z.object({
  personId: z.uuid(),
  name: z.string(),
  role: z.enum(['mentor', 'mentee', 'coach', 'leader']),
});

/** A session in a list: never notes; agenda and location only for the pair. */
export const SessionSummary = z.object({
  id: z.uuid(),
  kind: z.enum(['mentoring', 'coaching']),
  relationshipId: z.uuid().nullable(),
  engagementId: z.uuid().nullable(),
  access: SessionAccess,
  myRole: z.enum(['mentor', 'mentee', 'coach', 'leader', 'manager', 'sponsor', 'admin']),
  participants: z.array(SessionParticipant),
  scheduledAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  status: SessionStatus,
  sequence: z.number().int(),
  /** Null for the manager and sponsor. */
  framework: SessionFramework.nullable(),
  /** Null for anyone but the pair. */
  agenda: z.string().nullable(),
  location: z.string().nullable(),
  /** Null for the manager and sponsor. Private notes are not counted: they are their author's alone. */
  counts: z
    .object({ sharedNotes: z.number().int(), actionItems: z.number().int(), openActionItems: z.number().int() })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const SessionNote = z.object({
  /** A template section key, or `general`. */
  section: z.string(),
  visibility: z.enum(['shared', 'private']),
  body: z.string(),
  /** Who wrote it last. */
  authorPersonId: z.uuid(),
  updatedAt: z.string(),
});
export type SessionNote = z.infer<typeof SessionNote>;

export const SessionActionItem = z.object({
  id: z.uuid(),
  description: z.string(),
  ownerPersonId: z.uuid(),
  dueDate: z.string().nullable(),
  isDone: z.boolean(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});
export type SessionActionItem = z.infer<typeof SessionActionItem>;

export const SessionTemplate = z.object({
  framework: SessionFramework,
  title: z.string(),
  /** The template's sections, then the general one. */
  sections: z.array(z.object({ key: z.string(), title: z.string(), prompt: z.string() })),
});

/**
 * One session. The pair sees the template, the shared notes, their own private notes (never the
 * other person's) and the action items; everyone else sees null in those fields.
 */
export const Session = SessionSummary.extend({
  template: SessionTemplate.nullable(),
  sharedNotes: z.array(SessionNote).nullable(),
  myPrivateNotes: z.array(SessionNote).nullable(),
  actionItems: z.array(SessionActionItem).nullable(),
});
export type Session = z.infer<typeof Session>;

export const SessionList = z.object({ items: z.array(SessionSummary) });
export type SessionList = z.infer<typeof SessionList>;

/** A secret calendar feed: the path (with its token) is shown once, when created. */
export const CalendarFeed = z.object({
  /** `/api/calendar/<token>.ics`; prefix it with the server's address. */
  path: z.string(),
  createdAt: z.string(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;

export const CalendarFeedParams = z.object({ token: z.string().max(200) });
