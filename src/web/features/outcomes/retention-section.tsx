import { Box, Text } from '@mantine/core';
import type { ProgramOutcomes } from '../../../contract/outcomes.js';
import { retentionTable } from './outcome-tables-view';
import { MutedBox, NotEnoughDataPanel, OutcomesTable, ReportSection } from './outcomes-parts';
import classes from './outcomes-report.module.css';
import { curvesN, formatDecimal, hiddenCurvesLine, nLabel, pText, survivalDescription } from './outcomes-view';
import { SurvivalChart } from './survival-chart';
import { curveStyle } from './survival-colors';

/** High-potential participants against high-potential people outside the program: still employed. */
export function RetentionSection({ outcomes }: { outcomes: ProgramOutcomes }) {
  const retention = outcomes.retention;
  const curves = [retention.participants, retention.comparison];
  // Styles follow the curve's place, so the comparison keeps its colour when the other is hidden.
  const shown = curves
    .map((curve, index) => ({ curve, style: curveStyle(index) }))
    .filter(({ curve }) => curve.isShown && curve.points.length > 0);
  const hiddenLine = hiddenCurvesLine(
    curves.filter((curve) => !curve.isShown || curve.points.length === 0),
    outcomes.minimumN,
  );
  const logRank = retention.logRank;

  return (
    <ReportSection
      id="outcomes-retention"
      title="Retention"
      n={nLabel(curvesN(curves))}
      description="Share of high-potential people still employed, by months since the program started."
    >
      {shown.length > 0 && (
        <Box maw={640} className={classes.keepTogether}>
          <SurvivalChart
            series={shown.map(({ curve, style }) => ({ label: curve.label, points: curve.points, ...style }))}
            xLabel="Months since the start"
            description={survivalDescription(
              shown.map(({ curve }) => curve),
              { still: 'still employed', event: 'left', since: 'the start' },
              outcomes.confidence,
            )}
          />
        </Box>
      )}
      <OutcomesTable table={retentionTable(retention)} programName={outcomes.program.name} />
      {hiddenLine !== null && <Text size="sm">{hiddenLine}</Text>}
      {logRank.status === 'ok' ? (
        <Text>
          <Text span fw={600}>
            Log-rank test:{' '}
          </Text>
          {`chi-square = ${formatDecimal(logRank.chiSquare)}, df = ${logRank.df}, ${pText(logRank.p)}`}
        </Text>
      ) : (
        <NotEnoughDataPanel reason={logRank.reason} labels={['the log-rank test']} />
      )}
      <MutedBox label="Method">{retention.method}</MutedBox>
    </ReportSection>
  );
}
