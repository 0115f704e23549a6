import type { ReadinessTimelines, Retention, SurvivalCurve } from '../../contract/outcomes.js';
import type { Tier, tiers } from '../../contract/people.js';
import { kaplanMeier, logRankTest } from '../stats/index.js';
import { notEnoughData } from './not-enough-data.js';
import { defaultOutcomeOptions, requiredN, type OutcomeOptions } from './options.js';

/** Months followed, and whether the event happened then (1) or following stopped without it (0, censored). */
export type SurvivalSubject = { months: number; event: 0 | 1 };

/** Someone in the program: their tier, months from enrollment, and 1 when first assessed ready now. */
export type ReadinessSubject = SurvivalSubject & { tier: Tier };

// Typed as the contract's own tuple, so a tier added, dropped or moved there fails to compile here.
const tierOrder: typeof tiers = [
  'executive',
  'senior_leader',
  'middle_manager',
  'frontline_manager',
  'individual_contributor',
];

const tierLabels: Record<Tier, string> = {
  executive: 'Executives',
  senior_leader: 'Senior leaders',
  middle_manager: 'Middle managers',
  frontline_manager: 'Frontline managers',
  individual_contributor: 'Individual contributors',
};

export const readinessCensoring =
  'Someone who leaves before being assessed ready now, or is not yet ready now today, is censored at that ' +
  'point: counted as not yet ready for as long as they were followed, not as a failure.';

export const retentionMethod =
  "Time runs from the program's start until someone leaves the organization; anyone still employed today " +
  'is censored at today.';

/**
 * A Kaplan–Meier curve in months, shown only from the minimum number of subjects up.
 * @example survivalCurve('Frontline managers', subjects).medianMonths // 9
 */
export function survivalCurve(
  label: string,
  subjects: readonly SurvivalSubject[],
  options: OutcomeOptions = defaultOutcomeOptions,
): SurvivalCurve {
  const n = subjects.length;
  const events = subjects.filter((subject) => subject.event === 1).length;
  if (n < requiredN(options)) return { label, n, events, points: [], medianMonths: null, isShown: false };
  const rows = kaplanMeier(
    subjects.map((subject) => subject.months),
    subjects.map((subject) => subject.event),
    options.confidence,
  );
  const points = rows.map((row) => ({
    months: row.time,
    atRisk: row.atRisk,
    events: row.events,
    survival: row.survival,
    // The bounds are missing only once survival has reached 0, where the log interval is undefined;
    // the contract wants numbers, so the point's interval collapses onto the estimate.
    lower: row.lower ?? 0,
    upper: row.upper ?? 0,
  }));
  const median = points.find((point) => point.survival <= 0.5);
  return { label, n, events, points, medianMonths: median?.months ?? null, isShown: true };
}

/**
 * Time from enrollment to a first "ready now" assessment, one curve per tier present, in tier order.
 * @example summarizeReadiness([{ tier: 'frontline_manager', months: 8, event: 1 }, …]).tiers[0].curve.label // 'Frontline managers'
 */
export function summarizeReadiness(
  people: readonly ReadinessSubject[],
  options: OutcomeOptions = defaultOutcomeOptions,
): ReadinessTimelines {
  return {
    tiers: tierOrder.flatMap((tier) => {
      const group = people.filter((person) => person.tier === tier);
      return group.length === 0 ? [] : [{ tier, curve: survivalCurve(tierLabels[tier], group, options) }];
    }),
    censoring: readinessCensoring,
  };
}

/**
 * Staying in the organization: high-potential participants against high-potential people outside the
 * program, with a log-rank test when both curves are shown and someone has left.
 * @example summarizeRetention(participants, comparison).logRank.status // 'ok'
 */
export function summarizeRetention(
  participants: readonly SurvivalSubject[],
  comparison: readonly SurvivalSubject[],
  options: OutcomeOptions = defaultOutcomeOptions,
): Retention {
  const participantCurve = survivalCurve('High-potential participants', participants, options);
  const comparisonCurve = survivalCurve('High-potential people outside the program', comparison, options);
  return {
    participants: participantCurve,
    comparison: comparisonCurve,
    logRank: compareRetention(participants, comparison, participantCurve, comparisonCurve, options),
    method: retentionMethod,
  };
}

function compareRetention(
  participants: readonly SurvivalSubject[],
  comparison: readonly SurvivalSubject[],
  participantCurve: SurvivalCurve,
  comparisonCurve: SurvivalCurve,
  options: OutcomeOptions,
): Retention['logRank'] {
  const minimumN = requiredN(options);
  const total = participants.length + comparison.length;
  if (!participantCurve.isShown || !comparisonCurve.isShown) {
    const reason =
      `${participants.length} high-potential participants and ${comparison.length} high-potential people outside ` +
      `the program are followed; each group needs at least ${minimumN}.`;
    return notEnoughData(Math.min(participants.length, comparison.length), minimumN, reason);
  }
  if (participantCurve.events + comparisonCurve.events === 0) {
    return notEnoughData(
      total,
      minimumN,
      'Nobody in either group has left the organization yet, so there is nothing to compare.',
    );
  }
  const groups = [participants, comparison].map((group) => ({
    times: group.map((subject) => subject.months),
    events: group.map((subject) => subject.event),
  }));
  const unestimable = notEnoughData(
    total,
    minimumN,
    'The groups cannot be compared: when people left, too few in one of the groups were still being followed.',
  );
  try {
    const { chiSquare, df, p } = logRankTest(groups);
    // df 0: one group had nobody left at risk at any time someone left, so it carries no information.
    return df < 1 ? unestimable : { status: 'ok', chiSquare, df, p };
  } catch (error) {
    if (error instanceof RangeError && error.message.includes('too few subjects at risk')) return unestimable;
    throw error;
  }
}
