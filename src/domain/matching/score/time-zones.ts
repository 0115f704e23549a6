/** Day number since 1970 → zone → offset. Scoring asks millions of times; no key strings are built. */
const offsetCache = new Map<number, Map<string, number>>();

/** Minutes east of UTC for an IANA zone at a moment (daylight saving included; one answer per UTC day). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const day = Math.floor(at.getTime() / 86_400_000);
  let zones = offsetCache.get(day);
  if (zones === undefined) offsetCache.set(day, (zones = new Map()));
  const cached = zones.get(timeZone);
  if (cached !== undefined) return cached;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const local = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'));
  const offset = Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
  zones.set(timeZone, offset);
  return offset;
}

/**
 * Hours two people's working days (09:00–17:00 local) overlap, 0–8.
 * @example workingHoursOverlap('Europe/Berlin', 'Europe/London', at) // 7
 */
export function workingHoursOverlap(first: string, second: string, at: Date): number {
  const difference = Math.abs(utcOffsetMinutes(first, at) - utcOffsetMinutes(second, at)) / 60;
  // Working days repeat every 24 h: the shorter way round the clock counts.
  const apart = Math.min(difference, 24 - difference);
  return Math.max(0, 8 - apart);
}

/** Hours between two zones' clocks, the shorter way round, 0–12. */
export function hoursApart(first: string, second: string, at: Date): number {
  const difference = Math.abs(utcOffsetMinutes(first, at) - utcOffsetMinutes(second, at)) / 60;
  return Math.min(difference, 24 - difference);
}
