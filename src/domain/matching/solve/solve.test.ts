import { describe, expect, it } from 'vitest';
import {
  MatchingInputError,
  greedyAssignment,
  parseAssignmentProblem,
  solveAssignment,
  verifyCertificate,
  type AssignmentProblem,
  type AssignmentResult,
  type MatchingObjective,
} from './index.js';

/** A problem from compact notation: mentors as { id: capacity }, pairs as [mentee, mentor, score]. */
function problemOf(
  mentees: string[],
  mentors: Record<string, number>,
  pairs: [string, string, number][],
  objective?: MatchingObjective,
): AssignmentProblem {
  return {
    mentees: mentees.map((id) => ({ id })),
    mentors: Object.entries(mentors).map(([id, capacity]) => ({ id, capacity })),
    pairs: pairs.map(([mentee, mentor, score]) => ({ mentee, mentor, score })),
    ...(objective ? { objective } : {}),
  };
}

/** Solves, checks the certificate, and returns the result with its pairs as "mentee-mentor" strings. */
function solved(problem: AssignmentProblem): AssignmentResult & { pairs: string[] } {
  const result = solveAssignment(problem);
  expect(verifyCertificate(problem, result)).toEqual({ valid: true });
  return { ...result, pairs: result.assignments.map((a) => `${a.mentee}-${a.mentor}`) };
}

describe('solveAssignment', () => {
  it('finds the optimum where greedy does not', () => {
    const problem = problemOf(['a', 'b'], { x: 1, y: 1 }, [
      ['a', 'x', 10],
      ['a', 'y', 9],
      ['b', 'x', 9],
      ['b', 'y', 1],
    ]);
    const result = solved(problem);
    expect(result.pairs).toEqual(['a-y', 'b-x']);
    expect(result.totalScore).toBe(18);
    expect(result.optimal).toBe(true);
    expect(greedyAssignment(problem).totalScore).toBe(11);
  });

  it('fills a mentor up to its capacity and no further', () => {
    const problem = problemOf(['a', 'b', 'c'], { x: 2, y: 1 }, [
      ['a', 'x', 5],
      ['b', 'x', 5],
      ['c', 'x', 5],
      ['c', 'y', 1],
    ]);
    const result = solved(problem);
    expect(result.pairs).toEqual(['a-x', 'b-x', 'c-y']);
    expect(result.totalScore).toBe(11);
  });

  it('breaks ties to some optimum and proves it', () => {
    const mentees = ['a', 'b', 'c', 'd'];
    const pairs = mentees.flatMap((mentee) =>
      ['x', 'y'].map((mentor) => [mentee, mentor, 3] as [string, string, number]),
    );
    const result = solved(problemOf(mentees, { x: 1, y: 2 }, pairs));
    expect(result.totalScore).toBe(9);
    expect(result.assignments).toHaveLength(3);
    expect(result.unmatched).toHaveLength(1);
  });

  it('may leave zero-score pairs unused under max-score, and takes them under max-participation', () => {
    const pairs: [string, string, number][] = [
      ['a', 'x', 0],
      ['b', 'x', 0],
    ];
    const byScore = solved(problemOf(['a', 'b'], { x: 2 }, pairs));
    expect(byScore.totalScore).toBe(0);
    const byParticipation = solved(problemOf(['a', 'b'], { x: 2 }, pairs, 'max-participation'));
    expect(byParticipation.pairs).toEqual(['a-x', 'b-x']);
    expect(byParticipation.totalScore).toBe(0);
  });

  it('never takes a negative pair under max-score, but does under max-participation', () => {
    const pairs: [string, string, number][] = [
      ['a', 'x', -2],
      ['b', 'x', 4],
      ['b', 'y', -1],
    ];
    const byScore = solved(problemOf(['a', 'b'], { x: 1, y: 1 }, pairs));
    expect(byScore.pairs).toEqual(['b-x']);
    expect(byScore.unmatched).toEqual(['a']);
    expect(byScore.totalScore).toBe(4);
    const byParticipation = solved(problemOf(['a', 'b'], { x: 1, y: 1 }, pairs, 'max-participation'));
    expect(byParticipation.pairs).toEqual(['a-x', 'b-y']);
    expect(byParticipation.totalScore).toBe(-3);
    expect(byParticipation.certificate.participationBonus).toBeGreaterThan(6);
  });

  it('under max-participation matches more mentees at a lower total score', () => {
    const pairs: [string, string, number][] = [
      ['a', 'x', 10],
      ['a', 'y', 1],
      ['b', 'x', 2],
    ];
    const byScore = solved(problemOf(['a', 'b'], { x: 1, y: 1 }, pairs, 'max-score'));
    expect(byScore.pairs).toEqual(['a-x']);
    expect(byScore.totalScore).toBe(10);
    const byParticipation = solved(problemOf(['a', 'b'], { x: 1, y: 1 }, pairs, 'max-participation'));
    expect(byParticipation.pairs).toEqual(['a-y', 'b-x']);
    expect(byParticipation.totalScore).toBe(3);
  });

  it('under max-participation still prefers the better score among the largest matchings', () => {
    const pairs: [string, string, number][] = [
      ['a', 'x', 1],
      ['a', 'y', 5],
      ['b', 'x', 4],
      ['b', 'y', 1],
    ];
    expect(solved(problemOf(['a', 'b'], { x: 1, y: 1 }, pairs, 'max-participation')).totalScore).toBe(9);
  });

  it('gives nobody to a mentor of zero capacity', () => {
    const result = solved(
      problemOf(['a', 'b'], { x: 0, y: 1 }, [
        ['a', 'x', 50],
        ['b', 'x', 50],
        ['b', 'y', 1],
      ]),
    );
    expect(result.pairs).toEqual(['b-y']);
    expect(result.unmatched).toEqual(['a']);
  });

  it('handles people without any allowed pair, a capacity above the demand, and an empty problem', () => {
    const result = solved(
      problemOf(['a', 'lonely', 'b'], { x: 1_000_000_000_000, idle: 3 }, [
        ['a', 'x', 2],
        ['b', 'x', 3],
      ]),
    );
    expect(result.pairs).toEqual(['a-x', 'b-x']);
    expect(result.unmatched).toEqual(['lonely']);
    expect(result.certificate.mentorPrices).toEqual([0, 0]);
    expect(solved(problemOf([], {}, [])).totalScore).toBe(0);
  });

  it('gives the certificate aligned with the input order', () => {
    const result = solved(
      problemOf(['a', 'b'], { x: 1 }, [
        ['a', 'x', 4],
        ['b', 'x', 7],
      ]),
    );
    expect(result.pairs).toEqual(['b-x']);
    expect(result.certificate.menteePrices).toHaveLength(2);
    expect(result.certificate.mentorPrices).toHaveLength(1);
    expect(result.certificate.dualObjective).toBe(7);
  });

  it('accepts pairs in any order', () => {
    const problem = problemOf(['a', 'b', 'c'], { x: 1, y: 1 }, [
      ['c', 'y', 2],
      ['a', 'x', 3],
      ['b', 'y', 5],
      ['a', 'y', 4],
      ['c', 'x', 6],
    ]);
    expect(solved(problem).totalScore).toBe(11);
  });

  it('handles fractional scores', () => {
    const problem = problemOf(['a', 'b'], { x: 1, y: 1 }, [
      ['a', 'x', 0.1],
      ['a', 'y', 0.2],
      ['b', 'x', 0.3],
      ['b', 'y', 0.7],
    ]);
    expect(solved(problem).totalScore).toBeCloseTo(0.8, 12);
  });
});

describe('input errors', () => {
  type Input = Record<string, unknown> & {
    mentees: Record<string, unknown>[];
    mentors: Record<string, unknown>[];
    pairs: (Record<string, unknown> | null)[];
  };
  // Each case spoils a valid input in one place and names the path the error must carry.
  const cases: [string, (input: Input) => unknown, string][] = [
    ['a problem that is not an object', () => 42, '(problem)'],
    ['missing mentees', ({ mentees: _, ...rest }) => rest, 'mentees'],
    ['mentors that are not an array', (input) => ({ ...input, mentors: {} }), 'mentors'],
    ['a mentee that is not an object', (input) => ({ ...input, mentees: [{ id: 'a' }, 'b'] }), 'mentees[1]'],
    ['an empty mentee id', (input) => ({ ...input, mentees: [{ id: '' }, { id: 'b' }] }), 'mentees[0].id'],
    ['a duplicate mentee id', (input) => ({ ...input, mentees: [...input.mentees, { id: 'a' }] }), 'mentees[2].id'],
    [
      'a duplicate mentor id',
      (input) => ({ ...input, mentors: [...input.mentors, { id: 'x', capacity: 1 }] }),
      'mentors[1].id',
    ],
    ['a negative capacity', (input) => ({ ...input, mentors: [{ id: 'x', capacity: -1 }] }), 'mentors[0].capacity'],
    ['a fractional capacity', (input) => ({ ...input, mentors: [{ id: 'x', capacity: 1.5 }] }), 'mentors[0].capacity'],
    [
      'a capacity given as text',
      (input) => ({ ...input, mentors: [{ id: 'x', capacity: '2' }] }),
      'mentors[0].capacity',
    ],
    ['a pair that is not an object', (input) => ({ ...input, pairs: [input.pairs[0], null] }), 'pairs[1]'],
    ['an unknown mentee', (input) => withPair(input, 1, { mentee: 'zed' }), 'pairs[1].mentee'],
    ['an unknown mentor', (input) => withPair(input, 0, { mentor: 'zed' }), 'pairs[0].mentor'],
    ['a mentor id that is a number', (input) => withPair(input, 0, { mentor: 7 }), 'pairs[0].mentor'],
    ['a NaN score', (input) => withPair(input, 1, { score: NaN }), 'pairs[1].score'],
    ['an infinite score', (input) => withPair(input, 0, { score: Infinity }), 'pairs[0].score'],
    ['a missing score', (input) => withPair(input, 0, { score: undefined }), 'pairs[0].score'],
    [
      'a duplicate pair',
      (input) => ({ ...input, pairs: [...input.pairs, { mentee: 'a', mentor: 'x', score: 3 }] }),
      'pairs[2]',
    ],
    ['an unknown objective', (input) => ({ ...input, objective: 'max-fun' }), 'objective'],
  ];
  function withPair(input: Input, index: number, change: Record<string, unknown>): Input {
    return { ...input, pairs: input.pairs.map((pair, k) => (k === index ? { ...pair, ...change } : pair)) };
  }
  const valid = (): Input => ({
    mentees: [{ id: 'a' }, { id: 'b' }],
    mentors: [{ id: 'x', capacity: 1 }],
    pairs: [
      { mentee: 'a', mentor: 'x', score: 1 },
      { mentee: 'b', mentor: 'x', score: 2 },
    ],
  });

  it.each(cases)('rejects %s, naming its path', (_name, spoil, path) => {
    const input = spoil(valid());
    for (const call of [() => parseAssignmentProblem(input), () => solveAssignment(input as AssignmentProblem)]) {
      let error: unknown;
      try {
        call();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(MatchingInputError);
      expect((error as MatchingInputError).path).toBe(path);
      expect((error as MatchingInputError).message).toContain(path);
    }
  });

  it('names both input positions of a duplicate pair, also when pairs are not grouped by mentee', () => {
    const input = problemOf(['a', 'b'], { x: 1, y: 1 }, [
      ['a', 'x', 1],
      ['b', 'y', 1],
      ['a', 'y', 1],
      ['b', 'x', 1],
      ['a', 'x', 2],
    ]);
    expect(() => solveAssignment(input)).toThrow('pairs[4]: duplicate of pairs[0]');
  });

  it('parses valid JSON into a clean problem', () => {
    const parsed = parseAssignmentProblem(
      JSON.parse('{"mentees":[{"id":"a","name":"Ann"}],"mentors":[{"id":"x","capacity":2}],"pairs":[]}'),
    );
    expect(parsed).toEqual({
      mentees: [{ id: 'a' }],
      mentors: [{ id: 'x', capacity: 2 }],
      pairs: [],
      objective: 'max-score',
    });
  });
});
