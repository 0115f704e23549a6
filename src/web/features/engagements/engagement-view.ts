import type {
  CoachingEngagement,
  CoachingEngagementParty,
  CoachingEngagementRole,
  CoachingEngagementSummary,
  CoachingEngagementStatus,
  CoachingGoal,
  CoachingGoalInput,
} from '../../../contract/index.js';

// Words and small shapes for the coaching pages, kept free of React so they are easy to test.

export const engagementStatusLabels: Record<CoachingEngagementStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  ended_early: 'Ended early',
};

export const engagementStatusColors: Record<CoachingEngagementStatus, string> = {
  proposed: 'yellow',
  active: 'green',
  paused: 'orange',
  completed: 'blue',
  ended_early: 'gray',
};

export const engagementRoleLabels: Record<CoachingEngagementRole, string> = {
  coach: 'Coach',
  leader: 'Leader',
  manager: 'Manager',
  sponsor: 'Sponsor',
  admin: 'Administrator',
};

/** "Coach, Manager": the roles a person holds in an engagement, in the contract's order. */
export function rolesLine(roles: readonly CoachingEngagementRole[]): string {
  return (Object.keys(engagementRoleLabels) as CoachingEngagementRole[])
    .filter((role) => roles.includes(role))
    .map((role) => engagementRoleLabels[role])
    .join(', ');
}

/** The parties the signed-in user speaks for (an admin speaks for none). */
export function myParties(engagement: Pick<CoachingEngagement, 'myRoles'>): CoachingEngagementParty[] {
  return engagement.myRoles.filter((role): role is CoachingEngagementParty => role !== 'admin');
}

/** Only administrators who take no part see metadata alone: no goals, no end reason, no summary. */
export function isMetadataOnly(engagement: Pick<CoachingEngagement, 'myRoles'>): boolean {
  return myParties(engagement).length === 0;
}

export function isEngagementOpen(status: CoachingEngagementStatus): boolean {
  return status === 'proposed' || status === 'active' || status === 'paused';
}

/** The coach and the leader write the goals, while the engagement is proposed or active. */
export function canEditGoals(engagement: Pick<CoachingEngagement, 'myRoles' | 'status'>): boolean {
  const isWriter = engagement.myRoles.includes('coach') || engagement.myRoles.includes('leader');
  return isWriter && (engagement.status === 'proposed' || engagement.status === 'active');
}

/** The party the signed-in user still has to confirm the goals as, or null when there is none. */
export function partyToConfirm(
  engagement: Pick<CoachingEngagement, 'myRoles' | 'status' | 'agreement' | 'goalCount'>,
): CoachingEngagementParty | null {
  if (engagement.goalCount === 0) return null;
  if (engagement.status !== 'proposed' && engagement.status !== 'active') return null;
  const mine = myParties(engagement);
  const open = engagement.agreement.parties.find((entry) => entry.confirmedAt === null && mine.includes(entry.party));
  return open?.party ?? null;
}

/**
 * What still stands between a proposed engagement and its start, in words; empty when it may start.
 *
 * @example startBlockers({ goalCount: 0, agreement: { missing: ['coach', 'leader', 'manager'] } })
 *   // ['Write at least one goal.', 'Waiting for the coach, the leader and the manager to confirm the goals.']
 */
export function startBlockers(
  engagement: Pick<CoachingEngagement, 'goalCount'> & { agreement: Pick<CoachingEngagement['agreement'], 'missing'> },
): string[] {
  const blockers: string[] = [];
  if (engagement.goalCount === 0) blockers.push('Write at least one goal.');
  if (engagement.agreement.missing.length > 0) {
    const who = engagement.agreement.missing.map((party) => `the ${party}`);
    blockers.push(`Waiting for ${joinWords(who)} to confirm the goals.`);
  }
  return blockers;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A goal as the editor holds it: numbers stay text until saved, so a half-typed value is kept. */
export type GoalDraft = {
  statement: string;
  competency: string;
  metric: string;
  baseline: string;
  target: string;
  dueDate: string;
};

export const goalDraftFields = ['statement', 'competency', 'metric', 'baseline', 'target', 'dueDate'] as const;

export function emptyGoalDraft(): GoalDraft {
  return { statement: '', competency: '', metric: '', baseline: '', target: '', dueDate: '' };
}

export function toGoalDraft(goal: CoachingGoal): GoalDraft {
  return {
    statement: goal.statement,
    competency: goal.competency,
    metric: goal.metric,
    baseline: String(goal.baseline),
    target: String(goal.target),
    dueDate: goal.dueDate,
  };
}

/**
 * The drafts as the API takes them, or the problems keyed like the server names them
 * (`goals.0.baseline`), so both show in the same place. Only what the browser can tell alone is
 * checked here (blanks and numbers); the server checks the rest.
 *
 * @example toGoalInputs([{ ...draft, baseline: 'x' }]) // { errors: { 'goals.0.baseline': 'Enter a number' } }
 */
export function toGoalInputs(
  drafts: readonly GoalDraft[],
): { goals: CoachingGoalInput[]; errors: null } | { goals: null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const goals = drafts.map((draft, index): CoachingGoalInput => {
    for (const field of ['statement', 'competency', 'metric', 'dueDate'] as const) {
      if (draft[field].trim() === '') errors[`goals.${index}.${field}`] = 'Is required';
    }
    const baseline = parseNumber(draft.baseline);
    const target = parseNumber(draft.target);
    if (baseline === null) errors[`goals.${index}.baseline`] = 'Enter a number';
    if (target === null) errors[`goals.${index}.target`] = 'Enter a number';
    else if (baseline !== null && target === baseline)
      errors[`goals.${index}.target`] = 'Must differ from the baseline';
    return {
      statement: draft.statement.trim(),
      competency: draft.competency,
      metric: draft.metric.trim(),
      baseline: baseline ?? 0,
      target: target ?? 0,
      dueDate: draft.dueDate,
    };
  });
  return Object.keys(errors).length > 0 ? { goals: null, errors } : { goals, errors: null };
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** A calendar date (`2026-03-04`) as "4 Mar 2026", the same day in every time zone. */
export function formatCalendarDate(date: string | null): string {
  if (date === null) return 'Not set';
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    parsed,
  );
}

/** "4 Mar 2026 – 3 Sep 2026", or what is known of it. */
export function dateRange(startDate: string | null, endDate: string | null): string {
  if (startDate === null && endDate === null) return 'Not set';
  return `${formatCalendarDate(startDate)} – ${formatCalendarDate(endDate)}`;
}

/** An instant as "4 Mar 2026, 14:05" in the viewer's time zone unless one is given. */
export function formatInstant(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}

/** "No goals yet", "2 goals, agreed", "1 goal, waiting for confirmations". */
export function goalsLine(engagement: Pick<CoachingEngagementSummary, 'goalCount' | 'isAgreementComplete'>): string {
  if (engagement.goalCount === 0) return 'No goals yet';
  const count = engagement.goalCount === 1 ? '1 goal' : `${engagement.goalCount} goals`;
  return `${count}, ${engagement.isAgreementComplete ? 'agreed' : 'waiting for confirmations'}`;
}
