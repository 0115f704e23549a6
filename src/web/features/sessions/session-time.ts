import type { SessionStatus } from '../../../contract/index.js';

// Sessions are stored in UTC; people type and read them in their own time zone (the browser's).

/** A date and a time as the native inputs give them: `2026-03-02` and `09:30`. */
export type LocalDateTime = { date: string; time: string };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})$/;

/**
 * The UTC moment of a local date and time, written the way the API wants it (seconds, `Z`, no
 * milliseconds). Null when either part is missing or not a real date or time. A time that does
 * not exist locally (skipped by a daylight-saving change) moves forward, as the browser does.
 *
 * @example localToUtc({ date: '2026-03-02', time: '09:30' }) // in Berlin: '2026-03-02T08:30:00Z'
 */
export function localToUtc({ date, time }: LocalDateTime): string | null {
  const dateParts = datePattern.exec(date.trim());
  const timeParts = timePattern.exec(time.trim());
  if (!dateParts || !timeParts) return null;
  const [year, month, day] = [Number(dateParts[1]), Number(dateParts[2]), Number(dateParts[3])];
  const [hours, minutes] = [Number(timeParts[1]), Number(timeParts[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const moment = new Date(year, month - 1, day, hours, minutes);
  // 31 February rolls over into March: that is a typo, not a date.
  if (moment.getMonth() !== month - 1 || moment.getDate() !== day) return null;
  return toUtcString(moment);
}

/** The local date and time of a UTC moment, for prefilling the native inputs. */
export function utcToLocal(utc: string): LocalDateTime {
  const moment = new Date(utc);
  return {
    date: `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`,
    time: `${pad(moment.getHours())}:${pad(moment.getMinutes())}`,
  };
}

/** A moment as the API writes UTC: `2026-03-02T08:30:00Z`. */
export function toUtcString(moment: Date): string {
  return `${moment.toISOString().slice(0, 19)}Z`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The fields of a session that grouping and labels read. */
export type TimedSession = { scheduledAt: string; endsAt: string; status: SessionStatus };

/**
 * Splits sessions into upcoming (not yet over and not held; soonest first) and past (over or
 * held; latest first). A cancelled session still in the future stays upcoming, with its badge,
 * so nobody wonders where it went.
 */
export function groupSessions<T extends TimedSession>(sessions: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming: T[] = [];
  const past: T[] = [];
  for (const session of sessions) {
    if (isPast(session, now)) past.push(session);
    else upcoming.push(session);
  }
  const byStart = (a: T, b: T) => Date.parse(a.scheduledAt) - Date.parse(b.scheduledAt);
  upcoming.sort(byStart);
  past.sort((a, b) => byStart(b, a));
  return { upcoming, past };
}

function isPast(session: TimedSession, now: Date): boolean {
  return session.status === 'held' || Date.parse(session.endsAt) <= now.getTime();
}

/** A scheduled session is marked held once it has started (the API refuses earlier). */
export function canMarkHeld(session: TimedSession, now: Date): boolean {
  return session.status === 'scheduled' && Date.parse(session.scheduledAt) <= now.getTime();
}

/** What a session's badge says: its status, or that a meeting in the past still waits to be marked held. */
export type SessionBadge = SessionStatus | 'unconfirmed';

export function sessionBadge(session: TimedSession, now: Date): SessionBadge {
  if (session.status === 'scheduled' && Date.parse(session.endsAt) <= now.getTime()) return 'unconfirmed';
  return session.status;
}

/**
 * The time of a session in the reader's time zone, like `Mon, 2 Mar 2026, 09:30–10:30`. Both ends
 * are shown in the same zone; a session over midnight names the end's day too.
 */
export function formatSessionTime(scheduledAt: string, endsAt: string, timeZone?: string): string {
  const zone = timeZone === undefined ? {} : { timeZone };
  const day = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...zone,
  });
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, ...zone });
  const start = new Date(scheduledAt);
  const end = new Date(endsAt);
  const startDay = day.format(start);
  const endDay = day.format(end);
  const endText = startDay === endDay ? clock.format(end) : `${endDay}, ${clock.format(end)}`;
  return `${startDay}, ${clock.format(start)}–${endText}`;
}

/** The reader's time zone name, for saying which zone times are shown in. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `90` reads `1 h 30 min`. */
export function formatLength(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
