import { zCritical } from './distributions.js';
import { checkConfidence, checkEvents, checkSameLength, checkSample } from './validate.js';

/** One step of a Kaplan–Meier curve: the estimate just after `time`. */
export type KaplanMeierRow = {
  time: number;
  atRisk: number;
  events: number;
  survival: number;
  /** Greenwood standard error of the survival estimate; null once survival reaches 0. */
  standardError: number | null;
  lower: number | null;
  upper: number | null;
};

/** Survival times grouped by distinct time, ascending, with how many were at risk and how many had the event. */
export function riskTable(
  times: readonly number[],
  events: readonly (0 | 1)[],
): { time: number; atRisk: number; events: number }[] {
  const order = times.map((_, index) => index).sort((left, right) => times[left]! - times[right]!);
  const table: { time: number; atRisk: number; events: number }[] = [];
  let position = 0;
  while (position < order.length) {
    const time = times[order[position]!]!;
    // Everyone whose time is ≥ this one is at risk; censored at this very time counts as still at risk (as R).
    const atRisk = order.length - position;
    let eventCount = 0;
    while (position < order.length && times[order[position]!] === time) {
      eventCount += events[order[position]!]!;
      position += 1;
    }
    table.push({ time, atRisk, events: eventCount });
  }
  return table;
}

/**
 * Kaplan–Meier estimate, one row per distinct event time, with Greenwood standard errors and the
 * log-transformed interval of R's survfit (conf.type = "log"), upper bound capped at 1.
 */
export function kaplanMeier(times: number[], events: (0 | 1)[], confidence = 0.95): KaplanMeierRow[] {
  checkSample('times', times);
  checkEvents('events', events);
  checkSameLength('events', events, 'times', times);
  checkConfidence(confidence);
  const z = zCritical(confidence);
  const rows: KaplanMeierRow[] = [];
  let survival = 1;
  let greenwoodSum = 0;
  for (const { time, atRisk, events: eventCount } of riskTable(times, events)) {
    if (eventCount === 0) continue;
    survival *= 1 - eventCount / atRisk;
    // Σ d/(n(n−d)) is the variance of log S; it is infinite once everyone at risk has had the event.
    greenwoodSum += atRisk === eventCount ? Infinity : eventCount / (atRisk * (atRisk - eventCount));
    if (!Number.isFinite(greenwoodSum)) {
      rows.push({ time, atRisk, events: eventCount, survival, standardError: null, lower: null, upper: null });
      continue;
    }
    const logStandardError = Math.sqrt(greenwoodSum);
    rows.push({
      time,
      atRisk,
      events: eventCount,
      survival,
      standardError: survival * logStandardError,
      lower: survival * Math.exp(-z * logStandardError),
      upper: Math.min(1, survival * Math.exp(z * logStandardError)),
    });
  }
  return rows;
}
