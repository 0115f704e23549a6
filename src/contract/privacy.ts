import { z } from 'zod';
import { FeedbackCycleStatus, FeedbackPhase, FeedbackReport, RaterGroup } from './assessments.js';

/** Someone other than the person the export is about: their name only, never their contact details. */
const OtherPerson = z.object({ name: z.string() });
const Timestamp = z.string();
const Day = z.string();

const PersonRecord = z.object({
  id: z.uuid(),
  employeeId: z.string(),
  name: z.string(),
  email: z.string(),
  title: z.string(),
  tier: z.string(),
  function: z.string(),
  department: z.string(),
  manager: OtherPerson.nullable(),
  location: z.string(),
  timeZone: z.string(),
  languages: z.array(z.string()),
  hireDate: Day.nullable(),
  isHighPotential: z.boolean(),
  performanceRating: z.number().int().nullable(),
  potentialRating: z.number().int().nullable(),
  skills: z.array(z.object({ skill: z.string(), level: z.number().int() })),
  industries: z.array(z.string()),
  yearsOfExperience: z.number().int().nullable(),
  developmentGoals: z.string(),
  developmentCompetencies: z.array(z.string()),
  status: z.string(),
  exitDate: Day.nullable(),
  erasedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** A login: never its password hash, sessions or calendar-feed token. */
const UserAccount = z.object({
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  createdAt: Timestamp,
  disabledAt: Timestamp.nullable(),
});

const ProgramEnrollment = z.object({
  program: z.string(),
  programType: z.string(),
  role: z.string(),
  capacity: z.number().int().nullable(),
  enrolledAt: Timestamp,
});

const ApproachRecommendation = z.object({
  createdAt: Timestamp,
  need: z.record(z.string(), z.unknown()),
  recommendedApproach: z.string(),
  rules: z.array(z.object({ title: z.string(), explanation: z.string() })),
  targetCompetencies: z.array(z.string()),
  overrideApproach: z.string().nullable(),
  overrideReason: z.string().nullable(),
  overriddenAt: Timestamp.nullable(),
});

const MatchRequest = z.object({
  direction: z.enum(['sent', 'received']),
  program: z.string(),
  mentor: OtherPerson,
  mentee: OtherPerson,
  status: z.string(),
  message: z.string(),
  declineReason: z.string().nullable(),
  createdAt: Timestamp,
  decidedAt: Timestamp.nullable(),
});

const MentoringRelationship = z.object({
  id: z.uuid(),
  program: z.string(),
  myRole: z.enum(['mentor', 'mentee']),
  mentor: OtherPerson,
  mentee: OtherPerson,
  status: z.string(),
  startDate: Day.nullable(),
  endDate: Day.nullable(),
  agreement: z.object({
    confidentialityNorms: z.string().nullable(),
    cadence: z.string().nullable(),
    topics: z.array(z.string()),
    mentorSignedAt: Timestamp.nullable(),
    menteeSignedAt: Timestamp.nullable(),
  }),
  /** The training checklist items this person ticked. */
  myTraining: z.array(z.string()),
  endingKind: z.string().nullable(),
  endReason: z.string().nullable(),
  endedAt: Timestamp.nullable(),
  createdAt: Timestamp,
});

const CoachingEngagement = z.object({
  id: z.uuid(),
  program: z.string(),
  myRoles: z.array(z.enum(['coach', 'leader', 'manager', 'sponsor'])),
  coach: OtherPerson,
  leader: OtherPerson,
  manager: OtherPerson.nullable(),
  sponsor: OtherPerson.nullable(),
  status: z.string(),
  startDate: Day.nullable(),
  endDate: Day.nullable(),
  goals: z.array(
    z.object({
      statement: z.string(),
      competency: z.string(),
      metric: z.string(),
      baseline: z.number(),
      target: z.number(),
      dueDate: Day,
    }),
  ),
  agreement: z.array(z.object({ party: z.string(), confirmedBy: OtherPerson, confirmedAt: Timestamp })),
  endReason: z.string().nullable(),
  finalSummary: z.string().nullable(),
  endedAt: Timestamp.nullable(),
  createdAt: Timestamp,
});

const SessionRecord = z.object({
  id: z.uuid(),
  kind: z.enum(['mentoring', 'coaching']),
  relationshipId: z.uuid().nullable(),
  engagementId: z.uuid().nullable(),
  myRole: z.enum(['mentor', 'mentee', 'coach', 'leader']),
  with: OtherPerson,
  scheduledAt: Timestamp,
  durationMinutes: z.number().int(),
  status: z.string(),
  framework: z.string(),
  agenda: z.string(),
  location: z.string(),
  sharedNotes: z.array(z.object({ section: z.string(), body: z.string(), author: OtherPerson, updatedAt: Timestamp })),
  /** This person's own private notes; the other person's private notes are never exported. */
  myPrivateNotes: z.array(z.object({ section: z.string(), body: z.string(), updatedAt: Timestamp })),
  actionItems: z.array(
    z.object({ description: z.string(), owner: OtherPerson, dueDate: Day.nullable(), doneAt: Timestamp.nullable() }),
  ),
});

const ProgressCheck = z.object({
  engagementId: z.uuid(),
  checkedAt: Timestamp,
  by: OtherPerson,
  ratings: z.array(z.object({ statement: z.string(), rating: z.number(), evidence: z.string() })),
});

const WeeklyGoal = z.object({
  week: z.string(),
  description: z.string(),
  developmentGoal: z.string(),
  businessResult: z.string(),
  doneAt: Timestamp.nullable(),
  createdAt: Timestamp,
});

const Notification = z.object({
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
});

/** A 360 of the person: its dates, how many answered per group (never who), and the report once closed. */
const FeedbackCycleRecord = z.object({
  id: z.uuid(),
  program: z.string(),
  phase: FeedbackPhase,
  status: FeedbackCycleStatus,
  closesOn: z.string(),
  createdAt: Timestamp,
  closedAt: Timestamp.nullable(),
  answeredPerGroup: z.array(z.object({ group: RaterGroup, answered: z.number().int() })),
  /** Null until closed, and in an administrator's export: the report is the participant's alone. */
  report: FeedbackReport.nullable(),
});

/** Feedback the person gave as a rater: their own answers (withheld from an administrator's export). */
const FeedbackGiven = z.object({
  cycleId: z.uuid(),
  about: OtherPerson,
  group: RaterGroup,
  submittedAt: Timestamp.nullable(),
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});

/** The person's behavioural self-profile (null in an administrator's export: it is theirs alone). */
const BehaviouralProfileRecord = z.object({
  instrument: z.object({ key: z.string(), version: z.number().int() }),
  completedAt: Timestamp,
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  means: z.record(z.string(), z.number().nullable()),
});

/** The team pulse: surveys the person was asked to answer about their team, and their own team's results as a leader. */
const TeamPulseRecord = z.object({
  asked: z.array(
    z.object({
      quarter: z.string(),
      leader: OtherPerson,
      /** Whether they answered (never what); null in an administrator's export. */
      hasAnswered: z.boolean().nullable(),
    }),
  ),
  asLeader: z.array(
    z.object({
      quarter: z.string(),
      invited: z.number().int(),
      responses: z.number().int(),
      score: z.number().nullable(),
    }),
  ),
});

/**
 * Ongoing feedback: requests the person sent and received, feedback they gave and got, kudos both
 * ways and the feedback prompts of their sessions. In an administrator's export the words are left
 * out (empty, or null for a prompt's answer): they are the two people's, not the organization's.
 */
const OngoingFeedbackRecord = z.object({
  requests: z.array(
    z.object({
      direction: z.enum(['sent', 'received']),
      requester: OtherPerson,
      asked: OtherPerson,
      competencyKey: z.string(),
      question: z.string(),
      status: z.string(),
      createdAt: Timestamp,
      decidedAt: Timestamp.nullable(),
    }),
  ),
  feedback: z.array(
    z.object({
      direction: z.enum(['given', 'received']),
      giver: OtherPerson,
      about: OtherPerson,
      competencyKey: z.string(),
      text: z.string(),
      sharedWithGuidesAt: Timestamp.nullable(),
      createdAt: Timestamp,
    }),
  ),
  kudos: z.array(
    z.object({
      direction: z.enum(['given', 'received']),
      giver: OtherPerson,
      recipient: OtherPerson,
      competencyKey: z.string().nullable(),
      message: z.string(),
      isVisibleToTeam: z.boolean(),
      createdAt: Timestamp,
    }),
  ),
  sessionPrompts: z.array(
    z.object({
      sessionId: z.uuid(),
      askedBy: OtherPerson,
      participant: OtherPerson,
      askedAt: Timestamp,
      answer: z.string().nullable(),
      answeredAt: Timestamp.nullable(),
    }),
  ),
});
export type OngoingFeedbackRecord = z.infer<typeof OngoingFeedbackRecord>;

/**
 * Everything Tandem holds about one person (GDPR articles 15 and 20), as one JSON document. Other
 * people appear by name only; nobody else's private notes are in it.
 */
export const PersonalDataExport = z.object({
  exportedAt: Timestamp,
  /**
   * Null in a person's own download. In an admin's download for someone else, what was left out
   * and why: agendas, notes, action items and goal texts stay between the people of a pair.
   */
  withheld: z.string().nullable(),
  organization: z.object({ name: z.string() }),
  person: PersonRecord,
  userAccounts: z.array(UserAccount),
  programEnrollments: z.array(ProgramEnrollment),
  approachRecommendations: z.array(ApproachRecommendation),
  matchRequests: z.array(MatchRequest),
  mentoringRelationships: z.array(MentoringRelationship),
  coachingEngagements: z.array(CoachingEngagement),
  sessions: z.array(SessionRecord),
  progressChecks: z.array(ProgressCheck),
  weeklyGoals: z.array(WeeklyGoal),
  notifications: z.array(Notification),
  feedbackCycles: z.array(FeedbackCycleRecord),
  feedbackGiven: z.array(FeedbackGiven),
  behaviouralProfile: BehaviouralProfileRecord.nullable(),
  teamPulse: TeamPulseRecord,
  ongoingFeedback: OngoingFeedbackRecord,
});
export type PersonalDataExport = z.infer<typeof PersonalDataExport>;

/** `POST /api/people/:id/erase`: the admin types the person's employee id to confirm. */
export const ErasureRequest = z.object({
  confirmEmployeeId: z.string().trim().min(1, 'is required').max(64),
});
export type ErasureRequest = z.infer<typeof ErasureRequest>;

/** What an erasure did, in counts; the person's page shows the tombstone afterwards. */
export const ErasureResult = z.object({
  personId: z.uuid(),
  erasedAt: Timestamp,
  privateNotesDeleted: z.number().int(),
  weeklyGoalsCleared: z.number().int(),
  /** 360 answers of theirs whose comments were removed (their ratings stay in others' reports). */
  feedbackCommentsCleared: z.number().int(),
  /** Their behavioural profile (0 or 1) and their pulse invitations, deleted; pulse answers never named them. */
  behaviouralProfilesDeleted: z.number().int(),
  pulseInvitationsDeleted: z.number().int(),
  /** Requests, feedback, kudos and prompt answers of theirs or about them whose words were removed (the counts stay). */
  ongoingFeedbackTextsCleared: z.number().int(),
  loginsDisabled: z.number().int(),
});
export type ErasureResult = z.infer<typeof ErasureResult>;

export const minSessionNoteRetentionDays = 30;
export const maxSessionNoteRetentionDays = 3650;

/** An organization's settings. `sessionNoteRetentionDays` null keeps session notes for good. */
export const OrganizationSettings = z.object({
  sessionNoteRetentionDays: z
    .number()
    .int('must be a whole number of days')
    .min(
      minSessionNoteRetentionDays,
      `must be between ${minSessionNoteRetentionDays} and ${maxSessionNoteRetentionDays} days`,
    )
    .max(
      maxSessionNoteRetentionDays,
      `must be between ${minSessionNoteRetentionDays} and ${maxSessionNoteRetentionDays} days`,
    )
    .nullable(),
});
export type OrganizationSettings = z.infer<typeof OrganizationSettings>;
