import type { EngagementChange } from '../../contract/outcomes.js';
import { differenceInDifferences } from '../stats/index.js';
import { mean } from '../stats/summary.js';
import { notEnoughData, unlessConstant } from './not-enough-data.js';
import { requiredN, type OutcomeOptions } from './options.js';

/** A leader's shown team pulse scores by quarter (`YYYY-Qn`); a quarter whose pulse was not shown is absent. */
export type EngagementLeader = { leaderId: string; isParticipant: boolean; scores: Record<string, number> };

/** The outcome options and, in words, who the comparison leaders are. */
export type EngagementOptions = OutcomeOptions & { comparisonRule: string };

export const parallelTrendsAssumption =
  "The estimate assumes parallel trends: without the program, engagement in participants' teams would have " +
  'moved alike to engagement in the comparison teams. Leaders were not assigned to the program at random, ' +
  'so a difference may also come from how they were chosen.';

/**
 * Team engagement of the program's leaders against comparison leaders: difference in differences between
 * the last quarter with scores before `startQuarter` and the latest quarter with scores after it.
 * Pass only closed quarters: the latest one after the start is taken as it is.
 * @example summarizeEngagementChange(leaders, '2026-Q2', { ...defaultOutcomeOptions, comparisonRule }).result
 */
export function summarizeEngagementChange(
  leaders: readonly EngagementLeader[],
  startQuarter: string,
  options: EngagementOptions,
): EngagementChange {
  const minimumN = requiredN(options);
  // `YYYY-Qn` sorts as text in time order.
  const quarters = [...new Set(leaders.flatMap((leader) => quartersScored(leader)))].sort();
  const beforeQuarter = quarters.filter((quarter) => quarter < startQuarter).at(-1) ?? null;
  const afterQuarter = quarters.filter((quarter) => quarter > startQuarter).at(-1) ?? null;
  const participants = leaders.filter((leader) => leader.isParticipant);
  const comparison = leaders.filter((leader) => !leader.isParticipant);
  const treated = panel(participants, beforeQuarter, afterQuarter);
  const control = panel(comparison, beforeQuarter, afterQuarter);
  const groupSummary = (group: Panel) => ({
    leaders: group.before.length,
    before: group.before.length >= minimumN ? mean(group.before) : null,
    after: group.after.length >= minimumN ? mean(group.after) : null,
  });
  return {
    beforeQuarter,
    afterQuarter,
    participants: groupSummary(treated),
    comparison: groupSummary(control),
    result: estimate(treated, control, beforeQuarter, afterQuarter, startQuarter, options),
    comparisonRule: options.comparisonRule,
    assumption: parallelTrendsAssumption,
    trend: quarters.map((quarter) => ({
      quarter,
      participants: trendPoint(participants, quarter, minimumN),
      comparison: trendPoint(comparison, quarter, minimumN),
    })),
  };
}

type Panel = { before: number[]; after: number[] };

function scoreIn(leader: EngagementLeader, quarter: string): number | null {
  if (!Object.hasOwn(leader.scores, quarter)) return null;
  const score = leader.scores[quarter];
  return typeof score === 'number' ? score : null;
}

function quartersScored(leader: EngagementLeader): string[] {
  return Object.keys(leader.scores).filter((quarter) => scoreIn(leader, quarter) !== null);
}

/** The leaders scored in both quarters, each their own baseline. */
function panel(group: readonly EngagementLeader[], beforeQuarter: string | null, afterQuarter: string | null): Panel {
  const before: number[] = [];
  const after: number[] = [];
  if (beforeQuarter === null || afterQuarter === null) return { before, after };
  for (const leader of group) {
    const first = scoreIn(leader, beforeQuarter);
    const last = scoreIn(leader, afterQuarter);
    if (first === null || last === null) continue;
    before.push(first);
    after.push(last);
  }
  return { before, after };
}

function estimate(
  treated: Panel,
  control: Panel,
  beforeQuarter: string | null,
  afterQuarter: string | null,
  startQuarter: string,
  options: EngagementOptions,
): EngagementChange['result'] {
  const minimumN = requiredN(options);
  if (beforeQuarter === null) {
    const reason = `No quarter before the program's start (${startQuarter}) has a shown engagement score, so there is no before to compare with.`;
    return notEnoughData(0, minimumN, reason);
  }
  if (afterQuarter === null) {
    const reason = `No quarter after the program's start (${startQuarter}) has a shown engagement score yet.`;
    return notEnoughData(0, minimumN, reason);
  }
  const n = Math.min(treated.before.length, control.before.length);
  if (n < minimumN) {
    const reason =
      `${treated.before.length} of the program's leaders and ${control.before.length} comparison leaders have shown ` +
      `engagement scores in both ${beforeQuarter} and ${afterQuarter}; each group needs at least ${minimumN}.`;
    return notEnoughData(n, minimumN, reason);
  }
  const result = unlessConstant(() =>
    differenceInDifferences(treated.before, treated.after, control.before, control.after, options.confidence),
  );
  if (result === null) {
    const reason = `Every leader's team engagement changed by the same amount within each group, so there is no variation to estimate the uncertainty from.`;
    return notEnoughData(n, minimumN, reason);
  }
  return { status: 'ok', estimate: result.estimate, ci: result.ci, p: result.p };
}

function trendPoint(
  group: readonly EngagementLeader[],
  quarter: string,
  minimumN: number,
): { n: number; mean: number | null } {
  const scores = group.flatMap((leader) => {
    const score = scoreIn(leader, quarter);
    return score === null ? [] : [score];
  });
  // A group mean of fewer leaders than the minimum is never shown, however well each team's pulse was answered.
  return { n: scores.length, mean: scores.length >= minimumN ? mean(scores) : null };
}
