import { describe, expect, it } from 'vitest';
import {
  checkMentoringTransition,
  mentoringEndingKinds,
  mentoringStatuses,
  nextMentoringStatuses,
  offersRematch,
  type MentoringEnding,
  type MentoringFacts,
  type MentoringStatus,
} from './mentoring-lifecycle.js';

const noFault: MentoringEnding = { kind: 'no_fault_exit', reason: null };

/** A relationship that meets every requirement, so only the move itself decides. */
function ready(status: MentoringStatus, overrides: Partial<MentoringFacts> = {}): MentoringFacts {
  return {
    status,
    hasMentorSigned: true,
    hasMenteeSigned: true,
    hasMentorCompletedTraining: true,
    hasMenteeCompletedTraining: true,
    ending: { kind: 'other', reason: 'The mentor retired.' },
    ...overrides,
  };
}

const allowedMoves: readonly [MentoringStatus, MentoringStatus][] = [
  ['proposed', 'active'],
  ['proposed', 'ended_early'],
  ['active', 'completed'],
  ['active', 'ended_early'],
];
const allPairs = mentoringStatuses.flatMap((from) => mentoringStatuses.map((to) => [from, to] as const));
const isAllowed = (from: MentoringStatus, to: MentoringStatus) =>
  allowedMoves.some(([allowedFrom, allowedTo]) => allowedFrom === from && allowedTo === to);

describe('nextMentoringStatuses', () => {
  it('is exactly the table of allowed moves', () => {
    expect(Object.fromEntries(mentoringStatuses.map((status) => [status, nextMentoringStatuses(status)]))).toEqual({
      proposed: ['active', 'ended_early'],
      active: ['completed', 'ended_early'],
      completed: [],
      ended_early: [],
    });
    for (const [from, to] of allPairs) {
      expect(nextMentoringStatuses(from).includes(to), `${from} -> ${to}`).toBe(isAllowed(from, to));
    }
  });

  it('only moves forward', () => {
    for (const from of mentoringStatuses) {
      for (const to of nextMentoringStatuses(from)) {
        expect(mentoringStatuses.indexOf(to)).toBeGreaterThan(mentoringStatuses.indexOf(from));
      }
    }
  });
});

describe('checkMentoringTransition', () => {
  it.each(allPairs.filter(([from, to]) => isAllowed(from, to)))('allows %s -> %s when ready', (from, to) => {
    expect(checkMentoringTransition(ready(from), to)).toBeNull();
  });

  it.each(allPairs.filter(([from, to]) => !isAllowed(from, to)))('refuses %s -> %s, naming `to`', (from, to) => {
    expect(checkMentoringTransition(ready(from), to)).toMatchObject({ field: 'to' });
  });

  it('names the allowed moves in the refusal', () => {
    expect(checkMentoringTransition(ready('proposed'), 'completed')?.message).toBe(
      'A relationship that is proposed can move only to active or ended_early, not to completed.',
    );
    expect(checkMentoringTransition(ready('ended_early'), 'active')?.message).toBe(
      'A relationship that is ended_early cannot change status.',
    );
  });

  it('starts only when both have signed, naming who has not', () => {
    expect(checkMentoringTransition(ready('proposed', { hasMentorSigned: false }), 'active')).toEqual({
      field: 'agreement',
      message: 'Waiting for the mentor to sign the mentoring agreement before the relationship starts.',
    });
    expect(checkMentoringTransition(ready('proposed', { hasMenteeSigned: false }), 'active')?.message).toContain(
      'the mentee to sign',
    );
    expect(
      checkMentoringTransition(ready('proposed', { hasMentorSigned: false, hasMenteeSigned: false }), 'active')
        ?.message,
    ).toContain('the mentor and mentee to sign');
  });

  it('starts only when both have completed their training', () => {
    for (const lacking of [{ hasMentorCompletedTraining: false }, { hasMenteeCompletedTraining: false }]) {
      expect(checkMentoringTransition(ready('proposed', lacking), 'active')).toMatchObject({ field: 'training' });
    }
    // The agreement is named first when both are missing.
    expect(
      checkMentoringTransition(
        ready('proposed', { hasMenteeSigned: false, hasMentorCompletedTraining: false }),
        'active',
      ),
    ).toMatchObject({ field: 'agreement' });
  });

  it('completes an active relationship without an ending', () => {
    expect(checkMentoringTransition(ready('active', { ending: null }), 'completed')).toBeNull();
  });

  it.each(['proposed', 'active'] as const)('ends %s early only with an ending', (from) => {
    expect(checkMentoringTransition(ready(from, { ending: null }), 'ended_early')).toMatchObject({ field: 'ending' });
  });

  it.each(['proposed', 'active'] as const)('asks for reason text only for an `other` ending (%s)', (from) => {
    for (const reason of [null, '', '  ']) {
      expect(checkMentoringTransition(ready(from, { ending: { kind: 'other', reason } }), 'ended_early')).toEqual({
        field: 'reason',
        message: 'Say why the relationship ends early.',
      });
      expect(
        checkMentoringTransition(ready(from, { ending: { kind: 'no_fault_exit', reason } }), 'ended_early'),
      ).toBeNull();
      expect(
        checkMentoringTransition(ready(from, { ending: { kind: 'concluded_inactive', reason } }), 'ended_early'),
      ).toBeNull();
    }
  });

  it('lets either side leave without fault before or during the relationship, unsigned and untrained', () => {
    const unready = {
      hasMentorSigned: false,
      hasMenteeSigned: false,
      hasMentorCompletedTraining: false,
      hasMenteeCompletedTraining: false,
      ending: noFault,
    };
    expect(checkMentoringTransition(ready('proposed', unready), 'ended_early')).toBeNull();
    expect(checkMentoringTransition(ready('active', unready), 'ended_early')).toBeNull();
  });
});

describe('offersRematch', () => {
  it('offers a new match after a no-fault exit and after no other ending', () => {
    expect(mentoringEndingKinds.filter((kind) => offersRematch({ kind, reason: null }))).toEqual(['no_fault_exit']);
    expect(offersRematch({ kind: 'no_fault_exit', reason: 'We did not click.' })).toBe(true);
    expect(offersRematch({ kind: 'other', reason: 'Moved abroad' })).toBe(false);
  });
});
