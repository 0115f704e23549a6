/**
 * Who may be shown in a 360 report. Raters answer on the promise that nobody can tell what they
 * said, so a group's scores and comments appear only when enough people answered in it.
 *
 * The rules, from the product owner:
 * - A group (peers, direct reports, others) is shown on its own with at least `threshold` responses.
 * - The manager group is shown whenever a manager answered, even alone, and is always labelled
 *   attributed: a manager answers without knowing whether another manager will, so their answers
 *   are never promised anonymity.
 * - A group below the threshold is merged into "others" when the merged group reaches the
 *   threshold and the small group cannot be worked out by subtracting shown groups from a shown
 *   total. Otherwise it is suppressed, and so is a plain "others" group still below the threshold.
 *
 * Totals: any "all raters" figure is computed ONLY from the displayed groups (non-manager groups,
 * plus the manager if the caller asks), never from every answer received. `buildReport` does so.
 * With that rule the shown groups are disjoint and the total is their sum, so subtracting shown
 * figures from one another yields only sums of whole displayed groups: a small group merged into
 * "others" together with at least one other group that answered can never be singled out, and a
 * "others" group that would hold a single small group alone is below the threshold and suppressed.
 */
import { AssessmentInputError } from './errors.js';

export const raterGroups = ['self', 'manager', 'peers', 'direct_reports', 'others'] as const;
export type RaterGroup = (typeof raterGroups)[number];

/** The groups that give feedback to someone else, in the order reports show them. */
export const feedbackGroups = ['manager', 'peers', 'direct_reports', 'others'] as const;
export type FeedbackGroup = Exclude<RaterGroup, 'self'>;

export type RaterCounts = Record<FeedbackGroup, number>;

export type DisclosedGroup = {
  label: FeedbackGroup;
  /** The rater groups whose answers are pooled under `label`; only groups with responses. */
  members: FeedbackGroup[];
  responses: number;
  /** True only for the manager group: its answers are shown as the manager's. */
  isAttributed: boolean;
};

export type Disclosure = {
  /** In the order manager, peers, direct reports, others; their members never overlap. */
  groups: DisclosedGroup[];
  /** Groups that answered but must not appear anywhere in the report. */
  suppressed: FeedbackGroup[];
};

/** The fewest responses a group needs before its answers are shown; an organization may ask for more. */
export const minimumAnonymityThreshold = 3;

/** Why `threshold` cannot be used, or null when it can. @example checkThreshold(2) // 'must be a whole number of at least 3' */
export function checkThreshold(threshold: number): string | null {
  return Number.isSafeInteger(threshold) && threshold >= minimumAnonymityThreshold
    ? null
    : `must be a whole number of at least ${minimumAnonymityThreshold}`;
}

/**
 * Which rater groups a 360 report may show, and which it must suppress, given the number of
 * responses per group. Throws `AssessmentInputError` on a bad threshold or count.
 * @example planDisclosure({ manager: 1, peers: 4, direct_reports: 2, others: 2 })
 *   // groups: manager (attributed), peers (4), others = others + direct reports (4); suppressed: []
 */
export function planDisclosure(counts: RaterCounts, threshold: number = minimumAnonymityThreshold): Disclosure {
  const thresholdProblem = checkThreshold(threshold);
  if (thresholdProblem !== null) throw new AssessmentInputError('threshold', thresholdProblem);
  for (const group of feedbackGroups) {
    const count = counts[group];
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new AssessmentInputError(`counts.${group}`, 'must be a whole number of at least 0');
    }
  }

  const groups: DisclosedGroup[] = [];
  if (counts.manager > 0) {
    groups.push({ label: 'manager', members: ['manager'], responses: counts.manager, isAttributed: true });
  }
  const small: FeedbackGroup[] = [];
  for (const group of ['peers', 'direct_reports'] as const) {
    if (counts[group] >= threshold) {
      groups.push({ label: group, members: [group], responses: counts[group], isAttributed: false });
    } else if (counts[group] > 0) {
      small.push(group);
    }
  }
  // Merging every small group at once is never worse than merging some: it only adds responses,
  // and (see the file comment) the merged group can be singled out only if it holds one group.
  const merged = counts.others > 0 ? [...small, 'others' as const] : small;
  const mergedResponses = merged.reduce((sum, group) => sum + counts[group], 0);
  if (merged.length > 0 && mergedResponses >= threshold) {
    groups.push({ label: 'others', members: merged, responses: mergedResponses, isAttributed: false });
    return { groups, suppressed: [] };
  }
  return { groups, suppressed: merged };
}
