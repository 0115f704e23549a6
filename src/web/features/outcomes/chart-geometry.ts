// The arithmetic of the outcomes charts (forest plot, trend lines, Kaplan–Meier steps), without
// React. SVG's y grows downward: a range runs from the bottom of the plot to its top.

export type Point = { x: number; y: number };
export type Range = readonly [number, number];

const round = (value: number) => Math.round(value * 100) / 100;

/** Where `value` of `domain` lands on `range`, clamped to the range's ends. */
export function scaleLinear(value: number, domain: Range, range: Range): number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return round((r0 + r1) / 2);
  const share = Math.min(1, Math.max(0, (value - d0) / (d1 - d0)));
  return round(r0 + (r1 - r0) * share);
}

/** A round step (1, 2 or 5 times a power of ten) that splits `span` into at most about `count` parts. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  // A hair of slack: 0.2 / 0.1 is 2.0000000000000004 in floating point, and must count as 2.
  const fraction = raw / power - 1e-9;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Round tick values from at or below `min` to at or above `max`. A single value gets a little
 * room either side, so it never sits on the edge of an empty scale.
 *
 * @example niceTicks(-0.2, 0.74) // [-0.5, 0, 0.5, 1]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (high === low) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  for (let index = first; index <= last; index += 1) ticks.push(Number((index * step).toFixed(decimals)) + 0);
  return ticks;
}

/** The ends of the ticks: a domain that holds every value and starts and ends on a round number. */
export function tickDomain(ticks: readonly number[]): Range {
  return [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1];
}

/** `count` positions spread evenly from `start` to `end`; a single one sits in the middle. */
export function spread(count: number, start: number, end: number): number[] {
  if (count === 1) return [round((start + end) / 2)];
  return Array.from({ length: count }, (_, index) => round(start + ((end - start) * index) / (count - 1)));
}

const move = (point: Point) => `M${point.x} ${point.y}`;
const line = (point: Point) => `L${point.x} ${point.y}`;

/** The runs of neighbouring points, split where a point is missing. */
export function runsOf(points: readonly (Point | null)[]): Point[][] {
  const runs: Point[][] = [[]];
  for (const point of points) {
    if (point === null) runs.push([]);
    else runs[runs.length - 1]!.push(point);
  }
  return runs.filter((run) => run.length > 0);
}

/**
 * A line through the points that leaves a gap where one is missing, instead of bridging it; a
 * point alone between gaps draws no line (see `lonePoints`).
 *
 * @example linePath([{ x: 0, y: 0 }, { x: 1, y: 1 }, null, { x: 3, y: 3 }]) // 'M0 0 L1 1'
 */
export function linePath(points: readonly (Point | null)[]): string {
  return runsOf(points)
    .filter((run) => run.length >= 2)
    .map((run) => [move(run[0]!), ...run.slice(1).map(line)].join(' '))
    .join(' ');
}

/** The points with no neighbour to draw a line to: drawn as dots so they still show. */
export function lonePoints(points: readonly (Point | null)[]): Point[] {
  return runsOf(points)
    .filter((run) => run.length === 1)
    .map((run) => run[0]!);
}

/** A closed shape through the points. */
export function polygonPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  return [move(points[0]!), ...points.slice(1).map(line), 'Z'].join(' ');
}

/** A value over time: months and the value (a share) from then on. */
export type Step = { t: number; v: number };

/**
 * The corners of a step function that starts at `start` and, at each point's time, drops (or
 * rises) to its value: how a Kaplan–Meier curve is drawn. Repeated corners are left out.
 *
 * @example stepCorners({ t: 0, v: 1 }, [{ t: 2, v: 0.8 }]) // [{t:0,v:1}, {t:2,v:1}, {t:2,v:0.8}]
 */
export function stepCorners(start: Step, steps: readonly Step[]): Step[] {
  const corners: Step[] = [start];
  const add = (corner: Step) => {
    const last = corners[corners.length - 1]!;
    if (last.t !== corner.t || last.v !== corner.v) corners.push(corner);
  };
  for (const step of [...steps].sort((a, b) => a.t - b.t)) {
    add({ t: step.t, v: corners[corners.length - 1]!.v });
    add(step);
  }
  return corners;
}

/** The band between an upper and a lower step function over the same times: upper forward, lower back. */
export function bandCorners(upper: readonly Step[], lower: readonly Step[]): Step[] {
  return [...upper, ...[...lower].reverse()];
}

/** Where each corner lands on the plot. */
export function placeSteps(corners: readonly Step[], xDomain: Range, xRange: Range, yDomain: Range, yRange: Range) {
  return corners.map((corner) => ({
    x: scaleLinear(corner.t, xDomain, xRange),
    y: scaleLinear(corner.v, yDomain, yRange),
  }));
}
