import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canMarkHeld,
  formatLength,
  formatSessionTime,
  groupSessions,
  localToUtc,
  sessionBadge,
  toUtcString,
  utcToLocal,
  type TimedSession,
} from './session-time.js';

// The conversions read the process's time zone, as the browser's; pin one with daylight saving.
const originalZone = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/Berlin';
});
afterAll(() => {
  if (originalZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalZone;
});

describe('local date and time to UTC', () => {
  it('converts winter and summer times with their own offsets', () => {
    expect(localToUtc({ date: '2026-03-02', time: '09:30' })).toBe('2026-03-02T08:30:00Z');
    expect(localToUtc({ date: '2026-07-15', time: '18:05' })).toBe('2026-07-15T16:05:00Z');
  });

  it('crosses midnight backwards into the previous UTC day', () => {
    expect(localToUtc({ date: '2026-01-01', time: '00:15' })).toBe('2025-12-31T23:15:00Z');
  });

  it('moves a time skipped by the spring change forward, as the browser does', () => {
    // 29 March 2026, 02:30 does not exist in Berlin: clocks jump from 02:00 to 03:00.
    expect(localToUtc({ date: '2026-03-29', time: '02:30' })).toBe('2026-03-29T01:30:00Z');
  });

  it('answers null for missing or impossible input', () => {
    expect(localToUtc({ date: '', time: '09:30' })).toBeNull();
    expect(localToUtc({ date: '2026-03-02', time: '' })).toBeNull();
    expect(localToUtc({ date: '2026-02-31', time: '09:30' })).toBeNull();
    expect(localToUtc({ date: '2026-13-01', time: '09:30' })).toBeNull();
    expect(localToUtc({ date: '2026-03-02', time: '24:00' })).toBeNull();
    expect(localToUtc({ date: '2.3.2026', time: '09:30' })).toBeNull();
  });

  it('round-trips through the inputs', () => {
    for (const utc of ['2026-03-02T08:30:00Z', '2026-10-25T00:45:00Z', '2026-12-31T23:00:00Z']) {
      expect(localToUtc(utcToLocal(utc))).toBe(utc);
    }
    expect(utcToLocal('2026-03-02T08:30:00Z')).toEqual({ date: '2026-03-02', time: '09:30' });
  });

  it('writes UTC without milliseconds, as the API asks', () => {
    expect(toUtcString(new Date(Date.UTC(2026, 2, 2, 8, 30, 15, 999)))).toBe('2026-03-02T08:30:15Z');
  });
});

describe('formatting', () => {
  it('shows the session in the reader’s zone, naming the end’s day only when it differs', () => {
    expect(formatSessionTime('2026-03-02T08:30:00Z', '2026-03-02T09:30:00Z', 'Europe/Berlin')).toBe(
      'Mon, 2 Mar 2026, 09:30–10:30',
    );
    expect(formatSessionTime('2026-03-02T22:30:00Z', '2026-03-02T23:30:00Z', 'Europe/Berlin')).toBe(
      'Mon, 2 Mar 2026, 23:30–Tue, 3 Mar 2026, 00:30',
    );
  });

  it('reads lengths in hours and minutes', () => {
    expect(formatLength(45)).toBe('45 min');
    expect(formatLength(60)).toBe('1 h');
    expect(formatLength(90)).toBe('1 h 30 min');
  });
});

describe('upcoming and past', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const session = (id: string, scheduledAt: string, minutes: number, status: TimedSession['status'] = 'scheduled') => ({
    id,
    scheduledAt,
    endsAt: new Date(Date.parse(scheduledAt) + minutes * 60_000).toISOString(),
    status,
  });

  it('puts sessions not yet over first, soonest first, and the rest latest first', () => {
    const sessions = [
      session('later', '2026-03-20T09:00:00Z', 60),
      session('long-ago', '2026-02-01T09:00:00Z', 60, 'held'),
      session('running', '2026-03-10T11:30:00Z', 60),
      session('last-week', '2026-03-03T09:00:00Z', 60),
      session('soon', '2026-03-11T09:00:00Z', 60),
      session('cancelled-future', '2026-03-15T09:00:00Z', 60, 'cancelled'),
    ];
    const { upcoming, past } = groupSessions(sessions, now);
    expect(upcoming.map((item) => item.id)).toEqual(['running', 'soon', 'cancelled-future', 'later']);
    expect(past.map((item) => item.id)).toEqual(['last-week', 'long-ago']);
  });

  it('counts a session held while still running as past, and one ending right now as past', () => {
    const { upcoming, past } = groupSessions(
      [session('held-now', '2026-03-10T11:30:00Z', 60, 'held'), session('just-ended', '2026-03-10T11:00:00Z', 60)],
      now,
    );
    expect(upcoming).toEqual([]);
    expect(past.map((item) => item.id)).toEqual(['held-now', 'just-ended']);
  });

  it('does not change the list it was given', () => {
    const sessions = [session('b', '2026-03-20T09:00:00Z', 60), session('a', '2026-03-11T09:00:00Z', 60)];
    groupSessions(sessions, now);
    expect(sessions.map((item) => item.id)).toEqual(['b', 'a']);
  });

  it('allows marking held once started, and flags a past meeting not yet marked', () => {
    expect(canMarkHeld(session('x', '2026-03-10T12:00:00Z', 60), now)).toBe(true);
    expect(canMarkHeld(session('x', '2026-03-10T12:01:00Z', 60), now)).toBe(false);
    expect(canMarkHeld(session('x', '2026-03-01T12:00:00Z', 60, 'cancelled'), now)).toBe(false);
    expect(sessionBadge(session('x', '2026-03-01T12:00:00Z', 60), now)).toBe('unconfirmed');
    expect(sessionBadge(session('x', '2026-03-10T11:30:00Z', 60), now)).toBe('scheduled');
    expect(sessionBadge(session('x', '2026-03-01T12:00:00Z', 60, 'held'), now)).toBe('held');
  });
});
