import { calendar, sessionEvent, templateFor, type CalendarPerson } from '../../../domain/sessions/index.js';
import type { SessionPerson, SessionWithPair } from './sessions.repo.js';

/** What goes into a calendar entry besides time and people: the pair gets agenda and place, nobody gets notes. */
export type EventDetail = 'pair' | 'time_only';

const kindTitle = { mentoring: 'Mentoring', coaching: 'Coaching' } as const;

function calendarPerson(people: Map<string, SessionPerson>, id: string): CalendarPerson | null {
  const person = people.get(id);
  return person ? { name: person.name, email: person.email } : null;
}

/** "Mentoring: Ana Ruiz & Ben Ode": mentor or coach first. */
export function sessionTitle(item: SessionWithPair, people: Map<string, SessionPerson>): string {
  const name = (id: string) => people.get(id)?.name ?? 'Unknown person';
  return `${kindTitle[item.pair.kind]}: ${name(item.pair.first)} & ${name(item.pair.second)}`;
}

/**
 * The description never holds notes. For the pair it holds the agenda (when `withAgenda`) and the
 * framework; everyone else is told where the content lives.
 */
function describe(item: SessionWithPair, detail: EventDetail, withAgenda: boolean): string {
  if (detail !== 'pair') return 'Agenda and notes are shown in Tandem to the two people of the pair only.';
  const framework = `Framework: ${templateFor(item.session.framework).title}`;
  const agenda = item.session.agenda.trim();
  return withAgenda && agenda ? `Agenda:\n${agenda}\n\n${framework}` : framework;
}

/** The session as one VEVENT's content lines (see src/domain/sessions/ics.ts). */
export function sessionEventLines(
  item: SessionWithPair,
  people: Map<string, SessionPerson>,
  options: { detail: EventDetail; withAgenda: boolean; stamp: Date },
): string[] {
  const { session, pair } = item;
  const organizer = calendarPerson(people, session.createdByPersonId);
  return sessionEvent({
    uid: `session-${session.id}@tandem`,
    title: sessionTitle(item, people),
    description: describe(item, options.detail, options.withAgenda),
    location: options.detail === 'pair' ? session.location : null,
    start: session.scheduledAt,
    durationMinutes: session.durationMinutes,
    ...(organizer ? { organizer } : {}),
    attendees: [pair.first, pair.second]
      .map((id) => calendarPerson(people, id))
      .filter((person): person is CalendarPerson => person !== null),
    sequence: session.sequence,
    isCancelled: session.status === 'cancelled',
    stamp: options.stamp,
  });
}

export { calendar };
