// The arithmetic of a radar chart, without React: axes around a circle, values as distances from
// the centre. Axis 0 points straight up and the others follow clockwise.

export type Point = { x: number; y: number };
export type Frame = { centerX: number; centerY: number; radius: number; min: number; max: number };

const round = (value: number) => Math.round(value * 100) / 100;

/** The angle of axis `index` of `count`, in radians: 0 is up, growing clockwise (SVG's y points down). */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** How far out a value lies, 0 at `min` and 1 at `max`, clamped to the chart. */
export function valueFraction(value: number, min: number, max: number): number {
  if (max <= min) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/** The point at `fraction` of the radius along axis `index` of `count`. */
export function pointOnAxis(index: number, count: number, fraction: number, frame: Frame): Point {
  const angle = axisAngle(index, count);
  return {
    x: round(frame.centerX + frame.radius * fraction * Math.cos(angle)),
    y: round(frame.centerY + frame.radius * fraction * Math.sin(angle)),
  };
}

/** One point per axis for a series; null where the series has no value. */
export function seriesPoints(values: readonly (number | null)[], frame: Frame): (Point | null)[] {
  return values.map((value, index) =>
    value === null ? null : pointOnAxis(index, values.length, valueFraction(value, frame.min, frame.max), frame),
  );
}

const move = (point: Point) => `M${point.x} ${point.y}`;
const line = (point: Point) => `L${point.x} ${point.y}`;

/**
 * The SVG path through a series' points: a closed polygon when every axis has a value; otherwise
 * the runs of neighbouring values as open lines (a lone value draws no line), so a missing value
 * never pulls the shape to the centre.
 *
 * @example seriesPath([{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 1 }]) // 'M0 0 L1 0 L1 1 Z'
 */
export function seriesPath(points: readonly (Point | null)[]): string {
  if (points.length === 0) return '';
  const firstGap = points.indexOf(null);
  if (firstGap === -1) {
    const all = points as readonly Point[];
    return [move(all[0]!), ...all.slice(1).map(line), 'Z'].join(' ');
  }
  // Start just after a gap so a run that wraps past the last axis stays one line.
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let step = 1; step <= points.length; step += 1) {
    const point = points[(firstGap + step) % points.length] ?? null;
    if (point === null) {
      runs.push(run);
      run = [];
    } else {
      run.push(point);
    }
  }
  runs.push(run);
  return runs
    .filter((points) => points.length >= 2)
    .map((points) => [move(points[0]!), ...points.slice(1).map(line)].join(' '))
    .join(' ');
}

/** A closed ring through every axis at `fraction` of the radius: the chart's grid. */
export function ringPath(count: number, fraction: number, frame: Frame): string {
  const points = Array.from({ length: count }, (_, index) => pointOnAxis(index, count, fraction, frame));
  return seriesPath(points);
}

export type LabelPlacement = Point & {
  anchor: 'start' | 'middle' | 'end';
  /** Where the first line sits against `y`: lines grow downward, upward, or around it. */
  verticalAlign: 'top' | 'bottom' | 'middle';
};

/** Where to put axis `index`'s label, `offset` beyond the outer ring, aligned away from the chart. */
export function labelPlacement(index: number, count: number, offset: number, frame: Frame): LabelPlacement {
  const angle = axisAngle(index, count);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const distance = frame.radius + offset;
  return {
    x: round(frame.centerX + distance * cos),
    y: round(frame.centerY + distance * sin),
    anchor: Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end',
    verticalAlign: sin < -0.8 ? 'bottom' : sin > 0.8 ? 'top' : 'middle',
  };
}

/**
 * Splits a label into lines of at most `width` characters at spaces (a longer word gets a line of
 * its own), and at most `maxLines` lines, the last ending in "…" when text was cut.
 *
 * @example wrapLabel('Communication and active listening', 16) // ['Communication', 'and active', 'listening']
 */
export function wrapLabel(text: string, width: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** The values to draw rings at: each whole number from `min` to `max`, or just the ends when there are many. */
export function ringValues(min: number, max: number): number[] {
  if (max <= min) return [max];
  const span = max - min;
  if (span > 10 || !Number.isInteger(min) || !Number.isInteger(max)) return [min + span / 2, max];
  return Array.from({ length: span }, (_, index) => min + index + 1);
}
