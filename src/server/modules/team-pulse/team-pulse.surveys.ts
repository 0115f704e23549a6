// The quarterly team engagement pulse as admins run it: open a quarter's survey (every leader whose
// team is at least the minimum gets their team asked), follow the counts, close it. Closing turns
// the answers into one result per leader — the score only where enough answered.
import { randomUUID } from 'node:crypto';
import type {
  MyTeamPulse,
  PulseLeaderResultPage,
  PulseSurvey,
  PulseSurveyCreate,
  PulseSurveyPage,
} from '../../../contract/team-pulse.js';
import { minimumTeamPulseResponses } from '../../../contract/team-pulse.js';
import { engagementPulse, quarterOf, summarizePulse } from '../../../domain/assessments/index.js';
import { latestToday } from '../../../domain/engagements/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Actor } from '../../http/policy.js';
// Personal links work as the 360's: a random token, its SHA-256 kept, valid to the end of the last day (UTC).
import { newLinkToken, resolveInstrument, tokenExpiry } from '../assessments/index.js';
import { recordAuditEvent } from '../audit/index.js';
import { queueEmail } from '../notifications/index.js';
import {
  countInvitations,
  countResults,
  findSurvey,
  findPeopleNames,
  findSurveyOfQuarter,
  insertInvitations,
  insertResults,
  insertSurvey,
  listLeaderCounts,
  listLeaderHistory,
  listResponses,
  listSurveys,
  listTeamMembers,
  lockSurvey,
  updateInvitation,
  updateSurvey,
  type PulseSurveyRow,
} from './team-pulse.repo.js';

/** `publicUrl`: where team members open their links from a mail (TANDEM_PUBLIC_URL). */
export type TeamPulseDeps = { db: Database; clock: Clock; publicUrl: string };

const surveyNotFound = () => new AppError('NOT_FOUND', { message: 'Pulse survey not found.' });
const dayMs = 24 * 60 * 60_000;

/** The earliest calendar day it still is somewhere on earth (UTC−12); `latestToday` is the other end. */
const earliestToday = (now: Date) => new Date(now.getTime() - 12 * 60 * 60_000).toISOString().slice(0, 10);

function inviteText(input: {
  name: string;
  leaderName: string;
  quarter: string;
  closesOn: string;
  link: string;
  isReminder: boolean;
}) {
  const subject = input.isReminder
    ? `Reminder: how is your team doing? (${input.quarter})`
    : `How is your team doing? A two-minute pulse (${input.quarter})`;
  const text =
    `Hello ${input.name},\n\n` +
    `Once a quarter we ask the members of each team a few short questions about how engaged they feel. ` +
    `This one is about the team you work in with ${input.leaderName}.\n\n` +
    `Your personal link (do not forward it): ${input.link}\n\n` +
    `Your answers are stored without your name and cannot be changed once sent. ${input.leaderName} sees only ` +
    `the team's average, after the last day to answer (${input.closesOn}), and only when enough people answered.` +
    (input.isReminder ? '\nThis link replaces the one we sent before.' : '') +
    '\n';
  return { subject, text };
}

async function mailLink(
  deps: TeamPulseDeps,
  input: {
    orgId: string;
    invitationId: string;
    email: string;
    name: string;
    leaderName: string;
    quarter: string;
    closesOn: string;
    token: string;
    isReminder: boolean;
  },
): Promise<void> {
  const { subject, text } = inviteText({ ...input, link: `${deps.publicUrl}/pulse/${input.token}` });
  await queueEmail(deps, {
    orgId: input.orgId,
    to: input.email,
    subject,
    text,
    dedupeKey: `pulse:${input.invitationId}:${deps.clock.now().toISOString()}`,
  });
}

async function toSurveys(db: Database, orgId: string, rows: PulseSurveyRow[]): Promise<PulseSurvey[]> {
  const open = rows.filter((row) => row.status === 'open').map((row) => row.id);
  const closed = rows.filter((row) => row.status === 'closed').map((row) => row.id);
  const counts = new Map<string, { leaders: number; invited: number; responses: number; leadersShown: number }>();
  for (const row of await countInvitations(db, orgId, open)) counts.set(row.surveyId, { ...row, leadersShown: 0 });
  for (const row of await countResults(db, orgId, closed)) counts.set(row.surveyId, row);
  return rows.map((row) => {
    const count = counts.get(row.id) ?? { leaders: 0, invited: 0, responses: 0, leadersShown: 0 };
    return {
      id: row.id,
      quarter: row.quarter,
      status: row.status,
      instrument: { key: row.instrumentKey, version: row.instrumentVersion, title: engagementPulse.title },
      minimumResponses: row.minimumResponses,
      openedAt: row.openedAt.toISOString(),
      closesOn: row.closesOn,
      closedAt: row.closedAt?.toISOString() ?? null,
      leaders: Number(count.leaders),
      invited: Number(count.invited),
      responses: Number(count.responses),
      leadersShown: Number(count.leadersShown),
      leadersTooSmall: row.leadersTooSmall,
    };
  });
}

async function surveyView(db: Database, orgId: string, surveyId: string): Promise<PulseSurvey> {
  const row = await findSurvey(db, orgId, surveyId);
  if (!row) throw surveyNotFound();
  return (await toSurveys(db, orgId, [row]))[0]!;
}

/**
 * Opens a quarter's pulse: every active leader with at least `minimumResponses` active direct
 * reports gets each of them a personal link by email, all in one transaction.
 */
export async function openPulseSurvey(
  deps: TeamPulseDeps,
  context: RequestContext,
  actor: Actor,
  input: PulseSurveyCreate,
): Promise<PulseSurvey> {
  authorize(actor, 'pulseSurvey.manage');
  const now = deps.clock.now();
  // The admin's browser proposes its own local quarter and day: accept any that is current
  // somewhere on earth (UTC−12 to UTC+14), so a boundary in one time zone is no error in another.
  const currentQuarter = quarterOf(latestToday(now));
  const quarter = input.quarter ?? currentQuarter;
  if (quarter > currentQuarter) {
    throw new AppError('INVALID', {
      message: `must not be later than this quarter (${currentQuarter})`,
      field: 'body.quarter',
    });
  }
  const closesOn = input.closesOn ?? new Date(now.getTime() + 14 * dayMs).toISOString().slice(0, 10);
  if (closesOn < earliestToday(now)) {
    throw new AppError('INVALID', { message: 'The last day to answer is already past.', field: 'body.closesOn' });
  }
  const minimumResponses = input.minimumResponses ?? minimumTeamPulseResponses;
  const members = await listTeamMembers(deps.db, actor.orgId);
  const teams = new Map<string, typeof members>();
  for (const member of members) teams.set(member.leaderId!, [...(teams.get(member.leaderId!) ?? []), member]);
  const asked = [...teams].filter(([, team]) => team.length >= minimumResponses);
  const leaderNames = await findPeopleNames(
    deps.db,
    actor.orgId,
    asked.map(([leaderId]) => leaderId),
  );
  const surveyId = await deps.db.transaction(async (tx) => {
    if (await findSurveyOfQuarter(tx, actor.orgId, quarter)) {
      throw new AppError('CONFLICT', { message: `${quarter} already has a pulse survey.`, field: 'body.quarter' });
    }
    const survey = await insertSurvey(tx, {
      orgId: actor.orgId,
      quarter,
      instrumentKey: engagementPulse.key,
      instrumentVersion: engagementPulse.version,
      minimumResponses,
      leadersTooSmall: teams.size - asked.length,
      openedAt: now,
      closesOn,
    });
    const invitations = asked.flatMap(([leaderId, team]) =>
      team.map((member) => ({ member, leaderId, ...newLinkToken(), id: randomUUID() })),
    );
    await insertInvitations(
      tx,
      invitations.map((invitation) => ({
        id: invitation.id,
        orgId: actor.orgId,
        surveyId: survey.id,
        leaderPersonId: invitation.leaderId,
        personId: invitation.member.id,
        tokenHash: invitation.tokenHash,
        tokenExpiresAt: tokenExpiry(closesOn),
        invitedAt: now,
      })),
    );
    for (const invitation of invitations) {
      await mailLink(
        { ...deps, db: tx },
        {
          orgId: actor.orgId,
          invitationId: invitation.id,
          email: invitation.member.email,
          name: invitation.member.name,
          leaderName: leaderNames.get(invitation.leaderId) ?? 'your manager',
          quarter,
          closesOn,
          token: invitation.token,
          isReminder: false,
        },
      );
    }
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'pulseSurvey.opened',
      targetType: 'pulse_survey',
      targetId: survey.id,
      details: { quarter, leaders: asked.length, invited: invitations.length },
    });
    return survey.id;
  });
  return surveyView(deps.db, actor.orgId, surveyId);
}

export async function listPulseSurveys(
  deps: TeamPulseDeps,
  actor: Actor,
  query: { page: number; pageSize: number },
): Promise<PulseSurveyPage> {
  authorize(actor, 'pulseSurvey.manage');
  const { rows, total } = await listSurveys(deps.db, actor.orgId, {
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return { items: await toSurveys(deps.db, actor.orgId, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function getPulseSurvey(deps: TeamPulseDeps, actor: Actor, surveyId: string): Promise<PulseSurvey> {
  authorize(actor, 'pulseSurvey.manage');
  return surveyView(deps.db, actor.orgId, surveyId);
}

/** One page of a survey's leaders; a score only once closed and only with enough responses. */
export async function listPulseResults(
  deps: TeamPulseDeps,
  actor: Actor,
  surveyId: string,
  query: { search?: string | undefined; page: number; pageSize: number },
): Promise<PulseLeaderResultPage> {
  authorize(actor, 'pulseSurvey.manage');
  const survey = await findSurvey(deps.db, actor.orgId, surveyId);
  if (!survey) throw surveyNotFound();
  const { rows, total } = await listLeaderCounts(deps.db, actor.orgId, survey, {
    ...(query.search ? { search: query.search } : {}),
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return {
    items: rows.map((row) => ({
      leader: { id: row.leaderId, name: row.name, title: row.title },
      invited: Number(row.invited),
      responses: Number(row.responses),
      score: survey.status === 'closed' ? row.score : null,
      isShown: survey.status === 'closed' && row.score !== null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Closes a survey and keeps one result per leader: invited, answered, and the score when at least
 * the minimum answered. Links stop working. `actorUserId` is null when the job closes it.
 */
export async function closeSurvey(
  deps: TeamPulseDeps,
  context: RequestContext,
  input: { orgId: string; surveyId: string; actorUserId: string | null },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const survey = await lockSurvey(tx, input.orgId, input.surveyId);
    if (!survey) throw surveyNotFound();
    if (survey.status !== 'open') throw new AppError('CONFLICT', { message: 'This pulse survey is already closed.' });
    const instrument = await resolveInstrument(tx, input.orgId, survey.instrumentKey, survey.instrumentVersion);
    const answersByLeader = new Map<string, Record<string, number | string | null>[]>();
    for (const response of await listResponses(tx, input.orgId, survey.id)) {
      answersByLeader.set(response.leaderId, [...(answersByLeader.get(response.leaderId) ?? []), response.answers]);
    }
    const counts = await listLeaderCounts(tx, input.orgId, survey, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
    await insertResults(
      tx,
      counts.rows.map((leader) => {
        const summary = summarizePulse(instrument, answersByLeader.get(leader.leaderId) ?? [], survey.minimumResponses);
        return {
          orgId: input.orgId,
          surveyId: survey.id,
          leaderPersonId: leader.leaderId,
          quarter: survey.quarter,
          invited: Number(leader.invited),
          responses: summary.responses,
          score: summary.score,
        };
      }),
    );
    await updateSurvey(tx, input.orgId, survey.id, { status: 'closed', closedAt: deps.clock.now() });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: input.orgId,
      actorUserId: input.actorUserId,
      action: 'pulseSurvey.closed',
      targetType: 'pulse_survey',
      targetId: survey.id,
      details: { leaders: counts.rows.length },
    });
  });
}

export async function closePulseSurvey(
  deps: TeamPulseDeps,
  context: RequestContext,
  actor: Actor,
  surveyId: string,
): Promise<PulseSurvey> {
  authorize(actor, 'pulseSurvey.manage');
  await closeSurvey(deps, context, { orgId: actor.orgId, surveyId, actorUserId: actor.userId });
  return surveyView(deps.db, actor.orgId, surveyId);
}

/** The signed-in leader's own team, quarter by quarter; empty when their team was never asked. */
export async function getMyTeamPulse(deps: TeamPulseDeps, actor: Actor): Promise<MyTeamPulse> {
  authorize(actor, 'teamPulse.readOwn');
  const rows = await listLeaderHistory(deps.db, actor.orgId, actor.personId!);
  return {
    items: rows.map((row) => ({
      surveyId: row.survey.id,
      quarter: row.survey.quarter,
      status: row.survey.status,
      closesOn: row.survey.closesOn,
      minimumResponses: row.survey.minimumResponses,
      invited: Number(row.invited),
      responses: Number(row.responses),
      score: row.survey.status === 'closed' ? row.score : null,
      isShown: row.survey.status === 'closed' && row.score !== null,
    })),
  };
}

/** Sends a fresh link (the old one stops working) to each unanswered team member. */
export async function remindTeamMembers(
  deps: TeamPulseDeps,
  invitations: {
    invitationId: string;
    orgId: string;
    email: string;
    name: string;
    leaderName: string;
    quarter: string;
    closesOn: string;
  }[],
): Promise<number> {
  for (const invitation of invitations) {
    const { token, tokenHash } = newLinkToken();
    await updateInvitation(deps.db, invitation.orgId, invitation.invitationId, {
      tokenHash,
      lastRemindedAt: deps.clock.now(),
    });
    await mailLink(deps, { ...invitation, token, isReminder: true });
  }
  return invitations.length;
}
