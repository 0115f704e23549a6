import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionCadences } from '../programs/index.js';
import { cadenceDays, flagAfterDays, healthStates, relationshipHealth, type HealthInput } from './health.js';

const dayMs = 86_400_000;
const start = '2026-01-05';
const startAt = Date.parse('2026-01-05T00:00:00Z');
/** A moment `days` (maybe fractional) days after the start date's midnight UTC. */
const at = (days: number) => new Date(startAt + days * dayMs);

function health(overrides: Partial<HealthInput>) {
  return relationshipHealth({
    cadence: 'weekly',
    startDate: start,
    lastMeetingAt: null,
    warnedAt: null,
    now: at(0),
    ...overrides,
  });
}

describe('cadence', () => {
  it('counts a month as 30 days and flags after twice the cadence', () => {
    expect(sessionCadences.map(cadenceDays)).toEqual([7, 14, 30]);
    expect(sessionCadences.map(flagAfterDays)).toEqual([14, 28, 60]);
  });
});

describe('relationshipHealth', () => {
  it.each([
    ['weekly', 14],
    ['biweekly', 28],
    ['monthly', 60],
  ] as const)('flags a %s relationship after %i days without a meeting since the start', (cadence, days) => {
    expect(health({ cadence, now: at(days - 0.001) })).toEqual({
      state: 'on_track',
      daysSinceMeeting: days - 1,
      dueAction: 'none',
    });
    expect(health({ cadence, now: at(days) })).toEqual({ state: 'flagged', daysSinceMeeting: days, dueAction: 'flag' });
  });

  it('counts from the last meeting when there was one', () => {
    const lastMeetingAt = at(40.5);
    expect(health({ lastMeetingAt, now: at(54) })).toMatchObject({ state: 'on_track', daysSinceMeeting: 13 });
    expect(health({ lastMeetingAt, now: at(54.5) })).toMatchObject({ state: 'flagged', daysSinceMeeting: 14 });
  });

  it('makes a warning due after 90 days, but says warned only once it is sent', () => {
    expect(health({ cadence: 'monthly', now: at(89.9) })).toMatchObject({ state: 'flagged', dueAction: 'flag' });
    expect(health({ cadence: 'monthly', now: at(90) })).toEqual({
      state: 'flagged',
      daysSinceMeeting: 90,
      dueAction: 'warn',
    });
    expect(health({ cadence: 'monthly', warnedAt: at(90), now: at(90) })).toEqual({
      state: 'warned',
      daysSinceMeeting: 90,
      dueAction: 'none',
    });
  });

  it('concludes 7 days after the warning when the pair still has not met', () => {
    const warnedAt = at(91.25);
    expect(health({ warnedAt, now: at(98.2) })).toMatchObject({ state: 'warned', dueAction: 'none' });
    expect(health({ warnedAt, now: at(98.25) })).toEqual({
      state: 'conclude',
      daysSinceMeeting: 98,
      dueAction: 'conclude',
    });
  });

  it('lets a meeting at the very moment of the warning win', () => {
    expect(health({ warnedAt: at(95), lastMeetingAt: at(95), now: at(103) })).toMatchObject({ state: 'on_track' });
  });

  it('forgets a warning once the pair meets again', () => {
    const warnedAt = at(90);
    const lastMeetingAt = at(93);
    expect(health({ warnedAt, lastMeetingAt, now: at(100) })).toEqual({
      state: 'on_track',
      daysSinceMeeting: 7,
      dueAction: 'none',
    });
    // A fresh silence after that meeting needs a fresh warning.
    expect(health({ warnedAt, lastMeetingAt, now: at(93 + 90) })).toMatchObject({
      state: 'flagged',
      dueAction: 'warn',
    });
  });

  it('reads no silence before the start date', () => {
    expect(health({ now: at(-10) })).toEqual({ state: 'on_track', daysSinceMeeting: 0, dueAction: 'none' });
  });

  const cadence = fc.constantFrom(...sessionCadences);
  /** Whole milliseconds, as stored times are, up to 400 days after the start. */
  const moment = fc.integer({ min: 0, max: 400 * dayMs });
  const atMs = (ms: number) => new Date(startAt + ms);

  it('only gets worse as time passes without a meeting (property)', () => {
    fc.assert(
      fc.property(
        cadence,
        fc.option(moment),
        fc.option(moment),
        moment,
        moment,
        (cadence, meeting, warning, first, second) => {
          const input = {
            cadence,
            startDate: start,
            lastMeetingAt: meeting === null ? null : atMs(meeting),
            warnedAt: warning === null ? null : atMs(warning),
          };
          const earliest = Math.max(meeting ?? 0, warning ?? 0);
          const earlier = relationshipHealth({ ...input, now: atMs(earliest + Math.min(first, second)) });
          const later = relationshipHealth({ ...input, now: atMs(earliest + Math.max(first, second)) });
          expect(healthStates.indexOf(earlier.state)).toBeLessThanOrEqual(healthStates.indexOf(later.state));
          expect(earlier.daysSinceMeeting).toBeLessThanOrEqual(later.daysSinceMeeting);
        },
      ),
    );
  });

  it('is on track right after a meeting, whatever came before (property)', () => {
    fc.assert(
      fc.property(
        cadence,
        fc.option(moment),
        moment,
        fc.integer({ min: 0, max: 14 * dayMs - 1 }),
        (cadence, warning, meeting, since) => {
          const warnedAt = warning === null ? null : atMs(Math.min(warning, meeting));
          const result = relationshipHealth({
            cadence,
            startDate: start,
            lastMeetingAt: atMs(meeting),
            warnedAt,
            now: atMs(meeting + since),
          });
          expect(result).toEqual({ state: 'on_track', daysSinceMeeting: Math.floor(since / dayMs), dueAction: 'none' });
        },
      ),
    );
  });

  it('never concludes without a warning, after the last meeting, at least 7 days before (property)', () => {
    fc.assert(
      fc.property(cadence, fc.option(moment), fc.option(moment), moment, (cadence, meeting, warning, now) => {
        const result = relationshipHealth({
          cadence,
          startDate: start,
          lastMeetingAt: meeting === null ? null : atMs(meeting),
          warnedAt: warning === null ? null : atMs(warning),
          now: atMs(now),
        });
        if (result.state === 'conclude') {
          expect(warning).not.toBeNull();
          expect(warning!).toBeGreaterThan(meeting ?? 0);
          expect(now - warning!).toBeGreaterThanOrEqual(7 * dayMs);
        }
        expect(result.dueAction === 'conclude').toBe(result.state === 'conclude');
        if (result.dueAction === 'warn') expect(result.daysSinceMeeting).toBeGreaterThanOrEqual(90);
      }),
    );
  });
});
