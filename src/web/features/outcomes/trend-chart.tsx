import { Box, Group, Text } from '@mantine/core';
import { linePath, lonePoints, niceTicks, scaleLinear, spread, tickDomain, type Point } from './chart-geometry';

export type TrendSeries = {
  label: string;
  /** One value per quarter, in the quarters' order; null where there is none (a gap in the line). */
  values: readonly (number | null)[];
  color: string;
  /** A dashed line tells the series apart in black-and-white print too. */
  isDashed?: boolean;
};

const width = 640;
const height = 260;
const left = 52;
const right = width - 20;
const top = 24;
const bottom = height - 44;

/**
 * Two or more series over the quarters as lines, drawn as SVG like the pulse trend chart. A
 * quarter without a value leaves a gap; `markers` put a dashed rule at named quarters.
 */
export function TrendChart({
  quarters,
  series,
  markers = [],
  limits,
  description,
}: {
  quarters: readonly string[];
  series: readonly TrendSeries[];
  markers?: readonly { quarter: string; label: string }[];
  /** The scale's possible range (0–100 for a percentage): the padding never reaches past it. */
  limits?: readonly [number, number];
  description: string;
}) {
  const values = series.flatMap((entry) => entry.values.filter((value): value is number => value !== null));
  // A little room above and below, so no point sits on the plot's edge.
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const pad = (high - low) * 0.1;
  const ticks = niceTicks(
    limits ? Math.max(limits[0], low - pad) : low - pad,
    limits ? Math.min(limits[1], high + pad) : high + pad,
    5,
  );
  const domain = tickDomain(ticks);
  const xs = spread(quarters.length, left + 24, right - 24);
  const y = (value: number) => scaleLinear(value, domain, [bottom, top]);
  // With many quarters every other label keeps them from running into each other; counted from
  // the latest, which is always labelled.
  const labelEvery = quarters.length > 8 ? 2 : 1;

  return (
    <Box component="figure" m={0}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: 'block', height: 'auto' }}
        role="img"
        aria-label={description}
      >
        <g aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke="var(--mantine-color-gray-3)" />
              <text
                x={left - 8}
                y={y(tick)}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize={12}
                fill="var(--mantine-color-dimmed)"
              >
                {tick}
              </text>
            </g>
          ))}
          {markers.map((marker) => {
            const index = quarters.indexOf(marker.quarter);
            const x = xs[index];
            if (x === undefined) return null;
            return (
              <g key={`${marker.label}-${marker.quarter}`}>
                <line
                  x1={x}
                  x2={x}
                  y1={top - 4}
                  y2={bottom}
                  stroke="var(--mantine-color-gray-6)"
                  strokeDasharray="4 4"
                />
                <text x={x} y={top - 10} textAnchor="middle" fontSize={11} fill="var(--mantine-color-dimmed)">
                  {marker.label}
                </text>
              </g>
            );
          })}
          {quarters.map((quarter, index) =>
            (quarters.length - 1 - index) % labelEvery === 0 ? (
              <text
                key={quarter}
                x={xs[index]}
                y={bottom + 20}
                textAnchor="middle"
                fontSize={12}
                fill="var(--mantine-color-text)"
              >
                {quarter}
              </text>
            ) : null,
          )}
          {series.map((entry) => {
            const points = entry.values.map((value, index): Point | null =>
              value === null ? null : { x: xs[index] ?? left, y: y(value) },
            );
            return (
              <g key={entry.label}>
                <path
                  d={linePath(points)}
                  fill="none"
                  stroke={entry.color}
                  strokeWidth={2.5}
                  strokeDasharray={entry.isDashed ? '7 5' : undefined}
                  strokeLinejoin="round"
                />
                {points.map((point, index) =>
                  point === null ? null : <circle key={index} cx={point.x} cy={point.y} r={3.5} fill={entry.color} />,
                )}
                {lonePoints(points).map((point) => (
                  <circle key={`lone-${point.x}`} cx={point.x} cy={point.y} r={5} fill="none" stroke={entry.color} />
                ))}
              </g>
            );
          })}
        </g>
      </svg>
      <ChartLegend series={series} />
    </Box>
  );
}

/** The series' names beside a sample of their line, under a chart. */
export function ChartLegend({ series }: { series: readonly { label: string; color: string; isDashed?: boolean }[] }) {
  return (
    <Group component="figcaption" gap="lg" mt="xs" justify="center">
      {series.map((entry) => (
        <Group key={entry.label} gap={6} wrap="nowrap">
          <svg width={28} height={10} aria-hidden="true">
            <line
              x1={1}
              y1={5}
              x2={27}
              y2={5}
              stroke={entry.color}
              strokeWidth={3}
              strokeDasharray={entry.isDashed ? '7 5' : undefined}
            />
          </svg>
          <Text size="sm">{entry.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
