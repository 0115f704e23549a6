/**
 * The life of a coaching engagement: `proposed -> active <-> paused`, ending `completed` or
 * `ended_early`.
 *
 * - `proposed -> active` starts the coaching; `proposed -> ended_early` withdraws it before it began.
 * - `active <-> paused` as often as needed (leave, a role change, illness).
 * - `completed` only from `active`: a paused engagement resumes before it completes. Completing
 *   means the objectives were reached in running sessions and the coach wrote the close-out from
 *   where things now stand; a pause that never resumes ends early instead, which is the honest
 *   record for the outcome statistics.
 * - `ended_early` from every state that is not final.
 * - `completed` and `ended_early` are final.
 *
 * What a move needs besides being listed (checked by `checkCoachingTransition`):
 * - `proposed -> active`: at least one goal, and the three-way agreement on the goals complete
 *   (see `agreement.ts`). Resuming from `paused` does not ask again: the agreement is the gate into
 *   the engagement, and a goal change during it already clears the confirmations for the screen
 *   to chase;
 * - to `completed`: the coach's final summary;
 * - to `ended_early`: a reason, in words.
 */

export const coachingStatuses = ['proposed', 'active', 'paused', 'completed', 'ended_early'] as const;
export type CoachingStatus = (typeof coachingStatuses)[number];

/**
 * The one table of allowed moves: the statuses a coaching engagement may move to from `status`,
 * in the order a screen offers them (the usual next step first, ending early last).
 *
 * @example nextCoachingStatuses('paused') // ['active', 'ended_early']
 */
export function nextCoachingStatuses(status: CoachingStatus): readonly CoachingStatus[] {
  switch (status) {
    case 'proposed':
      return ['active', 'ended_early'];
    case 'active':
      return ['paused', 'completed', 'ended_early'];
    case 'paused':
      return ['active', 'ended_early'];
    case 'completed':
    case 'ended_early':
      return [];
  }
}

/** Whether a coaching engagement in `status` is over for good. */
export function isCoachingFinal(status: CoachingStatus): boolean {
  return nextCoachingStatuses(status).length === 0;
}

/** What the transition rules need to know about a coaching engagement. */
export type CoachingFacts = {
  status: CoachingStatus;
  goalCount: number;
  /** Every party of the three-way agreement has confirmed the current goals. */
  goalsConfirmedByAll: boolean;
  hasFinalSummary: boolean;
  /** Why it ends early; only read when moving to `ended_early`. */
  endReason: string | null;
};

/** Why a move is refused, naming the field that has to change. */
export type CoachingRefusal = {
  field: 'to' | 'goals' | 'agreement' | 'finalSummary' | 'reason';
  message: string;
};

/**
 * Whether the engagement may move to `to`: null when it may, otherwise the reason.
 *
 * @example checkCoachingTransition({ status: 'active', hasFinalSummary: false, ... }, 'completed')
 *   // { field: 'finalSummary', message: 'The coach writes a final summary before the engagement completes.' }
 */
export function checkCoachingTransition(facts: CoachingFacts, to: CoachingStatus): CoachingRefusal | null {
  const allowed = nextCoachingStatuses(facts.status);
  if (!allowed.includes(to)) {
    return {
      field: 'to',
      message:
        allowed.length === 0
          ? `An engagement that is ${facts.status} cannot change status.`
          : `An engagement that is ${facts.status} can move only to ${allowed.join(' or ')}, not to ${to}.`,
    };
  }
  switch (to) {
    case 'active':
      return facts.status === 'proposed' ? checkStart(facts) : null;
    case 'completed':
      return facts.hasFinalSummary
        ? null
        : { field: 'finalSummary', message: 'The coach writes a final summary before the engagement completes.' };
    case 'ended_early':
      return (facts.endReason ?? '').trim() === ''
        ? { field: 'reason', message: 'Say why the engagement ends early.' }
        : null;
    case 'proposed':
    case 'paused':
      return null;
  }
}

function checkStart(facts: CoachingFacts): CoachingRefusal | null {
  if (facts.goalCount < 1) {
    return { field: 'goals', message: 'Set at least one goal before the engagement starts.' };
  }
  if (!facts.goalsConfirmedByAll) {
    return {
      field: 'agreement',
      message: 'The coach, the leader and the manager (or sponsor) confirm the goals before the engagement starts.',
    };
  }
  return null;
}
