import type {
  Approach,
  DevelopmentNeedInput,
  PersonRecommendation,
  RecommendationOverride,
} from '../../../contract/approach.js';
import { recommendApproach } from '../../../domain/approach/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { getPersonRow } from '../people/index.js';
import { findUser } from '../users/index.js';
import {
  findLatestRecommendation,
  insertRecommendation,
  setOverride,
  type RecommendationRow,
} from './approach.repo.js';

type Deps = { db: Database; clock: Clock };

async function toRecommendation(db: Database, row: RecommendationRow): Promise<PersonRecommendation> {
  const overrider = row.overriddenByUserId ? await findUser(db, row.orgId, row.overriddenByUserId) : null;
  const recommended = row.recommendedApproach as Approach;
  const override =
    row.overrideApproach && row.overrideReason && row.overriddenAt
      ? {
          approach: row.overrideApproach as Approach,
          reason: row.overrideReason,
          overriddenBy: overrider?.displayName ?? 'a former user',
          overriddenAt: row.overriddenAt.toISOString(),
        }
      : null;
  return {
    id: row.id,
    personId: row.personId,
    need: row.need as DevelopmentNeedInput,
    approach: recommended,
    rules: row.rules as PersonRecommendation['rules'],
    targetCompetencies: row.targetCompetencies,
    createdAt: row.createdAt.toISOString(),
    override,
    finalApproach: override?.approach ?? recommended,
  };
}

/** Decides coaching, mentoring or both for a person's need, and keeps the decision with its reasons. */
export async function recommendForPerson(
  deps: Deps,
  actor: Actor,
  context: RequestContext,
  personId: string,
  need: DevelopmentNeedInput,
): Promise<PersonRecommendation> {
  const row = await deps.db.transaction(async (tx) => {
    const person = await getPersonRow(tx, actor.orgId, personId);
    const recommendation = recommendApproach(need, { tier: person.tier, isHighPotential: person.isHighPotential });
    const stored = await insertRecommendation(tx, {
      orgId: actor.orgId,
      personId: person.id,
      need,
      recommendedApproach: recommendation.approach,
      rules: recommendation.rules,
      targetCompetencies: recommendation.targetCompetencies,
      createdByUserId: actor.userId,
      createdAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'approach.recommended',
      targetType: 'person',
      targetId: person.id,
      details: { approach: recommendation.approach, rules: recommendation.rules.map((rule) => rule.id) },
    });
    return stored;
  });
  return toRecommendation(deps.db, row);
}

export async function getLatestRecommendation(
  db: Database,
  actor: Actor,
  personId: string,
): Promise<PersonRecommendation> {
  const person = await getPersonRow(db, actor.orgId, personId);
  const row = await findLatestRecommendation(db, actor.orgId, person.id);
  if (!row) throw new AppError('NOT_FOUND', { message: 'No recommendation has been made for this person yet.' });
  return toRecommendation(db, row);
}

/** An admin overrules the latest recommendation knowingly: the reason is kept beside the rules. */
export async function overrideRecommendation(
  deps: Deps,
  actor: Actor,
  context: RequestContext,
  personId: string,
  input: RecommendationOverride,
): Promise<PersonRecommendation> {
  await deps.db.transaction(async (tx) => {
    const person = await getPersonRow(tx, actor.orgId, personId);
    const latest = await findLatestRecommendation(tx, actor.orgId, person.id);
    if (!latest) {
      throw new AppError('CONFLICT', {
        message: 'Ask for a recommendation before overriding it.',
        field: 'body.approach',
      });
    }
    await setOverride(tx, actor.orgId, latest.id, { ...input, userId: actor.userId, at: deps.clock.now() });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'approach.overridden',
      targetType: 'person',
      targetId: person.id,
      details: { from: latest.recommendedApproach, to: input.approach, reason: input.reason },
    });
  });
  return getLatestRecommendation(deps.db, actor, personId);
}
