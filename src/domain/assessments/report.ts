/**
 * The 360 report: the leader's own view next to what others see, per competency, within the
 * anonymity rules of anonymity.ts.
 *
 * What may enter a number or a comment list:
 * - only responses of displayed groups (see `planDisclosure`); suppressed raters' answers are
 *   checked for validity and otherwise never read;
 * - per scale, a non-manager group counts only when at least `threshold` of its raters answered
 *   an item of that scale. Otherwise its mean is null and its raters stay out of that scale's
 *   `others` and `distribution`, or subtracting the shown groups from `others` would reveal the
 *   few who did answer;
 * - `others` pools the counted non-manager groups, plus the manager unless the caller says not to.
 */
import {
  planDisclosure,
  raterGroups,
  checkThreshold,
  minimumAnonymityThreshold,
  type Disclosure,
  type FeedbackGroup,
  type RaterCounts,
  type RaterGroup,
} from './anonymity.js';
import { AssessmentInputError } from './errors.js';
import { answerOf, checkAnswers, scoreAnswers, type Answers, type Instrument } from './instrument.js';
import { seededRandom, shuffled } from './seeded-shuffle.js';

export type RaterResponse = { group: RaterGroup; answers: Answers };

export type ReportOptions = {
  /** At least `minimumAnonymityThreshold`; defaults to it. */
  threshold?: number;
  /** Orders the comments. Keep it stable per report (its id, say) so a reload does not reorder them. */
  seed: string;
  /** Whether the manager's answers count in each scale's `others` and `distribution`. Default true. */
  isManagerInOthers?: boolean;
};

export type Finding = 'blind_spot' | 'hidden_strength' | 'aligned';

/** How far apart, in scale points, the self-rating and others' mean must be to call a gap. */
export const findingMargin = 0.5;

export type GroupScore = {
  label: FeedbackGroup;
  isAttributed: boolean;
  /** Null when nobody in the group answered the scale, or (not for the manager) fewer than the threshold did. */
  mean: number | null;
  /** Raters in the group who answered at least one item of the scale. */
  responses: number;
};

export type ScaleReport = {
  scaleKey: string;
  label: string;
  /** The leader's own mean; averaged should they have answered more than once. */
  self: number | null;
  /** Every counted rater except the leader, each rater weighing the same. */
  others: { mean: number | null; responses: number };
  groups: GroupScore[];
  /** others − self. */
  gap: number | null;
  /** blind_spot: self ≥ others + 0.5; hidden_strength: others ≥ self + 0.5; null without both. */
  finding: Finding | null;
  /** How many of the raters in `others` have a scale mean that rounds (half up) to each point: index 0 is point 1. */
  distribution: number[];
};

export type ReportComment = { itemKey: string; text: string };

export type Report = {
  instrument: { key: string; version: number };
  threshold: number;
  disclosure: Disclosure;
  scales: ScaleReport[];
  /** Displayed non-manager groups' comments, pooled without names: by item, in seeded random order within an item. */
  comments: ReportComment[];
  /** The manager's comments, shown as theirs. */
  managerComments: ReportComment[];
  /** The leader's own comments. */
  selfComments: ReportComment[];
  responseCounts: { label: FeedbackGroup; responses: number }[];
};

export type ScaleChange = {
  scaleKey: string;
  label: string;
  preOthers: number | null;
  postOthers: number | null;
  /** postOthers − preOthers, null when either is missing. */
  change: number | null;
  preResponses: number;
  postResponses: number;
};

// Means of whole points are compared to a half point: allow for floating-point noise.
const tolerance = 1e-9;

/**
 * Builds the 360 report for one leader from every response received, their own included.
 * Throws `AssessmentInputError` on a bad threshold, rater group or answer, naming it.
 * @example buildReport(leadership360, responses, { seed: reportId }).scales[0].finding // 'hidden_strength'
 */
export function buildReport(instrument: Instrument, responses: RaterResponse[], options: ReportOptions): Report {
  const threshold = options.threshold ?? minimumAnonymityThreshold;
  const thresholdProblem = checkThreshold(threshold);
  if (thresholdProblem !== null) throw new AssessmentInputError('threshold', thresholdProblem);
  responses.forEach((response, index) => {
    if (!(raterGroups as readonly unknown[]).includes(response.group)) {
      throw new AssessmentInputError(`responses.${index}.group`, `must be one of ${raterGroups.join(', ')}`);
    }
    const problem = checkAnswers(instrument, response.answers)[0];
    if (problem !== undefined) {
      throw new AssessmentInputError(`responses.${index}.answers.${problem.path}`, problem.message);
    }
  });

  const counts: RaterCounts = { manager: 0, peers: 0, direct_reports: 0, others: 0 };
  for (const response of responses) if (response.group !== 'self') counts[response.group] += 1;
  const disclosure = planDisclosure(counts, threshold);

  const displayedIn = new Map<FeedbackGroup, FeedbackGroup>(
    disclosure.groups.flatMap((group) => group.members.map((member) => [member, group.label] as const)),
  );
  // From here on only these answers are read: suppressed raters are gone.
  const self = responses.filter((response) => response.group === 'self').map((response) => response.answers);
  const byLabel = new Map<FeedbackGroup, Answers[]>(disclosure.groups.map((group) => [group.label, []]));
  for (const response of responses) {
    const label = response.group === 'self' ? undefined : displayedIn.get(response.group);
    if (label !== undefined) byLabel.get(label)?.push(response.answers);
  }

  const isManagerInOthers = options.isManagerInOthers ?? true;
  const selfScores = self.map((answers) => scoreAnswers(instrument, answers));
  const groupScores = disclosure.groups.map((group) => ({
    group,
    scores: (byLabel.get(group.label) ?? []).map((answers) => scoreAnswers(instrument, answers)),
  }));

  const scales = instrument.scales.map((scale): ScaleReport => {
    const meansOf = (scores: ReturnType<typeof scoreAnswers>[]) =>
      scores.flatMap((score) => {
        const value = score[scale.key]?.mean;
        return value === null || value === undefined ? [] : [value];
      });
    const selfMean = mean(meansOf(selfScores));
    const pooled: number[] = [];
    const groups = groupScores.map(({ group, scores }): GroupScore => {
      const means = meansOf(scores);
      const isCounted = group.isAttributed || means.length >= threshold;
      if (isCounted && (!group.isAttributed || isManagerInOthers)) pooled.push(...means);
      return {
        label: group.label,
        isAttributed: group.isAttributed,
        mean: isCounted ? mean(means) : null,
        responses: means.length,
      };
    });
    const othersMean = mean(pooled);
    const gap = othersMean === null || selfMean === null ? null : othersMean - selfMean;
    const distribution = Array.from({ length: instrument.likert.points }, () => 0);
    for (const value of pooled) {
      const index = Math.round(value) - 1;
      distribution[index] = (distribution[index] ?? 0) + 1;
    }
    return {
      scaleKey: scale.key,
      label: scale.label,
      self: selfMean,
      others: { mean: othersMean, responses: pooled.length },
      groups,
      gap,
      finding: findingFor(gap),
      distribution,
    };
  });

  const nonManager = disclosure.groups.filter((group) => !group.isAttributed);
  const random = seededRandom(options.seed);
  const pooledComments = commentsOf(
    instrument,
    nonManager.flatMap((group) => byLabel.get(group.label) ?? []),
  );
  return {
    instrument: { key: instrument.key, version: instrument.version },
    threshold,
    disclosure,
    scales,
    // commentsOf sorts them by text, so the shuffle starts from an order that says nothing about
    // who wrote what: even someone who knows the seed learns nothing from the order shown.
    comments: pooledComments.flatMap((comments) => shuffled(comments, random)),
    managerComments: commentsOf(instrument, byLabel.get('manager') ?? []).flat(),
    selfComments: commentsOf(instrument, self).flat(),
    responseCounts: disclosure.groups.map(({ label, responses }) => ({ label, responses })),
  };
}

/** Others' mean per scale before and after, e.g. at the start and the end of a coaching engagement. */
export function compareReports(pre: Report, post: Report): ScaleChange[] {
  const postScales = new Map(post.scales.map((scale) => [scale.scaleKey, scale]));
  const preKeys = new Set(pre.scales.map((scale) => scale.scaleKey));
  // Scales are matched by key: a later instrument version may add or drop one.
  const rows = [
    ...pre.scales.map((scale) => {
      const after = postScales.get(scale.scaleKey);
      return { scale: after ?? scale, before: scale, after };
    }),
    ...post.scales
      .filter((scale) => !preKeys.has(scale.scaleKey))
      .map((scale) => ({ scale, before: undefined, after: scale })),
  ];
  return rows.map(({ scale, before, after }) => {
    const preOthers = before?.others.mean ?? null;
    const postOthers = after?.others.mean ?? null;
    return {
      scaleKey: scale.scaleKey,
      label: scale.label,
      preOthers,
      postOthers,
      change: preOthers === null || postOthers === null ? null : postOthers - preOthers,
      preResponses: before?.others.responses ?? 0,
      postResponses: after?.others.responses ?? 0,
    };
  });
}

function findingFor(gap: number | null): Finding | null {
  if (gap === null) return null;
  if (gap <= -findingMargin + tolerance) return 'blind_spot';
  if (gap >= findingMargin - tolerance) return 'hidden_strength';
  return 'aligned';
}

/** The mean, or null for no values. Summed in sorted order so the input order cannot change the last digit. */
function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
}

/**
 * The non-empty comments of these answer sets, one list per comment item in instrument order,
 * each sorted by text: a canonical order, so whatever order the answers came in cannot show through.
 */
function commentsOf(instrument: Instrument, answerSets: readonly Answers[]): ReportComment[][] {
  return instrument.items.flatMap((item) => {
    if (item.kind !== 'comment') return [];
    const texts = answerSets.flatMap((answers) => {
      const value = answerOf(answers, item.key);
      const text = typeof value === 'string' ? value.trim() : '';
      return text === '' ? [] : [text];
    });
    texts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return [texts.map((text) => ({ itemKey: item.key, text }))];
  });
}
