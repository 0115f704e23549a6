/**
 * Sessions as iCalendar (RFC 5545) text, so people can put them in their own calendars.
 *
 * `sessionEvent` gives an event's content lines as they are meant (unfolded); `calendar` wraps
 * events in a VCALENDAR, folds every line at 75 octets and joins them with CRLF. Times are written
 * in UTC, so no time zone definitions are needed.
 */

export type CalendarPerson = { name: string; email: string };

export type SessionEventInput = {
  /** Stable across updates of the same session, unique across sessions. */
  uid: string;
  title: string;
  description: string;
  location: string | null;
  start: Date;
  durationMinutes: number;
  organizer?: CalendarPerson;
  attendees: readonly CalendarPerson[];
  /** Raised on every change, so calendars replace the older copy. */
  sequence: number;
  isCancelled: boolean;
  /** When this copy of the event was written. */
  stamp: Date;
};

const maxLineOctets = 75;

/** The product identifier calendars see. */
export const productId = '-//Tandem//Tandem sessions//EN';

/**
 * A value escaped as iCalendar TEXT: backslash, semicolon, comma and line breaks.
 *
 * @example escapeText('Notes; part 1, part 2') // 'Notes\\; part 1\\, part 2'
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A name fit for a quoted parameter value such as `CN="..."`: double quotes cannot be escaped
 * there, so they become single quotes, and control characters become spaces.
 */
export function quoteParameter(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

/**
 * A UTC date-time as iCalendar writes it.
 *
 * @example formatUtc(new Date('2026-03-01T09:30:00Z')) // '20260301T093000Z'
 */
export function formatUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded so no physical line exceeds 75 octets of UTF-8 (line break excluded);
 * continuation lines start with one space. A character is never split across lines.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > maxLineOctets) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines;
}

/** `CN="name":mailto:email`, with anything in the address that could break the line removed. */
function personValue(person: CalendarPerson): string {
  // eslint-disable-next-line no-control-regex
  return `CN=${quoteParameter(person.name)}:mailto:${person.email.replace(/[\s\u0000-\u001f\u007f]/g, '')}`;
}

/**
 * The content lines of one session as a VEVENT, from BEGIN to END, not yet folded.
 *
 * @example sessionEvent({ uid: 's-1@tandem', title: 'GROW session', start, durationMinutes: 60, ... })
 *   // ['BEGIN:VEVENT', 'UID:s-1@tandem', ..., 'END:VEVENT']
 */
export function sessionEvent(input: SessionEventInput): string[] {
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new RangeError(`durationMinutes must be a positive whole number, not ${input.durationMinutes}`);
  }
  if (!Number.isInteger(input.sequence) || input.sequence < 0) {
    throw new RangeError(`sequence must be a whole number from 0, not ${input.sequence}`);
  }
  const end = new Date(input.start.getTime() + input.durationMinutes * 60_000);
  const location = input.location?.trim() ? [`LOCATION:${escapeText(input.location)}`] : [];
  const organizer = input.organizer ? [`ORGANIZER;${personValue(input.organizer)}`] : [];
  const attendees = input.attendees.map((person) => `ATTENDEE;ROLE=REQ-PARTICIPANT;${personValue(person)}`);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `DTSTAMP:${formatUtc(input.stamp)}`,
    `DTSTART:${formatUtc(input.start)}`,
    `DTEND:${formatUtc(end)}`,
    `SEQUENCE:${input.sequence}`,
    `STATUS:${input.isCancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(input.title)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...location,
    ...organizer,
    ...attendees,
    'END:VEVENT',
  ];
}

/**
 * A whole calendar of events (each from `sessionEvent`), folded, with CRLF after every line.
 *
 * @example calendar('My sessions', [sessionEvent(input)]) // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...END:VCALENDAR\r\n'
 */
export function calendar(name: string, events: readonly (readonly string[])[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return lines.flatMap(foldLine).join('\r\n') + '\r\n';
}
