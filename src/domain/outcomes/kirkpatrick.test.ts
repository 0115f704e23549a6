import { describe, expect, it } from 'vitest';
import type { BusinessOutcome, EngagementChange, FeedbackChange, Retention } from '../../contract/outcomes.js';
import { pairedTTest, wilsonInterval } from '../stats/index.js';
import { formatChange, formatShare, summarizeKirkpatrick } from './index.js';
import type { KirkpatrickInput } from './index.js';

const okFeedback: FeedbackChange = {
  participants: 10,
  withBoth: 8,
  onlyPre: 1,
  onlyPost: 0,
  neither: 1,
  competencies: [],
  overall: {
    key: 'overall',
    label: 'All competencies',
    n: 8,
    result: {
      status: 'ok',
      preMean: 3.2,
      postMean: 3.62,
      meanChange: 0.42,
      ci: [0.1, 0.74],
      p: 0.017,
      cohensDz: 0.9,
      hedgesGz: 0.8,
    },
  },
  method: '',
};

const engagement: EngagementChange = {
  beforeQuarter: '2026-Q1',
  afterQuarter: '2026-Q4',
  participants: { leaders: 6, before: 3.2, after: 3.6 },
  comparison: { leaders: 7, before: 3.3, after: 3.4 },
  result: { status: 'ok', estimate: 0.3, ci: [-0.05, 0.65], p: 0.09 },
  comparisonRule: '',
  assumption: '',
  trend: [],
};

const hiddenCurve = { label: '', n: 3, events: 1, points: [], medianMonths: null, isShown: false };
const retention: Retention = {
  participants: hiddenCurve,
  comparison: { ...hiddenCurve, n: 9 },
  logRank: { status: 'not_enough_data', n: 3, minimumN: 5, reason: 'Too few participants are followed.' },
  method: '',
};

const business = (status: 'ok' | 'not_enough_data'): BusinessOutcome => ({
  outcomeId: '3f1f7a52-9c1e-4c55-8d0a-5f2b0f6d1a01',
  kind: 'turnover',
  name: 'Turnover',
  unit: '%',
  baseline: 18,
  target: 12,
  n: 5,
  result:
    status === 'ok'
      ? { status, mean: 12, ci: [10, 14], atTarget: { count: 3, share: 0.6, ci: [0.23, 0.88] } }
      : { status, n: 2, minimumN: 5, reason: '' },
  measurements: [],
});

const goalProgress = [
  { first: 1, latest: 3 },
  { first: 2, latest: 3 },
  { first: 2, latest: 4 },
  { first: 1, latest: 2 },
  { first: 3, latest: 5 },
  { first: 2, latest: 2 },
];

const input: KirkpatrickInput = {
  sessions: { held: 34, cancelled: 6, scheduled: 12 },
  pairs: { total: 14, endedEarly: 2 },
  goalProgress,
  feedbackChange: okFeedback,
  // Ten participants: 12 requests sent and 7 pieces given between them.
  feedbackHabits: [
    { sought: 3, given: 1 },
    { sought: 0, given: 0 },
    { sought: 2, given: 2 },
    { sought: 1, given: 0 },
    { sought: 0, given: 1 },
    { sought: 4, given: 2 },
    { sought: 0, given: 0 },
    { sought: 1, given: 1 },
    { sought: 1, given: 0 },
    { sought: 0, given: 0 },
  ],
  engagement,
  retention,
  businessOutcomes: [business('ok'), business('not_enough_data'), business('ok')],
};

describe('summarizeKirkpatrick', () => {
  const levels = summarizeKirkpatrick(input);

  it('gives the four levels in order', () => {
    expect(levels.map((level) => level.level)).toEqual(['reaction', 'learning', 'behaviour', 'results']);
  });

  it('lets attendance and early endings stand in for satisfaction', () => {
    const reaction = levels[0]!;
    const held = wilsonInterval(34, 40);
    expect(reaction.summary).toBe(
      'Satisfaction ratings are not collected, so attendance and early endings stand in: 34 of 40 sessions due were held (85.0%), and 2 of 14 pairs ended early.',
    );
    expect(reaction.figures).toEqual([
      { label: 'Sessions held of those due', value: formatShare(0.85, [held.lower, held.upper], 0.95), n: 40 },
      { label: 'Sessions still scheduled', value: '12', n: null },
      { label: 'Pairs ended early', value: '2 of 14 (14.3%)', n: 14 },
    ]);
    const empty = summarizeKirkpatrick({ ...input, sessions: { held: 0, cancelled: 0, scheduled: 3 } })[0]!;
    expect(empty.summary).toContain('no session has been held or cancelled yet');
  });

  it('tests coaching goals from their first to their latest rating', () => {
    const learning = levels[1]!;
    const test = pairedTTest(
      goalProgress.map((goal) => goal.first),
      goalProgress.map((goal) => goal.latest),
    );
    const change = formatChange(test.meanDifference, test.ci, 0.95);
    expect(learning.summary).toContain('from 1.83 to 3.17');
    expect(learning.summary).toContain(change);
    expect(learning.figures).toContainEqual({ label: 'Change', value: change, n: 6 });
  });

  it('has no learning figure below five goals', () => {
    const learning = summarizeKirkpatrick({ ...input, goalProgress: goalProgress.slice(0, 4) })[1]!;
    expect(learning.summary).toBe('Only 4 coaching goals have two or more progress ratings; figures need at least 5.');
    expect(learning.figures).toEqual([{ label: 'Coaching goals rated twice or more', value: '4', n: 4 }]);
  });

  it('reads behaviour from the overall 360 change, or gives its reason', () => {
    const behaviour = levels[2]!;
    expect(behaviour.summary).toContain('+0.42 (95% CI 0.10 to 0.74)');
    expect(behaviour.figures[0]).toEqual({ label: 'Participants with a pre and a post 360', value: '8 of 10', n: 10 });
    const reason = 'Only 3 participants have both a pre and a post 360; figures need at least 5.';
    const withheld = summarizeKirkpatrick({
      ...input,
      feedbackChange: {
        ...okFeedback,
        overall: { ...okFeedback.overall, n: 3, result: { status: 'not_enough_data', n: 3, minimumN: 5, reason } },
      },
    })[2]!;
    expect(withheld.summary).toBe(reason);
  });

  it('counts feedback sought and given per participant, everyone included, as behaviour', () => {
    const behaviour = levels[2]!;
    expect(behaviour.figures.slice(-2)).toEqual([
      { label: 'Feedback sought per participant', value: '1.2', n: 10 },
      { label: 'Feedback given per participant', value: '0.7', n: 10 },
    ]);
    // Also when the 360 change gives no figures.
    const reason = 'No participant has both a pre and a post 360; figures need at least 5.';
    const without360 = summarizeKirkpatrick({
      ...input,
      feedbackChange: {
        ...okFeedback,
        overall: { ...okFeedback.overall, n: 0, result: { status: 'not_enough_data', n: 0, minimumN: 5, reason } },
      },
    })[2]!;
    expect(without360.figures.map((figure) => figure.label)).toEqual([
      'Participants with a pre and a post 360',
      'Feedback sought per participant',
      'Feedback given per participant',
    ]);
  });

  it('withholds the feedback habits below five participants', () => {
    const behaviour = summarizeKirkpatrick({ ...input, feedbackHabits: input.feedbackHabits.slice(0, 4) })[2]!;
    expect(behaviour.figures.slice(-2)).toEqual([
      { label: 'Feedback sought per participant', value: 'Not enough data', n: 4 },
      { label: 'Feedback given per participant', value: 'Not enough data', n: 4 },
    ]);
  });

  it('gathers engagement, retention and business metrics into the results', () => {
    const results = levels[3]!;
    expect(results.figures).toEqual([
      {
        label: "Team engagement, change against comparison leaders' teams",
        value: '+0.30 (95% CI -0.05 to 0.65), p = 0.090',
        n: 13,
      },
      { label: 'Retention, log-rank test', value: 'Not enough data', n: 12 },
      { label: 'Business metrics with enough data', value: '2 of 3', n: null },
    ]);
    expect(results.summary).toContain('Retention: Too few participants are followed.');
    expect(results.summary).toContain('2 of 3 business metrics have enough data.');
  });
});
