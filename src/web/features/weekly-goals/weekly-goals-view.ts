// Words for the weekly-goal panels, kept free of React so they are easy to test.

/** "No streak yet", "1 week in a row", "3 weeks in a row". */
export function streakLabel(streak: number): string {
  if (streak <= 0) return 'No streak yet';
  return streak === 1 ? '1 week in a row' : `${streak} weeks in a row`;
}

/** The Monday and Sunday of an ISO week such as `2026-W48`, as UTC dates; null for anything else. */
export function isoWeekDays(week: string): { monday: Date; sunday: Date } | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (match === null) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > 53) return null;
  // 4 January always falls in week 1; its week's Monday starts the ISO year.
  const fourth = Date.UTC(year, 0, 4);
  const weekday = new Date(fourth).getUTCDay() || 7;
  const monday = new Date(fourth - (weekday - 1) * 86_400_000 + (number - 1) * 7 * 86_400_000);
  return { monday, sunday: new Date(monday.getTime() + 6 * 86_400_000) };
}

/** "23–29 Nov 2026", "30 Nov – 6 Dec 2026", "28 Dec 2026 – 3 Jan 2027"; the key itself if it is not a week. */
export function weekDatesLabel(week: string): string {
  const days = isoWeekDays(week);
  if (days === null) return week;
  const { monday, sunday } = days;
  const format = (date: Date, parts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { ...parts, timeZone: 'UTC' }).format(date);
  const end = format(sunday, { day: 'numeric', month: 'short', year: 'numeric' });
  if (monday.getUTCFullYear() !== sunday.getUTCFullYear()) {
    return `${format(monday, { day: 'numeric', month: 'short', year: 'numeric' })} – ${end}`;
  }
  if (monday.getUTCMonth() !== sunday.getUTCMonth())
    return `${format(monday, { day: 'numeric', month: 'short' })} – ${end}`;
  return `${monday.getUTCDate()}–${end}`;
}

/** "This week", "Next week", "Last week", or "Week 46 of 2026", seen from `currentWeek`. */
export function weekName(week: string, currentWeek: string, neighbours: { previous: string; next: string }): string {
  if (week === currentWeek) return 'This week';
  if (week === neighbours.next) return 'Next week';
  if (week === neighbours.previous) return 'Last week';
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  return match === null ? week : `Week ${Number(match[2])} of ${match[1]}`;
}

/** Goals are planned for this week or the next only; earlier weeks are for ticking off. */
export function canPlanWeek(week: string, currentWeek: string): boolean {
  if (week === currentWeek) return true;
  const days = isoWeekDays(currentWeek);
  const next = days === null ? null : isoWeekOf(new Date(days.monday.getTime() + 7 * 86_400_000));
  return week === next;
}

/** The ISO week key of a UTC date. */
export function isoWeekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of the week decides its year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const number = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(number).padStart(2, '0')}`;
}
