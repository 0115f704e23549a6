import { describe, expect, it } from 'vitest';
import {
  checkCoachingTransition,
  coachingStatuses,
  isCoachingFinal,
  nextCoachingStatuses,
  type CoachingFacts,
  type CoachingStatus,
} from './coaching-lifecycle.js';

/** An engagement that meets every requirement, so only the move itself decides. */
function ready(status: CoachingStatus, overrides: Partial<CoachingFacts> = {}): CoachingFacts {
  return {
    status,
    goalCount: 2,
    goalsConfirmedByAll: true,
    hasFinalSummary: true,
    endReason: 'The leader moved to another company.',
    ...overrides,
  };
}

/** An engagement that meets no requirement at all. */
function bare(status: CoachingStatus): CoachingFacts {
  return { status, goalCount: 0, goalsConfirmedByAll: false, hasFinalSummary: false, endReason: null };
}

const allowedMoves: readonly [CoachingStatus, CoachingStatus][] = [
  ['proposed', 'active'],
  ['proposed', 'ended_early'],
  ['active', 'paused'],
  ['active', 'completed'],
  ['active', 'ended_early'],
  ['paused', 'active'],
  ['paused', 'ended_early'],
];
const allPairs = coachingStatuses.flatMap((from) => coachingStatuses.map((to) => [from, to] as const));
const isAllowed = (from: CoachingStatus, to: CoachingStatus) =>
  allowedMoves.some(([allowedFrom, allowedTo]) => allowedFrom === from && allowedTo === to);

describe('nextCoachingStatuses', () => {
  it('is exactly the table of allowed moves', () => {
    expect(Object.fromEntries(coachingStatuses.map((status) => [status, nextCoachingStatuses(status)]))).toEqual({
      proposed: ['active', 'ended_early'],
      active: ['paused', 'completed', 'ended_early'],
      paused: ['active', 'ended_early'],
      completed: [],
      ended_early: [],
    });
    for (const [from, to] of allPairs)
      expect(nextCoachingStatuses(from).includes(to), `${from} -> ${to}`).toBe(isAllowed(from, to));
  });

  it('never stays put and never returns to proposed', () => {
    for (const from of coachingStatuses) {
      expect(nextCoachingStatuses(from)).not.toContain(from);
      expect(nextCoachingStatuses(from)).not.toContain('proposed');
    }
  });

  it('makes a paused engagement resume before it completes', () => {
    expect(nextCoachingStatuses('paused')).not.toContain('completed');
  });

  it('has completed and ended_early as the only final states, reachable from every other', () => {
    expect(coachingStatuses.filter(isCoachingFinal)).toEqual(['completed', 'ended_early']);
    for (const from of coachingStatuses.filter((status) => !isCoachingFinal(status))) {
      expect(nextCoachingStatuses(from), from).toContain('ended_early');
    }
  });
});

describe('checkCoachingTransition', () => {
  it.each(allPairs.filter(([from, to]) => isAllowed(from, to)))('allows %s -> %s when ready', (from, to) => {
    expect(checkCoachingTransition(ready(from), to)).toBeNull();
  });

  it.each(allPairs.filter(([from, to]) => !isAllowed(from, to)))('refuses %s -> %s, naming `to`', (from, to) => {
    // Even an engagement that meets everything cannot make an unlisted move.
    expect(checkCoachingTransition(ready(from), to)).toMatchObject({ field: 'to' });
    expect(checkCoachingTransition(bare(from), to)).toMatchObject({ field: 'to' });
  });

  it('names the allowed moves in the refusal', () => {
    expect(checkCoachingTransition(ready('paused'), 'completed')?.message).toBe(
      'An engagement that is paused can move only to active or ended_early, not to completed.',
    );
    expect(checkCoachingTransition(ready('completed'), 'active')?.message).toBe(
      'An engagement that is completed cannot change status.',
    );
  });

  it('starts only with a goal, then only with the agreement complete', () => {
    expect(checkCoachingTransition(ready('proposed', { goalCount: 0 }), 'active')).toMatchObject({ field: 'goals' });
    expect(checkCoachingTransition(ready('proposed', { goalsConfirmedByAll: false }), 'active')).toMatchObject({
      field: 'agreement',
    });
    // Goals are named first when both are missing.
    expect(checkCoachingTransition(bare('proposed'), 'active')).toMatchObject({ field: 'goals' });
  });

  it('resumes from a pause without asking for the agreement again', () => {
    expect(checkCoachingTransition(bare('paused'), 'active')).toBeNull();
  });

  it('pauses whatever the goals and summary', () => {
    expect(checkCoachingTransition(bare('active'), 'paused')).toBeNull();
  });

  it('completes only with the final summary', () => {
    expect(checkCoachingTransition(ready('active', { hasFinalSummary: false }), 'completed')).toEqual({
      field: 'finalSummary',
      message: 'The coach writes a final summary before the engagement completes.',
    });
  });

  it.each(['proposed', 'active', 'paused'] as const)('ends %s early only with a reason in words', (from) => {
    for (const endReason of [null, '', '   \n\t']) {
      expect(checkCoachingTransition(ready(from, { endReason }), 'ended_early'), JSON.stringify(endReason)).toEqual({
        field: 'reason',
        message: 'Say why the engagement ends early.',
      });
    }
    expect(checkCoachingTransition({ ...bare(from), endReason: 'Budget withdrawn' }, 'ended_early')).toBeNull();
  });
});
