import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedTTest } from '../stats/index.js';
import { mean } from '../stats/summary.js';
import { summarizeFeedbackChange } from './index.js';
import type { CompetencyScores, FeedbackParticipant } from './index.js';

const competencies = [
  { key: 'coaching', label: 'Coaching' },
  { key: 'strategy', label: 'Strategy' },
  { key: 'delegation', label: 'Delegation' },
];

function person(personId: string, pre: CompetencyScores | null, post: CompetencyScores | null): FeedbackParticipant {
  return { personId, pre, post };
}

// Six with both cycles: all scored on coaching, three on strategy, delegation up by exactly 0.5 for everyone.
const coachingBefore = [3.0, 3.2, 2.8, 3.5, 4.0, 3.1];
const coachingAfter = [3.4, 3.3, 3.4, 3.6, 4.2, 3.9];
const participants: FeedbackParticipant[] = [
  ...coachingBefore.map((before, index) =>
    person(
      `p${index}`,
      { coaching: before, strategy: index < 3 ? 2 + index / 10 : null, delegation: 3 },
      { coaching: coachingAfter[index]!, strategy: index < 3 ? 2.5 + index / 5 : 4, delegation: 3.5 },
    ),
  ),
  person('only-pre', { coaching: 3, strategy: 3, delegation: 3 }, null),
  person('only-post', null, { coaching: 4, strategy: 4, delegation: 4 }),
  person('neither-1', null, null),
  person('neither-2', null, null),
];

describe('summarizeFeedbackChange', () => {
  const summary = summarizeFeedbackChange(participants, competencies);

  it('counts every participant, whether or not they have both cycles', () => {
    expect(summary).toMatchObject({ participants: 10, withBoth: 6, onlyPre: 1, onlyPost: 1, neither: 2 });
  });

  it("reports a competency's change as the paired t-test on the same scores", () => {
    const test = pairedTTest(coachingBefore, coachingAfter);
    const row = summary.competencies[0]!;
    expect(row).toEqual({
      key: 'coaching',
      label: 'Coaching',
      n: 6,
      result: {
        status: 'ok',
        preMean: mean(coachingBefore),
        postMean: mean(coachingAfter),
        meanChange: test.meanDifference,
        ci: test.ci,
        p: test.p,
        cohensDz: test.cohensDz,
        hedgesGz: test.hedgesGz,
      },
    });
  });

  it('withholds a competency fewer than five participants were scored on both times', () => {
    expect(summary.competencies[1]).toEqual({
      key: 'strategy',
      label: 'Strategy',
      n: 3,
      result: {
        status: 'not_enough_data',
        n: 3,
        minimumN: 5,
        reason: 'Only 3 participants have both a pre and a post 360 score on Strategy; figures need at least 5.',
      },
    });
  });

  it('withholds a competency on which everyone changed alike, rather than reporting NaN', () => {
    const row = summary.competencies[2]!;
    expect(row.n).toBe(6);
    expect(row.result.status).toBe('not_enough_data');
    expect(row.result).toMatchObject({ n: 6, minimumN: 5 });
    expect(row.result.status === 'not_enough_data' && row.result.reason).toContain('no variation in change');
  });

  it('keeps the rows in the order of the competencies given', () => {
    expect(summary.competencies.map((row) => row.key)).toEqual(['coaching', 'strategy', 'delegation']);
  });

  it("tests each participant's mean over the competencies scored both times for the overall row", () => {
    const shared = (index: number) => (index < 3 ? ['coaching', 'strategy', 'delegation'] : ['coaching', 'delegation']);
    const withBoth = participants.slice(0, 6);
    const before = withBoth.map((entry, index) => mean(shared(index).map((key) => entry.pre![key]!)));
    const after = withBoth.map((entry, index) => mean(shared(index).map((key) => entry.post![key]!)));
    const test = pairedTTest(before, after);
    expect(summary.overall).toMatchObject({ key: 'overall', label: 'All competencies', n: 6 });
    expect(summary.overall.result).toMatchObject({
      status: 'ok',
      meanChange: test.meanDifference,
      ci: test.ci,
      p: test.p,
    });
    const result = summary.overall.result;
    expect(result.status === 'ok' && result.preMean).toBeCloseTo(mean(before), 12);
    expect(result.status === 'ok' && result.postMean).toBeCloseTo(mean(after), 12);
  });

  it('withholds the overall row below five participants with both cycles', () => {
    const few = summarizeFeedbackChange(participants.slice(3), competencies);
    expect(few.overall.result).toEqual({
      status: 'not_enough_data',
      n: 3,
      minimumN: 5,
      reason: 'Only 3 participants have both a pre and a post 360; figures need at least 5.',
    });
  });

  it('says so when nobody has both cycles, and follows a smaller minimum down to 2', () => {
    const none = summarizeFeedbackChange([person('a', null, null)], competencies);
    expect(none.overall.result).toMatchObject({ n: 0, reason: expect.stringMatching(/^No participants have/) });
    const two = summarizeFeedbackChange(participants.slice(0, 2), competencies, { minimumN: 1, confidence: 0.9 });
    expect(two.competencies[0]!.result.status).toBe('ok');
    const one = summarizeFeedbackChange(participants.slice(0, 1), competencies, { minimumN: 1, confidence: 0.9 });
    expect(one.competencies[0]!.result).toMatchObject({ status: 'not_enough_data', n: 1, minimumN: 2 });
  });

  it('ignores a competency missing from a report, even one named like an object property', () => {
    const odd = summarizeFeedbackChange(participants, [{ key: 'constructor', label: 'Constructor' }]);
    expect(odd.competencies[0]!.n).toBe(0);
    expect(odd.overall.n).toBe(0);
  });

  it('describes the method, counting those without both cycles', () => {
    expect(summary.method).toContain('self-rating excluded');
    expect(summary.method).toContain('anonymity threshold');
    expect(summary.method).toContain('not dropped silently');
  });

  it('accounts for every participant exactly once', () => {
    const scores = fc.option(fc.dictionary(fc.constantFrom('coaching', 'strategy'), fc.integer({ min: 1, max: 5 })), {
      nil: null,
    });
    fc.assert(
      fc.property(fc.array(fc.record({ personId: fc.uuid(), pre: scores, post: scores })), (people) => {
        const result = summarizeFeedbackChange(people, competencies);
        expect(result.withBoth + result.onlyPre + result.onlyPost + result.neither).toBe(people.length);
        expect(result.overall.n).toBeLessThanOrEqual(result.withBoth);
        for (const row of result.competencies) expect(row.n).toBeLessThanOrEqual(result.withBoth);
      }),
    );
  });
});
