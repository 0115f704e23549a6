import type { MatchingPerson } from './candidates.js';
import { hoursApart } from './time-zones.js';

export type PairKey = `${string}→${string}`;

export const pairKey = (menteeId: string, mentorId: string): PairKey => `${menteeId}→${mentorId}`;

/** The rules no score can outweigh. Every switch is per program. */
export type HardRules = {
  reportingLine: {
    /** The mentor may not be the mentee's manager (nor the mentee the mentor's). */
    excludeManager: boolean;
    /** Nor the manager's manager. */
    excludeManagersManager: boolean;
    /** Nor someone with the same manager. */
    excludeSameManagerPeers: boolean;
  };
  /** Hours between the two clocks; null for no limit. */
  maxTimeZoneDifferenceHours: number | null;
  /** Mentee → the one mentor they must be paired with. */
  mustPairs: ReadonlyMap<string, string>;
  neverPairs: ReadonlySet<PairKey>;
  /** Pairs matched before, excluded when `excludePreviousPairs` is on. */
  previousPairs: ReadonlySet<PairKey>;
  excludePreviousPairs: boolean;
};

export const defaultHardRules: HardRules = {
  reportingLine: { excludeManager: true, excludeManagersManager: true, excludeSameManagerPeers: false },
  maxTimeZoneDifferenceHours: null,
  mustPairs: new Map(),
  neverPairs: new Set(),
  previousPairs: new Set(),
  excludePreviousPairs: true,
};

type HardRule = {
  isBroken: (mentee: MatchingPerson, mentor: MatchingPerson, rules: HardRules, at: Date) => boolean;
  words: (rules: HardRules) => string;
};

const managerOf = (person: MatchingPerson) => person.reportingChain[0];

/** Only build a pair's key when a list could hold it: scoring asks for every pair of a cohort. */
const isListed = (list: ReadonlySet<PairKey>, mentee: MatchingPerson, mentor: MatchingPerson) =>
  list.size > 0 && list.has(pairKey(mentee.id, mentor.id));

/** The hard rules, each with its test and its words, in the order a refusal lists them. */
const hardRules: HardRule[] = [
  {
    isBroken: (mentee, mentor, rules) =>
      rules.reportingLine.excludeManager && (managerOf(mentee) === mentor.id || managerOf(mentor) === mentee.id),
    words: () => 'in the same reporting line (direct manager)',
  },
  {
    isBroken: (mentee, mentor, rules) =>
      rules.reportingLine.excludeManagersManager &&
      (mentee.reportingChain[1] === mentor.id || mentor.reportingChain[1] === mentee.id),
    words: () => "in the same reporting line (manager's manager)",
  },
  {
    isBroken: (mentee, mentor, rules) =>
      rules.reportingLine.excludeSameManagerPeers &&
      managerOf(mentee) !== undefined &&
      managerOf(mentee) === managerOf(mentor),
    words: () => 'peers under the same manager',
  },
  {
    isBroken: (mentee, mentor, rules, at) =>
      rules.maxTimeZoneDifferenceHours !== null &&
      hoursApart(mentee.timeZone, mentor.timeZone, at) > rules.maxTimeZoneDifferenceHours,
    words: (rules) => `more than ${rules.maxTimeZoneDifferenceHours} hours apart`,
  },
  {
    isBroken: (mentee, mentor, rules) => {
      const mustPartner = rules.mustPairs.get(mentee.id);
      return mustPartner !== undefined && mustPartner !== mentor.id;
    },
    words: () => 'the mentee must be paired with someone else',
  },
  {
    isBroken: (mentee, mentor, rules) => isListed(rules.neverPairs, mentee, mentor),
    words: () => 'on the never-pair list',
  },
  {
    isBroken: (mentee, mentor, rules) => rules.excludePreviousPairs && isListed(rules.previousPairs, mentee, mentor),
    words: () => 'matched before',
  },
];

/** Every hard rule the pair breaks, in words; empty when the pair is allowed. */
export function checkHardRules(mentee: MatchingPerson, mentor: MatchingPerson, rules: HardRules, at: Date): string[] {
  if (mentee.id === mentor.id) return ['the same person'];
  return hardRules.filter((rule) => rule.isBroken(mentee, mentor, rules, at)).map((rule) => rule.words(rules));
}

/** Whether no hard rule forbids the pair: `checkHardRules` without the words. */
export function isPairAllowed(mentee: MatchingPerson, mentor: MatchingPerson, rules: HardRules, at: Date): boolean {
  return mentee.id !== mentor.id && !hardRules.some((rule) => rule.isBroken(mentee, mentor, rules, at));
}
