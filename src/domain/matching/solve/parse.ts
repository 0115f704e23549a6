import { MatchingInputError } from './errors.js';
import { indexProblem } from './problem-index.js';
import type { AssignmentProblem, CandidatePair, MatchingObjective } from './types.js';

function field(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new MatchingInputError(path, 'must be an object');
  return value as Record<string, unknown>;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new MatchingInputError(path, 'must be an array');
  return value;
}

/**
 * Validates untrusted JSON as an assignment problem and returns a clean copy (unknown fields
 * dropped, `objective` filled in), or throws `MatchingInputError` naming the first bad value.
 * @example parseAssignmentProblem(JSON.parse(body)) // throws MatchingInputError('pairs[3].score', …) on a bad score
 */
export function parseAssignmentProblem(json: unknown): AssignmentProblem {
  const root = field(json, '(problem)');
  const mentees = list(root.mentees, 'mentees').map((item, i) => ({ id: field(item, `mentees[${i}]`).id as string }));
  const mentors = list(root.mentors, 'mentors').map((item, j) => {
    const mentor = field(item, `mentors[${j}]`);
    return { id: mentor.id as string, capacity: mentor.capacity as number };
  });
  const pairs: CandidatePair[] = list(root.pairs, 'pairs').map((item, p) => {
    const pair = field(item, `pairs[${p}]`);
    return { mentee: pair.mentee as string, mentor: pair.mentor as string, score: pair.score as number };
  });
  const problem: AssignmentProblem = {
    mentees,
    mentors,
    pairs,
    objective: (root.objective ?? 'max-score') as MatchingObjective,
  };
  // The types above are only claimed: indexProblem checks every value (ids, capacities, scores,
  // objective, duplicates, unknown ids) with the same paths.
  indexProblem(problem);
  return problem;
}
