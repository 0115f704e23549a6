// The demo's ongoing feedback: a few weeks of asking, answering and kudos around the participant
// login, so the Feedback exchange, Kudos and the coach's "Feedback shared with you" are not empty;
// and a year of feedback habits for the outcomes showcase's participants, so its behaviour level
// has the counts to show.
import type { Database } from '../../db/client.js';
import { feedbackRequests, kudos, ongoingFeedback } from '../ongoing-feedback/ongoing-feedback.table.js';
import type { DemoPerson } from './demo.people.js';

const dayMs = 86_400_000;
const daysBefore = (now: Date, days: number, hour = 10) =>
  new Date(
    Date.parse(`${new Date(now.getTime() - days * dayMs).toISOString().slice(0, 10)}T00:00:00Z`) + hour * 3_600_000,
  );

/**
 * Around the participant login: they asked their manager, who answered (shared with the coach), and
 * a teammate, who has not yet; another teammate asked them; feedback and kudos both ways. Runs in the demo's transaction.
 */
export async function seedDemoFeedbackExchange(
  db: Database,
  input: { orgId: string; people: DemoPerson[]; ids: string[]; now: Date; participantKey: number; loginKeys: number[] },
): Promise<void> {
  const participant = input.people[input.participantKey]!;
  const logins = new Set(input.loginKeys);
  // Their team: the other direct reports of their manager, and their own direct reports.
  const team = input.people.filter(
    (person) =>
      !logins.has(person.key) &&
      person.key !== participant.key &&
      ((person.managerKey === participant.managerKey && participant.managerKey !== null) ||
        person.managerKey === participant.key),
  );
  if (participant.managerKey === null || team.length < 2) {
    throw new Error('The demo participant has too small a team for the feedback exchange.');
  }
  const id = (person: DemoPerson | number) => input.ids[typeof person === 'number' ? person : person.key]!;
  const [me, manager, first, second] = [id(participant), id(participant.managerKey), id(team[0]!), id(team[1]!)];
  const orgId = input.orgId;
  const at = (days: number, hour?: number) => daysBefore(input.now, days, hour);

  const [answered] = await db
    .insert(feedbackRequests)
    .values([
      {
        orgId,
        requesterPersonId: me,
        askedPersonId: manager,
        competencyKey: 'executive_presence',
        question: 'How did my update to the leadership team land on Thursday?',
        status: 'answered',
        createdAt: at(9, 9),
        decidedAt: at(8, 16),
      },
      {
        orgId,
        requesterPersonId: me,
        askedPersonId: first,
        competencyKey: 'communication_active_listening',
        question: "Did I give everyone room to speak in Monday's pipeline review?",
        createdAt: at(2, 11),
      },
      {
        orgId,
        requesterPersonId: second,
        askedPersonId: me,
        competencyKey: 'decision_making',
        question: 'Was my pricing call on the Contoso renewal the right one?',
        createdAt: at(3, 14),
      },
    ])
    .returning({ id: feedbackRequests.id });
  await db.insert(ongoingFeedback).values([
    {
      orgId,
      giverPersonId: manager,
      aboutPersonId: me,
      competencyKey: 'executive_presence',
      text: 'Clear and calm, and you kept to time. Lead with the decision you need from them; the detail can follow.',
      requestId: answered!.id,
      sharedWithGuidesAt: at(7, 8),
      createdAt: at(8, 16),
    },
    {
      orgId,
      giverPersonId: first,
      aboutPersonId: me,
      competencyKey: 'coaching_others',
      text: 'Thanks for walking me through the forecast model instead of fixing it yourself: I can run it alone now.',
      createdAt: at(5, 15),
    },
    {
      orgId,
      giverPersonId: me,
      aboutPersonId: second,
      competencyKey: 'conflict_management',
      text: 'You calmed the escalation with logistics quickly and kept it to the facts.',
      createdAt: at(6, 12),
    },
  ]);
  await db.insert(kudos).values([
    {
      orgId,
      giverPersonId: manager,
      recipientPersonId: me,
      message: 'Great work landing the quarterly territory plan a week early.',
      competencyKey: 'strategic_thinking',
      isVisibleToTeam: true,
      createdAt: at(4, 17),
    },
    {
      orgId,
      giverPersonId: first,
      recipientPersonId: me,
      message: 'Thank you for covering my customer calls while I was out.',
      competencyKey: null,
      isVisibleToTeam: false,
      createdAt: at(1, 9),
    },
    {
      orgId,
      giverPersonId: me,
      recipientPersonId: second,
      message: 'The new onboarding checklist saved our new starters days.',
      competencyKey: 'coaching_others',
      isVisibleToTeam: true,
      createdAt: at(6, 13),
    },
  ]);
}

/** Requests sent and feedback given by the outcomes showcase's participants, in a repeating pattern. */
const soughtPattern = [1, 2, 3, 4];
const givenPattern = [0, 1, 2, 1];
/** What the dashboard should show for the showcase's participants: the patterns' means. */
export const demoFeedbackHabits = { soughtPerParticipant: 2.5, givenPerParticipant: 1 } as const;

/**
 * The outcomes showcase's participants ask their manager (or whoever is next up the line outside the
 * program) for feedback once a month from the start, each answered, and give feedback to a direct
 * report (or that manager) now and then.
 */
export async function seedDemoFeedbackHabits(
  db: Database,
  input: {
    orgId: string;
    all: DemoPerson[];
    participants: DemoPerson[];
    idOf: (person: DemoPerson | number) => string;
    reportsOf: (person: DemoPerson) => DemoPerson[];
    /** The program's start, `YYYY-MM-DD`. */
    start: string;
  },
): Promise<void> {
  const competencies = ['decision_making', 'coaching_others', 'strategic_thinking', 'conflict_management'];
  const onDay = (month: number, hour: number) =>
    new Date(Date.parse(`${input.start}T00:00:00Z`) + (20 + month * 30) * dayMs + hour * 3_600_000);
  // Answers come from outside the program, so only the participants' own asking and giving is counted:
  // the first person up the reporting line who is not a participant.
  const isParticipant = new Set(input.participants.map((person) => person.key));
  const answererOf = (person: DemoPerson) => {
    let above = input.all[person.managerKey!]!;
    while (isParticipant.has(above.key)) above = input.all[above.managerKey!]!;
    return above;
  };
  for (const [index, person] of input.participants.entries()) {
    const manager = input.idOf(answererOf(person));
    const me = input.idOf(person);
    const sought = soughtPattern[index % soughtPattern.length]!;
    for (let month = 0; month < sought; month++) {
      const competencyKey = competencies[(index + month) % competencies.length]!;
      const [request] = await db
        .insert(feedbackRequests)
        .values({
          orgId: input.orgId,
          requesterPersonId: me,
          askedPersonId: manager,
          competencyKey,
          question: 'What should I do differently next month?',
          status: 'answered',
          createdAt: onDay(month, 9),
          decidedAt: onDay(month + 0.1, 15),
        })
        .returning({ id: feedbackRequests.id });
      await db.insert(ongoingFeedback).values({
        orgId: input.orgId,
        giverPersonId: manager,
        aboutPersonId: me,
        competencyKey,
        text: 'Keep asking the team for their view before you decide; it is working.',
        requestId: request!.id,
        createdAt: onDay(month + 0.1, 15),
      });
    }
    const to = input.reportsOf(person).find((report) => !isParticipant.has(report.key)) ?? null;
    for (let count = 0; count < givenPattern[index % givenPattern.length]!; count++) {
      await db.insert(ongoingFeedback).values({
        orgId: input.orgId,
        giverPersonId: me,
        aboutPersonId: to === null ? manager : input.idOf(to),
        competencyKey: 'coaching_others',
        text: 'Thank you for the clear handover; it made the week easy.',
        createdAt: onDay(count + 0.5, 11),
      });
    }
  }
}
