import { Box } from '@mantine/core';
import { wrapLabel } from '../../ui/radar-geometry';
import { niceTicks, scaleLinear, tickDomain } from './chart-geometry';
import type { ForestRow } from './outcomes-view';

const width = 640;
const labelWidth = 190;
const left = labelWidth + 16;
const right = width - 24;
const top = 12;
const rowHeight = 30;
const axisHeight = 40;
const pointColor = 'var(--mantine-color-indigo-7)';

/**
 * Each row's change as a dot with its confidence interval as whiskers, around a line at zero
 * (no change): a forest plot, drawn as SVG like the radar chart. The overall row is drawn as a diamond below a rule.
 */
export function ForestPlot({ rows, description }: { rows: readonly ForestRow[]; description: string }) {
  const ticks = niceTicks(Math.min(0, ...rows.map((row) => row.ci[0])), Math.max(0, ...rows.map((row) => row.ci[1])));
  const domain = tickDomain(ticks);
  const x = (value: number) => scaleLinear(value, domain, [left, right]);
  const plotBottom = top + rows.length * rowHeight;
  const height = plotBottom + axisHeight;
  const zero = x(0);

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
              <line x1={x(tick)} x2={x(tick)} y1={top} y2={plotBottom} stroke="var(--mantine-color-gray-3)" />
              <text
                x={x(tick)}
                y={plotBottom + 16}
                textAnchor="middle"
                fontSize={12}
                fill="var(--mantine-color-dimmed)"
              >
                {tick > 0 ? `+${tick}` : tick}
              </text>
            </g>
          ))}
          <line
            x1={zero}
            x2={zero}
            y1={top - 4}
            y2={plotBottom}
            stroke="var(--mantine-color-gray-7)"
            strokeWidth={1.5}
          />
          <text
            x={(left + right) / 2}
            y={height - 4}
            textAnchor="middle"
            fontSize={12}
            fill="var(--mantine-color-text)"
          >
            Change from pre to post (0 = no change)
          </text>
          {rows.map((row, index) => {
            const y = top + index * rowHeight + rowHeight / 2;
            const isOverall = row.isOverall;
            const [low, high] = [x(row.ci[0]), x(row.ci[1])];
            const point = x(row.estimate);
            return (
              <g key={`${index}-${row.label}`}>
                {isOverall && rows.length > 1 && (
                  <line
                    x1={8}
                    x2={right}
                    y1={y - rowHeight / 2}
                    y2={y - rowHeight / 2}
                    stroke="var(--mantine-color-gray-4)"
                  />
                )}
                <text
                  x={labelWidth}
                  y={y}
                  textAnchor="end"
                  dominantBaseline="middle"
                  fontSize={13}
                  fontWeight={isOverall ? 700 : 400}
                  fill="var(--mantine-color-text)"
                >
                  {wrapLabel(row.label, 28, 1)[0]}
                </text>
                <line x1={low} x2={high} y1={y} y2={y} stroke={pointColor} strokeWidth={2} />
                <line x1={low} x2={low} y1={y - 6} y2={y + 6} stroke={pointColor} strokeWidth={2} />
                <line x1={high} x2={high} y1={y - 6} y2={y + 6} stroke={pointColor} strokeWidth={2} />
                {isOverall ? (
                  <path
                    d={`M${point} ${y - 8} L${point + 8} ${y} L${point} ${y + 8} L${point - 8} ${y} Z`}
                    fill={pointColor}
                  />
                ) : (
                  <circle cx={point} cy={y} r={5} fill={pointColor} />
                )}
              </g>
            );
          })}
        </g>
      </svg>
    </Box>
  );
}
