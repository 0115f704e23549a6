/**
 * Weekly goals are kept per ISO week (weeks start on Monday; week 1 holds the year's first
 * Thursday), written `2026-W48`. The week a moment falls in depends on where the person is, so it
 * is read from their local date in their time zone.
 */

import { dateOfEpochDay, epochDay } from '../engagements/index.js';

const weekKeyPattern = /^(\d{4})-W(\d{2})$/;

type Week = { year: number; week: number };

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatFor(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The calendar date (`YYYY-MM-DD`) at `instant` in an IANA time zone. Throws RangeError for an
 * unknown zone.
 *
 * @example localDate(new Date('2026-01-01T02:00:00Z'), 'America/New_York') // '2025-12-31'
 */
export function localDate(instant: Date, timeZone: string): string {
  const parts = dateFormatFor(timeZone).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => parts.find((each) => each.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Monday is 1, Sunday 7 (1970-01-01 was a Thursday). */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function formatWeek({ year, week }: Week): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/**
 * The ISO week a calendar date (`YYYY-MM-DD`) falls in: the week of its Thursday, in that
 * Thursday's year.
 *
 * @example isoWeekOfDate('2027-01-01') // '2026-W53'
 */
export function isoWeekOfDate(date: string): string {
  const day = epochDay(date);
  const thursday = day + 4 - isoWeekday(day);
  const year = Number(dateOfEpochDay(thursday).slice(0, 4));
  const firstOfYear = epochDay(`${String(year).padStart(4, '0')}-01-01`);
  return formatWeek({ year, week: Math.floor((thursday - firstOfYear) / 7) + 1 });
}

/**
 * The ISO week `instant` falls in for someone in `timeZone`.
 *
 * @example weekKey(new Date('2026-11-23T10:00:00Z'), 'Europe/Berlin') // '2026-W48'
 */
export function weekKey(instant: Date, timeZone: string): string {
  return isoWeekOfDate(localDate(instant, timeZone));
}

/** How many ISO weeks `year` has: 53 when it starts on a Thursday, or is a leap year starting on a Wednesday. */
export function weeksInIsoYear(year: number): number {
  // 28 December always lies in the year's last week.
  return Number(isoWeekOfDate(`${String(year).padStart(4, '0')}-12-28`).slice(6));
}

function parseWeek(key: string): Week | null {
  const match = weekKeyPattern.exec(key);
  if (!match) return null;
  const week = { year: Number(match[1]), week: Number(match[2]) };
  return week.week >= 1 && week.week <= weeksInIsoYear(week.year) ? week : null;
}

function requireWeek(key: string): Week {
  const week = parseWeek(key);
  if (!week) throw new RangeError(`Not an ISO week written YYYY-Www: ${key}`);
  return week;
}

/** Whether `key` is a week that exists, written `YYYY-Www` (so `2025-W53` is not: 2025 has 52). */
export function isWeekKey(key: string): boolean {
  return parseWeek(key) !== null;
}

/**
 * The Monday (`YYYY-MM-DD`) that starts the week.
 *
 * @example mondayOfWeek('2026-W01') // '2025-12-29'
 */
export function mondayOfWeek(key: string): string {
  const { year, week } = requireWeek(key);
  const fourthOfJanuary = epochDay(`${String(year).padStart(4, '0')}-01-04`);
  return dateOfEpochDay(fourthOfJanuary - isoWeekday(fourthOfJanuary) + 1 + (week - 1) * 7);
}

/**
 * The week before, across year ends.
 *
 * @example previousWeek('2027-W01') // '2026-W53'
 */
export function previousWeek(key: string): string {
  const { year, week } = requireWeek(key);
  return week > 1
    ? formatWeek({ year, week: week - 1 })
    : formatWeek({ year: year - 1, week: weeksInIsoYear(year - 1) });
}

/**
 * The week after, across year ends.
 *
 * @example nextWeek('2026-W53') // '2027-W01'
 */
export function nextWeek(key: string): string {
  const { year, week } = requireWeek(key);
  return week < weeksInIsoYear(year) ? formatWeek({ year, week: week + 1 }) : formatWeek({ year: year + 1, week: 1 });
}

/**
 * How many weeks in a row, up to now, someone ticked off at least one weekly goal. The run ends at
 * `currentWeek`, or at the week before while the current week has nothing ticked yet (the week is
 * not over, so the streak is not broken). Weeks after `currentWeek` are ignored.
 *
 * @example streak(['2026-W46', '2026-W47'], '2026-W48') // 2
 */
export function streak(weeksWithACompletedGoal: readonly string[], currentWeek: string): number {
  requireWeek(currentWeek);
  const weeks = new Set(weeksWithACompletedGoal);
  let week = weeks.has(currentWeek) ? currentWeek : previousWeek(currentWeek);
  let count = 0;
  while (weeks.has(week)) {
    count += 1;
    week = previousWeek(week);
  }
  return count;
}
