import type { FeedbackChange, FeedbackChangeRow } from '../../contract/outcomes.js';
import { pairedTTest } from '../stats/index.js';
import { mean } from '../stats/summary.js';
import { notEnoughData, onlyCount, unlessConstant } from './not-enough-data.js';
import { defaultOutcomeOptions, requiredN, type OutcomeOptions } from './options.js';

/** Competency scores by competency key; null for a competency nobody shown in the report scored. */
export type CompetencyScores = Record<string, number | null>;

/** One participant's scores from their closed pre and post 360s; null when there is no such closed cycle. */
export type FeedbackParticipant = { personId: string; pre: CompetencyScores | null; post: CompetencyScores | null };

export type CompetencyLabel = { key: string; label: string };

export const feedbackChangeMethod =
  "A participant's score on a competency is the mean rating others gave them in their own pre or post 360 " +
  'report, their self-rating excluded, counting only rater groups that met the anonymity threshold. ' +
  'The change is post minus pre for the participants with both a closed pre and a closed post 360; ' +
  'participants without both are counted above, not dropped silently.';

/**
 * Pre against post 360 scores per competency, and over all competencies, for the participants with both.
 * @example summarizeFeedbackChange(participants, [{ key: 'coaching', label: 'Coaching' }]).overall.result.status // 'ok'
 */
export function summarizeFeedbackChange(
  participants: readonly FeedbackParticipant[],
  competencies: readonly CompetencyLabel[],
  options: OutcomeOptions = defaultOutcomeOptions,
): FeedbackChange {
  const withBoth = participants.flatMap(({ pre, post }) => (pre !== null && post !== null ? [{ pre, post }] : []));
  const rows = competencies.map(({ key, label }) => {
    const pairs = withBoth.flatMap(({ pre, post }) => {
      const before = scoreOf(pre, key);
      const after = scoreOf(post, key);
      return before !== null && after !== null ? [{ before, after }] : [];
    });
    return changeRow(key, label, pairs, `both a pre and a post 360 score on ${label}`, options);
  });
  // Each participant weighs the same overall, whatever number of competencies both of their cycles scored.
  const overallPairs = withBoth.flatMap(({ pre, post }) => {
    const shared = competencies.flatMap(({ key }) => {
      const before = scoreOf(pre, key);
      const after = scoreOf(post, key);
      return before !== null && after !== null ? [{ before, after }] : [];
    });
    if (shared.length === 0) return [];
    return [{ before: mean(shared.map((pair) => pair.before)), after: mean(shared.map((pair) => pair.after)) }];
  });
  return {
    participants: participants.length,
    withBoth: withBoth.length,
    onlyPre: participants.filter(({ pre, post }) => pre !== null && post === null).length,
    onlyPost: participants.filter(({ pre, post }) => pre === null && post !== null).length,
    neither: participants.filter(({ pre, post }) => pre === null && post === null).length,
    competencies: rows,
    overall: changeRow('overall', 'All competencies', overallPairs, 'both a pre and a post 360', options),
    method: feedbackChangeMethod,
  };
}

function scoreOf(scores: CompetencyScores, key: string): number | null {
  // Own keys only: a competency called "constructor" must not find Object.prototype's.
  if (!Object.hasOwn(scores, key)) return null;
  return scores[key] ?? null;
}

function changeRow(
  key: string,
  label: string,
  pairs: readonly { before: number; after: number }[],
  having: string,
  options: OutcomeOptions,
): FeedbackChangeRow {
  const n = pairs.length;
  const minimumN = requiredN(options);
  if (n < minimumN) {
    const reason = `${onlyCount(n, 'participant has', 'participants have')} ${having}; figures need at least ${minimumN}.`;
    return { key, label, n, result: notEnoughData(n, minimumN, reason) };
  }
  const before = pairs.map((pair) => pair.before);
  const after = pairs.map((pair) => pair.after);
  const test = unlessConstant(() => pairedTTest(before, after, options.confidence));
  if (test === null) {
    const reason = `All ${n} participants with ${having} changed by the same amount, so there is no variation in change to estimate its uncertainty from.`;
    return { key, label, n, result: notEnoughData(n, minimumN, reason) };
  }
  return {
    key,
    label,
    n,
    result: {
      status: 'ok',
      preMean: mean(before),
      postMean: mean(after),
      meanChange: test.meanDifference,
      ci: test.ci,
      p: test.p,
      cohensDz: test.cohensDz,
      hedgesGz: test.hedgesGz,
    },
  };
}
