/**
 * The life of a program: `draft -> enrolling -> matching -> running -> closed`.
 *
 * - Forward only, one step at a time: there is no way back (re-opening enrolment after matching
 *   started would invalidate the matches).
 * - `closed` is reachable from every state that has started (`enrolling`, `matching`, `running`),
 *   so a program can be stopped early. A `draft` cannot be closed: it has not started, nobody is
 *   committed to it, and closing it would be the one way out of draft without a sponsor and
 *   outcomes. So every program past draft has had its sponsor and outcomes.
 * - `closed` is final.
 *
 * What a move needs besides being listed (checked by `checkTransition`):
 * - to `enrolling`: an executive sponsor and at least one outcome that defines success;
 * - to `matching`: at least one participant and at least one mentor or coach to match them with.
 */

export const programStatuses = ['draft', 'enrolling', 'matching', 'running', 'closed'] as const;
export type ProgramStatus = (typeof programStatuses)[number];

/**
 * The one table of allowed moves: the statuses a program may move to from `status`, in the order
 * a screen offers them (the next step first, closing last).
 *
 * @example nextStatuses('enrolling') // ['matching', 'closed']
 */
export function nextStatuses(status: ProgramStatus): readonly ProgramStatus[] {
  switch (status) {
    case 'draft':
      return ['enrolling'];
    case 'enrolling':
      return ['matching', 'closed'];
    case 'matching':
      return ['running', 'closed'];
    case 'running':
      return ['closed'];
    case 'closed':
      return [];
  }
}

/** What the transition rules need to know about a program. */
export type ProgramReadiness = {
  status: ProgramStatus;
  hasSponsor: boolean;
  outcomeCount: number;
  participantCount: number;
  /** Mentors and coaches enrolled. */
  guideCount: number;
};

/** Why a move is refused, naming the field that has to change: `to`, `sponsorPersonId`, `outcomes`, `enrollments`. */
export type TransitionRefusal = { field: 'to' | 'sponsorPersonId' | 'outcomes' | 'enrollments'; message: string };

/**
 * Whether `program` may move to `to`: null when it may, otherwise the reason.
 *
 * @example checkTransition({ status: 'draft', hasSponsor: false, outcomeCount: 1, ... }, 'enrolling')
 *   // { field: 'sponsorPersonId', message: 'A program needs an executive sponsor before it leaves draft.' }
 */
export function checkTransition(program: ProgramReadiness, to: ProgramStatus): TransitionRefusal | null {
  if (!nextStatuses(program.status).includes(to)) {
    const allowed = nextStatuses(program.status);
    return {
      field: 'to',
      message:
        allowed.length === 0
          ? `A ${program.status} program cannot change status.`
          : `A ${program.status} program can move only to ${allowed.join(' or ')}, not to ${to}.`,
    };
  }
  switch (to) {
    case 'enrolling':
      if (!program.hasSponsor) {
        return { field: 'sponsorPersonId', message: 'A program needs an executive sponsor before it leaves draft.' };
      }
      if (program.outcomeCount === 0) {
        return {
          field: 'outcomes',
          message: 'A program needs at least one outcome that defines success before it leaves draft.',
        };
      }
      return null;
    case 'matching':
      if (program.participantCount === 0) {
        return { field: 'enrollments', message: 'Enroll at least one participant before matching.' };
      }
      if (program.guideCount === 0) {
        return { field: 'enrollments', message: 'Enroll at least one mentor or coach before matching.' };
      }
      return null;
    case 'draft':
    case 'running':
    case 'closed':
      return null;
  }
}

/** A program's design may change (PATCH) only before matching starts. */
export function isDesignEditable(status: ProgramStatus): boolean {
  return status === 'draft' || status === 'enrolling';
}

/** People may join or leave a program only before matching starts. */
export function isEnrollmentOpen(status: ProgramStatus): boolean {
  return status === 'draft' || status === 'enrolling';
}
