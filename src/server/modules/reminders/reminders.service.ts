// The reminder passes: each looks at every organization once, and handles each item (a session, an
// engagement, a person, a relationship) in its own transaction, so one bad item leaves the others
// done. Every mail carries a dedupe key and the in-app notification is added only when that mail
// was newly queued: a pass that runs twice (after a crash, or on two servers) adds nothing.
import {
  checkMentoringTransition,
  concludeAfterWarningDays,
  isChecklistComplete,
  menteeTrainingChecklist,
  mentorTrainingChecklist,
  progressCheckDue,
  relationshipHealth,
} from '../../../domain/engagements/index.js';
import { localDate, weekKey } from '../../../domain/sessions/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import type { JobLogger } from '../../jobs/index.js';
import { recordAuditEvent } from '../audit/index.js';
import { notify, queueEmail } from '../notifications/index.js';
import {
  findRecipients,
  hasWeeklyGoal,
  listActiveEngagementProgress,
  listActiveRelationships,
  listUpcomingSessions,
  listWeeklyGoalPeople,
  lockRelationshipRow,
  updateRelationshipHealth,
  type Recipient,
  type RelationshipRow,
} from './reminders.repo.js';

export type ReminderDeps = { db: Database; clock: Clock; logger?: JobLogger };

/** What one pass did: items looked at, mails newly queued, notifications added, items that failed. */
export type ReminderRun = { checked: number; emailsQueued: number; notificationsAdded: number; failed: number };
export type HealthRun = ReminderRun & { warned: number; concluded: number };

/** How far ahead a session is reminded. */
export const sessionReminderHours = 24;
/** Weekly-goal prompts start on Monday at this local hour. */
export const weeklyPromptHour = 8;

const hourMs = 3_600_000;
const jobContext: RequestContext = { ipAddress: null, userAgent: 'tandem-jobs', requestId: null };

type Message = { subject: string; text: string; kind: string; title: string; body: string; link: string };

function emptyRun(): ReminderRun {
  return { checked: 0, emailsQueued: 0, notificationsAdded: 0, failed: 0 };
}

/** An IANA zone that Intl knows, else UTC: a bad zone in the directory must not stop a reminder. */
function knownTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** `Tuesday, 24 November 2026, 10:00` in the zone. */
function formatLocal(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? '';
  return `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

/** `2026-11-24 09:00 UTC`. */
function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 10)} ${at.toISOString().slice(11, 16)} UTC`;
}

/** The local weekday (Monday 1 … Sunday 7) and hour (0–23) at `at` in the zone. */
function localWeekdayAndHour(at: Date, timeZone: string): { weekday: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
    parts.find((each) => each.type === 'weekday')?.value ?? '',
  );
  return { weekday: weekday + 1, hour: Number(parts.find((each) => each.type === 'hour')?.value ?? 0) };
}

/**
 * Mails one person (at every login they have) and, only if the mail is new, notifies each login.
 * Someone without a login cannot be reached and is skipped.
 */
async function tell(
  db: Database,
  deps: ReminderDeps,
  run: ReminderRun,
  orgId: string,
  recipient: Recipient | undefined,
  dedupeKey: string,
  message: Message,
): Promise<boolean> {
  if (!recipient || recipient.logins.length === 0) return false;
  const queued = await queueEmail(
    { db, clock: deps.clock },
    {
      orgId,
      to: [...new Set(recipient.logins.map((login) => login.email))],
      subject: message.subject,
      text: message.text,
      dedupeKey,
    },
  );
  if (!queued) return false;
  run.emailsQueued += 1;
  for (const login of recipient.logins) {
    await notify(
      { db, clock: deps.clock },
      { orgId, userId: login.userId, kind: message.kind, title: message.title, body: message.body, link: message.link },
    );
    run.notificationsAdded += 1;
  }
  return true;
}

/**
 * Runs `work` for each item in its own transaction. A failure rolls back that item only (its
 * counts too), is logged and counted, and the pass goes on.
 */
async function eachInTransaction<Item, Run extends ReminderRun>(
  deps: ReminderDeps,
  run: Run,
  job: string,
  items: readonly Item[],
  idOf: (item: Item) => string,
  work: (db: Database, item: Item, itemRun: Run) => Promise<void>,
): Promise<Run> {
  for (const item of items) {
    run.checked += 1;
    const itemRun = { ...run };
    try {
      await deps.db.transaction((tx) => work(tx, item, itemRun));
      Object.assign(run, itemRun);
    } catch (error) {
      run.failed += 1;
      deps.logger?.error({ err: error, job, item: idOf(item) }, 'reminder failed for one item');
    }
  }
  return run;
}

const sessionWord = { mentoring: 'mentoring', coaching: 'coaching' } as const;

function sessionReminder(
  session: { id: string; kind: 'mentoring' | 'coaching'; scheduledAt: Date; durationMinutes: number },
  recipient: Recipient,
  other: Recipient | undefined,
): Message {
  const timeZone = knownTimeZone(recipient.timeZone);
  const local = formatLocal(session.scheduledAt, timeZone);
  const withWhom = other?.name ?? 'your partner';
  const link = `/sessions/${session.id}`;
  return {
    subject: `Reminder: ${sessionWord[session.kind]} session with ${withWhom}, ${local}`,
    text: [
      `Hello ${recipient.name},`,
      '',
      `Your ${sessionWord[session.kind]} session with ${withWhom} starts within the next ${sessionReminderHours} hours.`,
      '',
      `When:   ${local} (${timeZone})`,
      `        ${formatUtc(session.scheduledAt)}`,
      `Length: ${session.durationMinutes} minutes`,
      '',
      `Open the session in Tandem: ${link}`,
      '',
      'If the time changes, you will get a new reminder.',
      '',
    ].join('\n'),
    kind: 'session.reminder',
    title: `Session with ${withWhom} soon`,
    body: `${local} (${timeZone}), ${formatUtc(session.scheduledAt)}, ${session.durationMinutes} minutes.`,
    link,
  };
}

/**
 * Session reminders (every few minutes): each scheduled session of an active pair that starts in
 * the next 24 hours is reminded to each of its two people who has a login, once per version of
 * the session (a reschedule raises `sequence` and so earns a new reminder). The mail says when,
 * with whom and where to open it; never the agenda or notes.
 */
export async function sendSessionReminders(deps: ReminderDeps): Promise<ReminderRun> {
  const now = deps.clock.now();
  const upcoming = await listUpcomingSessions(deps.db, now, new Date(now.getTime() + sessionReminderHours * hourMs));
  return eachInTransaction(
    deps,
    emptyRun(),
    'session-reminders',
    upcoming,
    (session) => session.id,
    async (db, session, run) => {
      const people = await findRecipients(db, session.orgId, [session.firstPersonId, session.secondPersonId]);
      for (const [personId, otherId] of [
        [session.firstPersonId, session.secondPersonId],
        [session.secondPersonId, session.firstPersonId],
      ] as const) {
        const recipient = people.get(personId);
        if (!recipient) continue;
        await tell(
          db,
          deps,
          run,
          session.orgId,
          recipient,
          `session-reminder:${session.id}:${session.sequence}:${personId}`,
          sessionReminder(session, recipient, people.get(otherId)),
        );
      }
    },
  );
}

/**
 * Progress-check reminders (hourly): the coach of each active engagement whose next progress
 * check is due (one program cadence after the last check, or after the start) is told once per
 * due date.
 */
export async function sendProgressCheckReminders(deps: ReminderDeps): Promise<ReminderRun> {
  const now = deps.clock.now();
  const due = (await listActiveEngagementProgress(deps.db)).flatMap((engagement) => {
    const check = progressCheckDue({ ...engagement, now });
    return check.isDue ? [{ ...engagement, dueDate: check.dueAt.toISOString().slice(0, 10) }] : [];
  });
  return eachInTransaction(
    deps,
    emptyRun(),
    'progress-check-reminders',
    due,
    (engagement) => engagement.id,
    async (db, engagement, run) => {
      const people = await findRecipients(db, engagement.orgId, [engagement.coachPersonId, engagement.leaderPersonId]);
      const coach = people.get(engagement.coachPersonId);
      const leader = people.get(engagement.leaderPersonId)?.name ?? 'your coachee';
      const link = `/engagements/${engagement.id}`;
      await tell(db, deps, run, engagement.orgId, coach, `progress-due:${engagement.id}:${engagement.dueDate}`, {
        subject: `Progress check due: coaching with ${leader}`,
        text: [
          `Hello ${coach?.name ?? ''},`,
          '',
          `A progress check of your coaching engagement with ${leader} has been due since ${engagement.dueDate}`,
          `(the program meets ${engagement.cadence}). Rate each goal from 1 to 5, with the evidence for it.`,
          '',
          `Open the engagement in Tandem: ${link}`,
          '',
        ].join('\n'),
        kind: 'engagement.progress_due',
        title: `Progress check due for ${leader}`,
        body: `Due since ${engagement.dueDate}: rate each goal 1–5 with evidence.`,
        link,
      });
    },
  );
}

/**
 * Weekly-goal prompts (hourly): each mentee of an active relationship and leader of an active
 * engagement who has a login and no weekly goal yet for the current week (in their own time zone)
 * is asked once that week, from Monday 08:00 their time.
 */
export async function sendWeeklyGoalPrompts(deps: ReminderDeps): Promise<ReminderRun> {
  const now = deps.clock.now();
  const candidates = await listWeeklyGoalPeople(deps.db);
  return eachInTransaction(
    deps,
    emptyRun(),
    'weekly-goal-prompts',
    candidates,
    (candidate) => candidate.personId,
    async (db, candidate, run) => {
      const person = (await findRecipients(db, candidate.orgId, [candidate.personId])).get(candidate.personId);
      if (!person) return;
      const timeZone = knownTimeZone(person.timeZone);
      const { weekday, hour } = localWeekdayAndHour(now, timeZone);
      if (weekday === 1 && hour < weeklyPromptHour) return;
      const week = weekKey(now, timeZone);
      if (await hasWeeklyGoal(db, candidate.orgId, candidate.personId, week)) return;
      await tell(db, deps, run, candidate.orgId, person, `weekly-goals:${candidate.personId}:${week}`, {
        subject: `Set your goals for the week (${week})`,
        text: [
          `Hello ${person.name},`,
          '',
          `You have no weekly goals yet for this week (${week}, from ${localDate(now, timeZone)} in ${timeZone}).`,
          'Pick one to three things to do this week, each tied to your development goal and to a business result.',
          '',
          'Open Tandem to add them: /development',
          '',
        ].join('\n'),
        kind: 'weekly_goals.prompt',
        title: 'Set your goals for this week',
        body: `No weekly goals yet for ${week}.`,
        link: '/development',
      });
    },
  );
}

function mentoringFacts(row: RelationshipRow) {
  return {
    status: row.status,
    hasMentorSigned: row.mentorSignedAt !== null,
    hasMenteeSigned: row.menteeSignedAt !== null,
    hasMentorCompletedTraining: isChecklistComplete(row.mentorTraining, mentorTrainingChecklist),
    hasMenteeCompletedTraining: isChecklistComplete(row.menteeTraining, menteeTrainingChecklist),
  };
}

function healthOf(row: RelationshipRow, now: Date) {
  if (row.status !== 'active' || row.cadence === null || row.startDate === null) return null;
  return relationshipHealth({
    cadence: row.cadence,
    startDate: row.startDate,
    lastMeetingAt: row.lastMeetingAt,
    warnedAt: row.healthWarnedAt,
    now,
  });
}

/**
 * Relationship health (hourly), by the rules in src/domain/engagements/health.ts: a relationship
 * silent for 90 days gets a warning to both sides (recorded in `health_warned_at`); 7 days after
 * the warning without a meeting it is concluded (`ended_early`, `concluded_inactive`), audited
 * with no actor, and both are told. A flag changes nothing stored. A warning is recorded only if
 * it reached someone, so nobody is concluded without having been warned.
 */
export async function checkRelationshipHealth(deps: ReminderDeps): Promise<HealthRun> {
  const now = deps.clock.now();
  const actionable = (await listActiveRelationships(deps.db)).filter((row) => {
    const action = healthOf(row, now)?.dueAction;
    return action === 'warn' || action === 'conclude';
  });
  return eachInTransaction(
    deps,
    { ...emptyRun(), warned: 0, concluded: 0 },
    'relationship-health',
    actionable,
    (row) => row.id,
    async (db, listed, run) => {
      // Decide again on the locked row: a meeting recorded since the listing wins.
      const row = await lockRelationshipRow(db, listed.orgId, listed.id);
      const health = row ? healthOf(row, now) : null;
      if (!row || !health) return;
      const people = await findRecipients(db, row.orgId, [row.mentorPersonId, row.menteePersonId]);
      const sides = [
        [row.mentorPersonId, row.menteePersonId],
        [row.menteePersonId, row.mentorPersonId],
      ] as const;
      const link = `/relationships/${row.id}`;
      if (health.dueAction === 'warn') {
        const silenceSince = row.lastMeetingAt?.toISOString() ?? row.startDate!;
        const since = row.lastMeetingAt
          ? `your last recorded meeting on ${silenceSince.slice(0, 10)}`
          : `its start on ${row.startDate}`;
        let isReachable = false;
        for (const [personId, otherId] of sides) {
          const recipient = people.get(personId);
          if (!recipient || recipient.logins.length === 0) continue;
          isReachable = true;
          const other = people.get(otherId)?.name ?? 'your partner';
          await tell(db, deps, run, row.orgId, recipient, `health-warning:${row.id}:${silenceSince}:${personId}`, {
            subject: `Your mentoring with ${other} has been quiet for ${health.daysSinceMeeting} days`,
            text: [
              `Hello ${recipient.name},`,
              '',
              `No meeting of your mentoring relationship with ${other} has been recorded since ${since}:`,
              `${health.daysSinceMeeting} days.`,
              `If none is recorded within ${concludeAfterWarningDays} days, Tandem concludes the relationship as inactive.`,
              'Meeting again (and marking the session held) keeps it going.',
              '',
              `Open the relationship in Tandem: ${link}`,
              '',
            ].join('\n'),
            kind: 'relationship.health_warning',
            title: `No meeting with ${other} for ${health.daysSinceMeeting} days`,
            body: `Meet within ${concludeAfterWarningDays} days, or the relationship is concluded as inactive.`,
            link,
          });
        }
        // Recorded only when someone could be told, so nobody is ever concluded unwarned.
        if (!isReachable) return;
        await updateRelationshipHealth(db, row.orgId, row.id, { healthWarnedAt: now, updatedAt: now });
        await recordAuditEvent(db, deps.clock, jobContext, {
          orgId: row.orgId,
          actorUserId: null,
          action: 'relationship.health_warned',
          targetType: 'mentoring_relationship',
          targetId: row.id,
          details: { daysSinceMeeting: health.daysSinceMeeting },
        });
        run.warned += 1;
        return;
      }
      if (health.dueAction !== 'conclude') return;
      const ending = { kind: 'concluded_inactive' as const, reason: null };
      const refusal = checkMentoringTransition({ ...mentoringFacts(row), ending }, 'ended_early');
      if (refusal) throw new Error(`Cannot conclude relationship ${row.id}: ${refusal.message}`);
      await updateRelationshipHealth(db, row.orgId, row.id, {
        status: 'ended_early',
        endingKind: ending.kind,
        endReason: null,
        endedAt: now,
        updatedAt: now,
      });
      await recordAuditEvent(db, deps.clock, jobContext, {
        orgId: row.orgId,
        actorUserId: null,
        action: 'relationship.concluded_inactive',
        targetType: 'mentoring_relationship',
        targetId: row.id,
        details: {
          status: 'ended_early',
          endingKind: ending.kind,
          daysSinceMeeting: health.daysSinceMeeting,
          warnedAt: row.healthWarnedAt?.toISOString() ?? null,
        },
      });
      run.concluded += 1;
      for (const [personId, otherId] of sides) {
        const recipient = people.get(personId);
        const other = people.get(otherId)?.name ?? 'your partner';
        await tell(db, deps, run, row.orgId, recipient, `health-concluded:${row.id}:${personId}`, {
          subject: `Your mentoring relationship with ${other} has been concluded`,
          text: [
            `Hello ${recipient?.name ?? ''},`,
            '',
            `Your mentoring relationship with ${other} had no recorded meeting for ${health.daysSinceMeeting} days,`,
            `and none in the ${concludeAfterWarningDays} days after the warning, so Tandem has concluded it as inactive.`,
            'Nobody is at fault. Talk to your program team if you would like to continue or find a new match.',
            '',
            `Open the relationship in Tandem: ${link}`,
            '',
          ].join('\n'),
          kind: 'relationship.concluded',
          title: `Mentoring with ${other} concluded`,
          body: `No meeting for ${health.daysSinceMeeting} days; concluded as inactive.`,
          link,
        });
      }
    },
  );
}
