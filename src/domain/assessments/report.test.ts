import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssessmentInputError,
  buildReport,
  compareReports,
  leadership360,
  raterGroups,
  type Answers,
  type Instrument,
  type RaterGroup,
  type RaterResponse,
  type Report,
} from './index.js';

/** Two scales of a plain and a reverse-keyed item each, and two open questions. */
const small: Instrument = {
  key: 'small_360',
  version: 1,
  title: 'Small 360',
  kind: 'leadership_360',
  description: 'A test instrument.',
  likert: { points: 5, labels: ['1', '2', '3', '4', '5'] },
  scales: [
    { key: 'listening', label: 'Listening', description: 'Hears people out.', competencyKey: null },
    { key: 'deciding', label: 'Deciding', description: 'Decides in time.', competencyKey: 'decision_making' },
  ],
  items: [
    { kind: 'likert', key: 'hears_out', text: 'Hears people out.', scaleKey: 'listening', isReverseKeyed: false },
    { kind: 'likert', key: 'decides', text: 'Decides in time.', scaleKey: 'deciding', isReverseKeyed: false },
    { kind: 'likert', key: 'interrupts', text: 'Interrupts.', scaleKey: 'listening', isReverseKeyed: true },
    { kind: 'likert', key: 'dithers', text: 'Dithers.', scaleKey: 'deciding', isReverseKeyed: true },
    { kind: 'comment', key: 'keep', text: 'What should they keep doing?' },
    { kind: 'comment', key: 'change', text: 'What should they change?' },
  ],
};

/**
 * A response whose scale means are exactly `listening` and `deciding`: the reverse-keyed item is
 * answered the other way round, so it scores the same as the plain one. Null skips the scale.
 */
function rater(
  group: RaterGroup,
  listening: number | null,
  deciding: number | null,
  comments: { keep?: string; change?: string } = {},
): RaterResponse {
  const answers: Answers = { ...comments };
  if (listening !== null) Object.assign(answers, { hears_out: listening, interrupts: 6 - listening });
  if (deciding !== null) Object.assign(answers, { decides: deciding, dithers: 6 - deciding });
  return { group, answers };
}

const many = (count: number, make: (index: number) => RaterResponse) =>
  Array.from({ length: count }, (_, i) => make(i));

function scale(report: Report, scaleKey: string) {
  const found = report.scales.find((entry) => entry.scaleKey === scaleKey);
  if (found === undefined) throw new Error(`no scale ${scaleKey}`);
  return found;
}

const seed = 'report-1';

describe('buildReport: scores', () => {
  const responses = [
    rater('self', 5, 2),
    rater('manager', 4, 3),
    ...many(3, () => rater('peers', 4, 3)),
    rater('direct_reports', 3, 4),
    rater('direct_reports', 4, 4),
    rater('direct_reports', 5, 4),
  ];
  const report = buildReport(small, responses, { seed });

  it('puts the self-rating next to the mean of every other rater, each weighing the same', () => {
    const listening = scale(report, 'listening');
    expect(listening.self).toBe(5);
    expect(listening.others).toEqual({ mean: 4, responses: 7 });
    expect(listening.label).toBe('Listening');
    expect(scale(report, 'deciding').others).toEqual({ mean: 24 / 7, responses: 7 });
  });

  it('scores each displayed group separately, the manager attributed', () => {
    expect(scale(report, 'listening').groups).toEqual([
      { label: 'manager', isAttributed: true, mean: 4, responses: 1 },
      { label: 'peers', isAttributed: false, mean: 4, responses: 3 },
      { label: 'direct_reports', isAttributed: false, mean: 4, responses: 3 },
    ]);
  });

  it('calls a self-rating half a point or more above others a blind spot', () => {
    expect(scale(report, 'listening').gap).toBe(-1);
    expect(scale(report, 'listening').finding).toBe('blind_spot');
  });

  it('calls others rating half a point or more above the self-rating a hidden strength', () => {
    expect(scale(report, 'deciding').gap).toBeCloseTo(24 / 7 - 2, 12);
    expect(scale(report, 'deciding').finding).toBe('hidden_strength');
  });

  it('calls a gap of exactly half a point a finding, and anything smaller aligned', () => {
    const others = many(4, (i) => rater('peers', i < 2 ? 3 : 4, 3));
    const at = (self: number) => scale(buildReport(small, [rater('self', self, 3), ...others], { seed }), 'listening');
    expect(at(3).finding).toBe('hidden_strength'); // others 3.5
    expect(at(4).finding).toBe('blind_spot');
    const nearly = [rater('self', 3, 3), ...many(3, () => rater('peers', 3, 3)), rater('peers', 4, 3)];
    expect(scale(buildReport(small, nearly, { seed }), 'listening')).toMatchObject({ gap: 0.25, finding: 'aligned' });
  });

  it('leaves gap and finding empty without a self-rating or without others', () => {
    const noSelf = buildReport(
      small,
      many(3, () => rater('peers', 4, 4)),
      { seed },
    );
    expect(scale(noSelf, 'listening')).toMatchObject({ self: null, gap: null, finding: null });
    const onlySelf = buildReport(small, [rater('self', 4, 4)], { seed });
    expect(scale(onlySelf, 'listening')).toMatchObject({ self: 4, others: { mean: null, responses: 0 }, gap: null });
    expect(scale(onlySelf, 'listening').finding).toBeNull();
  });

  it('counts raters per point of their rounded scale mean, half points rounding up', () => {
    const responses = [
      { group: 'peers' as const, answers: { hears_out: 2, interrupts: 3 } }, // 2.5 → 3
      { group: 'peers' as const, answers: { hears_out: 5, interrupts: 2 } }, // 4.5 → 5
      rater('peers', 1, null),
      rater('manager', 1, null),
    ];
    const listening = scale(buildReport(small, responses, { seed }), 'listening');
    expect(listening.distribution).toEqual([2, 0, 1, 0, 1]);
    expect(listening.distribution).toHaveLength(small.likert.points);
  });

  it('leaves the manager out of others and the distribution when asked', () => {
    const responses = [rater('manager', 1, 1), ...many(3, () => rater('peers', 5, 5))];
    const withManager = scale(buildReport(small, responses, { seed }), 'listening');
    expect(withManager.others).toEqual({ mean: 4, responses: 4 });
    const without = scale(buildReport(small, responses, { seed, isManagerInOthers: false }), 'listening');
    expect(without.others).toEqual({ mean: 5, responses: 3 });
    expect(without.distribution).toEqual([0, 0, 0, 0, 3]);
    expect(without.groups[0]).toMatchObject({ label: 'manager', mean: 1 });
  });

  it('does not depend on the order the responses arrive in', () => {
    const reversed = buildReport(small, [...responses].reverse(), { seed });
    expect(reversed).toEqual(report);
  });
});

describe('buildReport: anonymity', () => {
  it('shows a small group in no number: peers below the threshold are suppressed', () => {
    const responses = [
      rater('manager', 2, 2),
      rater('peers', 1, 1),
      rater('peers', 1, 1),
      ...many(3, () => rater('direct_reports', 5, 5)),
    ];
    const report = buildReport(small, responses, { seed });
    expect(report.disclosure.suppressed).toEqual(['peers']);
    expect(scale(report, 'listening').others).toEqual({ mean: 17 / 4, responses: 4 });
    expect(scale(report, 'listening').groups.map((group) => group.label)).toEqual(['manager', 'direct_reports']);
    expect(report.responseCounts).toEqual([
      { label: 'manager', responses: 1 },
      { label: 'direct_reports', responses: 3 },
    ]);
  });

  it('gives the same report whatever the suppressed raters answered', () => {
    // One peer and no "others" to pool them with: the peer is suppressed.
    const shownRaters = [rater('self', 3, 3), rater('manager', 2, 4), ...many(4, () => rater('direct_reports', 4, 2))];
    const before = buildReport(small, [...shownRaters, rater('peers', 1, 1, { keep: 'Nothing.' })], { seed });
    const after = buildReport(small, [...shownRaters, rater('peers', 5, null, { change: 'Everything.' })], { seed });
    expect(before.disclosure.suppressed).toEqual(['peers']);
    expect(after).toEqual(before);
  });

  it('pools a small group into others when that reaches the threshold', () => {
    const responses = [rater('peers', 2, 2), rater('peers', 2, 2), rater('others', 5, 5), rater('others', 5, 5)];
    const report = buildReport(small, responses, { seed });
    expect(report.disclosure.groups).toEqual([
      { label: 'others', members: ['peers', 'others'], responses: 4, isAttributed: false },
    ]);
    expect(scale(report, 'listening').groups).toEqual([
      { label: 'others', isAttributed: false, mean: 3.5, responses: 4 },
    ]);
  });

  it('keeps a group out of a scale that fewer than the threshold in it answered', () => {
    const responses = [
      rater('peers', 4, 1),
      rater('peers', 4, 1),
      rater('peers', 4, null),
      ...many(3, () => rater('direct_reports', 2, 3)),
    ];
    const deciding = scale(buildReport(small, responses, { seed }), 'deciding');
    expect(deciding.groups[0]).toEqual({ label: 'peers', isAttributed: false, mean: null, responses: 2 });
    expect(deciding.others).toEqual({ mean: 3, responses: 3 });
    expect(deciding.distribution).toEqual([0, 0, 3, 0, 0]);
    expect(scale(buildReport(small, responses, { seed }), 'listening').others).toEqual({ mean: 3, responses: 6 });
  });

  it('shows a manager who alone answered a scale', () => {
    const responses = [rater('manager', null, 2), ...many(3, () => rater('peers', 4, null))];
    const deciding = scale(buildReport(small, responses, { seed }), 'deciding');
    expect(deciding.groups[0]).toEqual({ label: 'manager', isAttributed: true, mean: 2, responses: 1 });
    expect(deciding.others).toEqual({ mean: 2, responses: 1 });
  });

  it('applies a stricter threshold', () => {
    const responses = many(4, () => rater('peers', 4, 4));
    expect(buildReport(small, responses, { seed, threshold: 5 }).disclosure.suppressed).toEqual(['peers']);
    expect(scale(buildReport(small, responses, { seed, threshold: 5 }), 'listening').others.mean).toBeNull();
  });
});

describe('buildReport: comments', () => {
  const responses = [
    rater('self', 4, 4, { keep: 'My planning.' }),
    rater('manager', 4, 4, { keep: 'Clear priorities.', change: 'Delegate more.' }),
    rater('peers', 4, 4, { keep: 'Calm in a crisis.', change: '  ' }),
    rater('peers', 4, 4, { keep: '  Listens well.  ', change: 'Shorter meetings.' }),
    rater('peers', 4, 4, { keep: 'Honest feedback.' }),
    rater('others', 4, 4, { keep: 'Suppressed remark.' }),
  ];
  const report = buildReport(small, responses, { seed });

  it('pools the comments of displayed groups without names, trimmed, blank ones dropped, by item', () => {
    expect(report.comments.map((comment) => comment.itemKey)).toEqual(['keep', 'keep', 'keep', 'change']);
    expect(report.comments.map((comment) => comment.text).sort()).toEqual([
      'Calm in a crisis.',
      'Honest feedback.',
      'Listens well.',
      'Shorter meetings.',
    ]);
    expect(report.comments[0]).toEqual({ itemKey: 'keep', text: expect.any(String) });
  });

  it('never shows a suppressed group’s comments', () => {
    expect(report.disclosure.suppressed).toEqual(['others']);
    const everything = [...report.comments, ...report.managerComments, ...report.selfComments];
    expect(everything.map((comment) => comment.text)).not.toContain('Suppressed remark.');
  });

  it('keeps the manager’s and the leader’s own comments apart', () => {
    expect(report.managerComments).toEqual([
      { itemKey: 'keep', text: 'Clear priorities.' },
      { itemKey: 'change', text: 'Delegate more.' },
    ]);
    expect(report.selfComments).toEqual([{ itemKey: 'keep', text: 'My planning.' }]);
  });

  it('orders comments by the seed alone, not by the order they arrived in', () => {
    const again = buildReport(small, [...responses].reverse(), { seed });
    expect(again.comments).toEqual(report.comments);
    const manyPeers = many(8, (i) => rater('peers', 3, 3, { keep: `Comment ${i}.` }));
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e'].map((other) =>
        buildReport(small, manyPeers, { seed: other })
          .comments.map((comment) => comment.text)
          .join('|'),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('buildReport: input', () => {
  it('refuses a threshold below 3', () => {
    expect(() => buildReport(small, [], { seed, threshold: 2 })).toThrow(AssessmentInputError);
    expect(() => buildReport(small, [], { seed, threshold: 2 })).toThrow('threshold: must be a whole number');
  });

  it('names a response with an unknown group or a bad answer', () => {
    const unknownGroup = [rater('peers', 3, 3), { group: 'friends', answers: {} } as unknown as RaterResponse];
    expect(() => buildReport(small, unknownGroup, { seed })).toThrow(`responses.1.group: must be one of`);
    const badAnswer = [
      rater('peers', 3, 3),
      rater('peers', 3, 3),
      { group: 'peers' as const, answers: { decides: 6 } },
    ];
    expect(() => buildReport(small, badAnswer, { seed })).toThrow(
      'responses.2.answers.decides: must be a whole number',
    );
  });

  it('reports the instrument it was built from', () => {
    const report = buildReport(leadership360, [], { seed });
    expect(report.instrument).toEqual({ key: 'leadership_360', version: 1 });
    expect(report.threshold).toBe(3);
    expect(report.scales.map((entry) => entry.scaleKey)).toEqual(leadership360.scales.map((entry) => entry.key));
  });
});

describe('buildReport properties', () => {
  const answers = fc.record(
    {
      hears_out: fc.option(fc.integer({ min: 1, max: 5 })),
      interrupts: fc.option(fc.integer({ min: 1, max: 5 })),
      decides: fc.option(fc.integer({ min: 1, max: 5 })),
      dithers: fc.option(fc.integer({ min: 1, max: 5 })),
      keep: fc.option(fc.constantFrom('A.', 'B.', 'C.', ' ')),
    },
    { requiredKeys: [] },
  );
  const response = fc.record({ group: fc.constantFrom(...raterGroups), answers });
  const scenario = fc.record({
    responses: fc.array(response, { maxLength: 20 }),
    replacements: fc.array(answers, { minLength: 20, maxLength: 20 }),
    threshold: fc.integer({ min: 3, max: 5 }),
    isManagerInOthers: fc.boolean(),
  });

  it('gives the same report whatever the suppressed raters answered', () => {
    fc.assert(
      fc.property(scenario, ({ responses, replacements, threshold, isManagerInOthers }) => {
        const options = { seed, threshold, isManagerInOthers };
        const report = buildReport(small, responses, options);
        const suppressed = new Set<RaterGroup>(report.disclosure.suppressed);
        const changed = responses.map((entry, i) =>
          suppressed.has(entry.group) ? { ...entry, answers: replacements[i] ?? {} } : entry,
        );
        expect(buildReport(small, changed, options)).toEqual(report);
      }),
      { numRuns: 300 },
    );
  });

  it('shows a non-manager number only when it rests on at least the threshold of raters', () => {
    fc.assert(
      fc.property(scenario, ({ responses, threshold, isManagerInOthers }) => {
        const report = buildReport(small, responses, { seed, threshold, isManagerInOthers });
        for (const entry of report.scales) {
          const counted = entry.groups.filter((group) => group.mean !== null);
          for (const group of counted)
            if (!group.isAttributed) expect(group.responses).toBeGreaterThanOrEqual(threshold);
          const fromManager = counted.find((group) => group.isAttributed && isManagerInOthers)?.responses ?? 0;
          const nonManager = entry.others.responses - fromManager;
          expect(nonManager === 0 || nonManager >= threshold).toBe(true);
          expect(entry.others.responses).toBe(
            counted.reduce((sum, group) => sum + (group.isAttributed && !isManagerInOthers ? 0 : group.responses), 0),
          );
          expect(entry.distribution.reduce((sum, count) => sum + count, 0)).toBe(entry.others.responses);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('compareReports', () => {
  const pre = buildReport(small, [rater('self', 4, 4), ...many(3, () => rater('peers', 2, 3))], { seed });
  const post = buildReport(small, [rater('self', 4, 4), ...many(4, () => rater('peers', 3, null))], { seed });

  it('gives the change in others’ mean per scale, with the responses behind each side', () => {
    expect(compareReports(pre, post)[0]).toEqual({
      scaleKey: 'listening',
      label: 'Listening',
      preOthers: 2,
      postOthers: 3,
      change: 1,
      preResponses: 3,
      postResponses: 4,
    });
  });

  it('gives no change when either side has no mean', () => {
    expect(compareReports(pre, post)[1]).toMatchObject({ scaleKey: 'deciding', preOthers: 3, postOthers: null });
    expect(compareReports(pre, post)[1]?.change).toBeNull();
  });

  it('matches scales by key and keeps scales found on one side only', () => {
    const renamed: Report = {
      ...post,
      scales: post.scales.map((entry) => ({ ...entry, scaleKey: `${entry.scaleKey}_v2` })),
    };
    const rows = compareReports(pre, renamed);
    expect(rows.map((row) => row.scaleKey)).toEqual(['listening', 'deciding', 'listening_v2', 'deciding_v2']);
    expect(rows.map((row) => row.change)).toEqual([null, null, null, null]);
    expect(rows[2]).toMatchObject({ preOthers: null, postOthers: 3, preResponses: 0, postResponses: 4 });
  });
});
