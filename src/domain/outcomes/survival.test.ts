import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, logRankTest } from '../stats/index.js';
import { summarizeReadiness, summarizeRetention, survivalCurve } from './index.js';
import type { ReadinessSubject, SurvivalSubject } from './index.js';

function subjects(months: number[], events: (0 | 1)[]): SurvivalSubject[] {
  return months.map((value, index) => ({ months: value, event: events[index]! }));
}

describe('survivalCurve', () => {
  it('maps the Kaplan–Meier rows to points in months', () => {
    const months = [2, 3, 3, 5, 6, 8, 9, 12];
    const events: (0 | 1)[] = [1, 1, 0, 1, 0, 1, 0, 0];
    const curve = survivalCurve('Frontline managers', subjects(months, events));
    const rows = kaplanMeier(months, events);
    expect(curve).toMatchObject({ label: 'Frontline managers', n: 8, events: 4, isShown: true });
    expect(curve.points).toEqual(
      rows.map((row) => ({
        months: row.time,
        atRisk: row.atRisk,
        events: row.events,
        survival: row.survival,
        lower: row.lower,
        upper: row.upper,
      })),
    );
  });

  it('gives the median as the first time survival is at or below one half', () => {
    const curve = survivalCurve('All', subjects([1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 1, 1]));
    // 1 − 3/6 = 0.5 exactly after month 3.
    expect(curve.points[2]!.survival).toBe(0.5);
    expect(curve.medianMonths).toBe(3);
  });

  it('has no median while more than half are still without the event', () => {
    const curve = survivalCurve('All', subjects([1, 2, 3, 4, 5, 6], [1, 1, 0, 0, 0, 0]));
    expect(curve.medianMonths).toBeNull();
    expect(curve.isShown).toBe(true);
  });

  it('shows no points and no median for fewer than five subjects, but counts them', () => {
    const hidden = survivalCurve('Executives', subjects([1, 2, 3, 4], [1, 1, 1, 0]));
    expect(hidden).toEqual({ label: 'Executives', n: 4, events: 3, points: [], medianMonths: null, isShown: false });
    expect(survivalCurve('Nobody', [])).toEqual({
      label: 'Nobody',
      n: 0,
      events: 0,
      points: [],
      medianMonths: null,
      isShown: false,
    });
  });

  it('collapses the interval onto 0 once everyone has had the event', () => {
    const curve = survivalCurve('All', subjects([1, 2, 3, 4, 5], [1, 1, 1, 1, 1]));
    expect(curve.points.at(-1)).toEqual({ months: 5, atRisk: 1, events: 1, survival: 0, lower: 0, upper: 0 });
  });

  it('never shows a curve below the minimum, and stays within [0, 1] above it', () => {
    const subject = fc.record({ months: fc.integer({ min: 0, max: 36 }), event: fc.constantFrom<0 | 1>(0, 1) });
    fc.assert(
      fc.property(fc.array(subject, { maxLength: 30 }), fc.integer({ min: 2, max: 10 }), (group, minimumN) => {
        const curve = survivalCurve('Any', group, { minimumN, confidence: 0.95 });
        expect(curve.isShown).toBe(group.length >= minimumN);
        if (!curve.isShown) expect(curve.points).toEqual([]);
        for (const point of curve.points) {
          expect(point.lower).toBeGreaterThanOrEqual(0);
          expect(point.lower).toBeLessThanOrEqual(point.survival);
          expect(point.upper).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('summarizeReadiness', () => {
  const person = (tier: ReadinessSubject['tier'], months: number, event: 0 | 1): ReadinessSubject => ({
    tier,
    months,
    event,
  });

  it('draws one curve per tier present, in tier order, and explains censoring', () => {
    const people = [
      ...[3, 5, 8, 12, 14].map((months, index) => person('frontline_manager', months, index % 2 === 0 ? 1 : 0)),
      person('executive', 10, 1),
      person('middle_manager', 6, 0),
    ];
    const readiness = summarizeReadiness(people);
    expect(readiness.tiers.map(({ tier, curve }) => [tier, curve.label, curve.n, curve.isShown])).toEqual([
      ['executive', 'Executives', 1, false],
      ['middle_manager', 'Middle managers', 1, false],
      ['frontline_manager', 'Frontline managers', 5, true],
    ]);
    expect(readiness.censoring).toContain('censored');
    expect(readiness.censoring).toContain('not as a failure');
  });

  it('has no tiers without people', () => {
    expect(summarizeReadiness([]).tiers).toEqual([]);
  });
});

describe('summarizeRetention', () => {
  const participants = subjects([3, 6, 9, 12, 12, 15, 18, 24], [0, 1, 0, 0, 0, 1, 0, 0]);
  const comparison = subjects([2, 4, 5, 7, 9, 11, 14, 20, 24], [1, 1, 0, 1, 1, 0, 1, 0, 0]);

  it('tests the two curves with the log-rank test', () => {
    const retention = summarizeRetention(participants, comparison);
    const expected = logRankTest([
      { times: participants.map((subject) => subject.months), events: participants.map((subject) => subject.event) },
      { times: comparison.map((subject) => subject.months), events: comparison.map((subject) => subject.event) },
    ]);
    expect(retention.logRank).toEqual({ status: 'ok', ...expected });
    expect(retention.participants).toMatchObject({ label: 'High-potential participants', n: 8, events: 2 });
    expect(retention.comparison).toMatchObject({ label: 'High-potential people outside the program', n: 9, events: 5 });
    expect(retention.method).toContain('censored');
  });

  it('withholds the test when either curve is hidden', () => {
    const retention = summarizeRetention(participants.slice(0, 3), comparison);
    expect(retention.participants.points).toEqual([]);
    expect(retention.logRank).toEqual({
      status: 'not_enough_data',
      n: 3,
      minimumN: 5,
      reason:
        '3 high-potential participants and 9 high-potential people outside the program are followed; each group needs at least 5.',
    });
  });

  it('withholds the test while nobody has left', () => {
    const stayed = (group: SurvivalSubject[]) => group.map((subject) => ({ ...subject, event: 0 as const }));
    const retention = summarizeRetention(stayed(participants), stayed(comparison));
    expect(retention.logRank).toMatchObject({ status: 'not_enough_data', n: 17 });
  });

  it('withholds the test when one group was no longer followed at any time someone left', () => {
    const early = subjects([1, 1, 1, 2, 2], [0, 0, 0, 0, 0]);
    const late = subjects([5, 6, 7, 8, 9], [1, 1, 0, 0, 0]);
    expect(summarizeRetention(early, late).logRank).toMatchObject({ status: 'not_enough_data', n: 10 });
  });

  it('withholds the test when the variance cannot be estimated', () => {
    const everyoneAtOnce = subjects([4, 4, 4, 4, 4], [1, 1, 1, 1, 1]);
    expect(summarizeRetention(everyoneAtOnce, everyoneAtOnce).logRank).toMatchObject({ status: 'not_enough_data' });
  });
});
