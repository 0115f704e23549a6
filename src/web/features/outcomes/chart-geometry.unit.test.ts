import { describe, expect, it } from 'vitest';
import {
  bandCorners,
  linePath,
  lonePoints,
  niceStep,
  niceTicks,
  placeSteps,
  polygonPath,
  scaleLinear,
  spread,
  stepCorners,
  tickDomain,
} from './chart-geometry';

describe('scales', () => {
  it('maps a domain onto a range, also an upside-down one', () => {
    expect(scaleLinear(0, [0, 10], [0, 100])).toBe(0);
    expect(scaleLinear(2.5, [0, 10], [0, 100])).toBe(25);
    expect(scaleLinear(0.25, [0, 1], [200, 0])).toBe(150);
  });

  it('clamps values outside the domain, and centres a domain of one value', () => {
    expect(scaleLinear(-5, [0, 10], [0, 100])).toBe(0);
    expect(scaleLinear(15, [0, 10], [0, 100])).toBe(100);
    expect(scaleLinear(3, [3, 3], [0, 100])).toBe(50);
  });

  it('spreads positions evenly, one in the middle', () => {
    expect(spread(3, 0, 100)).toEqual([0, 50, 100]);
    expect(spread(1, 0, 100)).toEqual([50]);
    expect(spread(0, 0, 100)).toEqual([]);
  });
});

describe('ticks', () => {
  it('picks round steps', () => {
    expect(niceStep(10, 6)).toBe(2);
    expect(niceStep(0.94, 5)).toBe(0.5);
    expect(niceStep(100, 5)).toBe(50);
  });

  it('covers the values with round numbers, zero included when it lies between', () => {
    expect(niceTicks(-0.2, 0.74)).toEqual([-0.5, 0, 0.5, 1]);
    expect(niceTicks(3.6, 4.2)).toEqual([3.6, 3.8, 4, 4.2]);
    expect(niceTicks(0, 24, 7)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(tickDomain(niceTicks(-0.2, 0.74))).toEqual([-0.5, 1]);
  });

  it('gives a single value room, and survives no values at all', () => {
    expect(niceTicks(4, 4)).toEqual([3.6, 3.8, 4, 4.2, 4.4]);
    expect(niceTicks(0, 0)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(niceTicks(Infinity, -Infinity)).toEqual([0, 1]);
    expect(tickDomain([])).toEqual([0, 1]);
  });

  it('writes no negative zero', () => {
    expect(
      Object.is(
        niceTicks(-1, 1).find((tick) => tick === 0),
        -0,
      ),
    ).toBe(false);
  });
});

describe('lines with gaps', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 1, y: 1 };
  const c = { x: 2, y: 2 };
  const d = { x: 3, y: 3 };

  it('draws runs of neighbours and leaves the gaps empty', () => {
    expect(linePath([a, b, c])).toBe('M0 0 L1 1 L2 2');
    expect(linePath([a, b, null, c, d])).toBe('M0 0 L1 1 M2 2 L3 3');
    expect(linePath([a, null, c])).toBe('');
    expect(linePath([])).toBe('');
  });

  it('finds the points without a neighbour, to draw them as dots', () => {
    expect(lonePoints([a, null, c, d, null, null, b])).toEqual([a, b]);
    expect(lonePoints([a, b])).toEqual([]);
  });

  it('closes a polygon', () => {
    expect(polygonPath([a, b, c])).toBe('M0 0 L1 1 L2 2 Z');
    expect(polygonPath([])).toBe('');
  });
});

describe('Kaplan–Meier steps', () => {
  it('holds each value until the next time, then drops', () => {
    expect(
      stepCorners({ t: 0, v: 1 }, [
        { t: 2, v: 0.8 },
        { t: 5, v: 0.5 },
      ]),
    ).toEqual([
      { t: 0, v: 1 },
      { t: 2, v: 1 },
      { t: 2, v: 0.8 },
      { t: 5, v: 0.8 },
      { t: 5, v: 0.5 },
    ]);
  });

  it('sorts the points by time and leaves out repeated corners', () => {
    expect(
      stepCorners({ t: 0, v: 1 }, [
        { t: 3, v: 0.5 },
        { t: 0, v: 1 },
        { t: 1, v: 1 },
      ]),
    ).toEqual([
      { t: 0, v: 1 },
      { t: 1, v: 1 },
      { t: 3, v: 1 },
      { t: 3, v: 0.5 },
    ]);
    expect(stepCorners({ t: 0, v: 1 }, [])).toEqual([{ t: 0, v: 1 }]);
  });

  it('closes the band: upper forward, lower back', () => {
    const upper = stepCorners({ t: 0, v: 1 }, [{ t: 2, v: 0.9 }]);
    const lower = stepCorners({ t: 0, v: 1 }, [{ t: 2, v: 0.6 }]);
    expect(bandCorners(upper, lower)).toEqual([
      { t: 0, v: 1 },
      { t: 2, v: 1 },
      { t: 2, v: 0.9 },
      { t: 2, v: 0.6 },
      { t: 2, v: 1 },
      { t: 0, v: 1 },
    ]);
  });

  it('places corners on the plot, 100% at the top', () => {
    expect(
      placeSteps(
        [
          { t: 0, v: 1 },
          { t: 10, v: 0.5 },
        ],
        [0, 10],
        [50, 150],
        [0, 1],
        [200, 0],
      ),
    ).toEqual([
      { x: 50, y: 0 },
      { x: 150, y: 100 },
    ]);
  });
});
