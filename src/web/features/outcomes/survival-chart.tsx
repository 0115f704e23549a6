import { Box } from '@mantine/core';
import type { SurvivalPoint } from '../../../contract/outcomes.js';
import {
  bandCorners,
  linePath,
  niceTicks,
  placeSteps,
  polygonPath,
  stepCorners,
  tickDomain,
  scaleLinear,
  type Range,
} from './chart-geometry';
import { ChartLegend } from './trend-chart';

export type SurvivalSeries = {
  label: string;
  points: readonly SurvivalPoint[];
  color: string;
  isDashed?: boolean;
};

const width = 640;
const height = 300;
const left = 56;
const right = width - 20;
const top = 16;
const bottom = height - 48;
const shareTicks = [0, 0.25, 0.5, 0.75, 1];
const yDomain: Range = [0, 1];
const yRange: Range = [bottom, top];

/**
 * Kaplan–Meier curves as steps from 100% at month 0, each inside a lighter band for its
 * confidence interval, drawn as SVG like the radar chart.
 */
export function SurvivalChart({
  series,
  xLabel,
  description,
}: {
  series: readonly SurvivalSeries[];
  xLabel: string;
  description: string;
}) {
  const lastMonth = Math.max(1, ...series.flatMap((entry) => entry.points.map((point) => point.months)));
  const monthTicks = niceTicks(0, lastMonth, 7);
  const xDomain = tickDomain(monthTicks);
  const xRange: Range = [left, right];
  const x = (months: number) => scaleLinear(months, xDomain, xRange);
  const y = (share: number) => scaleLinear(share, yDomain, yRange);
  const start = { t: 0, v: 1 };

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
          {shareTicks.map((tick) => (
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
                {`${tick * 100}%`}
              </text>
            </g>
          ))}
          {monthTicks.map((tick) => (
            <text
              key={tick}
              x={x(tick)}
              y={bottom + 18}
              textAnchor="middle"
              fontSize={12}
              fill="var(--mantine-color-dimmed)"
            >
              {tick}
            </text>
          ))}
          <text
            x={(left + right) / 2}
            y={height - 6}
            textAnchor="middle"
            fontSize={12}
            fill="var(--mantine-color-text)"
          >
            {xLabel}
          </text>
          {series.map((entry) => {
            const steps = (pick: (point: SurvivalPoint) => number) =>
              stepCorners(
                start,
                entry.points.map((point) => ({ t: point.months, v: pick(point) })),
              );
            const band = bandCorners(
              steps((point) => point.upper),
              steps((point) => point.lower),
            );
            const curve = steps((point) => point.survival);
            return (
              <g key={entry.label}>
                <path
                  d={polygonPath(placeSteps(band, xDomain, xRange, yDomain, yRange))}
                  fill={entry.color}
                  fillOpacity={0.12}
                  stroke="none"
                />
                <path
                  d={linePath(placeSteps(curve, xDomain, xRange, yDomain, yRange))}
                  fill="none"
                  stroke={entry.color}
                  strokeWidth={2.5}
                  strokeDasharray={entry.isDashed ? '7 5' : undefined}
                />
              </g>
            );
          })}
        </g>
      </svg>
      <ChartLegend series={series} />
    </Box>
  );
}
