import {
  MatchingSettings,
  type MatchingPersonPair,
  type MatchingSettings as Settings,
} from '../../../contract/matching.js';
import type { ScoringSettings, MatchingKind } from '../../../domain/matching/propose/index.js';
import {
  defaultCoachingWeights,
  defaultHardRules,
  defaultMentoringWeights,
  pairKey,
  type PairKey,
} from '../../../domain/matching/score/index.js';

/** What a program matches with until an admin changes it (README: Matching settings). */
export const defaultMatchingSettings: Settings = {
  mode: 'bulk',
  objective: 'max-participation',
  mentoringWeights: { ...defaultMentoringWeights },
  coachingWeights: { ...defaultCoachingWeights },
  functionPreference: 'any',
  excludeManager: defaultHardRules.reportingLine.excludeManager,
  excludeManagersManager: defaultHardRules.reportingLine.excludeManagersManager,
  excludeSameManagerPeers: defaultHardRules.reportingLine.excludeSameManagerPeers,
  maxTimeZoneDifferenceHours: defaultHardRules.maxTimeZoneDifferenceHours,
  excludePreviousPairs: defaultHardRules.excludePreviousPairs,
  mustPairs: [],
  neverPairs: [],
  menteeChoices: [],
  mentorChoices: [],
};

/**
 * A program's stored settings with defaults filled in. Stored settings were checked when saved;
 * anything unreadable (an older shape) falls back to the default field by field.
 */
export function readMatchingSettings(stored: Record<string, unknown>): Settings {
  const merged: Record<string, unknown> = { ...defaultMatchingSettings };
  for (const [field, storedValue] of Object.entries(stored)) {
    // Weights saved before a factor existed keep their values; the new factor takes its default.
    const value =
      (field === 'mentoringWeights' || field === 'coachingWeights') && isRecord(storedValue)
        ? { ...defaultMatchingSettings[field], ...storedValue }
        : storedValue;
    const shape = MatchingSettings.shape[field as keyof Settings] as
      { safeParse?: (v: unknown) => { success: boolean } } | undefined;
    if (shape?.safeParse?.(value).success) merged[field] = value;
  }
  return MatchingSettings.parse(merged);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const keysOf = (pairs: MatchingPersonPair[]): Set<PairKey> =>
  new Set(pairs.map((pair) => pairKey(pair.participantPersonId, pair.partnerPersonId)));

/** The settings as scoring needs them. `previousPairs` are the pairs matched before, in other programs. */
export function toScoringSettings(
  settings: Settings,
  kind: MatchingKind,
  competencyLabels: ReadonlyMap<string, string>,
  previousPairs: ReadonlySet<PairKey>,
): ScoringSettings {
  return {
    kind,
    coachingWeights: settings.coachingWeights,
    mentoring: {
      weights: settings.mentoringWeights,
      functionPreference: settings.functionPreference,
      rules: {
        reportingLine: {
          excludeManager: settings.excludeManager,
          excludeManagersManager: settings.excludeManagersManager,
          excludeSameManagerPeers: settings.excludeSameManagerPeers,
        },
        maxTimeZoneDifferenceHours: settings.maxTimeZoneDifferenceHours,
        mustPairs: new Map(settings.mustPairs.map((pair) => [pair.participantPersonId, pair.partnerPersonId])),
        neverPairs: keysOf(settings.neverPairs),
        previousPairs,
        excludePreviousPairs: settings.excludePreviousPairs,
      },
      menteeChoices: new Map(settings.menteeChoices.map((entry) => [entry.personId, entry.choices])),
      mentorChoices: new Map(settings.mentorChoices.map((entry) => [entry.personId, entry.choices])),
      competencyLabels,
    },
  };
}
