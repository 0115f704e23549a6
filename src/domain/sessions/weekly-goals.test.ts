import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../engagements/index.js';
import {
  isWeekKey,
  isoWeekOfDate,
  localDate,
  mondayOfWeek,
  nextWeek,
  previousWeek,
  streak,
  weekKey,
  weeksInIsoYear,
} from './weekly-goals.js';

/** Any calendar date from 1900 to 2200. */
const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const week = isoDate.map(isoWeekOfDate);

describe('localDate and weekKey', () => {
  it('reads the date where the person is', () => {
    const instant = new Date('2026-01-01T02:00:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-01-01');
    expect(localDate(instant, 'America/New_York')).toBe('2025-12-31');
    expect(localDate(new Date('2025-12-31T20:00:00Z'), 'Pacific/Auckland')).toBe('2026-01-01');
  });

  it('puts the same moment in different weeks on either side of the date line', () => {
    // Sunday 29 November 2026, 23:30 in New York, is already Monday in Berlin.
    const instant = new Date('2026-11-30T04:30:00Z');
    expect(weekKey(instant, 'America/New_York')).toBe('2026-W48');
    expect(weekKey(instant, 'Europe/Berlin')).toBe('2026-W49');
    expect(weekKey(new Date('2026-11-23T10:00:00Z'), 'Europe/Berlin')).toBe('2026-W48');
  });

  it('refuses an unknown time zone', () => {
    expect(() => weekKey(new Date('2026-01-01T00:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('isoWeekOfDate', () => {
  it.each([
    ['2026-01-01', '2026-W01'], // a Thursday
    ['2025-12-29', '2026-W01'], // the Monday before belongs to 2026
    ['2025-12-28', '2025-W52'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'], // a Sunday still in 2026's last week
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-11-26', '2026-W48'],
  ])('puts %s in %s', (date, key) => {
    expect(isoWeekOfDate(date)).toBe(key);
  });

  it('counts 53 weeks in years that start on Thursday, or leap years starting on Wednesday', () => {
    expect([2015, 2020, 2026, 2032, 2037].map(weeksInIsoYear)).toEqual([53, 53, 53, 53, 53]);
    expect([2021, 2024, 2025, 2027, 2100].map(weeksInIsoYear)).toEqual([52, 52, 52, 52, 52]);
  });

  it('changes week exactly on Mondays (property)', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const next = addDays(date, 1);
        const isMonday = new Date(`${next}T00:00:00Z`).getUTCDay() === 1;
        expect(isoWeekOfDate(next) === isoWeekOfDate(date)).toBe(!isMonday);
      }),
    );
  });
});

describe('week keys', () => {
  it('accepts only weeks that exist', () => {
    for (const key of ['2026-W01', '2026-W53', '2025-W52']) expect(isWeekKey(key), key).toBe(true);
    for (const key of ['2025-W53', '2026-W00', '2026-W54', '2026-W1', '2026W01', '2026-w01', '']) {
      expect(isWeekKey(key), key).toBe(false);
    }
    expect(() => previousWeek('2025-W53')).toThrow(RangeError);
  });

  it('finds the Monday that starts a week', () => {
    expect(mondayOfWeek('2026-W01')).toBe('2025-12-29');
    expect(mondayOfWeek('2026-W53')).toBe('2026-12-28');
    expect(mondayOfWeek('2027-W01')).toBe('2027-01-04');
  });

  it('steps across year ends, including 53-week years', () => {
    expect(previousWeek('2026-W48')).toBe('2026-W47');
    expect(previousWeek('2027-W01')).toBe('2026-W53');
    expect(previousWeek('2026-W01')).toBe('2025-W52');
    expect(nextWeek('2026-W52')).toBe('2026-W53');
    expect(nextWeek('2026-W53')).toBe('2027-W01');
    expect(nextWeek('2025-W52')).toBe('2026-W01');
  });

  it('agrees with counting seven days (property)', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const key = isoWeekOfDate(date);
        expect(isWeekKey(key)).toBe(true);
        expect(previousWeek(key)).toBe(isoWeekOfDate(addDays(date, -7)));
        expect(nextWeek(key)).toBe(isoWeekOfDate(addDays(date, 7)));
      }),
    );
  });

  it('has previous and next undo each other, one Monday apart (property)', () => {
    fc.assert(
      fc.property(week, (key) => {
        expect(nextWeek(previousWeek(key))).toBe(key);
        expect(previousWeek(nextWeek(key))).toBe(key);
        expect(mondayOfWeek(previousWeek(key))).toBe(addDays(mondayOfWeek(key), -7));
        expect(isoWeekOfDate(mondayOfWeek(key))).toBe(key);
        expect(isoWeekOfDate(addDays(mondayOfWeek(key), 6))).toBe(key);
      }),
    );
  });
});

describe('streak', () => {
  it('counts the run of weeks ending this week', () => {
    expect(streak(['2026-W46', '2026-W47', '2026-W48'], '2026-W48')).toBe(3);
    expect(streak(['2026-W44', '2026-W46', '2026-W47', '2026-W48'], '2026-W48')).toBe(3);
  });

  it('does not break the run while this week has nothing ticked yet', () => {
    expect(streak(['2026-W46', '2026-W47'], '2026-W48')).toBe(2);
  });

  it('is broken by a whole week without a ticked goal', () => {
    expect(streak(['2026-W45', '2026-W46'], '2026-W48')).toBe(0);
    expect(streak([], '2026-W48')).toBe(0);
  });

  it('runs across the year end through week 53', () => {
    expect(streak(['2026-W52', '2026-W53', '2027-W01', '2027-W02'], '2027-W02')).toBe(4);
    expect(streak(['2025-W51', '2025-W52', '2026-W01'], '2026-W02')).toBe(3);
  });

  it('ignores duplicates, future weeks and the order given', () => {
    expect(streak(['2026-W48', '2026-W47', '2026-W48', '2026-W50'], '2026-W48')).toBe(2);
  });

  it('refuses a current week that does not exist', () => {
    expect(() => streak([], '2025-W53')).toThrow(RangeError);
  });

  it('equals the length of any unbroken run of weeks ending now (property)', () => {
    fc.assert(
      fc.property(week, fc.integer({ min: 0, max: 120 }), fc.boolean(), (current, length, isCurrentTicked) => {
        const weeks: string[] = [];
        let key = isCurrentTicked ? current : previousWeek(current);
        for (let index = 0; index < length; index += 1) {
          weeks.push(key);
          key = previousWeek(key);
        }
        // `key` is now the gap that ends the run; a tick before it does not count (unless the gap is
        // the current week itself, which only moves the run to end last week).
        if (key !== current) weeks.push(previousWeek(key));
        expect(streak(weeks, current)).toBe(length);
      }),
    );
  });
});
