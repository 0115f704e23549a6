import { indexProblem } from './problem-index.js';
import type { Assignment, AssignmentProblem } from './types.js';

export type GreedyResult = { assignments: Assignment[]; unmatched: string[]; totalScore: number };

/**
 * The simple baseline: take pairs from the highest score down whenever both sides still have room
 * (under `max-score`, only pairs scoring above 0). Fast and often good, but not optimal; the
 * benchmark reports its total as a share of the optimum.
 */
export function greedyAssignment(problem: AssignmentProblem): GreedyResult {
  const indexed = indexProblem(problem);
  const { pairScore, pairMentor, pairCount, rowStart } = indexed;
  const pairMentee = new Int32Array(pairCount);
  for (let i = 0; i < indexed.menteeCount; i++) pairMentee.fill(i, rowStart[i]!, rowStart[i + 1]!);
  const order = new Int32Array(pairCount);
  for (let p = 0; p < pairCount; p++) order[p] = p;
  // Ties go to the earlier pair, so the result does not depend on the sort's stability.
  order.sort((a, b) => pairScore[b]! - pairScore[a]! || a - b);
  const takeNonPositive = indexed.objective === 'max-participation';
  const room = Float64Array.from(indexed.capacity);
  const matchedPair = new Int32Array(indexed.menteeCount).fill(-1);
  for (let k = 0; k < pairCount; k++) {
    const p = order[k]!;
    if (!takeNonPositive && pairScore[p]! <= 0) break;
    const mentee = pairMentee[p]!;
    const mentor = pairMentor[p]!;
    if (matchedPair[mentee]! >= 0 || room[mentor]! <= 0) continue;
    matchedPair[mentee] = p;
    room[mentor]!--;
  }
  const assignments: Assignment[] = [];
  const unmatched: string[] = [];
  let totalScore = 0;
  for (let i = 0; i < indexed.menteeCount; i++) {
    const p = matchedPair[i]!;
    if (p < 0) {
      unmatched.push(problem.mentees[i]!.id);
      continue;
    }
    assignments.push({
      mentee: problem.mentees[i]!.id,
      mentor: problem.mentors[pairMentor[p]!]!.id,
      score: pairScore[p]!,
    });
    totalScore += pairScore[p]!;
  }
  return { assignments, unmatched, totalScore };
}
