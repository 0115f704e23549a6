import { tierRanks, type MatchingCoach, type MatchingPerson } from './candidates.js';
import { checkHardRules, type HardRules } from './hard-rules.js';
import { workingHoursOverlap } from './time-zones.js';

export const mentoringFactors = [
  'complementaryFit',
  'seniorityGap',
  'functionFit',
  'timeZoneOverlap',
  'sharedLanguage',
  'preferences',
] as const;
export type MentoringFactor = (typeof mentoringFactors)[number];

export const coachingFactors = ['specialtyFit', 'clientSeniority', 'sharedLanguage', 'timeZoneOverlap'] as const;
export type CoachingFactor = (typeof coachingFactors)[number];

/** Developmental fit first, as the source articles insist; logistics count, but less. */
export const defaultMentoringWeights: Record<MentoringFactor, number> = {
  complementaryFit: 35,
  seniorityGap: 20,
  functionFit: 15,
  timeZoneOverlap: 10,
  sharedLanguage: 10,
  preferences: 10,
};

export const defaultCoachingWeights: Record<CoachingFactor, number> = {
  specialtyFit: 50,
  clientSeniority: 20,
  sharedLanguage: 15,
  timeZoneOverlap: 15,
};

/** One factor's part of a score: its value 0–1, its weight, the points it adds, and why in words. */
export type FactorScore<Factor extends string> = {
  factor: Factor;
  value: number;
  weight: number;
  points: number;
  reason: string | null;
};

/** A pair's score (0–100), how each factor made it, and the strongest reasons in plain words. */
export type PairScore<Factor extends string> = {
  score: number;
  factors: FactorScore<Factor>[];
  reasons: string[];
};

export type PairVerdict<Factor extends string> =
  { isAllowed: true; score: PairScore<Factor> } | { isAllowed: false; blockedBy: string[] };

export type FunctionPreference = 'same' | 'cross_functional' | 'any';

export type MentoringSettings = {
  weights: Record<MentoringFactor, number>;
  functionPreference: FunctionPreference;
  rules: HardRules;
  /** Ranked choices: mentee id → mentor ids, first choice first; and mentor id → mentee ids. */
  menteeChoices: ReadonlyMap<string, string[]>;
  mentorChoices: ReadonlyMap<string, string[]>;
  /** Competency keys → labels, for the reasons. */
  competencyLabels: ReadonlyMap<string, string>;
};

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const firstName = (person: { name: string }) => person.name.split(' ')[0] ?? person.name;
const levelOf = (person: MatchingPerson, skill: string) =>
  person.skills.find((entry) => entry.skill === skill)?.level ?? 0;

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Strong where the mentee wants to grow: the mentor's level above the mentee's, per target competency. */
function complementaryFit(mentee: MatchingPerson, mentor: MatchingPerson, settings: MentoringSettings) {
  const targets = [...new Set(mentee.developmentCompetencies)];
  if (targets.length === 0) return { value: 0.5, reason: null };
  const gains = targets.map((target) => ({
    target,
    gain: clamp((levelOf(mentor, target) - Math.max(1, levelOf(mentee, target))) / 4),
  }));
  const value = gains.reduce((sum, entry) => sum + entry.gain, 0) / targets.length;
  const strong = gains
    .filter((entry) => entry.gain >= 0.5)
    .map((entry) => (settings.competencyLabels.get(entry.target) ?? entry.target.replace(/_/g, ' ')).toLowerCase());
  const reason = strong.length
    ? `Strong in ${listInWords(strong.slice(0, 3))}, which ${firstName(mentee)} wants to build`
    : null;
  return { value, reason };
}

/** Senior enough to have walked the road, not so senior the gap silences the mentee. */
function seniorityGap(mentee: MatchingPerson, mentor: MatchingPerson) {
  const levels = tierRanks[mentor.tier] - tierRanks[mentee.tier];
  const tierValue = levels <= -1 ? 0 : ([0.3, 1, 1, 0.6, 0.4][levels] ?? 0.4);
  const years =
    mentee.yearsOfExperience === null || mentor.yearsOfExperience === null
      ? null
      : mentor.yearsOfExperience - mentee.yearsOfExperience;
  const yearValue = years === null ? 0.5 : years < 0 ? 0 : years < 3 ? 0.4 : years <= 15 ? 1 : 0.6;
  const value = 0.6 * tierValue + 0.4 * yearValue;
  const parts: string[] = [];
  if (levels === 1) parts.push('one level more senior');
  if (levels === 2) parts.push('two levels more senior');
  if (years !== null && years >= 3) parts.push(`${years} more years of experience`);
  return { value, reason: value >= 0.7 && parts.length ? capitalize(listInWords(parts)) : null };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function functionFit(mentee: MatchingPerson, mentor: MatchingPerson, preference: FunctionPreference) {
  const isSameFunction = mentee.function !== '' && mentee.function === mentor.function;
  const sharedIndustries = mentee.industries.filter((industry) => mentor.industries.includes(industry));
  switch (preference) {
    case 'same':
      if (isSameFunction) return { value: 1, reason: `Both work in ${mentor.function}` };
      if (sharedIndustries.length) return { value: 0.6, reason: `Both know the ${sharedIndustries[0]} industry` };
      return { value: 0, reason: null };
    case 'cross_functional':
      return isSameFunction
        ? { value: 0, reason: null }
        : { value: 1, reason: `Brings a view from ${mentor.function || 'another function'}` };
    case 'any':
      return { value: 0.5, reason: null };
  }
}

function sharedLanguage(first: { languages: string[] }, second: { languages: string[] }) {
  const shared = first.languages.filter((language) => second.languages.includes(language));
  if (shared.length === 0) return { value: 0, reason: null };
  // English is the common default: naming it as a reason says nothing.
  const notable = shared.filter((language) => language !== 'English');
  return { value: 1, reason: notable.length ? `Both speak ${listInWords(notable)}` : null };
}

function timeZoneOverlap(first: { timeZone: string }, second: { timeZone: string }, at: Date) {
  const hours = workingHoursOverlap(first.timeZone, second.timeZone, at);
  return {
    value: hours / 8,
    reason: hours === 8 ? 'Same working hours' : hours >= 4 ? `Working days overlap by ${hours} hours` : null,
  };
}

function preferences(mentee: MatchingPerson, mentor: MatchingPerson, settings: MentoringSettings) {
  const menteeRank = settings.menteeChoices.get(mentee.id)?.indexOf(mentor.id) ?? -1;
  const mentorRank = settings.mentorChoices.get(mentor.id)?.indexOf(mentee.id) ?? -1;
  const rankValue = (rank: number, count: number) => (rank < 0 ? 0 : 1 - rank / Math.max(count, 1));
  const values: number[] = [];
  if (settings.menteeChoices.has(mentee.id))
    values.push(rankValue(menteeRank, settings.menteeChoices.get(mentee.id)!.length));
  if (settings.mentorChoices.has(mentor.id))
    values.push(rankValue(mentorRank, settings.mentorChoices.get(mentor.id)!.length));
  if (values.length === 0) return { value: 0.5, reason: null };
  const ordinal = ['first', 'second', 'third'][menteeRank];
  const reason =
    ordinal !== undefined
      ? `${firstName(mentee)}'s ${ordinal} choice`
      : mentorRank >= 0 && mentorRank < 3
        ? `${firstName(mentor)} asked for ${firstName(mentee)}`
        : null;
  return { value: values.reduce((sum, value) => sum + value, 0) / values.length, reason };
}

function combine<Factor extends string>(
  parts: { factor: Factor; value: number; reason: string | null }[],
  weights: Record<Factor, number>,
): PairScore<Factor> {
  const totalWeight = parts.reduce((sum, part) => sum + Math.max(0, weights[part.factor]), 0) || 1;
  const factors = parts.map((part) => {
    const weight = Math.max(0, weights[part.factor]);
    return { ...part, value: clamp(part.value), weight, points: (100 * weight * clamp(part.value)) / totalWeight };
  });
  const score = Math.round(factors.reduce((sum, factor) => sum + factor.points, 0) * 100) / 100;
  const reasons = factors
    .filter((factor) => factor.reason !== null && factor.value >= 0.6 && factor.weight > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((factor) => factor.reason!);
  return { score, factors, reasons };
}

/**
 * Scores a mentee–mentor pair 0–100, or says which hard rules forbid it.
 * `at` fixes the date for time-zone offsets (daylight saving).
 */
export function scoreMentoringPair(
  mentee: MatchingPerson,
  mentor: MatchingPerson,
  settings: MentoringSettings,
  at: Date,
): PairVerdict<MentoringFactor> {
  const blockedBy = checkHardRules(mentee, mentor, settings.rules, at);
  if (blockedBy.length) return { isAllowed: false, blockedBy };
  return {
    isAllowed: true,
    score: combine<MentoringFactor>(
      [
        { factor: 'complementaryFit', ...complementaryFit(mentee, mentor, settings) },
        { factor: 'seniorityGap', ...seniorityGap(mentee, mentor) },
        { factor: 'functionFit', ...functionFit(mentee, mentor, settings.functionPreference) },
        { factor: 'timeZoneOverlap', ...timeZoneOverlap(mentee, mentor, at) },
        { factor: 'sharedLanguage', ...sharedLanguage(mentee, mentor) },
        { factor: 'preferences', ...preferences(mentee, mentor, settings) },
      ],
      settings.weights,
    ),
  };
}

/**
 * Scores a leader–coach pair 0–100: the coach's specialties against what the leader must build,
 * the seniority of the leaders the coach serves, language and time zone.
 */
export function scoreCoachingPair(
  leader: MatchingPerson,
  coach: MatchingCoach,
  weights: Record<CoachingFactor, number>,
  competencyLabels: ReadonlyMap<string, string>,
  at: Date,
): PairScore<CoachingFactor> {
  const targets = [...new Set(leader.developmentCompetencies)];
  const covered = targets.filter((target) => coach.specialties.includes(target));
  const specialty = {
    value: targets.length === 0 ? 0.5 : covered.length / targets.length,
    reason: covered.length
      ? `Specialises in ${listInWords(covered.slice(0, 3).map((key) => (competencyLabels.get(key) ?? key.replace(/_/g, ' ')).toLowerCase()))}`
      : null,
  };
  const servesTier = coach.clientTiers.includes(leader.tier);
  return combine<CoachingFactor>(
    [
      { factor: 'specialtyFit', ...specialty },
      {
        factor: 'clientSeniority',
        value: servesTier ? 1 : 0.3,
        reason: servesTier ? `Coaches ${leader.tier.replace(/_/g, ' ')}s` : null,
      },
      { factor: 'sharedLanguage', ...sharedLanguage(leader, coach) },
      { factor: 'timeZoneOverlap', ...timeZoneOverlap(leader, coach, at) },
    ],
    weights,
  );
}
