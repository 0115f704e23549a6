import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneSampleTTest, wilsonInterval } from '../stats/index.js';
import { latestPerLeader, reachesTarget, summarizeBusinessOutcome } from './index.js';
import type { BusinessOutcomeDefinition, OutcomeMeasurement } from './index.js';

const turnover: BusinessOutcomeDefinition = {
  id: '3f1f7a52-9c1e-4c55-8d0a-5f2b0f6d1a01',
  kind: 'turnover',
  name: 'Voluntary turnover',
  unit: '%',
  baseline: 18,
  target: 12,
};
const engagementIndex: BusinessOutcomeDefinition = { ...turnover, kind: 'engagement', baseline: 60, target: 70 };

function measured(id: string, name: string, measuredOn: string, value: number): OutcomeMeasurement {
  return { leader: { id, name }, measuredOn, value };
}

const measurements = [
  measured('l1', 'Zoe', '2026-03-31', 20),
  measured('l1', 'Zoe', '2026-06-30', 11),
  measured('l2', 'Adam', '2026-06-30', 14),
  measured('l3', 'Mia', '2026-06-30', 9),
  // Two on the same day: the later in the list counts.
  measured('l4', 'Ben', '2026-06-30', 15),
  measured('l4', 'Ben', '2026-06-30', 12),
  measured('l5', 'Carla', '2026-09-30', 16),
  measured('l5', 'Carla', '2026-03-31', 8),
];

describe('latestPerLeader', () => {
  it("keeps each leader's latest measurement, sorted by name", () => {
    expect(latestPerLeader(measurements)).toEqual([
      measured('l2', 'Adam', '2026-06-30', 14),
      measured('l4', 'Ben', '2026-06-30', 12),
      measured('l5', 'Carla', '2026-09-30', 16),
      measured('l3', 'Mia', '2026-06-30', 9),
      measured('l1', 'Zoe', '2026-06-30', 11),
    ]);
  });
});

describe('reachesTarget', () => {
  it('reads the direction from the baseline', () => {
    expect(reachesTarget(12, turnover)).toBe(true);
    expect(reachesTarget(12.5, turnover)).toBe(false);
    expect(reachesTarget(70, engagementIndex)).toBe(true);
    expect(reachesTarget(69.9, engagementIndex)).toBe(false);
  });
});

describe('summarizeBusinessOutcome', () => {
  it('summarizes the latest value per team, counting a target below the baseline as reached at or under it', () => {
    const summary = summarizeBusinessOutcome(turnover, measurements);
    const values = [14, 12, 16, 9, 11];
    const test = oneSampleTTest(values);
    // 12, 9 and 11 are at or below the target of 12.
    const share = wilsonInterval(3, 5);
    expect(summary).toEqual({
      outcomeId: turnover.id,
      kind: 'turnover',
      name: 'Voluntary turnover',
      unit: '%',
      baseline: 18,
      target: 12,
      n: 5,
      result: {
        status: 'ok',
        mean: test.mean,
        ci: test.ci,
        atTarget: { count: 3, share: 0.6, ci: [share.lower, share.upper] },
      },
      measurements: latestPerLeader(measurements),
    });
  });

  it('counts a target above the baseline as reached at or over it', () => {
    const values = [72, 65, 70, 69, 80, 71];
    const summary = summarizeBusinessOutcome(
      engagementIndex,
      values.map((value, index) => measured(`l${index}`, `Leader ${index}`, '2026-06-30', value)),
    );
    expect(summary.result).toMatchObject({ status: 'ok', atTarget: { count: 4, share: 4 / 6 } });
  });

  it('withholds the figures below five teams, still listing the measurements', () => {
    const summary = summarizeBusinessOutcome(turnover, measurements.slice(0, 4));
    expect(summary.n).toBe(3);
    expect(summary.measurements).toHaveLength(3);
    expect(summary.result).toEqual({
      status: 'not_enough_data',
      n: 3,
      minimumN: 5,
      reason: "Only 3 leaders' teams have a measurement of Voluntary turnover; figures need at least 5.",
    });
  });

  it('withholds the figures when every team has the same value', () => {
    const same = [1, 2, 3, 4, 5].map((index) => measured(`l${index}`, `Leader ${index}`, '2026-06-30', 10));
    const result = summarizeBusinessOutcome(turnover, same).result;
    expect(result).toMatchObject({ status: 'not_enough_data', n: 5 });
    expect(result.status === 'not_enough_data' && result.reason).toContain('no spread');
  });

  it('keeps the share within [0, 1] and inside its interval', () => {
    const measurement = fc.record({
      leader: fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), name: fc.string() }),
      measuredOn: fc.constantFrom('2026-01-31', '2026-02-28', '2026-03-31'),
      value: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(measurement, { maxLength: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (list, baseline, target) => {
          const summary = summarizeBusinessOutcome({ ...turnover, baseline, target }, list);
          expect(summary.n).toBe(new Set(list.map((entry) => entry.leader.id)).size);
          expect(summary.measurements).toHaveLength(summary.n);
          if (summary.result.status !== 'ok') return;
          const { count, share, ci } = summary.result.atTarget;
          expect(count).toBeLessThanOrEqual(summary.n);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          expect(ci[0]).toBeLessThanOrEqual(share);
          expect(share).toBeLessThanOrEqual(ci[1]);
        },
      ),
    );
  });
});
