import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceInDifferences } from '../stats/index.js';
import { mean } from '../stats/summary.js';
import { defaultOutcomeOptions, summarizeEngagementChange } from './index.js';
import type { EngagementLeader } from './index.js';

const options = { ...defaultOutcomeOptions, comparisonRule: 'Leaders of the same tiers who are not enrolled.' };

function leader(leaderId: string, isParticipant: boolean, scores: Record<string, number>): EngagementLeader {
  return { leaderId, isParticipant, scores };
}

// The program starts in 2026-Q2. The start quarter and an earlier after-quarter (2026-Q3) must be skipped.
const treatedBefore = [3.1, 3.4, 2.9, 3.6, 3.2, 3.0];
const treatedAfter = [3.6, 3.8, 3.5, 3.7, 3.9, 3.3];
const controlBefore = [3.2, 3.3, 3.5, 2.8, 3.1];
const controlAfter = [3.3, 3.2, 3.7, 3.0, 3.1];
const leaders: EngagementLeader[] = [
  ...treatedBefore.map((before, index) =>
    leader(`t${index}`, true, {
      ...(index < 3 ? { '2025-Q4': 3 + index / 10 } : {}),
      '2026-Q1': before,
      '2026-Q2': 1,
      '2026-Q3': 5,
      '2026-Q4': treatedAfter[index]!,
    }),
  ),
  // A participant with no score in the after quarter is left out of the panel.
  leader('t-no-after', true, { '2026-Q1': 1, '2026-Q2': 1 }),
  ...controlBefore.map((before, index) =>
    leader(`c${index}`, false, { '2026-Q1': before, '2026-Q2': 5, '2026-Q4': controlAfter[index]! }),
  ),
];

describe('summarizeEngagementChange', () => {
  const summary = summarizeEngagementChange(leaders, '2026-Q2', options);

  it('compares the last quarter before the start with the latest one after it, skipping the start quarter', () => {
    expect(summary.beforeQuarter).toBe('2026-Q1');
    expect(summary.afterQuarter).toBe('2026-Q4');
  });

  it('is the difference in differences of the leaders scored in both quarters', () => {
    const expected = differenceInDifferences(treatedBefore, treatedAfter, controlBefore, controlAfter);
    expect(summary.result).toEqual({ status: 'ok', estimate: expected.estimate, ci: expected.ci, p: expected.p });
    expect(summary.participants).toEqual({ leaders: 6, before: mean(treatedBefore), after: mean(treatedAfter) });
    expect(summary.comparison).toEqual({ leaders: 5, before: mean(controlBefore), after: mean(controlAfter) });
  });

  it('passes the comparison rule through and states the parallel-trends assumption', () => {
    expect(summary.comparisonRule).toBe(options.comparisonRule);
    expect(summary.assumption).toContain('parallel trends');
    expect(summary.assumption).toContain('not assigned to the program at random');
  });

  it('hides a group mean of fewer than five leaders in the trend', () => {
    expect(summary.trend.map((point) => point.quarter)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(summary.trend[0]).toEqual({
      quarter: '2025-Q4',
      participants: { n: 3, mean: null },
      comparison: { n: 0, mean: null },
    });
    expect(summary.trend[1]!.participants).toEqual({ n: 7, mean: mean([...treatedBefore, 1]) });
    expect(summary.trend[3]).toMatchObject({ comparison: { n: 0, mean: null } });
  });

  it('withholds the estimate, and both means, when a group has fewer than five leaders in the panel', () => {
    const few = summarizeEngagementChange(
      leaders.filter((entry) => entry.leaderId !== 'c0'),
      '2026-Q2',
      options,
    );
    expect(few.result).toEqual({
      status: 'not_enough_data',
      n: 4,
      minimumN: 5,
      reason:
        "6 of the program's leaders and 4 comparison leaders have shown engagement scores in both 2026-Q1 and 2026-Q4; each group needs at least 5.",
    });
    expect(few.comparison).toEqual({ leaders: 4, before: null, after: null });
    expect(few.participants.before).toBe(mean(treatedBefore));
  });

  it('says when there is no quarter before or after the start', () => {
    const early = summarizeEngagementChange(leaders, '2025-Q4', options);
    expect(early.beforeQuarter).toBeNull();
    expect(early.result).toMatchObject({ status: 'not_enough_data', n: 0 });
    expect(early.participants).toEqual({ leaders: 0, before: null, after: null });
    const late = summarizeEngagementChange(leaders, '2026-Q4', options);
    expect(late).toMatchObject({ beforeQuarter: '2026-Q3', afterQuarter: null });
    expect(late.result).toMatchObject({ status: 'not_enough_data', n: 0 });
    const empty = summarizeEngagementChange([], '2026-Q2', options);
    expect(empty).toMatchObject({ beforeQuarter: null, afterQuarter: null, trend: [] });
  });

  it('withholds the estimate when every team changed alike in both groups', () => {
    const flat = [
      ...[1, 2, 3, 4, 5].map((index) => leader(`t${index}`, true, { '2026-Q1': index, '2026-Q3': index + 1 })),
      ...[1, 2, 3, 4, 5].map((index) => leader(`c${index}`, false, { '2026-Q1': index, '2026-Q3': index })),
    ];
    const result = summarizeEngagementChange(flat, '2026-Q2', options).result;
    expect(result).toMatchObject({ status: 'not_enough_data', n: 5 });
  });

  it('never shows a group mean of fewer leaders than the minimum', () => {
    const quarter = fc.constantFrom('2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3');
    const arbitraryLeader = fc.record({
      leaderId: fc.uuid(),
      isParticipant: fc.boolean(),
      scores: fc.dictionary(quarter, fc.double({ min: 1, max: 5, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.array(arbitraryLeader, { maxLength: 30 }), fc.integer({ min: 2, max: 8 }), (group, minimumN) => {
        const result = summarizeEngagementChange(group, '2026-Q1', { ...options, minimumN });
        for (const point of result.trend) {
          for (const side of [point.participants, point.comparison]) {
            expect(side.mean === null).toBe(side.n < minimumN);
          }
        }
        for (const side of [result.participants, result.comparison]) {
          if (side.leaders < minimumN) expect([side.before, side.after]).toEqual([null, null]);
        }
        if (result.result.status === 'ok') {
          expect(Math.min(result.participants.leaders, result.comparison.leaders)).toBeGreaterThanOrEqual(minimumN);
        }
      }),
    );
  });
});
