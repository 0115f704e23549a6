import { describe, expect, it } from 'vitest';
import {
  axisAngle,
  labelPlacement,
  pointOnAxis,
  ringPath,
  ringValues,
  seriesPath,
  seriesPoints,
  valueFraction,
  wrapLabel,
  type Frame,
} from './radar-geometry';

const frame: Frame = { centerX: 100, centerY: 100, radius: 50, min: 1, max: 5 };

describe('radar axes', () => {
  it('start at the top and go clockwise', () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    expect(pointOnAxis(0, 4, 1, frame)).toEqual({ x: 100, y: 50 });
    expect(pointOnAxis(1, 4, 1, frame)).toEqual({ x: 150, y: 100 });
    expect(pointOnAxis(2, 4, 0.5, frame)).toEqual({ x: 100, y: 125 });
    expect(pointOnAxis(3, 4, 1, frame)).toEqual({ x: 50, y: 100 });
  });

  it('places values between min and max, clamped to the chart', () => {
    expect(valueFraction(1, 1, 5)).toBe(0);
    expect(valueFraction(3, 1, 5)).toBe(0.5);
    expect(valueFraction(5, 1, 5)).toBe(1);
    expect(valueFraction(7, 1, 5)).toBe(1);
    expect(valueFraction(0, 1, 5)).toBe(0);
    expect(valueFraction(3, 5, 5)).toBe(0);
  });

  it('puts each label beyond its axis, anchored away from the chart', () => {
    expect(labelPlacement(0, 4, 10, frame)).toEqual({ x: 100, y: 40, anchor: 'middle', verticalAlign: 'bottom' });
    expect(labelPlacement(1, 4, 10, frame)).toMatchObject({ x: 160, anchor: 'start', verticalAlign: 'middle' });
    expect(labelPlacement(2, 4, 10, frame)).toMatchObject({ y: 160, anchor: 'middle', verticalAlign: 'top' });
    expect(labelPlacement(3, 4, 10, frame)).toMatchObject({ x: 40, anchor: 'end' });
  });
});

describe('radar series', () => {
  it('closes the shape when every axis has a value', () => {
    const points = seriesPoints([5, 3, 1, 3], frame);
    expect(points).toEqual([
      { x: 100, y: 50 },
      { x: 125, y: 100 },
      { x: 100, y: 100 },
      { x: 75, y: 100 },
    ]);
    expect(seriesPath(points)).toBe('M100 50 L125 100 L100 100 L75 100 Z');
  });

  it('leaves a gap for a missing value instead of dropping to the centre', () => {
    const points = seriesPoints([5, 5, null, 5], frame);
    expect(points[2]).toBeNull();
    // The run wraps past the last axis: 3 → 0 → 1 is one line.
    expect(seriesPath(points)).toBe('M50 100 L100 50 L150 100');
  });

  it('draws no line through a lone value, and nothing for no values', () => {
    expect(seriesPath(seriesPoints([5, null, 5, null], frame))).toBe('');
    expect(seriesPath(seriesPoints([null, null, null], frame))).toBe('');
    expect(seriesPath([])).toBe('');
  });

  it('draws grid rings through every axis', () => {
    expect(ringPath(4, 1, frame)).toBe('M100 50 L150 100 L100 150 L50 100 Z');
    expect(ringValues(1, 5)).toEqual([2, 3, 4, 5]);
    expect(ringValues(0, 100)).toEqual([50, 100]);
    expect(ringValues(3, 3)).toEqual([3]);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapLabel('Communication and active listening', 16)).toEqual(['Communication', 'and active', 'listening']);
    expect(wrapLabel('Short', 16)).toEqual(['Short']);
  });

  it('gives an overlong word its own line and cuts after the last allowed line', () => {
    expect(wrapLabel('Extraordinarilylongword x', 8)).toEqual(['Extraordinarilylongword', 'x']);
    expect(wrapLabel('one two three four', 3, 2)).toEqual(['one', 'two…']);
  });
});
