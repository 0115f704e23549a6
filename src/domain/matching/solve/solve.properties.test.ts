import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  greedyAssignment,
  solveAssignment,
  verifyCertificate,
  type AssignmentProblem,
  type AssignmentResult,
  type MatchingObjective,
} from './index.js';

/** Random problems: up to 12 mentees and 7 mentors, any subset of pairs, integer or fractional scores. */
const problems = fc
  .record({
    menteeCount: fc.integer({ min: 0, max: 12 }),
    capacities: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 7 }),
    objective: fc.constantFrom<MatchingObjective>('max-score', 'max-participation'),
    fractional: fc.boolean(),
    cells: fc.array(fc.option(fc.integer({ min: -20, max: 60 }), { freq: 2 }), { minLength: 84, maxLength: 84 }),
    shuffle: fc.array(fc.nat(), { maxLength: 84 }),
  })
  .map(({ menteeCount, capacities, objective, fractional, cells, shuffle }): AssignmentProblem => {
    const mentees = Array.from({ length: menteeCount }, (_, i) => ({ id: `e${i}` }));
    const mentors = capacities.map((capacity, j) => ({ id: `m${j}`, capacity }));
    const pairs = mentees.flatMap((mentee, i) =>
      mentors.flatMap((mentor, j) => {
        const cell = cells[i * 7 + j];
        if (cell === null || cell === undefined) return [];
        return [{ mentee: mentee.id, mentor: mentor.id, score: fractional ? cell / 7 : cell }];
      }),
    );
    // Swap pairs around now and then: the input need not be grouped by mentee.
    shuffle.forEach((value, k) => {
      if (pairs.length < 2) return;
      const a = k % pairs.length;
      const b = value % pairs.length;
      [pairs[a], pairs[b]] = [pairs[b]!, pairs[a]!];
    });
    return { mentees, mentors, pairs, objective };
  });

function assignedCount(result: { assignments: unknown[] }): number {
  return result.assignments.length;
}

describe('solveAssignment properties', () => {
  it('never breaks a capacity or gives a mentee two mentors, and only uses listed pairs with their scores', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const result = solveAssignment(problem);
        const capacity = new Map(problem.mentors.map((mentor) => [mentor.id, mentor.capacity]));
        const scoreOf = new Map(problem.pairs.map((pair) => [`${pair.mentee}\u0000${pair.mentor}`, pair.score]));
        const load = new Map<string, number>();
        const seen = new Set<string>();
        for (const assignment of result.assignments) {
          expect(seen.has(assignment.mentee)).toBe(false);
          seen.add(assignment.mentee);
          expect(scoreOf.get(`${assignment.mentee}\u0000${assignment.mentor}`)).toBe(assignment.score);
          load.set(assignment.mentor, (load.get(assignment.mentor) ?? 0) + 1);
        }
        for (const [mentor, count] of load) expect(count).toBeLessThanOrEqual(capacity.get(mentor)!);
        expect([...seen, ...result.unmatched].sort()).toEqual(problem.mentees.map((mentee) => mentee.id).sort());
        const total = result.assignments.reduce((sum, assignment) => sum + assignment.score, 0);
        expect(result.totalScore).toBeCloseTo(total, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('always carries a certificate that verifies', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        expect(verifyCertificate(problem, solveAssignment(problem))).toEqual({ valid: true });
      }),
      { numRuns: 300 },
    );
  });

  it('is never worse than greedy (lexicographically under max-participation)', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const optimum = solveAssignment(problem);
        const greedy = greedyAssignment(problem);
        if (problem.objective === 'max-participation') {
          expect(assignedCount(optimum)).toBeGreaterThanOrEqual(assignedCount(greedy));
          if (assignedCount(optimum) === assignedCount(greedy))
            expect(optimum.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
        } else expect(optimum.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the pairs', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const reversed = { ...problem, pairs: [...problem.pairs].reverse() };
        expect(solveAssignment(reversed).totalScore).toBeCloseTo(solveAssignment(problem).totalScore, 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('verifyCertificate on tampered results', () => {
  const problem: AssignmentProblem = {
    mentees: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    mentors: [
      { id: 'x', capacity: 1 },
      { id: 'y', capacity: 2 },
    ],
    pairs: [
      { mentee: 'a', mentor: 'x', score: 10 },
      { mentee: 'a', mentor: 'y', score: 9 },
      { mentee: 'b', mentor: 'x', score: 9 },
      { mentee: 'b', mentor: 'y', score: 1 },
      { mentee: 'c', mentor: 'y', score: 4 },
    ],
  };
  const solvedResult = (): AssignmentResult => structuredClone(solveAssignment(problem));
  const tamperings: [string, (result: AssignmentResult) => void, RegExp][] = [
    [
      'a worse but feasible assignment with the same prices',
      (result) => {
        result.assignments = [
          { mentee: 'a', mentor: 'x', score: 10 },
          { mentee: 'b', mentor: 'y', score: 1 },
          { mentee: 'c', mentor: 'y', score: 4 },
        ];
        result.totalScore = 15;
      },
      /not proven optimal/,
    ],
    [
      'a lowered price',
      (result) => {
        result.certificate.menteePrices[0] = 0;
      },
      /dual infeasible|differs/,
    ],
    [
      'an understated dual objective',
      (result) => {
        result.certificate.dualObjective -= 1;
      },
      /dualObjective/,
    ],
    [
      'an inflated total score',
      (result) => {
        result.totalScore += 1;
      },
      /totalScore/,
    ],
    [
      'a score that is not the pair’s',
      (result) => {
        result.assignments[0]!.score += 1;
      },
      /score differs/,
    ],
    [
      'an unlisted pair',
      (result) => {
        result.assignments.push({ mentee: 'c', mentor: 'x', score: 0 });
        result.unmatched = result.unmatched.filter((id) => id !== 'c');
      },
      /twice|not a listed pair/,
    ],
    [
      'a mentor over capacity',
      (result) => {
        result.assignments = result.assignments.map((assignment) =>
          assignment.mentee === 'a' ? { mentee: 'a', mentor: 'x', score: 10 } : assignment,
        );
        result.assignments = result.assignments.map((assignment) =>
          assignment.mentee === 'b' ? { mentee: 'b', mentor: 'x', score: 9 } : assignment,
        );
      },
      /over capacity/,
    ],
    [
      'a mentee both assigned and unmatched',
      (result) => {
        result.unmatched.push('a');
      },
      /assigned or listed twice/,
    ],
    [
      'a missing price',
      (result) => {
        result.certificate.mentorPrices.pop();
      },
      /one price per mentor/,
    ],
    [
      'a negative price',
      (result) => {
        result.certificate.mentorPrices[1] = -1;
      },
      /≥ 0/,
    ],
    [
      'a participation bonus under max-score',
      (result) => {
        result.certificate.participationBonus = 100;
      },
      /participationBonus/,
    ],
  ];

  it('accepts the untouched result', () => {
    expect(verifyCertificate(problem, solvedResult())).toEqual({ valid: true });
  });

  it.each(tamperings)('rejects %s', (_name, tamper, reason) => {
    const result = solvedResult();
    tamper(result);
    const check = verifyCertificate(problem, result);
    expect(check.valid).toBe(false);
    expect(check.reason).toMatch(reason);
  });

  it('rejects a participation bonus too small to prove the lexicographic optimum', () => {
    const participation: AssignmentProblem = { ...problem, objective: 'max-participation' };
    const result = structuredClone(solveAssignment(participation));
    expect(verifyCertificate(participation, result)).toEqual({ valid: true });
    result.certificate.participationBonus = 1;
    expect(verifyCertificate(participation, result).reason).toMatch(/participationBonus must exceed/);
  });

  it('reports an invalid problem instead of throwing', () => {
    const check = verifyCertificate({ ...problem, pairs: [...problem.pairs, problem.pairs[0]!] }, solvedResult());
    expect(check).toEqual({ valid: false, reason: expect.stringMatching(/problem is invalid: pairs\[5\]/) });
  });
});
