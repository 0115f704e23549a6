import { MatchingInputError } from './errors.js';
import { indexProblem, participationBonusOf, type IndexedProblem } from './problem-index.js';
import type { AssignmentProblem, AssignmentResult, CertificateCheck } from './types.js';

/**
 * Relative tolerance for floating-point checks. With integer scores every quantity the solver
 * computes is an exact integer, so the checks then hold exactly.
 */
const relativeTolerance = 1e-9;

const invalid = (reason: string): CertificateCheck => ({ valid: false, reason });

/**
 * Checks a result against its problem without trusting the solver: the assignment is feasible
 * (listed pairs, one mentor per mentee, capacities kept, scores and totals as stated) and the
 * certificate's prices form a feasible LP dual whose objective equals the assignment's weight,
 * which by weak duality proves that no assignment does better.
 * @example verifyCertificate(problem, solveAssignment(problem)) // { valid: true }
 */
export function verifyCertificate(problem: AssignmentProblem, result: AssignmentResult): CertificateCheck {
  let indexed: IndexedProblem;
  try {
    indexed = indexProblem(problem);
  } catch (error) {
    if (error instanceof MatchingInputError) return invalid(`problem is invalid: ${error.message}`);
    throw error;
  }
  const { menteeCount, mentorCount, capacity, pairMentor, pairScore, rowStart, inputPair } = indexed;
  if (typeof result !== 'object' || result === null) return invalid('result is not an object');
  const { assignments, unmatched, certificate } = result;
  if (!Array.isArray(assignments) || !Array.isArray(unmatched))
    return invalid('assignments and unmatched must be arrays');
  if (result.optimal !== true) return invalid('result does not claim to be optimal');
  if (typeof certificate !== 'object' || certificate === null) return invalid('certificate is missing');
  const { menteePrices, mentorPrices, dualObjective, participationBonus: bonus } = certificate;
  if (!Array.isArray(menteePrices) || menteePrices.length !== menteeCount)
    return invalid(`certificate.menteePrices must have one price per mentee (${menteeCount})`);
  if (!Array.isArray(mentorPrices) || mentorPrices.length !== mentorCount)
    return invalid(`certificate.mentorPrices must have one price per mentor (${mentorCount})`);

  // Feasibility of the assignment.
  const matchedPair = new Int32Array(menteeCount).fill(-1);
  const load = new Float64Array(mentorCount);
  let totalScore = 0;
  for (let a = 0; a < assignments.length; a++) {
    const assignment = assignments[a];
    if (typeof assignment !== 'object' || assignment === null) return invalid(`assignments[${a}] is not an object`);
    const mentee = indexed.menteeIndex.get(assignment.mentee);
    const mentor = indexed.mentorIndex.get(assignment.mentor);
    if (mentee === undefined || mentor === undefined) return invalid(`assignments[${a}] names an unknown person`);
    if (matchedPair[mentee]! >= 0) return invalid(`assignments[${a}]: mentee "${assignment.mentee}" is assigned twice`);
    let pair = -1;
    for (let k = rowStart[mentee]!; k < rowStart[mentee + 1]!; k++) {
      if (pairMentor[k] === mentor) {
        pair = k;
        break;
      }
    }
    if (pair < 0) return invalid(`assignments[${a}] is not a listed pair`);
    if (assignment.score !== pairScore[pair]) return invalid(`assignments[${a}].score differs from the pair's score`);
    matchedPair[mentee] = pair;
    load[mentor]!++;
    if (load[mentor]! > capacity[mentor]!) return invalid(`mentor "${assignment.mentor}" is over capacity`);
    totalScore += pairScore[pair]!;
  }
  const unmatchedSeen = new Uint8Array(menteeCount);
  for (let k = 0; k < unmatched.length; k++) {
    const mentee = indexed.menteeIndex.get(unmatched[k]!);
    if (mentee === undefined) return invalid(`unmatched[${k}] is not a mentee`);
    if (matchedPair[mentee]! >= 0 || unmatchedSeen[mentee])
      return invalid(`unmatched[${k}] is assigned or listed twice`);
    unmatchedSeen[mentee] = 1;
  }
  if (unmatched.length + assignments.length !== menteeCount)
    return invalid('every mentee must be either assigned or unmatched');
  if (!closeTo(result.totalScore, totalScore, relativeTolerance * (1 + sumOfMagnitudes(assignments))))
    return invalid(`totalScore ${result.totalScore} differs from the sum of the assigned scores ${totalScore}`);

  // The weights the certificate speaks about.
  if (typeof bonus !== 'number' || !Number.isFinite(bonus))
    return invalid('certificate.participationBonus must be a number');
  if (indexed.objective === 'max-score' && bonus !== 0)
    return invalid('certificate.participationBonus must be 0 for max-score');
  if (indexed.objective === 'max-participation') {
    // Must exceed any difference in total score, with margin for the tolerances below.
    const needed = participationBonusOf(indexed) - 1;
    if (!(bonus > needed + relativeTolerance * 4 * (1 + needed)))
      return invalid(`certificate.participationBonus must exceed ${needed}`);
  }

  // Dual feasibility: u, v ≥ 0 and u + v ≥ w on every listed pair.
  let scale = 1;
  for (let p = 0; p < indexed.pairCount; p++) scale = Math.max(scale, Math.abs(pairScore[p]! + bonus));
  const pairTolerance = relativeTolerance * scale;
  let dual = 0;
  let dualMagnitude = 0;
  for (let i = 0; i < menteeCount; i++) {
    const price = menteePrices[i];
    if (typeof price !== 'number' || !Number.isFinite(price) || price < -pairTolerance)
      return invalid(`certificate.menteePrices[${i}] must be a finite number ≥ 0`);
    dual += price;
    dualMagnitude += Math.abs(price);
  }
  for (let j = 0; j < mentorCount; j++) {
    const price = mentorPrices[j];
    if (typeof price !== 'number' || !Number.isFinite(price) || price < -pairTolerance)
      return invalid(`certificate.mentorPrices[${j}] must be a finite number ≥ 0`);
    dual += capacity[j]! * price;
    dualMagnitude += Math.abs(capacity[j]! * price);
  }
  for (let i = 0; i < menteeCount; i++) {
    const menteePrice = menteePrices[i]!;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      const slack = menteePrice + mentorPrices[pairMentor[k]!]! - (pairScore[k]! + bonus);
      if (slack < -pairTolerance) {
        const p = inputPair === null ? k : inputPair[k]!;
        return invalid(`dual infeasible on pairs[${p}]: prices fall ${-slack} short of its weight`);
      }
    }
  }

  // Strong duality: the assignment's weight reaches the dual bound.
  const primal = totalScore + assignments.length * bonus;
  const gapTolerance = relativeTolerance * (scale * (menteeCount + 1) + dualMagnitude + Math.abs(primal));
  if (typeof dualObjective !== 'number' || !closeTo(dualObjective, dual, gapTolerance))
    return invalid(`certificate.dualObjective ${dualObjective} differs from the prices' objective ${dual}`);
  if (!closeTo(primal, dual, gapTolerance))
    return invalid(`assignment weight ${primal} is below the dual bound ${dual}: not proven optimal`);
  return { valid: true };
}

function closeTo(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance;
}

function sumOfMagnitudes(assignments: readonly { score: number }[]): number {
  let sum = 0;
  for (const assignment of assignments) sum += Math.abs(assignment.score);
  return sum;
}
