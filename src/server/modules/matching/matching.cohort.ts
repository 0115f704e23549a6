import type { MatchingSettings } from '../../../contract/matching.js';
import type { ScoringSettings } from '../../../domain/matching/propose/index.js';
import { pairKey } from '../../../domain/matching/score/index.js';
import type { Database } from '../../db/client.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { listCompetencies } from '../competencies/index.js';
import type { ProgramRow } from '../programs/index.js';
import {
  listCurrentPairs,
  listPool,
  listPreviousPairs,
  type CurrentPair,
  type MatchingKind,
  type PoolPerson,
} from './matching.repo.js';
import { readMatchingSettings, toScoringSettings } from './matching.settings.js';

/** The kinds of matching a program of this type runs. */
export function kindsFor(type: ProgramRow['type']): MatchingKind[] {
  return type === 'blended' ? ['mentoring', 'coaching'] : [type];
}

/** Everyone a program's matching of one kind works with, and what they already have. */
export type Cohort = {
  kind: MatchingKind;
  settings: MatchingSettings;
  scoring: ScoringSettings;
  /** Participants to match with this kind (in a blended program, per their approach recommendation). */
  participants: PoolPerson[];
  partners: PoolPerson[];
  /** Pairs already published or accepted in the program. */
  current: CurrentPair[];
};

/**
 * Loads a program's cohort for one kind. In a blended program, a participant whose latest approach
 * recommendation says coaching is not matched with a mentor, and one that says mentoring not with
 * a coach; without a recommendation they take part in both.
 */
export async function loadCohort(
  db: Database,
  actor: Actor,
  program: ProgramRow,
  kind: MatchingKind,
  settings: MatchingSettings = readMatchingSettings(program.matchingSettings),
): Promise<Cohort> {
  const allParticipants = await listPool(db, actor.orgId, program.id, 'participant');
  const partners = await listPool(db, actor.orgId, program.id, kind === 'mentoring' ? 'mentor' : 'coach');
  const current = await listCurrentPairs(db, actor.orgId, program.id, kind);
  const previous = settings.excludePreviousPairs ? await listPreviousPairs(db, actor.orgId, program.id, kind) : [];
  const { items } = await listCompetencies(db, actor);
  const excluded = kind === 'mentoring' ? 'coaching' : 'mentoring';
  return {
    kind,
    settings,
    scoring: toScoringSettings(
      settings,
      kind,
      new Map(items.map((competency) => [competency.key, competency.label])),
      new Set(previous.map((pair) => pairKey(pair.participantPersonId, pair.partnerPersonId))),
    ),
    participants:
      program.type === 'blended' ? allParticipants.filter((person) => person.approach !== excluded) : allParticipants,
    partners,
    current,
  };
}

/** How many current pairs each partner has. */
export function loadsOf(pairs: CurrentPair[]): Map<string, number> {
  const loads = new Map<string, number>();
  for (const pair of pairs) loads.set(pair.partnerPersonId, (loads.get(pair.partnerPersonId) ?? 0) + 1);
  return loads;
}

/** The words for the two sides of a kind, for messages. */
export function partnerWord(kind: MatchingKind): string {
  return kind === 'mentoring' ? 'mentor' : 'coach';
}

/** Matching works on programs whose people are committed: `matching` or `running`. */
export function assertMatchingOpen(program: ProgramRow): void {
  if (program.status !== 'matching' && program.status !== 'running') {
    throw new AppError('CONFLICT', {
      message: `A ${program.status} program cannot be matched; move it to matching first.`,
      field: 'status',
    });
  }
}
