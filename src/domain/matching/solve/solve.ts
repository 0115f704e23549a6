import { MatchingEngine, type EngineGraph } from './engine.js';
import { indexProblem, participationBonusOf, type IndexedProblem } from './problem-index.js';
import type { Assignment, AssignmentProblem, AssignmentResult } from './types.js';

/**
 * The optimal assignment of mentees to mentors, with a certificate of optimality.
 * Exact: primal–dual shortest augmenting paths on the bipartite b-matching LP (see engine.ts);
 * the final prices are the LP dual that the certificate carries. Throws `MatchingInputError` on
 * malformed input.
 * @example solveAssignment({ mentees: [{ id: 'a' }], mentors: [{ id: 'm', capacity: 1 }], pairs: [{ mentee: 'a', mentor: 'm', score: 7 }] }).totalScore // 7
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  return solveAssignmentWith(problem, {});
}

export type SolverTuning = {
  /** On a large graph, the first round keeps this many best edges per mentee and per mentor (24). */
  firstRoundEdgesPerPerson?: number;
};

/** `solveAssignment` with its tuning exposed, so tests can drive the rarer paths hard. */
export function solveAssignmentWith(problem: AssignmentProblem, tuning: SolverTuning): AssignmentResult {
  const indexed = indexProblem(problem);
  const bonus = indexed.objective === 'max-participation' ? participationBonusOf(indexed) : 0;
  const { matchedPair, menteePrices, mentorPrices } = solveIndexed(
    indexed,
    bonus,
    tuning.firstRoundEdgesPerPerson ?? 24,
  );

  const assignments: Assignment[] = [];
  const unmatched: string[] = [];
  let totalScore = 0;
  for (let i = 0; i < indexed.menteeCount; i++) {
    const pair = matchedPair[i]!;
    if (pair < 0) {
      unmatched.push(problem.mentees[i]!.id);
      continue;
    }
    const score = indexed.pairScore[pair]!;
    assignments.push({ mentee: problem.mentees[i]!.id, mentor: problem.mentors[indexed.pairMentor[pair]!]!.id, score });
    totalScore += score;
  }
  let dualObjective = 0;
  for (let i = 0; i < indexed.menteeCount; i++) dualObjective += menteePrices[i]!;
  for (let j = 0; j < indexed.mentorCount; j++) dualObjective += indexed.capacity[j]! * mentorPrices[j]!;
  return {
    assignments,
    unmatched,
    totalScore,
    optimal: true,
    certificate: {
      menteePrices: Array.from(menteePrices),
      mentorPrices: Array.from(mentorPrices),
      dualObjective,
      participationBonus: bonus,
    },
  };
}

export type IndexedSolution = {
  /** Pair position (see IndexedProblem) assigned to each mentee, or -1. */
  matchedPair: Int32Array;
  menteePrices: Float64Array;
  mentorPrices: Float64Array;
};

/** Per pair position: whether the engine's graph has the edge. */
const inactive = 0;
const active = 1;
/** Worth ≤ 0, or a mentor without capacity: never helps, and the final prices cover it anyway. */
const useless = 2;

/**
 * Maximum-weight b-matching with weights score + bonus.
 *
 * Two speed-ups around the exact engine, neither of which affects exactness:
 * - Searches start from the scarcer side (fewer mentees than mentor places: from mentees; else
 *   from mentors): those searches meet a free partner soon, while searches from the plentiful side
 *   must push prices up until most of its members give up.
 * - On a large graph, the first round uses only each mentee's and each mentor's best edges. The
 *   left-out edges are then checked against the prices; any that the prices undervalue is added
 *   (its mentee's price raised to cover it, which may unmatch that mentee and open people up
 *   again), and the engine continues from where it was. When no left-out edge is undervalued, the
 *   prices are a feasible dual for the whole graph, so the matching is optimal for it.
 */
export function solveIndexed(problem: IndexedProblem, bonus: number, keptPerPerson: number): IndexedSolution {
  const { menteeCount, mentorCount, capacity, rowStart, pairMentor, pairScore, pairCount } = problem;
  const edgeState = new Uint8Array(pairCount);
  const degree = new Int32Array(mentorCount);
  let candidateCount = 0;
  let menteesWithEdges = 0;
  let scale = 1;
  for (let i = 0; i < menteeCount; i++) {
    const before = candidateCount;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      const weight = pairScore[k]! + bonus;
      if (weight <= 0 || capacity[pairMentor[k]!] === 0) {
        edgeState[k] = useless;
        continue;
      }
      degree[pairMentor[k]!]!++;
      candidateCount++;
      if (weight > scale) scale = weight;
    }
    if (candidateCount > before) menteesWithEdges++;
  }
  // A mentor never holds more mentees than it has edges: a capacity above that becomes degree + 1,
  // so that such a mentor never fills up, and slot arrays stay small.
  const room = new Int32Array(mentorCount);
  const slotCount = new Int32Array(mentorCount);
  let places = 0;
  for (let j = 0; j < mentorCount; j++) {
    room[j] = Math.min(capacity[j]!, degree[j]! + 1);
    slotCount[j] = Math.min(capacity[j]!, degree[j]!);
    places += slotCount[j]!;
  }
  const fromMentors = places < menteesWithEdges;

  chooseFirstRoundEdges(problem, bonus, edgeState, candidateCount, keptPerPerson);
  let graph = buildGraph(problem, bonus, edgeState);
  const engine = new MatchingEngine(menteeCount, mentorCount, room, slotCount, graph.engine);
  warmStart(engine, graph.engine, fromMentors);

  // Left-out edges undervalued by less than this are rounding noise; the final prices cover them exactly.
  const tolerance = 1e-12 * scale;
  const scratch = new Float64Array(keptPerPerson);
  for (;;) {
    // Open mentors first: while mentees are open too, such a search ends at the first unmatched
    // mentee it reaches instead of lowering the mentor's price all the way.
    for (let j = 0; j < mentorCount; j++) while (engine.isOpenMentor(j)) engine.searchFromMentor(j);
    for (let i = 0; i < menteeCount; i++) if (engine.isOpenMentee(i)) engine.searchFromMentee(i);
    let added = 0;
    for (let i = 0; i < menteeCount; i++) {
      const count = addUndervaluedEdges(problem, bonus, edgeState, engine, i, tolerance, scratch, keptPerPerson);
      if (count === 0) continue;
      added += count;
      // Its matched edge is no longer tight: the mentee goes back to being open.
      if (engine.matchedEdge[i]! >= 0) engine.unassign(i);
    }
    if (added === 0) break;
    // Rebuild the graph with the added edges; matches carry over by pair position.
    const matchedPosition = new Int32Array(menteeCount).fill(-1);
    for (let i = 0; i < menteeCount; i++) {
      const edge = engine.matchedEdge[i]!;
      if (edge >= 0) matchedPosition[i] = graph.position[edge]!;
    }
    graph = buildGraph(problem, bonus, edgeState);
    engine.graph = graph.engine;
    for (let i = 0; i < menteeCount; i++) {
      if (matchedPosition[i]! < 0) continue;
      for (let e = graph.engine.edgeStart[i]!; e < graph.engine.edgeStart[i + 1]!; e++) {
        if (graph.position[e] === matchedPosition[i]) {
          engine.matchedEdge[i] = e;
          break;
        }
      }
    }
  }

  const matchedPair = new Int32Array(menteeCount).fill(-1);
  for (let i = 0; i < menteeCount; i++) {
    const edge = engine.matchedEdge[i]!;
    if (edge >= 0) matchedPair[i] = graph.position[edge]!;
  }
  return finishCertificate(problem, bonus, matchedPair, engine.mentorPrice);
}

/**
 * Activates mentee i's left-out edges that the prices undervalue (weight − mentor price above the
 * mentee's price), at most the `kept` most undervalued. Raises the mentee's price to cover all of
 * them (added or not, so the next round checks the rest against the new prices) and returns how
 * many were added.
 */
function addUndervaluedEdges(
  problem: IndexedProblem,
  bonus: number,
  edgeState: Uint8Array,
  engine: MatchingEngine,
  mentee: number,
  tolerance: number,
  scratch: Float64Array,
  kept: number,
): number {
  const { rowStart, pairMentor, pairScore } = problem;
  const { menteePrice, mentorPrice } = engine;
  const start = rowStart[mentee]!;
  const end = rowStart[mentee + 1]!;
  const floor = menteePrice[mentee]! + tolerance;
  let undervalued = 0;
  let highest = -Infinity;
  let size = 0;
  for (let k = start; k < end; k++) {
    if (edgeState[k] !== inactive) continue;
    const value = pairScore[k]! + bonus - mentorPrice[pairMentor[k]!]!;
    if (value <= floor) continue;
    undervalued++;
    if (value > highest) highest = value;
    if (size < kept || value > scratch[0]!) size = offerToMinHeap(scratch, 0, kept, size, value);
  }
  if (undervalued === 0) return 0;
  // The kept-th largest value, and how many at that value still fit.
  const cut = undervalued <= kept ? floor : scratch[0]!;
  let tiesLeft = kept;
  for (let k = start; k < end; k++) {
    if (edgeState[k] === inactive && pairScore[k]! + bonus - mentorPrice[pairMentor[k]!]! > cut) tiesLeft--;
  }
  // Ties are taken from a position that depends on the mentee, so that when many scores are equal,
  // different mentees reach for different mentors rather than all for the first ones listed.
  const length = end - start;
  const offset = (mentee * kept) % length;
  let added = 0;
  for (let step = 0; step < length; step++) {
    const k = start + ((offset + step) % length);
    if (edgeState[k] !== inactive) continue;
    const value = pairScore[k]! + bonus - mentorPrice[pairMentor[k]!]!;
    if (value <= floor) continue;
    let add = value > cut;
    if (!add && value === cut && tiesLeft > 0) {
      add = true;
      tiesLeft--;
    }
    if (add) {
      edgeState[k] = active;
      added++;
    }
  }
  menteePrice[mentee] = highest;
  return added;
}

/**
 * Marks the edges of the first round: all candidates on a small graph; on a large one, each
 * mentee's and each mentor's `kept` best (with ties at the cut shared out up to that many).
 */
function chooseFirstRoundEdges(
  problem: IndexedProblem,
  bonus: number,
  edgeState: Uint8Array,
  candidateCount: number,
  kept: number,
): void {
  const { menteeCount, mentorCount, rowStart, pairMentor, pairScore } = problem;
  const sparse = candidateCount > 2 * kept * (menteeCount + mentorCount);
  if (!sparse) {
    for (let k = 0; k < edgeState.length; k++) if (edgeState[k] === inactive) edgeState[k] = active;
    return;
  }
  // The k-th best weight per person, from a min-heap of the best k seen so far. Most weights
  // lose to the heap's minimum, so that test is done inline.
  const menteeThreshold = new Float64Array(menteeCount);
  const best = new Float64Array(kept);
  const mentorBest = new Float64Array(mentorCount * kept);
  const mentorSize = new Int32Array(mentorCount);
  for (let i = 0; i < menteeCount; i++) {
    let size = 0;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      if (edgeState[k] === useless) continue;
      const weight = pairScore[k]! + bonus;
      if (size < kept || weight > best[0]!) size = offerToMinHeap(best, 0, kept, size, weight);
      const mentor = pairMentor[k]!;
      const offset = mentor * kept;
      if (mentorSize[mentor]! < kept || weight > mentorBest[offset]!)
        mentorSize[mentor] = offerToMinHeap(mentorBest, offset, kept, mentorSize[mentor]!, weight);
    }
    menteeThreshold[i] = size < kept ? -Infinity : best[0]!;
  }
  const mentorThreshold = new Float64Array(mentorCount);
  for (let j = 0; j < mentorCount; j++) mentorThreshold[j] = mentorSize[j]! < kept ? -Infinity : mentorBest[j * kept]!;
  // Edges above a person's threshold are kept; ties at the threshold only up to `kept` in all,
  // else a graph of equal scores would keep every edge.
  const mentorTiesLeft = new Int32Array(mentorCount).fill(kept);
  for (let k = 0; k < edgeState.length; k++)
    if (edgeState[k] !== useless && pairScore[k]! + bonus > mentorThreshold[pairMentor[k]!]!)
      mentorTiesLeft[pairMentor[k]!]!--;
  for (let i = 0; i < menteeCount; i++) {
    const threshold = menteeThreshold[i]!;
    const start = rowStart[i]!;
    const length = rowStart[i + 1]! - start;
    let tiesLeft = kept;
    for (let k = start; k < start + length; k++)
      if (edgeState[k] !== useless && pairScore[k]! + bonus > threshold) tiesLeft--;
    // Ties are taken from a position that depends on the mentee (see addUndervaluedEdges).
    const offset = length === 0 ? 0 : (i * kept) % length;
    for (let step = 0; step < length; step++) {
      const k = start + ((offset + step) % length);
      if (edgeState[k] === useless) continue;
      const weight = pairScore[k]! + bonus;
      const mentor = pairMentor[k]!;
      let keep = weight > threshold || weight > mentorThreshold[mentor]!;
      if (!keep && weight === threshold && tiesLeft > 0) {
        keep = true;
        tiesLeft--;
      }
      if (!keep && weight === mentorThreshold[mentor] && mentorTiesLeft[mentor]! > 0) {
        keep = true;
        mentorTiesLeft[mentor]!--;
      }
      if (keep) edgeState[k] = active;
    }
  }
}

/** Keeps the `limit` largest values offered in heap[offset .. offset + size); returns the new size. */
function offerToMinHeap(heap: Float64Array, offset: number, limit: number, size: number, value: number): number {
  let position: number;
  if (size < limit) {
    position = size++;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (heap[offset + parent]! <= value) break;
      heap[offset + position] = heap[offset + parent]!;
      position = parent;
    }
    heap[offset + position] = value;
    return size;
  }
  if (value <= heap[offset]!) return size;
  position = 0;
  for (;;) {
    let child = 2 * position + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[offset + child + 1]! < heap[offset + child]!) child++;
    if (heap[offset + child]! >= value) break;
    heap[offset + position] = heap[offset + child]!;
    position = child;
  }
  heap[offset + position] = value;
  return size;
}

/** The engine's graph over the active edges, and each edge's pair position. */
function buildGraph(
  problem: IndexedProblem,
  bonus: number,
  edgeState: Uint8Array,
): { engine: EngineGraph; position: Int32Array } {
  const { menteeCount, mentorCount, rowStart, pairMentor, pairScore } = problem;
  let count = 0;
  for (let k = 0; k < edgeState.length; k++) if (edgeState[k] === active) count++;
  const edgeStart = new Int32Array(menteeCount + 1);
  const edgeMentor = new Int32Array(count);
  const edgeWeight = new Float64Array(count);
  const position = new Int32Array(count);
  const mentorEdgeStart = new Int32Array(mentorCount + 1);
  for (let i = 0, e = 0; i < menteeCount; i++) {
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      if (edgeState[k] !== active) continue;
      const mentor = pairMentor[k]!;
      edgeMentor[e] = mentor;
      edgeWeight[e] = pairScore[k]! + bonus;
      position[e] = k;
      mentorEdgeStart[mentor + 1]!++;
      e++;
    }
    edgeStart[i + 1] = e;
  }
  for (let j = 0; j < mentorCount; j++) mentorEdgeStart[j + 1]! += mentorEdgeStart[j]!;
  const fill = mentorEdgeStart.slice(0, mentorCount);
  const mentorEdgeMentee = new Int32Array(count);
  const mentorEdgeWeight = new Float64Array(count);
  const mentorEdgeId = new Int32Array(count);
  for (let i = 0; i < menteeCount; i++) {
    for (let e = edgeStart[i]!; e < edgeStart[i + 1]!; e++) {
      const slot = fill[edgeMentor[e]!]!++;
      mentorEdgeMentee[slot] = i;
      mentorEdgeWeight[slot] = edgeWeight[e]!;
      mentorEdgeId[slot] = e;
    }
  }
  return {
    engine: { edgeStart, edgeMentor, edgeWeight, mentorEdgeStart, mentorEdgeMentee, mentorEdgeWeight, mentorEdgeId },
    position,
  };
}

/**
 * Starting prices and matches that satisfy the engine's invariants. From mentees: mentor prices 0,
 * each mentee priced at its best weight and matched to that mentor if it has room. From mentors:
 * the mirror image.
 */
function warmStart(engine: MatchingEngine, graph: EngineGraph, fromMentors: boolean): void {
  const { menteePrice, mentorPrice, room, used, matchedEdge } = engine;
  if (!fromMentors) {
    // Each matched mentee's second-best value, an upper bound once prices rise (they only rise here).
    const second = new Float64Array(engine.menteeCount);
    const queue: number[] = [];
    for (let i = 0; i < engine.menteeCount; i++) {
      let best = 0;
      let runnerUp = 0;
      let bestEdge = -1;
      for (let e = graph.edgeStart[i]!; e < graph.edgeStart[i + 1]!; e++) {
        const weight = graph.edgeWeight[e]!;
        if (weight > best) {
          runnerUp = best;
          best = weight;
          bestEdge = e;
        } else if (weight > runnerUp) runnerUp = weight;
      }
      menteePrice[i] = best;
      if (bestEdge < 0) continue;
      if (used[graph.edgeMentor[bestEdge]!]! < room[graph.edgeMentor[bestEdge]!]!) {
        engine.assign(i, bestEdge);
        second[i] = runnerUp;
      } else queue.push(i);
    }
    bidForMentors(engine, graph, queue, second);
    return;
  }
  for (let j = 0; j < engine.mentorCount; j++) {
    let best = 0;
    for (let k = graph.mentorEdgeStart[j]!; k < graph.mentorEdgeStart[j + 1]!; k++)
      if (graph.mentorEdgeWeight[k]! > best) best = graph.mentorEdgeWeight[k]!;
    mentorPrice[j] = best;
    for (let k = graph.mentorEdgeStart[j]!; k < graph.mentorEdgeStart[j + 1]! && used[j]! < room[j]!; k++) {
      const mentee = graph.mentorEdgeMentee[k]!;
      if (best > 0 && graph.mentorEdgeWeight[k] === best && matchedEdge[mentee]! < 0)
        engine.assign(mentee, graph.mentorEdgeId[k]!);
    }
  }
}

/**
 * The certificate in input numbering, made exactly what it states: mentors without capacity get a
 * price covering all their pairs (free, as capacity · price = 0), and each mentee's price becomes
 * its best weight minus mentor price over all its pairs, which the engine's prices equal up to rounding.
 */
function finishCertificate(
  problem: IndexedProblem,
  bonus: number,
  matchedPair: Int32Array,
  mentorPrice: Float64Array,
): IndexedSolution {
  const { menteeCount, capacity, pairMentor, pairScore, rowStart, pairCount } = problem;
  for (let k = 0; k < pairCount; k++) {
    const mentor = pairMentor[k]!;
    if (capacity[mentor] === 0 && pairScore[k]! + bonus > mentorPrice[mentor]!)
      mentorPrice[mentor] = pairScore[k]! + bonus;
  }
  const menteePrices = new Float64Array(menteeCount);
  for (let i = 0; i < menteeCount; i++) {
    let price = 0;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      const value = pairScore[k]! + bonus - mentorPrice[pairMentor[k]!]!;
      if (value > price) price = value;
    }
    menteePrices[i] = price;
  }
  return { matchedPair, menteePrices, mentorPrices: mentorPrice };
}

/**
 * Jonker–Volgenant's "augmenting row reduction", extended to mentor capacities: an auction
 * without ε that keeps the engine's invariants exactly. An open mentee takes a slot of its best
 * mentor, whose price rises by as much as the bidder's margin over its second-best choice and the
 * margins of the mentor's other mentees allow; the mentee with the smallest margin is displaced
 * and bids in turn. Ties can make this cycle, hence the budget; the engine's searches finish.
 */
function bidForMentors(engine: MatchingEngine, graph: EngineGraph, queue: number[], second: Float64Array): void {
  const { menteePrice, mentorPrice, room, used, slotStart, slotMentee } = engine;
  const { edgeStart, edgeMentor, edgeWeight } = graph;
  // Bids are cheap, but ties can make them cycle: bounded, and swaps without a price rise more so.
  let budget = 64 * engine.menteeCount;
  let swaps = 4 * engine.menteeCount;
  for (let head = 0; head < queue.length && budget > 0; head++, budget--) {
    const bidder = queue[head]!;
    let best = 0;
    let runnerUp = 0;
    let bestEdge = -1;
    let runnerUpEdge = -1;
    for (let e = edgeStart[bidder]!; e < edgeStart[bidder + 1]!; e++) {
      const profit = edgeWeight[e]! - mentorPrice[edgeMentor[e]!]!;
      if (profit > best) {
        runnerUp = best;
        runnerUpEdge = bestEdge;
        best = profit;
        bestEdge = e;
      } else if (profit > runnerUp) {
        runnerUp = profit;
        runnerUpEdge = e;
      }
    }
    menteePrice[bidder] = best;
    if (bestEdge < 0) continue;
    // Between two equally good mentors, one with room is taken without displacing anybody.
    if (runnerUp === best && used[edgeMentor[runnerUpEdge]!]! < room[edgeMentor[runnerUpEdge]!]!)
      bestEdge = runnerUpEdge;
    const mentor = edgeMentor[bestEdge]!;
    if (used[mentor]! < room[mentor]!) {
      engine.assign(bidder, bestEdge);
      second[bidder] = runnerUp;
      continue;
    }
    // The held mentee with the smallest margin leaves; the others bound the price rise.
    let displaced = -1;
    let smallest = Infinity;
    let nextSmallest = Infinity;
    for (let slot = slotStart[mentor]!; slot < slotStart[mentor]! + used[mentor]!; slot++) {
      const held = slotMentee[slot]!;
      const margin = menteePrice[held]! - second[held]!;
      if (margin < smallest) {
        nextSmallest = smallest;
        smallest = margin;
        displaced = held;
      } else if (margin < nextSmallest) nextSmallest = margin;
    }
    let rise = Math.min(best - runnerUp, nextSmallest);
    if (!(rise > 0)) {
      // A swap between tied mentees: allowed, but a run of them is a cycle.
      rise = 0;
      if (--swaps < 0) break;
    }
    mentorPrice[mentor]! += rise;
    for (let slot = slotStart[mentor]!; slot < slotStart[mentor]! + used[mentor]!; slot++) {
      const held = slotMentee[slot]!;
      if (held !== displaced) menteePrice[held]! -= rise;
    }
    engine.unassign(displaced);
    engine.assign(bidder, bestEdge);
    menteePrice[bidder] = best - rise;
    second[bidder] = runnerUp;
    queue.push(displaced);
  }
}
