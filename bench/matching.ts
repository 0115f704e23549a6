// `npm run bench:matching`: the exact matching solver against HiGHS (LP/MIP solver, WASM) on the
// same seeded instances, in one run. Each instance runs in a fresh child process (node --expose-gc),
// so its peak memory (max RSS) is its own: ours is read before HiGHS runs, as max RSS only grows.
// Timed runs start after a forced GC, each on a freshly generated copy of the instance (new id
// strings, as after JSON.parse), so no run benefits from another's cached string hashes.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import loadHighs from 'highs';
import { greedyAssignment, solveAssignment, verifyCertificate } from '../src/domain/matching/solve/index.js';
import type { AssignmentProblem, AssignmentResult, CandidatePair } from '../src/domain/matching/solve/index.js';

type InstanceName = 'small' | 'large' | 'dense';
type InstanceSpec = { label: string; mentees: number; mentors: number; candidatesPerMentee: number | null };
type ChildResult = {
  pairs: number;
  ourMedianMs: number;
  ourRunsMs: number[];
  ourTotal: number;
  matched: number;
  greedyShare: number;
  instanceMiB: number;
  ourPeakMiB: number;
  highsMs: number | null;
  highsNote: string;
};

const instances: Record<InstanceName, InstanceSpec> = {
  small: { label: '1,000 × 200, top-50', mentees: 1_000, mentors: 200, candidatesPerMentee: 50 },
  large: { label: '10,000 × 2,000, top-50', mentees: 10_000, mentors: 2_000, candidatesPerMentee: 50 },
  dense: { label: '2,000 × 2,000, dense', mentees: 2_000, mentors: 2_000, candidatesPerMentee: null },
};
const runs = Number(process.env.BENCH_MATCHING_RUNS ?? 5);
/** Beyond this, HiGHS is stopped (its time limit) and the row says so. */
const highsLimitSeconds = 60;

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same instance everywhere. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic program shaped like Tandem's scores (0–100, two decimals): mentors have a general
 * appeal, every pair a personal fit. Mentors fall in 8 groups (think function and time zone) and
 * each mentee may only be matched within 2 of them; a sparse instance keeps each mentee's best
 * candidates among those, a dense one lists every pair. Capacities are 1–5.
 */
function generate(spec: InstanceSpec, seed: number): AssignmentProblem {
  const random = createRandom(seed);
  const groups = 8;
  const mentors = Array.from({ length: spec.mentors }, (_, j) => ({
    id: `mentor-${j}`,
    capacity: 1 + Math.floor(random() * 5),
  }));
  const appeal = Float64Array.from(mentors, () => random());
  const mentees = Array.from({ length: spec.mentees }, (_, i) => ({ id: `mentee-${i}` }));
  const pairs: CandidatePair[] = [];
  const score = (j: number) => Math.round(100 * (40 * appeal[j]! + 60 * random())) / 100;
  for (let i = 0; i < spec.mentees; i++) {
    if (spec.candidatesPerMentee === null) {
      for (let j = 0; j < spec.mentors; j++)
        pairs.push({ mentee: `mentee-${i}`, mentor: `mentor-${j}`, score: score(j) });
      continue;
    }
    const first = Math.floor(random() * groups);
    const second = (first + 1 + Math.floor(random() * (groups - 1))) % groups;
    const candidates: { mentor: number; score: number }[] = [];
    for (let j = 0; j < spec.mentors; j++)
      if (j % groups === first || j % groups === second) candidates.push({ mentor: j, score: score(j) });
    candidates.sort((a, b) => b.score - a.score || a.mentor - b.mentor);
    for (const candidate of candidates.slice(0, spec.candidatesPerMentee))
      pairs.push({ mentee: `mentee-${i}`, mentor: `mentor-${candidate.mentor}`, score: candidate.score });
  }
  return { mentees, mentors, pairs, objective: 'max-score' };
}

/**
 * HiGHS on the LP relaxation (integral here: the constraint matrix is totally unimodular), with
 * its default method (dual simplex after presolve). If that aborts inside WASM, as it does on the
 * 4M-column dense instance, one more try with the interior-point method.
 */
async function solveWithHighs(problem: AssignmentProblem): Promise<{ objective: number; ms: number } | string> {
  const menteeRow = new Map(problem.mentees.map((mentee, i) => [mentee.id, i]));
  const mentorRow = new Map(problem.mentors.map((mentor, j) => [mentor.id, problem.mentees.length + j]));
  const columns = problem.pairs.length;
  const rows = problem.mentees.length + problem.mentors.length;
  // One column per pair, with a 1 in its mentee's row and in its mentor's row.
  const starts = new Int32Array(columns + 1);
  const indices = new Int32Array(2 * columns);
  const colCost = new Float64Array(columns);
  problem.pairs.forEach((pair, column) => {
    starts[column + 1] = 2 * column + 2;
    indices[2 * column] = menteeRow.get(pair.mentee)!;
    indices[2 * column + 1] = mentorRow.get(pair.mentor)!;
    colCost[column] = pair.score;
  });
  const rowUpper = Float64Array.from([
    ...problem.mentees.map(() => 1),
    ...problem.mentors.map((mentor) => mentor.capacity),
  ]);

  const attempt = async (options: Record<string, string>): Promise<{ objective: number; ms: number } | string> => {
    // A fresh module each time: an abort leaves the previous one unusable.
    const highs = await loadHighs();
    const start = performance.now();
    const model = highs.createModel({
      numCols: columns,
      numRows: rows,
      sense: highs.constants.objectiveSense.maximize,
      colCost,
      colLower: new Float64Array(columns),
      colUpper: new Float64Array(columns).fill(1),
      rowLower: new Float64Array(rows).fill(-highs.infinity),
      rowUpper,
      matrix: {
        format: 'csc',
        numRows: rows,
        numCols: columns,
        starts,
        indices,
        values: new Float64Array(2 * columns).fill(1),
      },
    });
    try {
      model.options.set({ output_flag: false, time_limit: highsLimitSeconds, ...options });
      model.run();
      const ms = performance.now() - start;
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.timeLimit) return `over ${highsLimitSeconds} s`;
      if (status !== highs.constants.modelStatus.optimal) return `status ${status}`;
      return { objective: model.getObjectiveValue(), ms };
    } catch (error) {
      return `aborted (${(error as Error).message.split('.')[0]})`;
    } finally {
      try {
        model.dispose();
      } catch {
        // Disposing after an abort can throw too; the module is dropped anyway.
      }
    }
  };
  const simplex = await attempt({});
  if (typeof simplex !== 'string') return simplex;
  const interiorPoint = await attempt({ solver: 'ipm' });
  if (typeof interiorPoint !== 'string') return interiorPoint;
  return `skipped: simplex ${simplex}, interior point ${interiorPoint}`;
}

async function runInstance(name: InstanceName): Promise<ChildResult> {
  const spec = instances[name];
  const seed = 20_260_101 + Object.keys(instances).indexOf(name);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const collect: () => void = gc;
  type Run = { problem: AssignmentProblem; result: AssignmentResult; ms: number };
  const runOnce = (): Run => {
    const problem = generate(spec, seed);
    collect();
    const start = performance.now();
    const result = solveAssignment(problem);
    return { problem, result, ms: performance.now() - start };
  };
  collect();
  const instanceMiB = (() => {
    generate(spec, seed);
    return process.resourceUsage().maxRSS / 1024;
  })();
  // The first run warms the JIT up and is not counted. Each run drops the previous copy of the
  // instance first, so that two copies never sit in memory together.
  const held: { run?: Run } = { run: runOnce() };
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    held.run = undefined;
    collect();
    held.run = runOnce();
    times.push(held.run.ms);
  }
  const { problem, result } = held.run!;
  const ourPeakMiB = process.resourceUsage().maxRSS / 1024;
  const check = verifyCertificate(problem, result);
  if (!check.valid) throw new Error(`${spec.label}: certificate rejected: ${check.reason}`);
  const greedy = greedyAssignment(problem);

  const highs = await solveWithHighs(problem);
  if (typeof highs !== 'string') {
    const tolerance = 1e-6 * Math.max(1, Math.abs(result.totalScore));
    if (Math.abs(highs.objective - result.totalScore) > tolerance)
      throw new Error(`${spec.label}: our total ${result.totalScore} differs from HiGHS's ${highs.objective}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    pairs: problem.pairs.length,
    ourMedianMs: sorted[Math.floor(sorted.length / 2)]!,
    ourRunsMs: times,
    ourTotal: result.totalScore,
    matched: result.assignments.length,
    greedyShare: greedy.totalScore / result.totalScore,
    instanceMiB,
    ourPeakMiB,
    highsMs: typeof highs === 'string' ? null : highs.ms,
    highsNote: typeof highs === 'string' ? highs : 'same total',
  };
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await runInstance(process.argv[3] as InstanceName)));
} else {
  const self = fileURLToPath(import.meta.url);
  const names = (process.env.BENCH_MATCHING_INSTANCES ?? 'small,large,dense').split(',') as InstanceName[];
  const header = [
    'instance'.padEnd(24),
    'pairs'.padStart(9),
    'matched'.padStart(8),
    'ours ms'.padStart(8),
    'HiGHS ms'.padStart(9),
    'HiGHS/ours'.padStart(10),
    'greedy/opt'.padStart(10),
    'RSS with instance'.padStart(17),
    'peak RSS'.padStart(9),
    'solver +MiB'.padStart(11),
    '  HiGHS check',
  ].join(' ');
  const lines: string[] = [];
  for (const name of names) {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--child', name], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const result = JSON.parse(output) as ChildResult;
    lines.push(
      [
        instances[name].label.padEnd(24),
        result.pairs.toLocaleString('en-US').padStart(9),
        String(result.matched).padStart(8),
        result.ourMedianMs.toFixed(0).padStart(8),
        (result.highsMs === null ? '-' : result.highsMs.toFixed(0)).padStart(9),
        (result.highsMs === null ? '-' : `${(result.highsMs / result.ourMedianMs).toFixed(1)}×`).padStart(10),
        `${(100 * result.greedyShare).toFixed(2)}%`.padStart(10),
        result.instanceMiB.toFixed(0).padStart(17),
        result.ourPeakMiB.toFixed(0).padStart(9),
        (result.ourPeakMiB - result.instanceMiB).toFixed(0).padStart(11),
        `  ${result.highsNote}`,
      ].join(' '),
    );
    console.error(`${name}: runs ${result.ourRunsMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  }
  console.log(
    `Exact mentee–mentor assignment (max-score), median of ${runs} runs; HiGHS: LP solve incl. model load, once;\n` +
      'memory: max RSS once the instance is generated, max RSS after our runs (before HiGHS), and the difference\n',
  );
  console.log(header);
  for (const line of lines) console.log(line);
}
