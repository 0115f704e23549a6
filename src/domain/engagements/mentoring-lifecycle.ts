/**
 * The life of a mentoring relationship: `proposed -> active -> completed`, or `ended_early` from
 * either of the first two. There is no pause: a relationship sets its own pace within the agreed
 * cadence, and long silences are handled by the health rules (`health.ts`).
 *
 * What a move needs besides being listed (checked by `checkMentoringTransition`):
 * - `proposed -> active`: the mentoring agreement signed by both mentor and mentee, and both
 *   training checklists complete;
 * - to `ended_early`: an ending. Its kind is the reason for `no_fault_exit` (either side may leave
 *   without blame or explanation; the mentee is offered a new match) and for `concluded_inactive`
 *   (the health rules ended a silent relationship); kind `other` needs the reason in words.
 *
 * Who may choose which ending (mentor, mentee, admin, the health job) is a policy question for the
 * server, not a lifecycle rule.
 */

export const mentoringStatuses = ['proposed', 'active', 'completed', 'ended_early'] as const;
export type MentoringStatus = (typeof mentoringStatuses)[number];

export const mentoringEndingKinds = ['no_fault_exit', 'concluded_inactive', 'other'] as const;
export type MentoringEndingKind = (typeof mentoringEndingKinds)[number];

/** How a relationship ended early. */
export type MentoringEnding = { kind: MentoringEndingKind; reason: string | null };

/**
 * The one table of allowed moves: the statuses a mentoring relationship may move to from `status`.
 *
 * @example nextMentoringStatuses('active') // ['completed', 'ended_early']
 */
export function nextMentoringStatuses(status: MentoringStatus): readonly MentoringStatus[] {
  switch (status) {
    case 'proposed':
      return ['active', 'ended_early'];
    case 'active':
      return ['completed', 'ended_early'];
    case 'completed':
    case 'ended_early':
      return [];
  }
}

/** What the transition rules need to know about a mentoring relationship. */
export type MentoringFacts = {
  status: MentoringStatus;
  hasMentorSigned: boolean;
  hasMenteeSigned: boolean;
  hasMentorCompletedTraining: boolean;
  hasMenteeCompletedTraining: boolean;
  /** How it ends early; only read when moving to `ended_early`. */
  ending: MentoringEnding | null;
};

/** Why a move is refused, naming the field that has to change. */
export type MentoringRefusal = {
  field: 'to' | 'agreement' | 'training' | 'ending' | 'reason';
  message: string;
};

/**
 * Whether the relationship may move to `to`: null when it may, otherwise the reason.
 *
 * @example checkMentoringTransition({ ...facts, status: 'active', ending: { kind: 'no_fault_exit', reason: null } }, 'ended_early')
 *   // null, and offersRematch(ending) is true
 */
export function checkMentoringTransition(facts: MentoringFacts, to: MentoringStatus): MentoringRefusal | null {
  const allowed = nextMentoringStatuses(facts.status);
  if (!allowed.includes(to)) {
    return {
      field: 'to',
      message:
        allowed.length === 0
          ? `A relationship that is ${facts.status} cannot change status.`
          : `A relationship that is ${facts.status} can move only to ${allowed.join(' or ')}, not to ${to}.`,
    };
  }
  switch (to) {
    case 'active':
      return checkStart(facts);
    case 'ended_early':
      return checkEnding(facts.ending);
    case 'proposed':
    case 'completed':
      return null;
  }
}

function checkStart(facts: MentoringFacts): MentoringRefusal | null {
  const unsigned = [facts.hasMentorSigned ? null : 'mentor', facts.hasMenteeSigned ? null : 'mentee'].filter(
    (side) => side !== null,
  );
  if (unsigned.length > 0) {
    return {
      field: 'agreement',
      message: `Waiting for the ${unsigned.join(' and ')} to sign the mentoring agreement before the relationship starts.`,
    };
  }
  if (!facts.hasMentorCompletedTraining || !facts.hasMenteeCompletedTraining) {
    return { field: 'training', message: 'Mentor and mentee complete their training before the relationship starts.' };
  }
  return null;
}

function checkEnding(ending: MentoringEnding | null): MentoringRefusal | null {
  if (ending === null) return { field: 'ending', message: 'Say how the relationship ends.' };
  if (ending.kind === 'other' && (ending.reason ?? '').trim() === '') {
    return { field: 'reason', message: 'Say why the relationship ends early.' };
  }
  return null;
}

/**
 * Whether the mentee should be offered a new mentor after this ending: yes after a no-fault exit,
 * so leaving a pairing that does not work never leaves the mentee without one.
 */
export function offersRematch(ending: MentoringEnding): boolean {
  switch (ending.kind) {
    case 'no_fault_exit':
      return true;
    case 'concluded_inactive':
    case 'other':
      return false;
  }
}
