import { profileSimilarity } from '../../assessments/profile.js';
import { tierRanks, type MatchingCoach, type MatchingPerson } from './candidates.js';
import { checkHardRules, isPairAllowed, type HardRules } from './hard-rules.js';
import { workingHoursOverlap } from './time-zones.js';

export const mentoringFactors = [
  'complementaryFit',
  'seniorityGap',
  'functionFit',
  'timeZoneOverlap',
  'sharedLanguage',
  'preferences',
  'profileFit',
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
  profileFit: 5,
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

/** The competencies a person wants to build, each once. */
function targetsOf(person: MatchingPerson): string[] {
  const targets: string[] = [];
  for (const target of person.developmentCompetencies) if (!targets.includes(target)) targets.push(target);
  return targets;
}

/** How much stronger the mentor is than the mentee in one competency, 0–1 (four levels up is 1). */
function gainIn(mentee: MatchingPerson, mentor: MatchingPerson, target: string): number {
  return clamp((levelOf(mentor, target) - Math.max(1, levelOf(mentee, target))) / 4);
}

/** Strong where the mentee wants to grow: the mentor's level above the mentee's, per target competency. */
function complementaryFitValue(mentee: MatchingPerson, mentor: MatchingPerson): number {
  const targets = targetsOf(mentee);
  if (targets.length === 0) return 0.5;
  let sum = 0;
  for (const target of targets) sum += gainIn(mentee, mentor, target);
  return sum / targets.length;
}

function complementaryFitReason(mentee: MatchingPerson, mentor: MatchingPerson, settings: MentoringSettings) {
  const strong = targetsOf(mentee)
    .filter((target) => gainIn(mentee, mentor, target) >= 0.5)
    .map((target) => (settings.competencyLabels.get(target) ?? target.replace(/_/g, ' ')).toLowerCase());
  return strong.length
    ? `Strong in ${listInWords(strong.slice(0, 3))}, which ${firstName(mentee)} wants to build`
    : null;
}

function tierLevelsUp(mentee: MatchingPerson, mentor: MatchingPerson): number {
  return tierRanks[mentor.tier] - tierRanks[mentee.tier];
}

function yearsMore(mentee: MatchingPerson, mentor: MatchingPerson): number | null {
  return mentee.yearsOfExperience === null || mentor.yearsOfExperience === null
    ? null
    : mentor.yearsOfExperience - mentee.yearsOfExperience;
}

/** Senior enough to have walked the road, not so senior the gap silences the mentee. */
function seniorityGapValue(mentee: MatchingPerson, mentor: MatchingPerson): number {
  const levels = tierLevelsUp(mentee, mentor);
  const tierValue = levels <= -1 ? 0 : ([0.3, 1, 1, 0.6, 0.4][levels] ?? 0.4);
  const years = yearsMore(mentee, mentor);
  const yearValue = years === null ? 0.5 : years < 0 ? 0 : years < 3 ? 0.4 : years <= 15 ? 1 : 0.6;
  return 0.6 * tierValue + 0.4 * yearValue;
}

function seniorityGapReason(mentee: MatchingPerson, mentor: MatchingPerson): string | null {
  const levels = tierLevelsUp(mentee, mentor);
  const years = yearsMore(mentee, mentor);
  const parts: string[] = [];
  if (levels === 1) parts.push('one level more senior');
  if (levels === 2) parts.push('two levels more senior');
  if (years !== null && years >= 3) parts.push(`${years} more years of experience`);
  return parts.length ? capitalize(listInWords(parts)) : null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sharesIndustry(first: MatchingPerson, second: MatchingPerson): boolean {
  return first.industries.some((industry) => second.industries.includes(industry));
}

function functionFitValue(mentee: MatchingPerson, mentor: MatchingPerson, preference: FunctionPreference): number {
  const isSameFunction = mentee.function !== '' && mentee.function === mentor.function;
  switch (preference) {
    case 'same':
      return isSameFunction ? 1 : sharesIndustry(mentee, mentor) ? 0.6 : 0;
    case 'cross_functional':
      return isSameFunction ? 0 : 1;
    case 'any':
      return 0.5;
  }
}

function functionFitReason(mentee: MatchingPerson, mentor: MatchingPerson, preference: FunctionPreference) {
  const isSameFunction = mentee.function !== '' && mentee.function === mentor.function;
  if (preference === 'cross_functional') return `Brings a view from ${mentor.function || 'another function'}`;
  if (preference === 'any') return null;
  if (isSameFunction) return `Both work in ${mentor.function}`;
  const industry = mentee.industries.find((entry) => mentor.industries.includes(entry));
  return industry === undefined ? null : `Both know the ${industry} industry`;
}

function sharedLanguageValue(first: { languages: string[] }, second: { languages: string[] }): number {
  return first.languages.some((language) => second.languages.includes(language)) ? 1 : 0;
}

function sharedLanguageReason(first: { languages: string[] }, second: { languages: string[] }): string | null {
  // English is the common default: naming it as a reason says nothing.
  const notable = first.languages.filter((language) => language !== 'English' && second.languages.includes(language));
  return notable.length ? `Both speak ${listInWords(notable)}` : null;
}

function timeZoneOverlapValue(first: { timeZone: string }, second: { timeZone: string }, at: Date): number {
  return workingHoursOverlap(first.timeZone, second.timeZone, at) / 8;
}

function timeZoneOverlapReason(first: { timeZone: string }, second: { timeZone: string }, at: Date) {
  const hours = workingHoursOverlap(first.timeZone, second.timeZone, at);
  return hours === 8 ? 'Same working hours' : hours >= 4 ? `Working days overlap by ${hours} hours` : null;
}

function rankValue(choices: string[] | undefined, id: string): number | null {
  if (choices === undefined) return null;
  const rank = choices.indexOf(id);
  return rank < 0 ? 0 : 1 - rank / Math.max(choices.length, 1);
}

function preferencesValue(mentee: MatchingPerson, mentor: MatchingPerson, settings: MentoringSettings): number {
  const menteeValue = rankValue(settings.menteeChoices.get(mentee.id), mentor.id);
  const mentorValue = rankValue(settings.mentorChoices.get(mentor.id), mentee.id);
  if (menteeValue === null && mentorValue === null) return 0.5;
  if (menteeValue === null) return mentorValue!;
  if (mentorValue === null) return menteeValue;
  return (menteeValue + mentorValue) / 2;
}

function preferencesReason(mentee: MatchingPerson, mentor: MatchingPerson, settings: MentoringSettings) {
  const menteeRank = settings.menteeChoices.get(mentee.id)?.indexOf(mentor.id) ?? -1;
  const mentorRank = settings.mentorChoices.get(mentor.id)?.indexOf(mentee.id) ?? -1;
  const ordinal = ['first', 'second', 'third'][menteeRank];
  if (ordinal !== undefined) return `${firstName(mentee)}'s ${ordinal} choice`;
  return mentorRank >= 0 && mentorRank < 3 ? `${firstName(mentor)} asked for ${firstName(mentee)}` : null;
}

/**
 * How alike the two behavioural profiles are, 0–1; 0.5 (neutral) when either has none, so a missing
 * profile neither helps nor hurts. Alike, not complementary: in mentoring, felt similarity builds the
 * rapport the relationship runs on (decision 014).
 */
function profileFitValue(mentee: MatchingPerson, mentor: MatchingPerson): number {
  const first = mentee.behaviouralProfile;
  const second = mentor.behaviouralProfile;
  if (!first || !second || first.points !== second.points) return 0.5;
  return profileSimilarity(first.means, second.means, first.points) ?? 0.5;
}

function profileFitReason(mentee: MatchingPerson, mentor: MatchingPerson): string | null {
  return mentee.behaviouralProfile && mentor.behaviouralProfile && profileFitValue(mentee, mentor) >= 0.8
    ? 'Similar working styles in their behavioural profiles'
    : null;
}

/** A factor's points: its share of the weight times its value, on a 0–100 scale. */
function pointsOf(weight: number, value: number, totalWeight: number): number {
  return (100 * Math.max(0, weight) * clamp(value)) / totalWeight;
}

function totalWeightOf<Factor extends string>(factors: readonly Factor[], weights: Record<Factor, number>): number {
  let total = 0;
  for (const factor of factors) total += Math.max(0, weights[factor]);
  return total || 1;
}

/** The 0–100 score, rounded to cents. The one formula both the quick and the explained score use. */
function weightedTotal<Factor extends string>(
  factors: readonly Factor[],
  values: Record<Factor, number>,
  weights: Record<Factor, number>,
): number {
  const totalWeight = totalWeightOf(factors, weights);
  let sum = 0;
  for (const factor of factors) sum += pointsOf(weights[factor], values[factor], totalWeight);
  return Math.round(sum * 100) / 100;
}

/** The score with each factor's part and the two or three strongest reasons. */
function explain<Factor extends string>(
  factors: readonly Factor[],
  values: Record<Factor, number>,
  reasons: Record<Factor, string | null>,
  weights: Record<Factor, number>,
): PairScore<Factor> {
  const totalWeight = totalWeightOf(factors, weights);
  const parts = factors.map((factor) => ({
    factor,
    value: clamp(values[factor]),
    weight: Math.max(0, weights[factor]),
    points: pointsOf(weights[factor], values[factor], totalWeight),
    reason: reasons[factor],
  }));
  return {
    score: weightedTotal(factors, values, weights),
    factors: parts,
    reasons: parts
      .filter((part) => part.reason !== null && part.value >= 0.6 && part.weight > 0)
      .sort((a, b) => b.points - a.points)
      .slice(0, 3)
      .map((part) => part.reason!),
  };
}

function mentoringValues(
  mentee: MatchingPerson,
  mentor: MatchingPerson,
  settings: MentoringSettings,
  at: Date,
): Record<MentoringFactor, number> {
  return {
    complementaryFit: complementaryFitValue(mentee, mentor),
    seniorityGap: seniorityGapValue(mentee, mentor),
    functionFit: functionFitValue(mentee, mentor, settings.functionPreference),
    timeZoneOverlap: timeZoneOverlapValue(mentee, mentor, at),
    sharedLanguage: sharedLanguageValue(mentee, mentor),
    preferences: preferencesValue(mentee, mentor, settings),
    profileFit: profileFitValue(mentee, mentor),
  };
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
  const values = mentoringValues(mentee, mentor, settings, at);
  const reasons: Record<MentoringFactor, string | null> = {
    complementaryFit: complementaryFitReason(mentee, mentor, settings),
    seniorityGap: values.seniorityGap >= 0.7 ? seniorityGapReason(mentee, mentor) : null,
    functionFit: functionFitReason(mentee, mentor, settings.functionPreference),
    timeZoneOverlap: timeZoneOverlapReason(mentee, mentor, at),
    sharedLanguage: sharedLanguageReason(mentee, mentor),
    preferences: preferencesReason(mentee, mentor, settings),
    profileFit: profileFitReason(mentee, mentor),
  };
  return { isAllowed: true, score: explain(mentoringFactors, values, reasons, settings.weights) };
}

/**
 * The same score as `scoreMentoringPair`, without the breakdown and reasons: null when a hard rule
 * forbids the pair. Cheap enough for every pair of a large cohort.
 */
export function mentoringScore(
  mentee: MatchingPerson,
  mentor: MatchingPerson,
  settings: MentoringSettings,
  at: Date,
): number | null {
  if (!isPairAllowed(mentee, mentor, settings.rules, at)) return null;
  return weightedTotal(mentoringFactors, mentoringValues(mentee, mentor, settings, at), settings.weights);
}

function coachingValues(leader: MatchingPerson, coach: MatchingCoach, at: Date): Record<CoachingFactor, number> {
  const targets = targetsOf(leader);
  let covered = 0;
  for (const target of targets) if (coach.specialties.includes(target)) covered += 1;
  return {
    specialtyFit: targets.length === 0 ? 0.5 : covered / targets.length,
    clientSeniority: coach.clientTiers.includes(leader.tier) ? 1 : 0.3,
    sharedLanguage: sharedLanguageValue(leader, coach),
    timeZoneOverlap: timeZoneOverlapValue(leader, coach, at),
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
  const covered = targetsOf(leader).filter((target) => coach.specialties.includes(target));
  const label = (key: string) => (competencyLabels.get(key) ?? key.replace(/_/g, ' ')).toLowerCase();
  const reasons: Record<CoachingFactor, string | null> = {
    specialtyFit: covered.length ? `Specialises in ${listInWords(covered.slice(0, 3).map(label))}` : null,
    clientSeniority: coach.clientTiers.includes(leader.tier) ? `Coaches ${leader.tier.replace(/_/g, ' ')}s` : null,
    sharedLanguage: sharedLanguageReason(leader, coach),
    timeZoneOverlap: timeZoneOverlapReason(leader, coach, at),
  };
  return explain(coachingFactors, coachingValues(leader, coach, at), reasons, weights);
}

/** The same score as `scoreCoachingPair`, without the breakdown and reasons. */
export function coachingScore(
  leader: MatchingPerson,
  coach: MatchingCoach,
  weights: Record<CoachingFactor, number>,
  at: Date,
): number {
  return weightedTotal(coachingFactors, coachingValues(leader, coach, at), weights);
}
