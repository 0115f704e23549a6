const momentFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment (ISO text) in the reader's own time zone, e.g. "2 Mar 2026, 10:15". */
export function formatMoment(iso: string): string {
  return momentFormat.format(new Date(iso));
}
