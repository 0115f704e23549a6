import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  isDesignEditable,
  isEnrollmentOpen,
  nextStatuses,
  programStatuses,
  type ProgramReadiness,
  type ProgramStatus,
} from './lifecycle.js';

/** A program that meets every requirement, so only the move itself decides. */
function ready(status: ProgramStatus, overrides: Partial<ProgramReadiness> = {}): ProgramReadiness {
  return { status, hasSponsor: true, outcomeCount: 2, participantCount: 3, guideCount: 1, ...overrides };
}

describe('nextStatuses', () => {
  it('moves forward one step at a time, and closes from every started state', () => {
    expect(Object.fromEntries(programStatuses.map((status) => [status, nextStatuses(status)]))).toEqual({
      draft: ['enrolling'],
      enrolling: ['matching', 'closed'],
      matching: ['running', 'closed'],
      running: ['closed'],
      closed: [],
    });
  });

  it('never goes back and never stays put', () => {
    for (const from of programStatuses) {
      for (const to of nextStatuses(from)) {
        expect(programStatuses.indexOf(to), `${from} -> ${to}`).toBeGreaterThan(programStatuses.indexOf(from));
      }
    }
  });

  it('reaches closed from every state, by way of enrolling from a draft', () => {
    for (const start of programStatuses) {
      const seen = new Set<ProgramStatus>([start]);
      const queue: ProgramStatus[] = [start];
      while (queue.length > 0) {
        for (const next of nextStatuses(queue.shift()!)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect(seen.has('closed'), start).toBe(true);
    }
  });
});

describe('checkTransition', () => {
  it('allows every listed move of a program that meets the requirements', () => {
    for (const from of programStatuses) {
      for (const to of nextStatuses(from)) expect(checkTransition(ready(from), to), `${from} -> ${to}`).toBeNull();
    }
  });

  it('refuses every unlisted move, naming `to` and the allowed moves', () => {
    for (const from of programStatuses) {
      for (const to of programStatuses.filter((status) => !nextStatuses(from).includes(status))) {
        expect(checkTransition(ready(from), to), `${from} -> ${to}`).toMatchObject({ field: 'to' });
      }
    }
    expect(checkTransition(ready('draft'), 'running')?.message).toBe(
      'A draft program can move only to enrolling, not to running.',
    );
    expect(checkTransition(ready('closed'), 'draft')?.message).toBe('A closed program cannot change status.');
  });

  it('keeps a program in draft until it has a sponsor and an outcome, naming the missing field', () => {
    expect(checkTransition(ready('draft', { hasSponsor: false }), 'enrolling')).toMatchObject({
      field: 'sponsorPersonId',
    });
    expect(checkTransition(ready('draft', { outcomeCount: 0 }), 'enrolling')).toMatchObject({ field: 'outcomes' });
    // The sponsor is named first when both are missing.
    expect(checkTransition(ready('draft', { hasSponsor: false, outcomeCount: 0 }), 'enrolling')).toMatchObject({
      field: 'sponsorPersonId',
    });
  });

  it('does not let a draft out by closing it', () => {
    expect(checkTransition(ready('draft', { hasSponsor: false, outcomeCount: 0 }), 'closed')).toMatchObject({
      field: 'to',
    });
  });

  it('starts matching only with someone to match on both sides', () => {
    expect(checkTransition(ready('enrolling', { participantCount: 0 }), 'matching')).toEqual({
      field: 'enrollments',
      message: 'Enroll at least one participant before matching.',
    });
    expect(checkTransition(ready('enrolling', { guideCount: 0 }), 'matching')).toEqual({
      field: 'enrollments',
      message: 'Enroll at least one mentor or coach before matching.',
    });
  });

  it('lets a started program close whatever its enrollments', () => {
    const empty = { participantCount: 0, guideCount: 0 };
    for (const from of ['enrolling', 'matching', 'running'] as const) {
      expect(checkTransition(ready(from, empty), 'closed')).toBeNull();
    }
  });
});

describe('what each status allows', () => {
  it('lets the design and the enrollments change only before matching', () => {
    const open = programStatuses.filter(isDesignEditable);
    expect(open).toEqual(['draft', 'enrolling']);
    expect(programStatuses.filter(isEnrollmentOpen)).toEqual(['draft', 'enrolling']);
  });
});
