import { Box, Group, Text } from '@mantine/core';
import { useId } from 'react';
import {
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

export type RadarSeries = {
  label: string;
  /** One value per axis, in the axes' order; null where there is none. */
  values: readonly (number | null)[];
  /** Any CSS colour, e.g. `var(--mantine-color-indigo-7)`. */
  color: string;
  /** A dashed outline tells the series apart in black-and-white print too. */
  isDashed?: boolean;
};

export type RadarChartProps = {
  /** The chart's accessible name. */
  title: string;
  /** The label of each axis, clockwise from the top. */
  axes: readonly string[];
  series: readonly RadarSeries[];
  /** The value at the centre and at the outer ring. */
  min: number;
  max: number;
  /** How values read in the description for screen readers; default: as they are. */
  formatValue?: (value: number) => string;
  /** How the grid rings are labelled; default: as they are. */
  formatTick?: (value: number) => string;
};

const width = 640;
const height = 520;
const frame: Frame = { centerX: width / 2, centerY: height / 2, radius: 170, min: 0, max: 1 };
const labelOffset = 16;
const lineHeight = 15;
const labelWidth = 18;

/**
 * A radar (spider) chart of one or more series over the same axes, drawn as SVG. Screen readers
 * get every value in the description; the legend names the series.
 */
export function RadarChart({
  title,
  axes,
  series,
  min,
  max,
  formatValue = String,
  formatTick = String,
}: RadarChartProps) {
  const id = useId();
  const scale: Frame = { ...frame, min, max };
  const count = axes.length;
  const description = series
    .map(
      (entry) =>
        `${entry.label}: ${axes
          .map((axis, index) => {
            const value = entry.values[index] ?? null;
            return `${axis} ${value === null ? 'no value' : formatValue(value)}`;
          })
          .join(', ')}.`,
    )
    .join(' ');

  return (
    <Box component="figure" m={0}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: 'block', height: 'auto' }}
        role="img"
        aria-labelledby={`${id}-title ${id}-description`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-description`}>{description}</desc>
        <g fill="none" stroke="var(--mantine-color-gray-4)" strokeWidth={1}>
          {ringValues(min, max).map((value) => (
            <path key={value} d={ringPath(count, valueFraction(value, min, max), scale)} />
          ))}
          {axes.map((axis, index) => {
            const end = pointOnAxis(index, count, 1, scale);
            return <line key={`${index}-${axis}`} x1={frame.centerX} y1={frame.centerY} x2={end.x} y2={end.y} />;
          })}
        </g>
        <g fontSize={11} fill="var(--mantine-color-dimmed)" aria-hidden="true">
          {/* Just inside each ring, beside the first axis, clear of the axis labels. */}
          {ringValues(min, max).map((value) => (
            <text
              key={value}
              x={frame.centerX + 5}
              y={frame.centerY - frame.radius * valueFraction(value, min, max) + 12}
            >
              {formatTick(value)}
            </text>
          ))}
        </g>
        {series.map((entry) => {
          const points = seriesPoints(entry.values, scale);
          // Only a closed shape is filled: a series with gaps draws its lines alone.
          const isClosed = points.every((point) => point !== null);
          return (
            <g key={entry.label}>
              <path
                d={seriesPath(points)}
                fill={isClosed ? entry.color : 'none'}
                fillOpacity={0.12}
                stroke={entry.color}
                strokeWidth={2.5}
                strokeDasharray={entry.isDashed ? '7 5' : undefined}
                strokeLinejoin="round"
              />
              {points.map((point, index) =>
                point === null ? null : <circle key={index} cx={point.x} cy={point.y} r={4} fill={entry.color} />,
              )}
            </g>
          );
        })}
        <g fontSize={13} fill="var(--mantine-color-text)" aria-hidden="true">
          {axes.map((axis, index) => {
            const place = labelPlacement(index, count, labelOffset, scale);
            const lines = wrapLabel(axis, labelWidth);
            const shift =
              place.verticalAlign === 'bottom'
                ? -(lines.length - 1) * lineHeight
                : place.verticalAlign === 'middle'
                  ? (-(lines.length - 1) * lineHeight) / 2
                  : lineHeight / 2;
            return (
              <text
                key={`${index}-${axis}`}
                x={place.x}
                y={place.y + shift}
                textAnchor={place.anchor}
                dominantBaseline="middle"
              >
                {lines.map((text, line) => (
                  <tspan key={line} x={place.x} dy={line === 0 ? 0 : lineHeight}>
                    {text}
                  </tspan>
                ))}
              </text>
            );
          })}
        </g>
      </svg>
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
    </Box>
  );
}
