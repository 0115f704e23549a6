/**
 * The health of a mentoring relationship, read from when the pair last met against the cadence
 * they agreed.
 *
 * The silence is counted from the last meeting, or from the start date (midnight UTC) when there
 * has been none.
 * - `on_track`: silent for less than twice the cadence (weekly 14 days, biweekly 28, monthly 60:
 *   a month counts as 30 days).
 * - `flagged`: silent for twice the cadence or longer; the program admin should look
 *   (`dueAction: 'flag'`, idempotent: nothing about it is recorded). From 90 days of silence a
 *   warning to both sides is due (`dueAction: 'warn'`), once per silence.
 * - `warned`: a warning was sent since the last meeting and fewer than 7 days ago. The state only
 *   says `warned` once the caller has recorded the warning (`warnedAt`), so a screen never claims
 *   people were warned when the message has not gone out.
 * - `conclude`: 7 days or more after that warning, still no meeting: the relationship should be
 *   concluded (`ended_early`, ending kind `concluded_inactive`).
 *
 * A meeting after (or at the same moment as) the warning makes the warning stale and everything starts again from that
 * meeting. No relationship is ever concluded without a warning at least 7 days earlier.
 */

import type { SessionCadence } from '../programs/index.js';
import { epochDay } from './dates.js';

const dayMs = 24 * 60 * 60 * 1000;

/** Days of silence after which a warning is due, whatever the cadence. */
export const warnAfterDays = 90;
/** Days from the warning to concluding, if the pair still has not met. */
export const concludeAfterWarningDays = 7;

export type HealthState = 'on_track' | 'flagged' | 'warned' | 'conclude';
export type HealthAction = 'none' | 'flag' | 'warn' | 'conclude';

/** The states from best to worst. */
export const healthStates: readonly HealthState[] = ['on_track', 'flagged', 'warned', 'conclude'];

export type HealthInput = {
  cadence: SessionCadence;
  /** `YYYY-MM-DD`, the relationship's start date. */
  startDate: string;
  lastMeetingAt: Date | null;
  warnedAt: Date | null;
  now: Date;
};

export type Health = { state: HealthState; daysSinceMeeting: number; dueAction: HealthAction };

/** The days in one cadence period; a month counts as 30 days. */
export function cadenceDays(cadence: SessionCadence): number {
  switch (cadence) {
    case 'weekly':
      return 7;
    case 'biweekly':
      return 14;
    case 'monthly':
      return 30;
  }
}

/** Days of silence after which a relationship is flagged: twice the cadence. */
export function flagAfterDays(cadence: SessionCadence): number {
  return 2 * cadenceDays(cadence);
}

/**
 * How the relationship is doing at `now`, and what the caller should do about it.
 *
 * @example relationshipHealth({ cadence: 'weekly', startDate: '2026-01-05', lastMeetingAt: null, warnedAt: null, now: new Date('2026-01-20T09:00Z') })
 *   // { state: 'flagged', daysSinceMeeting: 15, dueAction: 'flag' }
 */
export function relationshipHealth(input: HealthInput): Health {
  const silenceStart = input.lastMeetingAt?.getTime() ?? epochDay(input.startDate) * dayMs;
  const now = input.now.getTime();
  const daysSinceMeeting = Math.max(0, Math.floor((now - silenceStart) / dayMs));
  const warnedAt = input.warnedAt?.getTime() ?? null;
  // On a tie the meeting wins: a recorded meeting is the better evidence that the pair is active.
  if (warnedAt !== null && warnedAt > silenceStart) {
    return now - warnedAt >= concludeAfterWarningDays * dayMs
      ? { state: 'conclude', daysSinceMeeting, dueAction: 'conclude' }
      : { state: 'warned', daysSinceMeeting, dueAction: 'none' };
  }
  if (daysSinceMeeting >= warnAfterDays) return { state: 'flagged', daysSinceMeeting, dueAction: 'warn' };
  if (daysSinceMeeting >= flagAfterDays(input.cadence))
    return { state: 'flagged', daysSinceMeeting, dueAction: 'flag' };
  return { state: 'on_track', daysSinceMeeting, dueAction: 'none' };
}
