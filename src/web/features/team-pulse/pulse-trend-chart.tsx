import { Box } from '@mantine/core';
import { useId } from 'react';
import { formatPulseScore, trendPositions, valueY, type ChartFrame, type TrendPoint } from './team-pulse-view';

const frame: ChartFrame = { width: 640, height: 240, left: 72, right: 40, top: 24, bottom: 36, min: 1, max: 5 };
// The grid reaches past the first and last points, so their labels clear the axis's numbers.
const gridStart = 36;
const gridEnd = frame.width - 12;
const ticks = [1, 2, 3, 4, 5];
const lineColor = 'var(--mantine-color-indigo-7)';

/**
 * The team's shown scores over the quarters as a small line chart, drawn as SVG like the radar
 * chart. Screen readers get every score in the description.
 */
export function PulseTrendChart({ title, points }: { title: string; points: readonly TrendPoint[] }) {
  const id = useId();
  const positions = trendPositions(
    points.map((point) => point.score),
    frame,
  );
  const description = points.map((point) => `${point.quarter}: ${formatPulseScore(point.score)}`).join(', ');
  const path = positions.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`).join(' ');

  return (
    <Box component="figure" m={0}>
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        width="100%"
        style={{ maxWidth: frame.width, display: 'block', height: 'auto' }}
        role="img"
        aria-labelledby={`${id}-title ${id}-description`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-description`}>{`${description}. Scores run from 1 to 5.`}</desc>
        <g aria-hidden="true">
          {ticks.map((tick) => {
            const y = valueY(tick, frame);
            return (
              <g key={tick}>
                <line x1={gridStart} x2={gridEnd} y1={y} y2={y} stroke="var(--mantine-color-gray-3)" strokeWidth={1} />
                <text
                  x={gridStart - 8}
                  y={y}
                  textAnchor="end"
                  dominantBaseline="middle"
                  fontSize={12}
                  fill="var(--mantine-color-dimmed)"
                >
                  {tick}
                </text>
              </g>
            );
          })}
          <path d={path} fill="none" stroke={lineColor} strokeWidth={2.5} strokeLinejoin="round" />
          {positions.map((position, index) => {
            const point = points[index];
            if (point === undefined) return null;
            return (
              <g key={point.quarter}>
                <circle cx={position.x} cy={position.y} r={4.5} fill={lineColor} />
                <text
                  x={position.x}
                  y={position.y - 10}
                  textAnchor="middle"
                  fontSize={12}
                  fontWeight={600}
                  fill="var(--mantine-color-text)"
                >
                  {formatPulseScore(point.score)}
                </text>
                <text
                  x={position.x}
                  y={frame.height - frame.bottom + 20}
                  textAnchor="middle"
                  fontSize={12}
                  fill="var(--mantine-color-text)"
                >
                  {point.quarter}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </Box>
  );
}
