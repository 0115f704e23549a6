import { describe, expect, it } from 'vitest';
import { fairnessReport, type FairnessMatch, type FairnessParticipant } from './fairness.js';

function participant(id: string, overrides: Partial<FairnessParticipant> = {}): FairnessParticipant {
  return { id, department: 'Engineering', tier: 'middle_manager', location: 'Berlin', ...overrides };
}

const match = (participantId: string, partnerId: string, score: number): FairnessMatch => ({
  participantId,
  partnerId,
  score,
});

describe('fairnessReport: counts and scores', () => {
  const participants = ['a', 'b', 'c', 'd', 'e'].map((id) => participant(id));
  const partners = [
    { id: 'm1', capacity: 2 },
    { id: 'm2', capacity: 2 },
  ];

  it('counts matched and unmatched participants and the match rate', () => {
    const report = fairnessReport({
      participants,
      matches: [match('a', 'm1', 80), match('b', 'm1', 60), match('c', 'm2', 70)],
      partners,
    });
    expect(report.participants).toBe(5);
    expect(report.matched).toBe(3);
    expect(report.unmatched).toBe(2);
    expect(report.matchRate).toBeCloseTo(0.6, 10);
  });

  it('takes the median of an odd count as the middle score', () => {
    const report = fairnessReport({
      participants,
      matches: [match('a', 'm1', 90), match('b', 'm1', 10), match('c', 'm2', 40)],
      partners,
    });
    expect(report.scores.median).toBe(40);
    expect(report.scores.min).toBe(10);
    expect(report.scores.max).toBe(90);
    expect(report.scores.mean).toBeCloseTo(46.67, 10);
  });

  it('takes the median of an even count as the mean of the two middle scores', () => {
    const report = fairnessReport({
      participants,
      matches: [match('a', 'm1', 90), match('b', 'm1', 10), match('c', 'm2', 40), match('d', 'm2', 55)],
      partners,
    });
    expect(report.scores.median).toBe(47.5);
    expect(report.scores.mean).toBe(48.75);
    expect(report.scores.min).toBe(10);
    expect(report.scores.max).toBe(90);
  });

  it('rounds the mean to two decimals', () => {
    const report = fairnessReport({
      participants,
      matches: [match('a', 'm1', 1), match('b', 'm1', 1), match('c', 'm2', 2)],
      partners,
    });
    expect(report.scores.mean).toBe(1.33);
  });

  it('sorts scores numerically, not as text', () => {
    const report = fairnessReport({
      participants,
      matches: [match('a', 'm1', 9), match('b', 'm1', 100), match('c', 'm2', 25)],
      partners,
    });
    expect(report.scores.min).toBe(9);
    expect(report.scores.median).toBe(25);
    expect(report.scores.max).toBe(100);
  });

  it('bins scores in ten bands of ten, 100 in the top band and 0 in the bottom', () => {
    const report = fairnessReport({
      participants: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => participant(id)),
      matches: [
        match('a', 'm1', 0),
        match('b', 'm1', 9.99),
        match('c', 'm2', 10),
        match('d', 'm2', 55),
        match('e', 'm3', 90),
        match('f', 'm3', 100),
      ],
      partners: [...partners, { id: 'm3', capacity: 2 }],
    });
    const { histogram } = report.scores;
    expect(histogram).toHaveLength(10);
    expect(histogram.map((band) => [band.from, band.to])).toEqual(
      Array.from({ length: 10 }, (_, index) => [index * 10, index * 10 + 10]),
    );
    expect(histogram.map((band) => band.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(histogram.reduce((sum, band) => sum + band.count, 0)).toBe(6);
  });

  it('handles no participants at all: rate 0 and no scores', () => {
    const report = fairnessReport({ participants: [], matches: [], partners: [] });
    expect(report.participants).toBe(0);
    expect(report.matched).toBe(0);
    expect(report.unmatched).toBe(0);
    expect(report.matchRate).toBe(0);
    expect(report.scores).toEqual({
      min: null,
      median: null,
      mean: null,
      max: null,
      histogram: Array.from({ length: 10 }, (_, index) => ({ from: index * 10, to: index * 10 + 10, count: 0 })),
    });
    expect(report.byDepartment).toEqual([]);
    expect(report.byTier).toEqual([]);
    expect(report.byLocation).toEqual([]);
    expect(report.partnerLoad).toEqual({ partners: 0, capacity: 0, used: 0, idle: 0, full: 0, distribution: [] });
  });

  it('handles participants with nobody matched: rate 0, null scores, every partner idle', () => {
    const report = fairnessReport({ participants, matches: [], partners });
    expect(report.matchRate).toBe(0);
    expect(report.unmatched).toBe(5);
    expect(report.scores.min).toBeNull();
    expect(report.scores.median).toBeNull();
    expect(report.scores.mean).toBeNull();
    expect(report.scores.max).toBeNull();
    expect(report.partnerLoad.idle).toBe(2);
    expect(report.partnerLoad.distribution).toEqual([{ load: 0, partners: 2 }]);
  });

  it('reaches a match rate of 1 when everyone is matched', () => {
    const report = fairnessReport({
      participants: participants.slice(0, 2),
      matches: [match('a', 'm1', 50), match('b', 'm2', 50)],
      partners,
    });
    expect(report.matchRate).toBe(1);
    expect(report.unmatched).toBe(0);
  });
});

describe('fairnessReport: rates per group', () => {
  const participants = [
    participant('a', { department: 'Sales', tier: 'executive', location: 'Paris' }),
    participant('b', { department: 'Sales', tier: 'executive', location: '' }),
    participant('c', { department: 'Finance', tier: 'frontline_manager', location: 'Paris' }),
    participant('d', { department: 'Finance', tier: 'frontline_manager', location: 'Berlin' }),
    participant('e', { department: '', tier: 'frontline_manager', location: 'Berlin' }),
    participant('f', { department: 'Legal', tier: 'executive', location: 'Berlin' }),
  ];
  // Matched: a, c, d, f. Left out: b, e.
  const report = fairnessReport({
    participants,
    matches: [match('a', 'm1', 70), match('c', 'm1', 60), match('d', 'm2', 50), match('f', 'm2', 40)],
    partners: [
      { id: 'm1', capacity: 2 },
      { id: 'm2', capacity: 3 },
    ],
  });

  it('puts the lowest rate first, ties by name, and calls an empty group Not set', () => {
    expect(report.byDepartment).toEqual([
      { group: 'Not set', participants: 1, matched: 0, rate: 0 },
      { group: 'Sales', participants: 2, matched: 1, rate: 0.5 },
      { group: 'Finance', participants: 2, matched: 2, rate: 1 },
      { group: 'Legal', participants: 1, matched: 1, rate: 1 },
    ]);
  });

  it('rates tiers and locations the same way', () => {
    expect(report.byTier).toEqual([
      { group: 'executive', participants: 3, matched: 2, rate: 2 / 3 },
      { group: 'frontline_manager', participants: 3, matched: 2, rate: 2 / 3 },
    ]);
    expect(report.byLocation).toEqual([
      { group: 'Not set', participants: 1, matched: 0, rate: 0 },
      { group: 'Berlin', participants: 3, matched: 2, rate: 2 / 3 },
      { group: 'Paris', participants: 2, matched: 2, rate: 1 },
    ]);
  });

  it('counts every participant once in each grouping', () => {
    for (const groups of [report.byDepartment, report.byTier, report.byLocation]) {
      expect(groups.reduce((sum, group) => sum + group.participants, 0)).toBe(6);
      expect(groups.reduce((sum, group) => sum + group.matched, 0)).toBe(4);
    }
  });

  it('does not count matches of people outside the participant list as matched participants', () => {
    const withStranger = fairnessReport({
      participants: participants.slice(0, 2),
      matches: [match('a', 'm1', 70), match('zz', 'm1', 60)],
      partners: [{ id: 'm1', capacity: 2 }],
    });
    expect(withStranger.matched).toBe(1);
    expect(withStranger.matchRate).toBe(0.5);
  });
});

describe('fairnessReport: partner load', () => {
  it('sums capacity and used places and counts idle and full partners', () => {
    const report = fairnessReport({
      participants: ['a', 'b', 'c', 'd', 'e'].map((id) => participant(id)),
      matches: [
        match('a', 'full2', 50),
        match('b', 'full2', 50),
        match('c', 'half', 50),
        match('d', 'full1', 50),
        match('e', 'over', 50),
      ],
      partners: [
        { id: 'full2', capacity: 2 },
        { id: 'half', capacity: 2 },
        { id: 'full1', capacity: 1 },
        { id: 'idle', capacity: 3 },
        { id: 'closed', capacity: 0 },
        // No places in this run, yet one match: neither idle nor counted as full.
        { id: 'over', capacity: 0 },
      ],
    });
    expect(report.partnerLoad.partners).toBe(6);
    expect(report.partnerLoad.capacity).toBe(8);
    expect(report.partnerLoad.used).toBe(5);
    expect(report.partnerLoad.idle).toBe(2);
    // full2 and full1; a partner with no places at all is not "full".
    expect(report.partnerLoad.full).toBe(2);
    expect(report.partnerLoad.distribution).toEqual([
      { load: 0, partners: 2 },
      { load: 1, partners: 3 },
      { load: 2, partners: 1 },
    ]);
  });

  it('sorts the distribution by load, whatever order the partners come in', () => {
    const report = fairnessReport({
      participants: ['a', 'b', 'c'].map((id) => participant(id)),
      matches: [match('a', 'busy', 50), match('b', 'busy', 50), match('c', 'busy', 50)],
      partners: [
        { id: 'busy', capacity: 3 },
        { id: 'one', capacity: 1 },
        { id: 'two', capacity: 1 },
      ],
    });
    expect(report.partnerLoad.distribution).toEqual([
      { load: 0, partners: 2 },
      { load: 3, partners: 1 },
    ]);
    expect(report.partnerLoad.full).toBe(1);
    expect(report.partnerLoad.idle).toBe(2);
  });

  it('adds the partners in the distribution up to the number of partners', () => {
    const partners = Array.from({ length: 7 }, (_, index) => ({ id: `m${index}`, capacity: index % 3 }));
    const participants = Array.from({ length: 6 }, (_, index) => participant(`p${index}`));
    const matches = participants.map((entry, index) => match(entry.id, `m${index % 4}`, 10 * index));
    const report = fairnessReport({ participants, matches, partners });
    expect(report.partnerLoad.distribution.reduce((sum, entry) => sum + entry.partners, 0)).toBe(7);
    expect(report.partnerLoad.distribution.reduce((sum, entry) => sum + entry.load * entry.partners, 0)).toBe(6);
    const loads = report.partnerLoad.distribution.map((entry) => entry.load);
    expect(loads).toEqual([...loads].sort((a, b) => a - b));
  });
});
