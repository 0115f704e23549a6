import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  checkEngagementLength,
  dateOfEpochDay,
  daysInMonth,
  defaultEndDate,
  epochDay,
  isIsoDate,
  typicalEngagementMonths,
  latestToday,
} from './dates.js';

/** Any calendar date from 1600 to 2400, as text. */
const isoDate = fc
  .date({ min: new Date('1600-01-01T00:00:00Z'), max: new Date('2400-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('isIsoDate', () => {
  it('accepts real dates written YYYY-MM-DD only', () => {
    for (const date of ['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31'])
      expect(isIsoDate(date), date).toBe(true);
    for (const date of [
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-1',
      '',
      '2026-01-01T00:00',
    ]) {
      expect(isIsoDate(date), date).toBe(false);
    }
  });

  it('knows the length of every month', () => {
    expect(Array.from({ length: 12 }, (_, index) => daysInMonth(2026, index + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });
});

describe('epochDay', () => {
  it('counts days from 1970-01-01', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1970-01-02')).toBe(1);
    expect(epochDay('1969-12-31')).toBe(-1);
    expect(epochDay('2000-03-01')).toBe(11017);
    expect(dateOfEpochDay(0)).toBe('1970-01-01');
  });

  it('agrees with Date, and dateOfEpochDay undoes it (property)', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(epochDay(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
        expect(dateOfEpochDay(epochDay(date))).toBe(date);
      }),
    );
  });

  it('refuses a malformed date', () => {
    expect(() => epochDay('2026-02-30')).toThrow(RangeError);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('addMonths and defaultEndDate', () => {
  it('lands on the same day, or the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 0)).toBe('2026-01-31');
  });

  it('ends a six-month engagement that starts on 31 August at the end of February', () => {
    expect(defaultEndDate('2025-08-31')).toBe('2026-02-28');
    expect(defaultEndDate('2023-08-31')).toBe('2024-02-29');
    expect(defaultEndDate('2026-01-01')).toBe('2026-07-01');
  });

  it('moves by whole months and never past the original day (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -120, max: 120 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isIsoDate(result)).toBe(true);
        const monthIndex = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7));
        expect(monthIndex(result) - monthIndex(date)).toBe(months);
        const day = Number(result.slice(8));
        expect(day).toBeLessThanOrEqual(Number(date.slice(8)));
        if (day < Number(date.slice(8))) {
          expect(day).toBe(daysInMonth(Number(result.slice(0, 4)), Number(result.slice(5, 7))));
        }
      }),
    );
  });
});

describe('checkEngagementLength', () => {
  const range = typicalEngagementMonths;

  it('allows six months to a year, both ends included', () => {
    expect(range).toEqual({ minMonths: 6, maxMonths: 12 });
    expect(checkEngagementLength('2026-01-15', '2026-07-15', range)).toBeNull();
    expect(checkEngagementLength('2026-01-15', '2026-10-01', range)).toBeNull();
    expect(checkEngagementLength('2026-01-15', '2027-01-15', range)).toBeNull();
    expect(checkEngagementLength('2025-08-31', defaultEndDate('2025-08-31'))).toBeNull();
  });

  it('refuses a shorter or longer engagement, naming the end date and the limit', () => {
    expect(checkEngagementLength('2026-01-15', '2026-07-14', range)).toEqual({
      field: 'endDate',
      message: 'must be at least 6 months after the start date (2026-07-15 or later)',
    });
    expect(checkEngagementLength('2026-01-15', '2027-01-16', range)).toEqual({
      field: 'endDate',
      message: 'must be at most 12 months after the start date (2027-01-15 or earlier)',
    });
  });

  it('refuses an end on or before the start, whatever the range', () => {
    const anyLength = { minMonths: 0, maxMonths: 1200 };
    expect(checkEngagementLength('2026-01-15', '2026-01-15', anyLength)).toMatchObject({ field: 'endDate' });
    expect(checkEngagementLength('2026-01-15', '2025-01-15', anyLength)?.message).toBe(
      'must be after the start date (2026-01-15)',
    );
    expect(checkEngagementLength('2026-01-15', '2026-01-16', anyLength)).toBeNull();
  });

  it('names the date that is not a date', () => {
    expect(checkEngagementLength('2026-02-30', '2026-09-01', range)).toMatchObject({ field: 'startDate' });
    expect(checkEngagementLength('2026-01-01', 'next year', range)).toMatchObject({ field: 'endDate' });
  });

  it('accepts exactly the ends between min and max months after the start (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -30, max: 500 }), (start, days) => {
        const end = addDays(start, days);
        const isInside = end > start && end >= addMonths(start, 6) && end <= addMonths(start, 12);
        const refusal = checkEngagementLength(start, end, range);
        expect(refusal === null).toBe(isInside);
        if (refusal) expect(refusal.field).toBe('endDate');
      }),
    );
  });
});

describe('latestToday', () => {
  it('is the date at UTC+14: tomorrow from 10:00 UTC on, today before', () => {
    expect(latestToday(new Date('2026-12-02T09:59:59Z'))).toBe('2026-12-02');
    expect(latestToday(new Date('2026-12-02T10:00:00Z'))).toBe('2026-12-03');
    expect(latestToday(new Date('2026-12-31T19:34:00Z'))).toBe('2027-01-01');
  });
});
