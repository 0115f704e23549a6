import { chiSquarePValue } from './distributions.js';
import { riskTable } from './kaplan-meier.js';
import { checkEvents, checkSameLength, checkSample } from './validate.js';

export type SurvivalGroup = { times: number[]; events: (0 | 1)[] };

export type LogRankResult = { chiSquare: number; df: number; p: number };

/**
 * Log-rank test that k groups share one survival curve, as R's survdiff (rho = 0): the full
 * variance–covariance form, so it holds for more than two groups. df = k − 1.
 */
export function logRankTest(groups: SurvivalGroup[]): LogRankResult {
  if (!Array.isArray(groups) || groups.length < 2) {
    throw new RangeError(`groups: needs at least 2 groups, got ${Array.isArray(groups) ? groups.length : 'none'}`);
  }
  groups.forEach((group, index) => {
    checkSample(`groups[${index}].times`, group.times);
    checkEvents(`groups[${index}].events`, group.events);
    checkSameLength(`groups[${index}].events`, group.events, `groups[${index}].times`, group.times);
  });

  const k = groups.length;
  const tables = groups.map((group) => riskTable(group.times, group.events));
  const eventTimes = [
    ...new Set(tables.flatMap((table) => table.filter((row) => row.events > 0).map((row) => row.time))),
  ].sort((left, right) => left - right);

  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const variance = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const cursors = new Array<number>(k).fill(0);
  for (const time of eventTimes) {
    const atRisk: number[] = [];
    const eventCounts: number[] = [];
    tables.forEach((table, group) => {
      let cursor = cursors[group]!;
      while (cursor < table.length && table[cursor]!.time < time) cursor += 1;
      cursors[group] = cursor;
      // The group's first row at or after `time` counts everyone in it still at risk at `time`.
      const row = table[cursor];
      atRisk.push(row ? row.atRisk : 0);
      eventCounts.push(row && row.time === time ? row.events : 0);
    });
    const totalAtRisk = sum(atRisk);
    const totalEvents = sum(eventCounts);
    // Hypergeometric variance of how the events split between groups; zero with one subject at risk.
    const spread = totalAtRisk > 1 ? (totalEvents * (totalAtRisk - totalEvents)) / (totalAtRisk - 1) : 0;
    for (let i = 0; i < k; i += 1) {
      const share = atRisk[i]! / totalAtRisk;
      observed[i]! += eventCounts[i]!;
      expected[i]! += totalEvents * share;
      for (let j = 0; j < k; j += 1) {
        variance[i]![j]! += spread * share * ((i === j ? 1 : 0) - atRisk[j]! / totalAtRisk);
      }
    }
  }

  // As survdiff: groups with nothing expected carry no information; O − E of the rest sums to zero,
  // so one more is dropped to make the variance matrix invertible.
  const informative = expected.flatMap((value, group) => (value > 0 ? [group] : []));
  const df = informative.length - 1;
  if (df < 1) return { chiSquare: 0, df: Math.max(df, 0), p: 1 };
  const kept = informative.slice(1);
  const deviations = kept.map((group) => observed[group]! - expected[group]!);
  const solution = solveLinearSystem(
    kept.map((i) => kept.map((j) => variance[i]![j]!)),
    deviations,
  );
  const chiSquare = sum(solution.map((value, index) => value * deviations[index]!));
  return { chiSquare, df, p: chiSquarePValue(chiSquare, df) };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is tiny: groups − 1 square). */
function solveLinearSystem(matrix: number[][], rightHandSide: number[]): number[] {
  const size = rightHandSide.length;
  const rows = matrix.map((row, index) => [...row, rightHandSide[index]!]);
  const scale = Math.max(...matrix.map((row, index) => Math.abs(row[index]!)));
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row;
    }
    if (!(Math.abs(rows[pivot]![column]!) > 1e-12 * scale)) {
      throw new RangeError('groups: too few subjects at risk at the event times to estimate the log-rank variance');
    }
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];
    const pivotRow = rows[column]!;
    for (let row = column + 1; row < size; row += 1) {
      const target = rows[row]!;
      const factor = target[column]! / pivotRow[column]!;
      for (let entry = column; entry <= size; entry += 1) target[entry]! -= factor * pivotRow[entry]!;
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    const current = rows[row]!;
    let remainder = current[size]!;
    for (let entry = row + 1; entry < size; entry += 1) remainder -= current[entry]! * solution[entry]!;
    solution[row] = remainder / current[row]!;
  }
  return solution;
}
