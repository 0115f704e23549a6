/**
 * Finds the reporting-line cycles in a set of "employee reports to manager" edges whose
 * chains never reach the top of the organization. Returns each cycle once, as the
 * employee ids in reporting order starting from the smallest id, e.g. ['E1', 'E3', 'E2']
 * for E1 -> E3 -> E2 -> E1. People who only report *into* a cycle are not in it.
 * @example findReportingCycles(new Map([['A', 'B'], ['B', 'A'], ['C', 'A']])) // [['A', 'B']]
 */
export function findReportingCycles(managerOf: ReadonlyMap<string, string | null>): string[][] {
  const cycles: string[][] = [];
  // 0 = unvisited, 1 = on the current walk, 2 = done.
  const state = new Map<string, 1 | 2>();
  for (const start of managerOf.keys()) {
    if (state.has(start)) continue;
    const walk: string[] = [];
    let current: string | null | undefined = start;
    while (current !== null && current !== undefined && !state.has(current)) {
      state.set(current, 1);
      walk.push(current);
      current = managerOf.get(current);
    }
    if (current !== null && current !== undefined && state.get(current) === 1) {
      const cycle = walk.slice(walk.indexOf(current));
      const smallest = cycle.indexOf([...cycle].sort()[0]!);
      cycles.push([...cycle.slice(smallest), ...cycle.slice(0, smallest)]);
    }
    for (const id of walk) state.set(id, 2);
  }
  return cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}
