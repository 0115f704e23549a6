import { describe, expect, it } from 'vitest';
import { canPlanWeek, isoWeekDays, isoWeekOf, streakLabel, weekDatesLabel, weekName } from './weekly-goals-view';

describe('streakLabel', () => {
  it('counts weeks in a row', () => {
    expect(streakLabel(0)).toBe('No streak yet');
    expect(streakLabel(1)).toBe('1 week in a row');
    expect(streakLabel(3)).toBe('3 weeks in a row');
  });
});

describe('ISO weeks', () => {
  it('finds the Monday and Sunday of a week, across year ends', () => {
    const days = isoWeekDays('2026-W48')!;
    expect(days.monday.toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(days.sunday.toISOString().slice(0, 10)).toBe('2026-11-29');
    expect(isoWeekDays('2026-W01')!.monday.toISOString().slice(0, 10)).toBe('2025-12-29');
    expect(isoWeekDays('2026-48')).toBeNull();
  });
  it('names the week of a date, its Thursday deciding the year', () => {
    expect(isoWeekOf(new Date('2026-11-23T10:00:00Z'))).toBe('2026-W48');
    expect(isoWeekOf(new Date('2025-12-29T00:00:00Z'))).toBe('2026-W01');
    expect(isoWeekOf(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
  });
  it('writes a week as its days', () => {
    expect(weekDatesLabel('2026-W48')).toBe('23–29 Nov 2026');
    expect(weekDatesLabel('2026-W49')).toBe('30 Nov – 6 Dec 2026');
    expect(weekDatesLabel('2026-W01')).toBe('29 Dec 2025 – 4 Jan 2026');
    expect(weekDatesLabel('soon')).toBe('soon');
  });
  it('names weeks around the current one', () => {
    const neighbours = { previous: '2026-W47', next: '2026-W49' };
    expect(weekName('2026-W48', '2026-W48', neighbours)).toBe('This week');
    expect(weekName('2026-W49', '2026-W48', neighbours)).toBe('Next week');
    expect(weekName('2026-W47', '2026-W48', neighbours)).toBe('Last week');
    expect(weekName('2026-W40', '2026-W48', neighbours)).toBe('Week 40 of 2026');
  });
  it('plans only this week and the next, across a year end', () => {
    expect(canPlanWeek('2026-W48', '2026-W48')).toBe(true);
    expect(canPlanWeek('2026-W49', '2026-W48')).toBe(true);
    expect(canPlanWeek('2026-W50', '2026-W48')).toBe(false);
    expect(canPlanWeek('2026-W47', '2026-W48')).toBe(false);
    expect(canPlanWeek('2027-W01', '2026-W53')).toBe(true);
  });
});
