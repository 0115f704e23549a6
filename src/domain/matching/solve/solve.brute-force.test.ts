import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveAssignment } from './solve.js';
import type { AssignmentProblem, MatchingObjective } from './types.js';
import { verifyCertificate } from './verify.js';

/** Every feasible assignment of a tiny problem, tried one by one: the slowest, surest oracle. */
function bruteForce(problem: AssignmentProblem, objective: MatchingObjective): { matched: number; total: number } {
  const left = new Map(problem.mentors.map((mentor) => [mentor.id, mentor.capacity]));
  let best = { matched: -1, total: -Infinity };
  const visit = (index: number, matched: number, total: number) => {
    if (index === problem.mentees.length) {
      const isBetter =
        objective === 'max-participation'
          ? matched > best.matched || (matched === best.matched && total > best.total + 1e-9)
          : total > best.total + 1e-9;
      if (isBetter) best = { matched, total };
      return;
    }
    visit(index + 1, matched, total);
    const mentee = problem.mentees[index]!.id;
    for (const pair of problem.pairs) {
      if (pair.mentee !== mentee || (left.get(pair.mentor) ?? 0) <= 0) continue;
      left.set(pair.mentor, left.get(pair.mentor)! - 1);
      visit(index + 1, matched + 1, total + pair.score);
      left.set(pair.mentor, left.get(pair.mentor)! + 1);
    }
  };
  visit(0, 0, 0);
  return best;
}

const tinyProblem = fc
  .record({
    menteeCount: fc.integer({ min: 0, max: 6 }),
    capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: 3 }),
    scores: fc.array(fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 9 })), { minLength: 18, maxLength: 18 }),
  })
  .map(({ menteeCount, capacities, scores }): AssignmentProblem => {
    const mentees = Array.from({ length: menteeCount }, (_, index) => ({ id: `e${index}` }));
    const mentors = capacities.map((capacity, index) => ({ id: `m${index}`, capacity }));
    const pairs = mentees.flatMap((mentee, i) =>
      mentors.flatMap((mentor, j) => {
        const score = scores[i * 3 + j];
        return score === null || score === undefined ? [] : [{ mentee: mentee.id, mentor: mentor.id, score }];
      }),
    );
    return { mentees, mentors, pairs };
  });

describe('solveAssignment against exhaustive search', () => {
  it.each(['max-score', 'max-participation'] as const)(
    'finds the optimum for %s on tiny random problems',
    (objective) => {
      fc.assert(
        fc.property(tinyProblem, (base) => {
          const problem = { ...base, objective };
          const result = solveAssignment(problem);
          const best = bruteForce(problem, objective);
          expect(result.totalScore).toBeCloseTo(best.total === -Infinity ? 0 : best.total, 6);
          if (objective === 'max-participation') expect(result.assignments.length).toBe(best.matched);
          expect(verifyCertificate(problem, result)).toEqual({ valid: true });
        }),
        { numRuns: 300 },
      );
    },
  );
});
