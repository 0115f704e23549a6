/**
 * Calendar dates of an engagement, as `YYYY-MM-DD` text (they compare correctly as strings).
 *
 * Day arithmetic is done on whole days since 1970-01-01 with plain integer maths, not with `Date`,
 * so there is no time zone, no daylight saving shift and no two-digit-year quirk to trip over.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How long a coaching engagement runs when no end date is given. */
export const defaultEngagementMonths = 6;

/** The length most programs allow an engagement: six months to a year. */
export const typicalEngagementMonths = { minMonths: 6, maxMonths: 12 } as const;

export type MonthRange = { minMonths: number; maxMonths: number };

/** Why the engagement's dates are refused, naming the date to change. */
export type EngagementDateRefusal = { field: 'startDate' | 'endDate'; message: string };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

type Parts = { year: number; month: number; day: number };

function partsOf(date: string): Parts | null {
  const match = isoDatePattern.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function requireParts(date: string): Parts {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${date}`);
  return parts;
}

function format({ year, month, day }: Parts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is not). */
export function isIsoDate(value: string): boolean {
  return partsOf(value) !== null;
}

/**
 * Whole days from 1970-01-01 to `date` (negative before it). Throws RangeError on a malformed date.
 *
 * @example epochDay('1970-01-02') // 1
 */
export function epochDay(date: string): number {
  const { year, month, day } = requireParts(date);
  // Count from March so the leap day is the last day of the counting year.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The `YYYY-MM-DD` date that is `days` whole days after 1970-01-01; the inverse of `epochDay`.
 *
 * @example dateOfEpochDay(0) // '1970-01-01'
 */
export function dateOfEpochDay(days: number): string {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return format({ year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return dateOfEpochDay(epochDay(date) + days);
}

/**
 * The same day `months` calendar months later, or the last day of that month when it is shorter.
 *
 * @example addMonths('2025-08-31', 6) // '2026-02-28'
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = requireParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/**
 * The end date an engagement gets when none is chosen: six calendar months after the start.
 *
 * @example defaultEndDate('2024-08-31') // '2025-02-28'
 */
export function defaultEndDate(start: string): string {
  return addMonths(start, defaultEngagementMonths);
}

/**
 * Whether an engagement from `start` to `end` has an allowed length: null when it has, otherwise
 * the reason. The end may fall anywhere from `minMonths` to `maxMonths` calendar months after the
 * start, both ends included.
 *
 * @example checkEngagementLength('2026-01-15', '2026-03-15', { minMonths: 6, maxMonths: 12 })
 *   // { field: 'endDate', message: 'must be at least 6 months after the start date (2026-07-15 or later)' }
 */
export function checkEngagementLength(
  start: string,
  end: string,
  range: MonthRange = typicalEngagementMonths,
): EngagementDateRefusal | null {
  if (!isIsoDate(start)) return { field: 'startDate', message: 'must be a calendar date written YYYY-MM-DD' };
  if (!isIsoDate(end)) return { field: 'endDate', message: 'must be a calendar date written YYYY-MM-DD' };
  if (end <= start) return { field: 'endDate', message: `must be after the start date (${start})` };
  const earliest = addMonths(start, range.minMonths);
  if (end < earliest) {
    return {
      field: 'endDate',
      message: `must be at least ${range.minMonths} months after the start date (${earliest} or later)`,
    };
  }
  const latest = addMonths(start, range.maxMonths);
  if (end > latest) {
    return {
      field: 'endDate',
      message: `must be at most ${range.maxMonths} months after the start date (${latest} or earlier)`,
    };
  }
  return null;
}

/**
 * The calendar day it already is somewhere on earth at `now` (UTC+14): the latest date a user's
 * browser may call "today". Checks for "not in the future" compare with it, so a date picked
 * east of UTC just after midnight is not refused.
 * @example latestToday(new Date('2026-12-02T19:34:00Z')) // '2026-12-03'
 */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60_000).toISOString().slice(0, 10);
}
