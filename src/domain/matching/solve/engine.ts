/**
 * The exact core: primal–dual shortest augmenting paths for maximum-weight bipartite b-matching
 * (mentees take at most one mentor, mentor j at most room[j] mentees), on typed arrays.
 *
 * With mentee prices u, mentor prices v and reduced cost rc = u + v - w on each edge, the engine
 * keeps, between searches:
 * 1. dual feasibility: u, v ≥ 0 and rc ≥ 0 on every edge of the graph;
 * 2. every matched edge has rc = 0.
 * The remaining LP complementary-slackness conditions may be violated, by "open" people:
 * an unmatched mentee with u > 0, or a mentor with room left and v > 0. A search from an open
 * person closes it and opens nobody else, so searching from each open person once gives an
 * optimal matching, with (u, v) as the dual proof.
 *
 * A search is Dijkstra over reduced costs (as in Jonker–Volgenant). From a mentee: to mentors
 * over unmatched edges, from a mentor back to the mentees it holds at cost 0; it ends at the first
 * mentor with room, or by "dropping": lowering some reached mentee's price to 0 so that it gives up
 * its mentor, whichever is nearer. From a mentor it is the mirror image. Prices then move by the
 * distances, which keeps (1) and (2). Either kind may start from any prices satisfying (1) and (2),
 * which lets the caller warm-start, and add edges between rounds.
 */
export type EngineGraph = {
  /** Edges of mentee i: edgeStart[i] .. edgeStart[i + 1]. */
  edgeStart: Int32Array;
  edgeMentor: Int32Array;
  edgeWeight: Float64Array;
  /** The same edges grouped by mentor: mentorEdgeStart[j] .. mentorEdgeStart[j + 1]. */
  mentorEdgeStart: Int32Array;
  mentorEdgeMentee: Int32Array;
  mentorEdgeWeight: Float64Array;
  /** Position of the edge in the mentee grouping. */
  mentorEdgeId: Int32Array;
};

export class MatchingEngine {
  readonly menteeCount: number;
  readonly mentorCount: number;
  readonly menteePrice: Float64Array;
  readonly mentorPrice: Float64Array;
  /** How many mentees mentor j may hold: its capacity, or its degree + 1 when that is smaller (never fills). */
  readonly room: Int32Array;
  /** The mentees mentor j holds are slotMentee[slotStart[j] .. slotStart[j] + used[j]). */
  readonly slotStart: Int32Array;
  readonly slotMentee: Int32Array;
  readonly used: Int32Array;
  /** Per mentee: its edge in the current graph (or -1), and its position among its mentor's slots. */
  readonly matchedEdge: Int32Array;
  readonly menteeSlot: Int32Array;
  graph: EngineGraph;

  // Search scratch. Stamps (the search number) mark valid entries, so nothing is ever cleared.
  private search = 0;
  private readonly mentorDistance: Float64Array;
  private readonly mentorReached: Int32Array;
  private readonly mentorSettled: Int32Array;
  private readonly mentorPredecessor: Int32Array;
  private readonly mentorPredecessorEdge: Int32Array;
  private readonly menteeDistance: Float64Array;
  private readonly menteeReached: Int32Array;
  private readonly menteeSettled: Int32Array;
  private readonly menteePredecessor: Int32Array;
  private readonly menteePredecessorEdge: Int32Array;
  private readonly settledMentees: Int32Array;
  private readonly settledMentors: Int32Array;
  // Binary min-heaps keyed by the distances; position -1 when not in the heap.
  private readonly mentorHeap: Int32Array;
  private readonly mentorHeapPosition: Int32Array;
  private readonly menteeHeap: Int32Array;
  private readonly menteeHeapPosition: Int32Array;

  constructor(menteeCount: number, mentorCount: number, room: Int32Array, slotCount: Int32Array, graph: EngineGraph) {
    this.menteeCount = menteeCount;
    this.mentorCount = mentorCount;
    this.room = room;
    this.graph = graph;
    this.menteePrice = new Float64Array(menteeCount);
    this.mentorPrice = new Float64Array(mentorCount);
    this.slotStart = new Int32Array(mentorCount + 1);
    for (let j = 0; j < mentorCount; j++) this.slotStart[j + 1] = this.slotStart[j]! + slotCount[j]!;
    this.slotMentee = new Int32Array(this.slotStart[mentorCount]!);
    this.used = new Int32Array(mentorCount);
    this.matchedEdge = new Int32Array(menteeCount).fill(-1);
    this.menteeSlot = new Int32Array(menteeCount);
    this.mentorDistance = new Float64Array(mentorCount);
    this.mentorReached = new Int32Array(mentorCount);
    this.mentorSettled = new Int32Array(mentorCount);
    this.mentorPredecessor = new Int32Array(mentorCount);
    this.mentorPredecessorEdge = new Int32Array(mentorCount);
    this.menteeDistance = new Float64Array(menteeCount);
    this.menteeReached = new Int32Array(menteeCount);
    this.menteeSettled = new Int32Array(menteeCount);
    this.menteePredecessor = new Int32Array(menteeCount);
    this.menteePredecessorEdge = new Int32Array(menteeCount);
    this.settledMentees = new Int32Array(menteeCount);
    this.settledMentors = new Int32Array(mentorCount);
    this.mentorHeap = new Int32Array(mentorCount);
    this.mentorHeapPosition = new Int32Array(mentorCount).fill(-1);
    this.menteeHeap = new Int32Array(menteeCount);
    this.menteeHeapPosition = new Int32Array(menteeCount).fill(-1);
  }

  /** Matches mentee i over edge e, appending it to the mentor's slots. */
  assign(mentee: number, edge: number): void {
    const mentor = this.graph.edgeMentor[edge]!;
    const slot = this.slotStart[mentor]! + this.used[mentor]!;
    this.used[mentor]!++;
    this.slotMentee[slot] = mentee;
    this.menteeSlot[mentee] = slot;
    this.matchedEdge[mentee] = edge;
  }

  /** Unmatches mentee i; its mentor's last slot fills the gap. */
  unassign(mentee: number): void {
    const mentor = this.graph.edgeMentor[this.matchedEdge[mentee]!]!;
    this.removeFromSlots(mentor, mentee);
    this.matchedEdge[mentee] = -1;
  }

  private removeFromSlots(mentor: number, mentee: number): void {
    const last = this.slotStart[mentor]! + this.used[mentor]! - 1;
    const slot = this.menteeSlot[mentee]!;
    const moved = this.slotMentee[last]!;
    this.slotMentee[slot] = moved;
    this.menteeSlot[moved] = slot;
    this.used[mentor]!--;
  }

  /** Whether mentee i violates complementary slackness (unmatched with a positive price). */
  isOpenMentee(mentee: number): boolean {
    return this.matchedEdge[mentee]! < 0 && this.menteePrice[mentee]! > 0;
  }

  /** Whether mentor j violates complementary slackness (room left with a positive price). */
  isOpenMentor(mentor: number): boolean {
    return this.used[mentor]! < this.room[mentor]! && this.mentorPrice[mentor]! > 0;
  }

  /** Closes an open mentee: afterwards it is matched or its price is 0. */
  searchFromMentee(root: number): void {
    const { edgeStart, edgeMentor, edgeWeight } = this.graph;
    const { menteePrice, mentorPrice, room, used, slotStart, slotMentee, matchedEdge, menteeSlot } = this;
    const { mentorDistance, mentorReached, mentorSettled, mentorPredecessor, mentorPredecessorEdge } = this;
    const { menteeDistance, settledMentees, settledMentors } = this;
    const heap = this.mentorHeap;
    const heapPosition = this.mentorHeapPosition;

    // Prices elsewhere may have moved since this mentee's price was set: lower it to the least feasible value.
    let rootPrice = 0;
    for (let e = edgeStart[root]!; e < edgeStart[root + 1]!; e++) {
      const value = edgeWeight[e]! - mentorPrice[edgeMentor[e]!]!;
      if (value > rootPrice) rootPrice = value;
    }
    menteePrice[root] = rootPrice;
    if (rootPrice <= 0) return;

    const search = ++this.search;
    let heapSize = 0;
    let settledMenteeCount = 0;
    let settledMentorCount = 0;
    // The cheapest way found so far to end by dropping: lower a reached mentee's price to 0.
    let dropCost = rootPrice;
    let dropMentee = root;
    let terminalMentor = -1;
    let finalDistance = 0;
    menteeDistance[root] = 0;
    settledMentees[settledMenteeCount++] = root;
    let scanIndex = 0;
    search: for (;;) {
      while (scanIndex < settledMenteeCount) {
        const mentee = settledMentees[scanIndex++]!;
        const menteeDistanceNow = menteeDistance[mentee]!;
        const base = menteeDistanceNow + menteePrice[mentee]!;
        const end = edgeStart[mentee + 1]!;
        for (let e = edgeStart[mentee]!; e < end; e++) {
          const mentor = edgeMentor[e]!;
          // A mentee's own mentor is settled already (that is how the mentee was reached).
          if (mentorSettled[mentor] === search) continue;
          let distance = base + mentorPrice[mentor]! - edgeWeight[e]!;
          // Rounding can leave a reduced cost a hair below 0; a distance never goes below its origin's.
          if (distance < menteeDistanceNow) distance = menteeDistanceNow;
          if (distance > dropCost) continue;
          if (mentorReached[mentor] !== search) {
            mentorReached[mentor] = search;
            mentorDistance[mentor] = distance;
            mentorPredecessor[mentor] = mentee;
            mentorPredecessorEdge[mentor] = e;
            if (distance === menteeDistanceNow && used[mentor]! < room[mentor]!) {
              // Nothing is nearer than this mentee, so a mentor with room at its distance ends the search.
              terminalMentor = mentor;
              finalDistance = distance;
              break search;
            }
            heapSize = heapPush(heap, heapPosition, mentorDistance, heapSize, mentor, distance);
          } else if (distance < mentorDistance[mentor]!) {
            mentorDistance[mentor] = distance;
            mentorPredecessor[mentor] = mentee;
            mentorPredecessorEdge[mentor] = e;
            siftUp(heap, heapPosition, mentorDistance, heapPosition[mentor]!, mentor, distance);
          }
        }
      }
      if (heapSize === 0) break;
      const mentor = heap[0]!;
      const distance = mentorDistance[mentor]!;
      if (distance > dropCost) break;
      heapSize = heapPop(heap, heapPosition, mentorDistance, heapSize);
      if (used[mentor]! < room[mentor]!) {
        terminalMentor = mentor;
        finalDistance = distance;
        break;
      }
      mentorSettled[mentor] = search;
      settledMentors[settledMentorCount++] = mentor;
      const slotEnd = slotStart[mentor]! + used[mentor]!;
      for (let slot = slotStart[mentor]!; slot < slotEnd; slot++) {
        const held = slotMentee[slot]!;
        menteeDistance[held] = distance;
        settledMentees[settledMenteeCount++] = held;
        const cost = distance + menteePrice[held]!;
        if (cost < dropCost) {
          dropCost = cost;
          dropMentee = held;
        }
      }
    }
    if (terminalMentor < 0) finalDistance = dropCost;
    for (let k = 0; k < heapSize; k++) heapPosition[heap[k]!] = -1;

    // Prices move by how far inside the final distance each settled node lies.
    for (let k = 0; k < settledMenteeCount; k++) {
      const settled = settledMentees[k]!;
      const price = menteePrice[settled]! - (finalDistance - menteeDistance[settled]!);
      menteePrice[settled] = price > 0 ? price : 0;
    }
    for (let k = 0; k < settledMentorCount; k++) {
      const settled = settledMentors[k]!;
      mentorPrice[settled]! += finalDistance - mentorDistance[settled]!;
    }

    // Flip the path: each mentor on it gives the slot of the mentee moving on to the mentee before it.
    let mentor: number;
    let slot: number;
    if (terminalMentor >= 0) {
      mentor = terminalMentor;
      slot = slotStart[mentor]! + used[mentor]!;
      used[mentor]!++;
    } else {
      menteePrice[dropMentee] = 0;
      if (dropMentee === root) return;
      slot = menteeSlot[dropMentee]!;
      mentor = edgeMentor[matchedEdge[dropMentee]!]!;
      matchedEdge[dropMentee] = -1;
    }
    for (;;) {
      const taker = mentorPredecessor[mentor]!;
      const previousSlot = menteeSlot[taker]!;
      const previousEdge = matchedEdge[taker]!;
      slotMentee[slot] = taker;
      menteeSlot[taker] = slot;
      matchedEdge[taker] = mentorPredecessorEdge[mentor]!;
      if (taker === root) break;
      slot = previousSlot;
      mentor = edgeMentor[previousEdge]!;
    }
  }

  /** Closes an open mentor (one unit of room): afterwards it holds one more mentee or its price is 0. */
  searchFromMentor(root: number): void {
    const { mentorEdgeStart, mentorEdgeMentee, mentorEdgeWeight, mentorEdgeId, edgeMentor } = this.graph;
    const { menteePrice, mentorPrice, used, slotStart, slotMentee, matchedEdge, menteeSlot } = this;
    const { menteeDistance, menteeReached, menteeSettled, menteePredecessor, menteePredecessorEdge } = this;
    const { mentorDistance, mentorSettled, mentorPredecessor, settledMentees, settledMentors } = this;
    const heap = this.menteeHeap;
    const heapPosition = this.menteeHeapPosition;

    let rootPrice = 0;
    for (let k = mentorEdgeStart[root]!; k < mentorEdgeStart[root + 1]!; k++) {
      const value = mentorEdgeWeight[k]! - menteePrice[mentorEdgeMentee[k]!]!;
      if (value > rootPrice) rootPrice = value;
    }
    mentorPrice[root] = rootPrice;
    if (rootPrice <= 0) return;

    const search = ++this.search;
    let heapSize = 0;
    let settledMenteeCount = 0;
    let settledMentorCount = 0;
    // The cheapest way found so far to end by dropping: lower a reached mentor's price to 0 (it keeps room).
    let dropCost = rootPrice;
    let dropMentor = root;
    let terminalMentee = -1;
    let finalDistance = 0;
    // Settling a mentor lowers its price, so the mentees it holds rise with it (their matched edges
    // stay tight): they settle at the mentor's distance, and lead nowhere else (one mentor each).
    let settling = root;
    let settlingDistance = 0;
    search: for (;;) {
      mentorSettled[settling] = search;
      mentorDistance[settling] = settlingDistance;
      settledMentors[settledMentorCount++] = settling;
      const slotEnd = slotStart[settling]! + used[settling]!;
      for (let slot = slotStart[settling]!; slot < slotEnd; slot++) {
        const held = slotMentee[slot]!;
        menteeSettled[held] = search;
        menteeDistance[held] = settlingDistance;
        settledMentees[settledMenteeCount++] = held;
        // Reached earlier over another edge: its key just fell, so restore heap order (pops skip it).
        if (heapPosition[held]! >= 0)
          siftUp(heap, heapPosition, menteeDistance, heapPosition[held]!, held, settlingDistance);
      }
      // Reach the mentees it does not hold, over unmatched edges.
      const settlingBase = settlingDistance + mentorPrice[settling]!;
      const end = mentorEdgeStart[settling + 1]!;
      for (let k = mentorEdgeStart[settling]!; k < end; k++) {
        const mentee = mentorEdgeMentee[k]!;
        // Includes the mentees this mentor holds: they settled with it.
        if (menteeSettled[mentee] === search) continue;
        let distance = settlingBase + menteePrice[mentee]! - mentorEdgeWeight[k]!;
        if (distance < settlingDistance) distance = settlingDistance;
        if (distance > dropCost) continue;
        if (menteeReached[mentee] !== search) {
          menteeReached[mentee] = search;
          menteeDistance[mentee] = distance;
          menteePredecessor[mentee] = settling;
          menteePredecessorEdge[mentee] = mentorEdgeId[k]!;
          if (distance === settlingDistance && matchedEdge[mentee]! < 0) {
            terminalMentee = mentee;
            finalDistance = distance;
            break search;
          }
          heapSize = heapPush(heap, heapPosition, menteeDistance, heapSize, mentee, distance);
        } else if (distance < menteeDistance[mentee]!) {
          menteeDistance[mentee] = distance;
          menteePredecessor[mentee] = settling;
          menteePredecessorEdge[mentee] = mentorEdgeId[k]!;
          siftUp(heap, heapPosition, menteeDistance, heapPosition[mentee]!, mentee, distance);
        }
      }
      // The nearest reached mentee that did not settle with its mentor meanwhile.
      let mentee = -1;
      let distance = 0;
      while (heapSize > 0) {
        mentee = heap[0]!;
        distance = menteeDistance[mentee]!;
        if (distance > dropCost) break search;
        heapSize = heapPop(heap, heapPosition, menteeDistance, heapSize);
        if (menteeSettled[mentee] !== search) break;
        mentee = -1;
      }
      if (mentee < 0) break;
      if (matchedEdge[mentee]! < 0) {
        terminalMentee = mentee;
        finalDistance = distance;
        break;
      }
      // The mentee's mentor is not settled (else the mentee would be): it is reached through this mentee.
      const mentor = edgeMentor[matchedEdge[mentee]!]!;
      mentorPredecessor[mentor] = mentee;
      settling = mentor;
      settlingDistance = distance;
      const cost = distance + mentorPrice[mentor]!;
      if (cost < dropCost) {
        dropCost = cost;
        dropMentor = mentor;
      }
    }
    if (terminalMentee < 0) finalDistance = dropCost;
    for (let k = 0; k < heapSize; k++) heapPosition[heap[k]!] = -1;

    for (let k = 0; k < settledMentorCount; k++) {
      const settled = settledMentors[k]!;
      const price = mentorPrice[settled]! - (finalDistance - mentorDistance[settled]!);
      mentorPrice[settled] = price > 0 ? price : 0;
    }
    for (let k = 0; k < settledMenteeCount; k++) {
      const settled = settledMentees[k]!;
      menteePrice[settled]! += finalDistance - menteeDistance[settled]!;
    }

    // Flip the path: each mentee on it moves to the mentor that reached it, taking the slot of the
    // mentee that leaves that mentor in turn; the root mentor gains a slot, a dropped mentor loses one.
    let entering: number;
    if (terminalMentee >= 0) entering = terminalMentee;
    else {
      mentorPrice[dropMentor] = 0;
      if (dropMentor === root) return;
      entering = mentorPredecessor[dropMentor]!;
      this.removeFromSlots(dropMentor, entering);
    }
    for (;;) {
      const mentor = menteePredecessor[entering]!;
      matchedEdge[entering] = menteePredecessorEdge[entering]!;
      if (mentor === root) {
        const slot = slotStart[root]! + used[root]!;
        used[root]!++;
        slotMentee[slot] = entering;
        menteeSlot[entering] = slot;
        break;
      }
      const leaving = mentorPredecessor[mentor]!;
      const slot = menteeSlot[leaving]!;
      slotMentee[slot] = entering;
      menteeSlot[entering] = slot;
      entering = leaving;
    }
  }
}

function siftUp(
  heap: Int32Array,
  heapPosition: Int32Array,
  key: Float64Array,
  position: number,
  node: number,
  nodeKey: number,
): void {
  while (position > 0) {
    const parentPosition = (position - 1) >> 1;
    const parent = heap[parentPosition]!;
    if (key[parent]! <= nodeKey) break;
    heap[position] = parent;
    heapPosition[parent] = position;
    position = parentPosition;
  }
  heap[position] = node;
  heapPosition[node] = position;
}

function heapPush(
  heap: Int32Array,
  heapPosition: Int32Array,
  key: Float64Array,
  size: number,
  node: number,
  nodeKey: number,
): number {
  siftUp(heap, heapPosition, key, size, node, nodeKey);
  return size + 1;
}

/** Removes the minimum; returns the new size. */
function heapPop(heap: Int32Array, heapPosition: Int32Array, key: Float64Array, size: number): number {
  heapPosition[heap[0]!] = -1;
  size--;
  if (size === 0) return 0;
  const last = heap[size]!;
  const lastKey = key[last]!;
  let position = 0;
  for (;;) {
    let child = 2 * position + 1;
    if (child >= size) break;
    if (child + 1 < size && key[heap[child + 1]!]! < key[heap[child]!]!) child++;
    const childNode = heap[child]!;
    if (key[childNode]! >= lastKey) break;
    heap[position] = childNode;
    heapPosition[childNode] = position;
    position = child;
  }
  heap[position] = last;
  heapPosition[last] = position;
  return size;
}
