import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveAssignment, verifyCertificate, type AssignmentProblem, type MatchingObjective } from './index.js';
import { solveAssignmentWith } from './solve.js';

// HiGHS (an LP/MIP solver compiled to WASM) is the independent referee: our totals must equal
// its optimum on hundreds of random instances, sparse and dense, with ties and zero capacities.
// Each instance is also solved with a first round of only 1 edge per person, which sends the
// solver through many rounds of adding undervalued edges (a path large inputs take rarely).

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** Small seeded PRNG (mulberry32), so a failure names a reproducible seed. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Shape = { mentees: number; mentors: number; density: number; lowestScore: number; highestScore: number };

/** Random instance; small integer scores make ties common, and a tenth of the mentors have no capacity. */
function randomProblem(seed: number, shape: Shape, objective: MatchingObjective): AssignmentProblem {
  const random = createRandom(seed);
  const integer = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const mentees = Array.from({ length: shape.mentees }, (_, i) => ({ id: `e${i}` }));
  const mentors = Array.from({ length: shape.mentors }, (_, j) => ({
    id: `m${j}`,
    capacity: random() < 0.1 ? 0 : integer(1, 6),
  }));
  const pairs = mentees.flatMap((mentee) =>
    mentors
      .filter(() => random() < shape.density)
      .map((mentor) => ({
        mentee: mentee.id,
        mentor: mentor.id,
        score: integer(shape.lowestScore, shape.highestScore),
      })),
  );
  // Shuffled now and then: the solver must not depend on pairs being grouped by mentee.
  if (random() < 0.3) pairs.sort(() => random() - 0.5);
  return { mentees, mentors, pairs, objective };
}

/**
 * The optimum by HiGHS over x[pair] ∈ [0, 1]: one mentor per mentee, capacities kept.
 * `minimumMatched`, when given, adds Σ x ≥ that number (the second stage of max-participation).
 * Small instances are solved as a MIP; large ones as the LP, whose optimum is integral anyway
 * (a network-flow matrix, also with the Σ x row, which is a bound on the flow's value).
 */
function highsOptimum(problem: AssignmentProblem, costOf: (score: number) => number, minimumMatched?: number): number {
  const menteeRow = new Map(problem.mentees.map((mentee, i) => [mentee.id, i]));
  const mentorRow = new Map(problem.mentors.map((mentor, j) => [mentor.id, problem.mentees.length + j]));
  const columns = problem.pairs.length;
  if (columns === 0) return 0;
  const countRow = problem.mentees.length + problem.mentors.length;
  const rows = countRow + (minimumMatched === undefined ? 0 : 1);
  const perColumn = minimumMatched === undefined ? 2 : 3;
  const starts = Int32Array.from({ length: columns + 1 }, (_, column) => perColumn * column);
  const indices = new Int32Array(perColumn * columns);
  problem.pairs.forEach((pair, column) => {
    indices[perColumn * column] = menteeRow.get(pair.mentee)!;
    indices[perColumn * column + 1] = mentorRow.get(pair.mentor)!;
    if (perColumn === 3) indices[perColumn * column + 2] = countRow;
  });
  const rowLower = new Float64Array(rows).fill(-highs.infinity);
  const rowUpper = new Float64Array(rows).fill(highs.infinity);
  problem.mentees.forEach((_, i) => (rowUpper[i] = 1));
  problem.mentors.forEach((mentor, j) => (rowUpper[problem.mentees.length + j] = mentor.capacity));
  if (minimumMatched !== undefined) rowLower[countRow] = minimumMatched;
  return highs.withModel(
    {
      numCols: columns,
      numRows: rows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: problem.pairs.map((pair) => costOf(pair.score)),
      colLower: new Float64Array(columns),
      colUpper: new Float64Array(columns).fill(1),
      rowLower,
      rowUpper,
      matrix: {
        format: 'csc',
        numRows: rows,
        numCols: columns,
        starts,
        indices,
        values: new Float64Array(indices.length).fill(1),
      },
      ...(columns <= 2000 ? { integrality: new Int32Array(columns).fill(highs.constants.variableType.integer) } : {}),
    },
    (model) => {
      model.options.set({ output_flag: false });
      model.run();
      expect(model.getModelStatus()).toBe(highs.constants.modelStatus.optimal);
      return model.getObjectiveValue();
    },
  );
}

function expectSameOptimumInRounds(problem: AssignmentProblem, totalScore: number, matched: number): void {
  const result = solveAssignmentWith(problem, { firstRoundEdgesPerPerson: 1 });
  expect(verifyCertificate(problem, result)).toEqual({ valid: true });
  expect(result.totalScore).toBeCloseTo(totalScore, 9);
  if (problem.objective === 'max-participation') expect(result.assignments.length).toBe(matched);
}

const shapes: [string, Shape][] = [
  ['sparse', { mentees: 30, mentors: 12, density: 0.15, lowestScore: 0, highestScore: 5 }],
  ['sparse with negative scores', { mentees: 25, mentors: 10, density: 0.25, lowestScore: -4, highestScore: 6 }],
  ['dense', { mentees: 14, mentors: 9, density: 1, lowestScore: 0, highestScore: 9 }],
  ['few mentors', { mentees: 40, mentors: 4, density: 0.6, lowestScore: 1, highestScore: 3 }],
  ['many mentors', { mentees: 8, mentors: 30, density: 0.5, lowestScore: 0, highestScore: 20 }],
];
// Large enough that the solver starts from each person's best edges and adds the rest in rounds,
// from the mentee side and (fewer places than mentees) from the mentor side.
const largeShapes: [string, Shape][] = [
  ['dense, first round on the best edges', { mentees: 160, mentors: 120, density: 1, lowestScore: 0, highestScore: 6 }],
  ['dense, from the mentor side', { mentees: 400, mentors: 100, density: 1, lowestScore: 0, highestScore: 6 }],
  [
    'dense, fractional-free wide scores',
    { mentees: 150, mentors: 150, density: 0.9, lowestScore: -50, highestScore: 400 },
  ],
];
const instancesPerShape = 50;
const instancesPerLargeShape = 2;

describe.each(largeShapes)('against HiGHS: %s', (_name, shape) => {
  it(`max-score and max-participation equal HiGHS's optima on ${instancesPerLargeShape} instances each`, () => {
    for (let seed = 1; seed <= instancesPerLargeShape; seed++) {
      const problem = randomProblem(seed, shape, 'max-score');
      const result = solveAssignment(problem);
      expect(verifyCertificate(problem, result), `seed ${seed}`).toEqual({ valid: true });
      expect(result.totalScore, `seed ${seed}`).toBeCloseTo(
        highsOptimum(problem, (score) => score),
        6,
      );
      expectSameOptimumInRounds(problem, result.totalScore, result.assignments.length);

      const byParticipation = solveAssignment({ ...problem, objective: 'max-participation' });
      expect(verifyCertificate({ ...problem, objective: 'max-participation' }, byParticipation)).toEqual({
        valid: true,
      });
      const mostMatched = Math.round(highsOptimum(problem, () => 1));
      expect(byParticipation.assignments.length, `seed ${seed}`).toBe(mostMatched);
      expect(byParticipation.totalScore, `seed ${seed}`).toBeCloseTo(
        highsOptimum(problem, (score) => score, mostMatched),
        6,
      );
    }
  }, 60_000); // HiGHS on the dense instances takes seconds, more on a loaded machine: correctness, not speed
});

describe.each(shapes)('against HiGHS: %s', (_name, shape) => {
  it(`max-score equals HiGHS's optimum on ${instancesPerShape} instances`, () => {
    for (let seed = 1; seed <= instancesPerShape; seed++) {
      const problem = randomProblem(seed, shape, 'max-score');
      const result = solveAssignment(problem);
      expect(verifyCertificate(problem, result), `seed ${seed}`).toEqual({ valid: true });
      expect(result.totalScore, `seed ${seed}`).toBeCloseTo(
        highsOptimum(problem, (score) => score),
        6,
      );
      expectSameOptimumInRounds(problem, result.totalScore, result.assignments.length);
    }
  });

  it(`max-participation equals HiGHS's lexicographic optimum on ${instancesPerShape / 2} instances`, () => {
    for (let seed = 1; seed <= instancesPerShape / 2; seed++) {
      const problem = randomProblem(seed, shape, 'max-participation');
      const result = solveAssignment(problem);
      expect(verifyCertificate(problem, result), `seed ${seed}`).toEqual({ valid: true });
      const mostMatched = Math.round(highsOptimum(problem, () => 1));
      expect(result.assignments.length, `seed ${seed}`).toBe(mostMatched);
      expect(result.totalScore, `seed ${seed}`).toBeCloseTo(
        highsOptimum(problem, (score) => score, mostMatched),
        6,
      );
      expectSameOptimumInRounds(problem, result.totalScore, result.assignments.length);
    }
  });
});
