// Behavioural self-profiles: a person answers the five-factor instrument about themselves; the
// means per dimension go to their current coach or mentor and into matching's profile fit.
import type {
  BehaviouralProfileAnswers,
  BehaviouralProfileScore,
  MyBehaviouralProfile,
  PersonBehaviouralProfile,
} from '../../../contract/behavioural-profiles.js';
import { behaviouralProfile, checkAnswers, scoreAnswers, type Instrument } from '../../../domain/assessments/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Actor } from '../../http/policy.js';
import { resolveInstrument } from '../assessments/index.js';
import { recordAuditEvent } from '../audit/index.js';
import { isGuideOf } from '../engagements/index.js';
import {
  deleteProfile,
  findPersonName,
  findProfile,
  saveProfile,
  type BehaviouralProfileRow,
} from './behavioural-profiles.repo.js';

export type BehaviouralProfileDeps = { db: Database; clock: Clock };

function scoresOf(instrument: Instrument, means: Record<string, number | null>): BehaviouralProfileScore[] {
  return instrument.scales.map((scale) => ({
    key: scale.key,
    label: scale.label,
    description: scale.description,
    mean: Object.hasOwn(means, scale.key) ? (means[scale.key] ?? null) : null,
  }));
}

/** The instrument a stored profile was answered on, or the current one when there is none. */
async function instrumentOf(db: Database, orgId: string, row: BehaviouralProfileRow | null): Promise<Instrument> {
  return row ? resolveInstrument(db, orgId, row.instrumentKey, row.instrumentVersion) : behaviouralProfile;
}

function personOf(actor: Actor): string {
  authorize(actor, 'behaviouralProfile.own');
  return actor.personId!;
}

export async function getMyProfile(deps: BehaviouralProfileDeps, actor: Actor): Promise<MyBehaviouralProfile> {
  const personId = personOf(actor);
  const row = await findProfile(deps.db, actor.orgId, personId);
  const answered = await instrumentOf(deps.db, actor.orgId, row);
  return {
    // A retake is always on the current instrument; the scores stay on the one they were answered on.
    instrument: behaviouralProfile,
    answers: row && answered.version === behaviouralProfile.version ? row.answers : null,
    scores: row ? scoresOf(answered, row.means) : [],
    completedAt: row?.completedAt.toISOString() ?? null,
  };
}

/** Saves the person's answers (every statement rated) and the means they give, replacing the last ones. */
export async function saveMyProfile(
  deps: BehaviouralProfileDeps,
  context: RequestContext,
  actor: Actor,
  input: BehaviouralProfileAnswers,
): Promise<MyBehaviouralProfile> {
  const personId = personOf(actor);
  const instrument = behaviouralProfile;
  const [problem] = checkAnswers(instrument, input.answers);
  if (problem) throw new AppError('INVALID', { message: problem.message, field: `body.answers.${problem.path}` });
  const missing = instrument.items.find(
    (item) => item.kind === 'likert' && typeof input.answers[item.key] !== 'number',
  );
  if (missing) {
    throw new AppError('INVALID', { message: 'Rate every statement.', field: `body.answers.${missing.key}` });
  }
  const means = Object.fromEntries(
    Object.entries(scoreAnswers(instrument, input.answers)).map(([key, score]) => [key, score.mean]),
  );
  await deps.db.transaction(async (tx) => {
    await saveProfile(tx, {
      orgId: actor.orgId,
      personId,
      instrumentKey: instrument.key,
      instrumentVersion: instrument.version,
      points: instrument.likert.points,
      answers: input.answers,
      means,
      completedAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'behaviouralProfile.saved',
      targetType: 'person',
      targetId: personId,
    });
  });
  return getMyProfile(deps, actor);
}

export async function deleteMyProfile(
  deps: BehaviouralProfileDeps,
  context: RequestContext,
  actor: Actor,
): Promise<void> {
  const personId = personOf(actor);
  await deps.db.transaction(async (tx) => {
    if (!(await deleteProfile(tx, actor.orgId, personId))) {
      throw new AppError('NOT_FOUND', { message: 'You have no behavioural profile to delete.' });
    }
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'behaviouralProfile.deleted',
      targetType: 'person',
      targetId: personId,
    });
  });
}

/** A person's scores, for themselves or their current mentor or coach; to anyone else, not found. */
export async function getPersonProfile(
  deps: BehaviouralProfileDeps,
  actor: Actor,
  personId: string,
): Promise<PersonBehaviouralProfile> {
  const isSelf = actor.personId === personId;
  const isGuide =
    isSelf || (actor.personId !== null && (await isGuideOf(deps.db, actor.orgId, actor.personId, personId)));
  authorize(actor, 'behaviouralProfile.readAsGuide', { orgId: actor.orgId, isGuide });
  const name = await findPersonName(deps.db, actor.orgId, personId);
  if (name === null) throw new AppError('NOT_FOUND', { message: 'Not found.' });
  const row = await findProfile(deps.db, actor.orgId, personId);
  const instrument = await instrumentOf(deps.db, actor.orgId, row);
  return {
    person: { id: personId, name },
    instrument: {
      key: instrument.key,
      version: instrument.version,
      title: instrument.title,
      points: instrument.likert.points,
    },
    scores: row ? scoresOf(instrument, row.means) : [],
    completedAt: row?.completedAt.toISOString() ?? null,
  };
}
