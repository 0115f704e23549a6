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

/** Every hard rule the pair breaks, in words; empty when the pair is allowed. */
export function checkHardRules(mentee: MatchingPerson, mentor: MatchingPerson, rules: HardRules, at: Date): string[] {
  const broken: string[] = [];
  if (mentee.id === mentor.id) return ['the same person'];
  const { reportingLine } = rules;
  const managerOf = (person: MatchingPerson) => person.reportingChain[0];
  if (reportingLine.excludeManager && (managerOf(mentee) === mentor.id || managerOf(mentor) === mentee.id)) {
    broken.push('in the same reporting line (direct manager)');
  }
  if (
    reportingLine.excludeManagersManager &&
    (mentee.reportingChain[1] === mentor.id || mentor.reportingChain[1] === mentee.id)
  ) {
    broken.push("in the same reporting line (manager's manager)");
  }
  if (
    reportingLine.excludeSameManagerPeers &&
    managerOf(mentee) !== undefined &&
    managerOf(mentee) === managerOf(mentor)
  ) {
    broken.push('peers under the same manager');
  }
  if (
    rules.maxTimeZoneDifferenceHours !== null &&
    hoursApart(mentee.timeZone, mentor.timeZone, at) > rules.maxTimeZoneDifferenceHours
  ) {
    broken.push(`more than ${rules.maxTimeZoneDifferenceHours} hours apart`);
  }
  const mustPartner = rules.mustPairs.get(mentee.id);
  if (mustPartner !== undefined && mustPartner !== mentor.id)
    broken.push('the mentee must be paired with someone else');
  const key = pairKey(mentee.id, mentor.id);
  if (rules.neverPairs.has(key)) broken.push('on the never-pair list');
  if (rules.excludePreviousPairs && rules.previousPairs.has(key)) broken.push('matched before');
  return broken;
}
