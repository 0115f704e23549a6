import { describe, expect, it } from 'vitest';
import type { FeedbackChange, FeedbackChangeRow, KirkpatrickLevel, SurvivalCurve } from '../../../contract/outcomes.js';
import {
  changeOf,
  ciLabel,
  curvesN,
  engagementN,
  feedbackCountsLine,
  forestDescription,
  forestRows,
  formatBracket,
  formatDecimal,
  formatInterval,
  formatMoney,
  formatMonths,
  formatP,
  formatPercent,
  formatRatio,
  formatSigned,
  hiddenCurvesLine,
  kirkpatrickCards,
  labelOf,
  latestPerLeader,
  measuredLeaders,
  notEnoughGroups,
  pText,
  sensitivityLine,
  splitTiers,
  survivalDescription,
  trendDescription,
  type Measurement,
} from './outcomes-view';

const ok = (meanChange: number, ci: [number, number]): FeedbackChangeRow['result'] => ({
  status: 'ok',
  preMean: 3.1,
  postMean: 3.1 + meanChange,
  meanChange,
  ci,
  p: 0.01,
  cohensDz: 0.5,
  hedgesGz: 0.48,
});
const tooFew = (n: number): FeedbackChangeRow['result'] => ({
  status: 'not_enough_data',
  n,
  minimumN: 5,
  reason: `Only ${n} participants have both a pre and a post 360; at least 5 are needed.`,
});
const row = (key: string, label: string, result: FeedbackChangeRow['result']): FeedbackChangeRow => ({
  key,
  label,
  n: result.status === 'ok' ? 12 : result.n,
  result,
});

const change: FeedbackChange = {
  participants: 24,
  withBoth: 12,
  onlyPre: 6,
  onlyPost: 2,
  neither: 4,
  competencies: [
    row('communication', 'Communication', ok(0.42, [0.1, 0.74])),
    row('delegation', 'Delegation', tooFew(3)),
    row('vision', 'Vision', tooFew(3)),
  ],
  overall: row('overall', 'Overall', ok(0.3, [0.05, 0.55])),
  method: 'Others’ mean, self excluded.',
};

const curve = (label: string, patch: Partial<SurvivalCurve> = {}): SurvivalCurve => ({
  label,
  n: 12,
  events: 4,
  points: [
    { months: 3, atRisk: 12, events: 2, survival: 0.83, lower: 0.6, upper: 0.95 },
    { months: 9, atRisk: 8, events: 2, survival: 0.62, lower: 0.35, upper: 0.82 },
  ],
  medianMonths: null,
  isShown: true,
  ...patch,
});

describe('numbers', () => {
  it('writes decimals and changes with the ASCII minus, never a negative zero', () => {
    expect(formatDecimal(0.4249)).toBe('0.42');
    expect(formatDecimal(-0.001)).toBe('0.00');
    expect(formatSigned(0.42)).toBe('+0.42');
    expect(formatSigned(-0.42)).toBe('-0.42');
    expect(formatSigned(-0.001)).toBe('0.00');
    expect(formatSigned(1.25, 1)).toBe('+1.3');
  });

  it('writes intervals, p-values and shares', () => {
    expect(formatInterval([0.1, 0.74])).toBe('0.10 to 0.74');
    expect(formatInterval([-0.2, 0.3], formatSigned)).toBe('-0.20 to +0.30');
    expect(formatBracket([-0.3, 0.1])).toBe('[-0.30, 0.10]');
    expect(formatBracket([0.137, 0.694], (share) => formatPercent(share))).toBe('[14%, 69%]');
    expect(formatP(0.0213)).toBe('0.021');
    expect(formatP(0.0004)).toBe('< 0.001');
    expect(pText(0.0213)).toBe('p = 0.021');
    expect(pText(0.0004)).toBe('p < 0.001');
    expect(formatPercent(0.375)).toBe('38%');
    expect(formatPercent(0.375, 1)).toBe('37.5%');
    expect(ciLabel(0.95)).toBe('95% CI');
    expect(ciLabel(0.975)).toBe('97.5% CI');
  });

  it('writes medians, money, ratios and the sensitivity range', () => {
    expect(formatMonths(null)).toBe('not reached');
    expect(formatMonths(14)).toBe('14.0');
    expect(formatMoney(120000, 'EUR')).toBe('€120,000');
    expect(formatMoney(120000, 'XY')).toBe('XY 120,000');
    expect(formatMoney(120000, '')).toBe('120,000');
    expect(formatRatio(2.345)).toBe('2.35 : 1');
    expect(sensitivityLine({ low: -12.4, high: 85.2 })).toBe('-12% to 85%');
  });

  it('labels known keys and passes unknown ones through', () => {
    expect(labelOf({ coaching: 'Coaching' }, 'coaching')).toBe('Coaching');
    expect(labelOf({ coaching: 'Coaching' }, 'hybrid')).toBe('hybrid');
    expect(labelOf({ running: 'green' }, 'paused', 'gray')).toBe('gray');
    expect(labelOf({}, 'toString')).toBe('toString');
  });

  it('takes after minus before only when both are known', () => {
    expect(changeOf(3.5, 3.75)).toBe(0.25);
    expect(changeOf(null, 3.75)).toBeNull();
    expect(changeOf(3.5, null)).toBeNull();
  });
});

describe('360 change', () => {
  it('says who has which 360s', () => {
    expect(feedbackCountsLine(change)).toBe(
      '24 participants: 12 with both a pre and a post 360, 6 only pre, 2 only post, 4 with neither.',
    );
    expect(feedbackCountsLine({ ...change, participants: 1 })).toMatch(/^1 participant:/);
  });

  it('says a shared reason once, with what it covers', () => {
    expect(notEnoughGroups([...change.competencies, change.overall])).toEqual([
      {
        reason: 'Only 3 participants have both a pre and a post 360; at least 5 are needed.',
        labels: ['Delegation', 'Vision'],
      },
    ]);
    expect(notEnoughGroups([change.overall])).toEqual([]);
  });

  it('plots the rows with a figure, the overall one last', () => {
    expect(forestRows(change)).toEqual([
      { label: 'Communication', estimate: 0.42, ci: [0.1, 0.74], isOverall: false },
      { label: 'Overall', estimate: 0.3, ci: [0.05, 0.55], isOverall: true },
    ]);
    expect(
      forestRows({ ...change, overall: row('overall', 'Overall', tooFew(3)) }).map((entry) => entry.label),
    ).toEqual(['Communication']);
  });

  it('describes the forest plot for screen readers', () => {
    expect(forestDescription(forestRows(change), 0.95)).toBe(
      'Change from pre to post 360, with 95% CIs, against no change at zero. ' +
        'Communication: +0.42 (95% CI 0.10 to 0.74); Overall: +0.30 (95% CI 0.05 to 0.55).',
    );
    expect(forestDescription([], 0.95)).toBe('No competency has enough data to show a change.');
  });
});

describe('team engagement', () => {
  it('counts the leaders on both sides', () => {
    expect(
      engagementN({
        participants: { leaders: 12, before: null, after: null },
        comparison: { leaders: 30, before: null, after: null },
      }),
    ).toBe('n = 12 program leaders, 30 comparison leaders');
  });

  it('describes the trend, naming the quarters without data', () => {
    expect(
      trendDescription([
        { quarter: '2026-Q1', participants: { n: 12, mean: 3.8 }, comparison: { n: 30, mean: 3.75 } },
        { quarter: '2026-Q2', participants: { n: 2, mean: null }, comparison: { n: 30, mean: 3.7 } },
      ]),
    ).toBe(
      'Mean team engagement per quarter. Program leaders: 2026-Q1 3.80, 2026-Q2 no data. ' +
        'Comparison leaders: 2026-Q1 3.75, 2026-Q2 3.70.',
    );
    expect(trendDescription([])).toBe('No quarters to show yet.');
  });
});

describe('survival curves', () => {
  const readiness = {
    tiers: [
      { tier: 'middle_manager' as const, curve: curve('Middle managers') },
      { tier: 'executive' as const, curve: curve('Executives', { n: 3, points: [], isShown: false }) },
      { tier: 'senior_leader' as const, curve: curve('Senior leaders', { n: 4, points: [], isShown: false }) },
    ],
    censoring: 'Leaving first counts as censored.',
  };

  it('splits the tiers into shown and hidden, and counts everyone', () => {
    const { shown, hidden } = splitTiers(readiness);
    expect(shown.map((entry) => entry.label)).toEqual(['Middle managers']);
    expect(hidden.map((entry) => entry.label)).toEqual(['Executives', 'Senior leaders']);
    expect(curvesN(readiness.tiers.map((entry) => entry.curve))).toBe(19);
  });

  it('lists the hidden curves with the minimum', () => {
    expect(hiddenCurvesLine(splitTiers(readiness).hidden, 5)).toBe(
      'Not shown: Executives and Senior leaders (fewer than 5 people each).',
    );
    expect(hiddenCurvesLine([curve('Executives')], 5)).toBe('Not shown: Executives (fewer than 5 people).');
    expect(hiddenCurvesLine([], 5)).toBeNull();
  });

  it('describes each curve where it ends, with its interval and median', () => {
    expect(
      survivalDescription(
        [curve('Middle managers'), curve('Senior leaders', { medianMonths: 8 })],
        { still: 'not yet ready now', event: 'rated ready now', since: 'enrollment' },
        0.95,
      ),
    ).toBe(
      'Share not yet ready now by months since enrollment, with 95% CI bands. ' +
        'Middle managers (n = 12, 4 rated ready now): 62% not yet ready now at 9.0 months (95% CI 35% to 82%); median not reached. ' +
        'Senior leaders (n = 12, 4 rated ready now): 62% not yet ready now at 9.0 months (95% CI 35% to 82%); median 8.0 months.',
    );
  });
});

describe('business outcomes', () => {
  const measurement = (id: string, name: string, measuredOn: string, value: number): Measurement => ({
    leader: { id, name },
    measuredOn,
    value,
  });

  it('keeps the latest measurement of each leader, by name', () => {
    expect(
      latestPerLeader([
        measurement('b', 'Bo', '2026-03-01', 10),
        measurement('a', 'Ann', '2026-01-01', 5),
        measurement('b', 'Bo', '2026-02-01', 8),
        measurement('a', 'Ann', '2026-04-01', 7),
      ]),
    ).toEqual([measurement('a', 'Ann', '2026-04-01', 7), measurement('b', 'Bo', '2026-03-01', 10)]);
  });

  it('lets the one listed last win on the same day', () => {
    expect(
      latestPerLeader([measurement('a', 'Ann', '2026-01-01', 5), measurement('a', 'Ann', '2026-01-01', 6)]),
    ).toEqual([measurement('a', 'Ann', '2026-01-01', 6)]);
  });

  it('counts each leader measured on any metric once', () => {
    const outcome = (measurements: Measurement[]) =>
      ({ measurements }) as unknown as Parameters<typeof measuredLeaders>[0][number];
    expect(
      measuredLeaders([
        outcome([measurement('a', 'Ann', '2026-01-01', 5), measurement('b', 'Bo', '2026-01-01', 5)]),
        outcome([measurement('a', 'Ann', '2026-02-01', 6)]),
      ]),
    ).toBe(2);
    expect(measuredLeaders([])).toBe(0);
  });
});

describe('Kirkpatrick', () => {
  it('gives the four levels in order, each with what the API sent', () => {
    const results: KirkpatrickLevel = { level: 'results', summary: 'Two of three metrics moved.', figures: [] };
    const reaction: KirkpatrickLevel = {
      level: 'reaction',
      summary: 'Participants rated the program 4.3 of 5.',
      figures: [{ label: 'Mean rating', value: '4.3', n: 18 }],
    };
    const cards = kirkpatrickCards([results, reaction]);
    expect(cards.map((card) => [card.number, card.title])).toEqual([
      [1, 'Reaction'],
      [2, 'Learning'],
      [3, 'Behaviour'],
      [4, 'Results'],
    ]);
    expect(cards[0]!.entry).toBe(reaction);
    expect(cards[1]!.entry).toBeNull();
    expect(cards[3]!.entry).toBe(results);
  });
});
