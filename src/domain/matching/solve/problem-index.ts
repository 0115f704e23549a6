import { MatchingInputError } from './errors.js';
import type { AssignmentProblem, MatchingObjective } from './types.js';

/**
 * A validated problem with people replaced by their positions in the input, in flat typed arrays.
 * Pairs are grouped by mentee (CSR): mentee i's pairs sit at positions rowStart[i] .. rowStart[i + 1]
 * of pairMentor and pairScore. When the input already lists pairs grouped in mentee order (the
 * usual case), a position is the pair's input index; otherwise `inputPair` maps positions back.
 */
export type IndexedProblem = {
  menteeCount: number;
  mentorCount: number;
  pairCount: number;
  objective: MatchingObjective;
  /** Capacity per mentor, as given (may exceed 2^31). */
  capacity: Float64Array;
  rowStart: Int32Array;
  pairMentor: Int32Array;
  pairScore: Float64Array;
  /** Input index of the pair at each position, or null when positions are input indexes. */
  inputPair: Int32Array | null;
  menteeIndex: Map<string, number>;
  mentorIndex: Map<string, number>;
};

const objectives: readonly MatchingObjective[] = ['max-score', 'max-participation'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new MatchingInputError(path, 'must be an array');
  return value;
}

function requireRecord(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw new MatchingInputError(path, 'must be an object');
  return value;
}

function requireId(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new MatchingInputError(path, 'must be a non-empty string');
  return value;
}

/**
 * Checks everything the solver relies on and indexes the problem; throws `MatchingInputError` with
 * the path of the first fault. Written for millions of pairs: one pass, few allocations (large
 * typed arrays make V8 run full collections, which cost more than the pass itself).
 */
export function indexProblem(problem: AssignmentProblem): IndexedProblem {
  const root = requireRecord(problem as unknown, '(problem)');
  const mentees = requireArray(root.mentees, 'mentees');
  const mentors = requireArray(root.mentors, 'mentors');
  const pairs = requireArray(root.pairs, 'pairs');
  const objective = root.objective === undefined ? 'max-score' : root.objective;
  if (!objectives.includes(objective as MatchingObjective))
    throw new MatchingInputError('objective', `must be one of ${objectives.map((name) => `"${name}"`).join(', ')}`);
  const menteeCount = mentees.length;
  const mentorCount = mentors.length;

  const menteeIndex = new Map<string, number>();
  for (let i = 0; i < menteeCount; i++) {
    const id = requireId(requireRecord(mentees[i], `mentees[${i}]`).id, `mentees[${i}].id`);
    const earlier = menteeIndex.get(id);
    if (earlier !== undefined)
      throw new MatchingInputError(`mentees[${i}].id`, `duplicate id "${id}" (also mentees[${earlier}])`);
    menteeIndex.set(id, i);
  }
  const mentorIndex = new Map<string, number>();
  const mentorIds: string[] = new Array<string>(mentorCount);
  const capacity = new Float64Array(mentorCount);
  for (let j = 0; j < mentorCount; j++) {
    const mentor = requireRecord(mentors[j], `mentors[${j}]`);
    const id = requireId(mentor.id, `mentors[${j}].id`);
    const earlier = mentorIndex.get(id);
    if (earlier !== undefined)
      throw new MatchingInputError(`mentors[${j}].id`, `duplicate id "${id}" (also mentors[${earlier}])`);
    mentorIndex.set(id, j);
    mentorIds[j] = id;
    const value = mentor.capacity;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
      throw new MatchingInputError(`mentors[${j}].capacity`, 'must be a non-negative integer');
    capacity[j] = value;
  }

  const pairCount = pairs.length;
  let pairMentor = new Int32Array(pairCount);
  let pairScore = new Float64Array(pairCount);
  const rowStart = new Int32Array(menteeCount + 1);
  // Set only once the input turns out not to be grouped in mentee order.
  let pairMentee: Int32Array | null = null;
  // Consecutive pairs usually share a mentee, and a dense input lists mentors in the same order
  // for every mentee: checking those guesses with === skips most hashing of id strings.
  let lastMenteeId: unknown = undefined;
  let mentee = -1;
  let runStart = 0;
  const mentorGuess = new Int32Array(mentorCount).fill(-1);
  for (let p = 0; p < pairCount; p++) {
    const pair = pairs[p];
    if (!isRecord(pair)) throw new MatchingInputError(`pairs[${p}]`, 'must be an object');
    const menteeId = pair.mentee;
    if (menteeId !== lastMenteeId) {
      const found = typeof menteeId === 'string' ? menteeIndex.get(menteeId) : undefined;
      if (found === undefined)
        throw new MatchingInputError(
          `pairs[${p}].mentee`,
          typeof menteeId === 'string' ? `unknown mentee "${menteeId}"` : 'must be a non-empty string',
        );
      if (found < mentee && pairMentee === null) {
        pairMentee = new Int32Array(pairCount);
        for (let i = 0, q = 0; i < menteeCount; i++) for (let c = 0; c < rowStart[i + 1]!; c++) pairMentee[q++] = i;
      }
      lastMenteeId = menteeId;
      mentee = found;
      runStart = p;
    }
    const mentorId = pair.mentor;
    const offset = p - runStart;
    let mentor = offset < mentorCount ? mentorGuess[offset]! : -1;
    if (mentor < 0 || mentorIds[mentor] !== mentorId) {
      const found = typeof mentorId === 'string' ? mentorIndex.get(mentorId) : undefined;
      if (found === undefined)
        throw new MatchingInputError(
          `pairs[${p}].mentor`,
          typeof mentorId === 'string' ? `unknown mentor "${mentorId}"` : 'must be a non-empty string',
        );
      mentor = found;
      if (offset < mentorCount) mentorGuess[offset] = mentor;
    }
    const score = pair.score;
    if (typeof score !== 'number' || !Number.isFinite(score))
      throw new MatchingInputError(`pairs[${p}].score`, 'must be a finite number');
    pairMentor[p] = mentor;
    pairScore[p] = score;
    if (pairMentee !== null) pairMentee[p] = mentee;
    rowStart[mentee + 1]!++;
  }
  for (let i = 0; i < menteeCount; i++) rowStart[i + 1]! += rowStart[i]!;

  let inputPair: Int32Array | null = null;
  if (pairMentee !== null) {
    // Counting sort by mentee, stable, so each mentee's pairs keep their input order.
    inputPair = new Int32Array(pairCount);
    const fill = rowStart.slice(0, menteeCount);
    for (let p = 0; p < pairCount; p++) inputPair[fill[pairMentee[p]!]!++] = p;
    const sortedMentor = new Int32Array(pairCount);
    const sortedScore = new Float64Array(pairCount);
    for (let k = 0; k < pairCount; k++) {
      sortedMentor[k] = pairMentor[inputPair[k]!]!;
      sortedScore[k] = pairScore[inputPair[k]!]!;
    }
    pairMentor = sortedMentor;
    pairScore = sortedScore;
  }

  // A pair listed twice is almost always an upstream bug, and "keep the best" would hide it.
  const lastSeenBy = new Int32Array(mentorCount).fill(-1);
  const seenAt = new Int32Array(mentorCount);
  for (let i = 0; i < menteeCount; i++) {
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      const mentor = pairMentor[k]!;
      if (lastSeenBy[mentor] === i) {
        const first = inputPair === null ? seenAt[mentor]! : inputPair[seenAt[mentor]!]!;
        const second = inputPair === null ? k : inputPair[k]!;
        throw new MatchingInputError(`pairs[${second}]`, `duplicate of pairs[${first}] (same mentee and mentor)`);
      }
      lastSeenBy[mentor] = i;
      seenAt[mentor] = k;
    }
  }

  return {
    menteeCount,
    mentorCount,
    pairCount,
    objective: objective as MatchingObjective,
    capacity,
    rowStart,
    pairMentor,
    pairScore,
    inputPair,
    menteeIndex,
    mentorIndex,
  };
}

/**
 * The participation bonus M for `max-participation`: 1 more than the largest difference in total
 * score any two assignments can have (each mentee's best score minus its worst, counting
 * "unmatched" as 0), so one more matched mentee always outweighs any score difference.
 */
export function participationBonusOf(problem: IndexedProblem): number {
  let bound = 0;
  for (let i = 0; i < problem.menteeCount; i++) {
    let highest = 0;
    let lowest = 0;
    for (let k = problem.rowStart[i]!; k < problem.rowStart[i + 1]!; k++) {
      const score = problem.pairScore[k]!;
      if (score > highest) highest = score;
      if (score < lowest) lowest = score;
    }
    bound += highest - lowest;
  }
  return bound + 1;
}
