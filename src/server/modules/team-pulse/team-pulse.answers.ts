// A team member's side: a personal link, no account. An answer is stored apart from who gave it
// (only "has answered" stays with the invitation), so it is sent once and never changed, and no
// audit event or timestamp ties the two together.
import type { PulseAnswers, PulseForm } from '../../../contract/team-pulse.js';
import { checkAnswers } from '../../../domain/assessments/index.js';
import { acrossOrganizations, withOrganization } from '../../db/tenant-scope.js';
import { AppError } from '../../http/errors.js';
import { hashLinkToken, resolveInstrument } from '../assessments/index.js';
import {
  findInvitationByTokenHash,
  findPersonName,
  findSurvey,
  insertResponse,
  lockInvitation,
  updateInvitation,
  type PulseInvitationRow,
} from './team-pulse.repo.js';
import { type TeamPulseDeps } from './team-pulse.surveys.js';

// Same answer for unknown, replaced and expired links: a guess learns nothing.
const linkNotFound = () =>
  new AppError('NOT_FOUND', {
    message: 'This pulse link is not valid or has expired. Use the newest link you were sent.',
  });

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

async function invitationOf(deps: TeamPulseDeps, token: string): Promise<PulseInvitationRow> {
  if (!tokenPattern.test(token)) throw linkNotFound();
  const invitation = await acrossOrganizations(() => findInvitationByTokenHash(deps.db, hashLinkToken(token)));
  if (!invitation || invitation.tokenExpiresAt.getTime() < deps.clock.now().getTime()) throw linkNotFound();
  return invitation;
}

async function formOf(deps: TeamPulseDeps, invitation: PulseInvitationRow): Promise<PulseForm> {
  const survey = await findSurvey(deps.db, invitation.orgId, invitation.surveyId);
  if (!survey) throw linkNotFound();
  return {
    leaderName: (await findPersonName(deps.db, invitation.orgId, invitation.leaderPersonId)) ?? 'your manager',
    quarter: survey.quarter,
    closesOn: survey.closesOn,
    isOpen: survey.status === 'open',
    hasAnswered: invitation.hasAnswered,
    minimumResponses: survey.minimumResponses,
    instrument: await resolveInstrument(deps.db, invitation.orgId, survey.instrumentKey, survey.instrumentVersion),
  };
}

export async function getPulseForm(deps: TeamPulseDeps, token: string): Promise<PulseForm> {
  const invitation = await invitationOf(deps, token);
  return withOrganization(invitation.orgId, () => formOf(deps, invitation));
}

/** Stores one team member's answers, once. */
export async function sendPulseAnswers(deps: TeamPulseDeps, token: string, input: PulseAnswers): Promise<PulseForm> {
  const found = await invitationOf(deps, token);
  return withOrganization(found.orgId, async () => {
    const survey = await findSurvey(deps.db, found.orgId, found.surveyId);
    if (!survey) throw linkNotFound();
    const instrument = await resolveInstrument(deps.db, found.orgId, survey.instrumentKey, survey.instrumentVersion);
    const [problem] = checkAnswers(instrument, input.answers);
    if (problem) throw new AppError('INVALID', { message: problem.message, field: `body.answers.${problem.path}` });
    const hasRated = instrument.items.some(
      (item) => item.kind === 'likert' && typeof input.answers[item.key] === 'number',
    );
    if (!hasRated) {
      throw new AppError('INVALID', { message: 'Answer at least one question before sending.', field: 'body.answers' });
    }
    await deps.db.transaction(async (tx) => {
      const invitation = await lockInvitation(tx, found.orgId, found.id);
      if (!invitation) throw linkNotFound();
      if (invitation.hasAnswered) {
        throw new AppError('CONFLICT', { message: 'You have already answered this pulse; answers cannot be changed.' });
      }
      const current = await findSurvey(tx, found.orgId, found.surveyId);
      if (current?.status !== 'open') {
        throw new AppError('CONFLICT', { message: 'This pulse has closed; answers can no longer be sent.' });
      }
      await insertResponse(tx, {
        orgId: found.orgId,
        surveyId: found.surveyId,
        leaderPersonId: found.leaderPersonId,
        answers: input.answers,
      });
      await updateInvitation(tx, found.orgId, found.id, { hasAnswered: true });
    });
    return formOf(deps, { ...found, hasAnswered: true });
  });
}
