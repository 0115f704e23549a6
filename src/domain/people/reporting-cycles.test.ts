import { describe, expect, it } from 'vitest';
import { findReportingCycles } from './reporting-cycles.js';

const edges = (pairs: [string, string | null][]) => new Map(pairs);

describe('findReportingCycles', () => {
  it('finds none in a proper tree', () => {
    expect(
      findReportingCycles(
        edges([
          ['CEO', null],
          ['A', 'CEO'],
          ['B', 'A'],
          ['C', 'A'],
        ]),
      ),
    ).toEqual([]);
  });

  it('finds a two-person cycle once, not the people reporting into it', () => {
    expect(
      findReportingCycles(
        edges([
          ['A', 'B'],
          ['B', 'A'],
          ['C', 'A'],
          ['D', 'C'],
        ]),
      ),
    ).toEqual([['A', 'B']]);
  });

  it('gives a longer cycle in reporting order from its smallest id', () => {
    expect(
      findReportingCycles(
        edges([
          ['E2', 'E1'],
          ['E1', 'E3'],
          ['E3', 'E2'],
        ]),
      ),
    ).toEqual([['E1', 'E3', 'E2']]);
  });

  it('finds several separate cycles and a self-report', () => {
    const found = findReportingCycles(
      edges([
        ['X', 'X'],
        ['A', 'B'],
        ['B', 'A'],
        ['T', null],
      ]),
    );
    expect(found).toEqual([['A', 'B'], ['X']]);
  });

  it('ignores managers missing from the map (an unknown manager is a different error)', () => {
    expect(findReportingCycles(edges([['A', 'GHOST']]))).toEqual([]);
  });

  it('handles a long chain without recursion limits', () => {
    const chain = new Map<string, string | null>([['P0', null]]);
    for (let i = 1; i < 200_000; i++) chain.set(`P${i}`, `P${i - 1}`);
    expect(findReportingCycles(chain)).toEqual([]);
  });
});
