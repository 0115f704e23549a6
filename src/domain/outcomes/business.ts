import type { BusinessOutcome } from '../../contract/outcomes.js';
import { oneSampleTTest, wilsonInterval } from '../stats/index.js';
import { notEnoughData, onlyCount, unlessConstant } from './not-enough-data.js';
import { defaultOutcomeOptions, requiredN, type OutcomeOptions } from './options.js';

/** A business metric the program tracks, from a baseline towards a target (which may lie below it). */
export type BusinessOutcomeDefinition = {
  id: string;
  kind: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
};

/** One measurement of the metric for a leader's team; `measuredOn` is a `YYYY-MM-DD` day. */
export type OutcomeMeasurement = { leader: { id: string; name: string }; measuredOn: string; value: number };

/**
 * Each leader's latest measurement, sorted by leader name; of two on the same day the later in the list wins.
 * @example latestPerLeader([{ leader, measuredOn: '2026-01-31', value: 4 }, { leader, measuredOn: '2026-03-31', value: 6 }]) // the 6
 */
export function latestPerLeader(measurements: readonly OutcomeMeasurement[]): OutcomeMeasurement[] {
  const latest = new Map<string, OutcomeMeasurement>();
  for (const measurement of measurements) {
    const kept = latest.get(measurement.leader.id);
    // Days written YYYY-MM-DD compare as text in time order.
    if (kept === undefined || measurement.measuredOn >= kept.measuredOn) latest.set(measurement.leader.id, measurement);
  }
  return [...latest.values()]
    .map(({ leader, measuredOn, value }) => ({ leader: { id: leader.id, name: leader.name }, measuredOn, value }))
    .sort(
      (left, right) =>
        left.leader.name.localeCompare(right.leader.name) || compareText(left.leader.id, right.leader.id),
    );
}

/**
 * Whether a value has reached the target in the target's direction: up when the target lies above the
 * baseline, down otherwise (turnover, time to hire).
 * @example reachesTarget(12, { baseline: 18, target: 12 }) // true
 */
export function reachesTarget(value: number, outcome: { baseline: number; target: number }): boolean {
  return outcome.target > outcome.baseline ? value >= outcome.target : value <= outcome.target;
}

/**
 * A business metric across the program's leaders' teams: the mean of each team's latest value with a
 * t interval, and how many teams are at or beyond the target, with a Wilson interval.
 * @example summarizeBusinessOutcome(turnover, measurements).result.atTarget.share // 0.6
 */
export function summarizeBusinessOutcome(
  outcome: BusinessOutcomeDefinition,
  measurements: readonly OutcomeMeasurement[],
  options: OutcomeOptions = defaultOutcomeOptions,
): BusinessOutcome {
  const latest = latestPerLeader(measurements);
  const n = latest.length;
  const minimumN = requiredN(options);
  const values = latest.map((measurement) => measurement.value);
  return {
    outcomeId: outcome.id,
    kind: outcome.kind,
    name: outcome.name,
    unit: outcome.unit,
    baseline: outcome.baseline,
    target: outcome.target,
    n,
    result: summarizeValues(values, outcome, minimumN, options.confidence),
    measurements: latest,
  };
}

function summarizeValues(
  values: number[],
  outcome: BusinessOutcomeDefinition,
  minimumN: number,
  confidence: number,
): BusinessOutcome['result'] {
  const n = values.length;
  if (n < minimumN) {
    const reason = `${onlyCount(n, "leader's team has", "leaders' teams have")} a measurement of ${outcome.name}; figures need at least ${minimumN}.`;
    return notEnoughData(n, minimumN, reason);
  }
  const test = unlessConstant(() => oneSampleTTest(values, 0, confidence));
  if (test === null) {
    const reason = `All ${n} teams have the same latest ${outcome.name}, so there is no spread to estimate the uncertainty of the mean from.`;
    return notEnoughData(n, minimumN, reason);
  }
  const count = values.filter((value) => reachesTarget(value, outcome)).length;
  const share = wilsonInterval(count, n, confidence);
  return {
    status: 'ok',
    mean: test.mean,
    ci: test.ci,
    atTarget: { count, share: share.proportion, ci: [share.lower, share.upper] },
  };
}

function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
