// The rater's side: a personal link, no account. The token is the only credential, so every
// answer names nothing but what the link allows.
import type { RaterAnswersUpdate, RaterForm } from '../../../contract/assessments.js';
import { checkAnswers } from '../../../domain/assessments/index.js';
import { acrossOrganizations, withOrganization } from '../../db/tenant-scope.js';
import { AppError } from '../../http/errors.js';
import { findCycle, findRaterByTokenHash, lockCycle, updateRater, type FeedbackRaterRow } from './assessments.repo.js';
import { hashRaterToken, type FeedbackDeps } from './assessments.cycles.js';
import { resolveInstrument } from './assessments.instruments.js';

// Same answer for unknown, replaced and expired links: a guess learns nothing.
const linkNotFound = () =>
  new AppError('NOT_FOUND', {
    message: 'This feedback link is not valid or has expired. Use the newest link you were sent.',
  });

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

async function raterOf(deps: FeedbackDeps, token: string): Promise<FeedbackRaterRow> {
  if (!tokenPattern.test(token)) throw linkNotFound();
  const rater = await acrossOrganizations(() => findRaterByTokenHash(deps.db, hashRaterToken(token)));
  if (!rater?.tokenExpiresAt || rater.tokenExpiresAt.getTime() < deps.clock.now().getTime()) throw linkNotFound();
  return rater;
}

async function formOf(deps: FeedbackDeps, rater: FeedbackRaterRow): Promise<RaterForm> {
  const found = await findCycle(deps.db, rater.orgId, rater.cycleId);
  if (!found) throw linkNotFound();
  const instrument = await resolveInstrument(
    deps.db,
    rater.orgId,
    found.cycle.instrumentKey,
    found.cycle.instrumentVersion,
  );
  return {
    participantName: found.participantName,
    group: rater.group,
    phase: found.cycle.phase,
    closesOn: found.cycle.closesOn,
    isOpen: found.cycle.status === 'collecting',
    anonymityThreshold: found.cycle.anonymityThreshold,
    submittedAt: rater.submittedAt?.toISOString() ?? null,
    instrument,
    answers: rater.answers,
  };
}

export async function getRaterForm(deps: FeedbackDeps, token: string): Promise<RaterForm> {
  const rater = await raterOf(deps, token);
  return withOrganization(rater.orgId, () => formOf(deps, rater));
}

/** Saves a rater's answers (all of them, replacing the last save); `submit` marks them done. */
export async function saveRaterAnswers(
  deps: FeedbackDeps,
  token: string,
  update: RaterAnswersUpdate,
): Promise<RaterForm> {
  const rater = await raterOf(deps, token);
  return withOrganization(rater.orgId, async () => {
    const now = deps.clock.now();
    // Under the cycle's lock, which closing takes too: an answer is saved before the close (and
    // counts in the scores kept then) or is refused after it, never in between.
    await deps.db.transaction(async (tx) => {
      const cycle = await lockCycle(tx, rater.orgId, rater.cycleId);
      if (!cycle) throw linkNotFound();
      if (cycle.status !== 'collecting') {
        throw new AppError('CONFLICT', { message: 'This 360 has closed; answers can no longer change.' });
      }
      const instrument = await resolveInstrument(tx, rater.orgId, cycle.instrumentKey, cycle.instrumentVersion);
      const [problem] = checkAnswers(instrument, update.answers);
      if (problem) {
        throw new AppError('INVALID', { message: problem.message, field: `body.answers.${problem.path}` });
      }
      const hasRated = instrument.items.some(
        (item) => item.kind === 'likert' && typeof update.answers[item.key] === 'number',
      );
      if (update.submit && !hasRated) {
        throw new AppError('INVALID', {
          message: 'Answer at least one question before submitting.',
          field: 'body.answers',
        });
      }
      await updateRater(tx, rater.orgId, rater.id, {
        answers: update.answers,
        answeredAt: now,
        ...(update.submit ? { submittedAt: rater.submittedAt ?? now } : {}),
      });
    });
    return formOf(deps, {
      ...rater,
      answers: update.answers,
      submittedAt: update.submit ? (rater.submittedAt ?? now) : rater.submittedAt,
    });
  });
}
