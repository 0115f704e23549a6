import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendar,
  escapeText,
  foldLine,
  formatUtc,
  productId,
  quoteParameter,
  sessionEvent,
  type SessionEventInput,
} from './ics.js';

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Joins folded lines back into content lines (RFC 5545 §3.1). */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) => (character.toLowerCase() === 'n' ? '\n' : character));
}

type Property = { name: string; parameters: Record<string, string>; value: string };

/** A tiny reader: name, parameters (quoted or not) and value of one content line. */
function parseLine(line: string): Property {
  // [\s\S], not `.`: a value may hold U+2028/U+2029, which `.` does not match.
  const match = /^([A-Z-]+)((?:;[A-Z-]+=(?:"[^"]*"|[^";:,]*))*):([\s\S]*)$/.exec(line);
  if (!match) throw new Error(`Not a content line: ${line}`);
  const parameters: Record<string, string> = {};
  for (const [, key, value] of match[2]!.matchAll(/;([A-Z-]+)=("[^"]*"|[^";:,]*)/g)) {
    parameters[key!] = value!.replace(/^"(.*)"$/, '$1');
  }
  return { name: match[1]!, parameters, value: match[3]! };
}

/** The calendar as nested components, each with its properties in order. */
function parseCalendar(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = unfold(text).slice(0, -1);
  const events: Property[][] = [];
  const top: Property[] = [];
  let current: Property[] | null = null;
  for (const property of lines.map(parseLine)) {
    if (property.name === 'BEGIN' && property.value === 'VEVENT') current = [];
    else if (property.name === 'END' && property.value === 'VEVENT') {
      events.push(current!);
      current = null;
    } else (current ?? top).push(property);
  }
  return { top, events };
}

const value = (properties: Property[], name: string) => properties.find((property) => property.name === name)?.value;

const base: SessionEventInput = {
  uid: 'session-42@tandem.example',
  title: 'GROW session: feedback, delegation; next steps',
  description: 'Bring:\n- the team survey\n- a C:\\path\\to\\notes',
  location: 'Room 3, 2nd floor',
  start: new Date('2026-03-02T09:30:00Z'),
  durationMinutes: 50,
  organizer: { name: 'Ana Coach', email: 'ana@example.org' },
  attendees: [
    { name: 'Bo "The Boss" Leader', email: 'bo@example.org' },
    { name: 'Zoë Øster, PhD', email: 'zoe@example.org' },
  ],
  sequence: 2,
  isCancelled: false,
  stamp: new Date('2026-02-20T12:00:05.678Z'),
};

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('plain: text')).toBe('plain: text');
  });

  it('is undone by unescaping, and leaves no raw break or separator (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[;,]/);
        expect(unescapeText(escaped)).toBe(text.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  it('quotes parameter values, replacing what a quoted value cannot hold', () => {
    expect(quoteParameter('Bo "The Boss", Leader')).toBe(`"Bo 'The Boss', Leader"`);
    expect(quoteParameter('two\r\nlines')).toBe('"two  lines"');
  });
});

describe('formatUtc', () => {
  it('writes UTC date-times without separators or milliseconds', () => {
    expect(formatUtc(new Date('2026-03-02T09:30:00.999Z'))).toBe('20260302T093000Z');
    expect(formatUtc(new Date('2026-03-02T10:30:00+01:00'))).toBe('20260302T093000Z');
    expect(() => formatUtc(new Date('nonsense'))).toThrow(RangeError);
  });
});

/** Text of 1- to 4-octet characters (and a lone surrogate), so folds land on every kind of boundary. */
const mixedWidthText = fc
  .array(fc.constantFrom('a', ' ', ';', 'é', 'ß', '€', '信', '😀', '🚀', '\uD800'), { maxLength: 300 })
  .map((characters) => characters.join(''));

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toEqual(['x'.repeat(75)]);
    expect(foldLine('x'.repeat(76))).toEqual(['x'.repeat(75), ' x']);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toEqual(['x'.repeat(75), ` ${'x'.repeat(74)}`, ' x']);
    expect(foldLine('')).toEqual(['']);
  });

  it('never splits a multi-byte character', () => {
    // 74 ASCII octets leave one octet: the 2-octet é must move to the next line whole.
    expect(foldLine(`${'x'.repeat(74)}é`)).toEqual(['x'.repeat(74), ' é']);
    const emoji = foldLine('😀'.repeat(40));
    expect(emoji[0]).toBe('😀'.repeat(18));
    for (const line of emoji) expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('keeps every physical line within 75 octets and unfolds to the original (property)', () => {
    fc.assert(
      fc.property(mixedWidthText, (line) => {
        const folded = foldLine(line);
        for (const [index, physical] of folded.entries()) {
          expect(octets(physical)).toBeLessThanOrEqual(75);
          if (index > 0) expect(physical.startsWith(' ')).toBe(true);
          // No surrogate pair is torn apart: a piece has a lone half only if the input had one.
          if (!loneSurrogate.test(line)) expect(physical).not.toMatch(loneSurrogate);
        }
        expect(unfold(folded.join('\r\n'))).toEqual([line]);
      }),
    );
  });
});

describe('sessionEvent', () => {
  it('writes the session as one VEVENT with UTC times, end from the duration, and escaped text', () => {
    const lines = sessionEvent(base);
    expect(lines[0]).toBe('BEGIN:VEVENT');
    expect(lines.at(-1)).toBe('END:VEVENT');
    expect(lines).toContain('UID:session-42@tandem.example');
    expect(lines).toContain('DTSTAMP:20260220T120005Z');
    expect(lines).toContain('DTSTART:20260302T093000Z');
    expect(lines).toContain('DTEND:20260302T102000Z');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('SUMMARY:GROW session: feedback\\, delegation\\; next steps');
    expect(lines).toContain('DESCRIPTION:Bring:\\n- the team survey\\n- a C:\\\\path\\\\to\\\\notes');
    expect(lines).toContain('LOCATION:Room 3\\, 2nd floor');
    expect(lines).toContain('ORGANIZER;CN="Ana Coach":mailto:ana@example.org');
    expect(lines).toContain(`ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Bo 'The Boss' Leader":mailto:bo@example.org`);
  });

  it('marks a cancelled session as cancelled', () => {
    expect(sessionEvent({ ...base, isCancelled: true, sequence: 3 })).toContain('STATUS:CANCELLED');
    expect(sessionEvent({ ...base, isCancelled: true })).not.toContain('STATUS:CONFIRMED');
  });

  it('leaves out an empty location and a missing organizer', () => {
    const withoutOrganizer: SessionEventInput = { ...base, location: null, attendees: [] };
    delete withoutOrganizer.organizer;
    const lines = sessionEvent(withoutOrganizer);
    expect(lines.some((line) => /^(LOCATION|ORGANIZER|ATTENDEE)[;:]/.test(line))).toBe(false);
    expect(sessionEvent({ ...base, location: '  ' }).some((line) => line.startsWith('LOCATION'))).toBe(false);
  });

  it('cannot be made to start a new line from an address', () => {
    const lines = sessionEvent({ ...base, attendees: [{ name: 'Eve', email: 'eve@example.org\r\nSTATUS:CANCELLED' }] });
    expect(lines.filter((line) => line.startsWith('STATUS'))).toEqual(['STATUS:CONFIRMED']);
    expect(lines.join('')).not.toMatch(/[\r\n]/);
  });

  it('refuses a duration or sequence that makes no sense', () => {
    for (const durationMinutes of [0, -30, 12.5, Number.NaN]) {
      expect(() => sessionEvent({ ...base, durationMinutes })).toThrow(RangeError);
    }
    expect(() => sessionEvent({ ...base, sequence: -1 })).toThrow(RangeError);
  });
});

describe('calendar', () => {
  const long = 'Ein sehr langes Gespräch über Führung, Zuständigkeiten und Vertrauen — 信頼とリーダーシップ 🚀 '.repeat(
    4,
  );
  const events = [
    sessionEvent(base),
    sessionEvent({ ...base, uid: 'session-43@tandem.example', title: long, description: long, isCancelled: true }),
  ];
  const text = calendar('Coaching, Ana; 2026', events);

  it('uses CRLF everywhere, ends with one, and keeps every line within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('parses back to the calendar header and both events', () => {
    const { top, events: parsed } = parseCalendar(text);
    expect(top.map((property) => `${property.name}:${property.value}`)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${productId}`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Coaching\\, Ana\\; 2026',
      'END:VCALENDAR',
    ]);
    expect(parsed).toHaveLength(2);
    const [first, second] = parsed as [Property[], Property[]];
    expect(unescapeText(value(first, 'SUMMARY')!)).toBe(base.title);
    expect(unescapeText(value(first, 'DESCRIPTION')!)).toBe(base.description);
    expect(unescapeText(value(first, 'LOCATION')!)).toBe(base.location);
    expect(first.filter((property) => property.name === 'ATTENDEE').map((property) => property.parameters.CN)).toEqual([
      "Bo 'The Boss' Leader",
      'Zoë Øster, PhD',
    ]);
    expect(unescapeText(value(second, 'SUMMARY')!)).toBe(long);
    expect(unescapeText(value(second, 'DESCRIPTION')!)).toBe(long);
    expect(value(second, 'STATUS')).toBe('CANCELLED');
    expect(value(second, 'UID')).toBe('session-43@tandem.example');
  });

  it('is a valid empty calendar with no events', () => {
    expect(calendar('Empty', [])).toBe(
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:${productId}\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Empty\r\nEND:VCALENDAR\r\n`,
    );
  });

  it('round-trips any title and description (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        (title, description) => {
          const { events: parsed } = parseCalendar(
            calendar('Sessions', [sessionEvent({ ...base, title, description })]),
          );
          expect(unescapeText(value(parsed[0]!, 'SUMMARY')!)).toBe(title.replace(/\r\n|\r/g, '\n'));
          expect(unescapeText(value(parsed[0]!, 'DESCRIPTION')!)).toBe(description.replace(/\r\n|\r/g, '\n'));
        },
      ),
    );
  });
});
