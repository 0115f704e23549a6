import { Box, Text } from '@mantine/core';
import type { ProgramOutcomes } from '../../../contract/outcomes.js';
import { readinessTable } from './outcome-tables-view';
import { MutedBox, NotEnoughDataPanel, OutcomesTable, ReportSection } from './outcomes-parts';
import classes from './outcomes-report.module.css';
import { curvesN, hiddenCurvesLine, nLabel, splitTiers, survivalDescription } from './outcomes-view';
import { SurvivalChart } from './survival-chart';
import { curveStyle } from './survival-colors';

/** Time from enrollment to a "ready now" assessment, per tier, as Kaplan–Meier curves. */
export function ReadinessSection({ outcomes }: { outcomes: ProgramOutcomes }) {
  const readiness = outcomes.readiness;
  const { shown, hidden } = splitTiers(readiness);
  const hiddenLine = hiddenCurvesLine(hidden, outcomes.minimumN);
  return (
    <ReportSection
      id="outcomes-readiness"
      title="Promotion readiness"
      n={nLabel(curvesN(readiness.tiers.map((entry) => entry.curve)))}
      description="Share of participants not yet rated “ready now”, by months since enrollment, per tier."
    >
      {shown.length === 0 ? (
        <NotEnoughDataPanel
          reason={
            readiness.tiers.length === 0
              ? 'No participant has been followed yet.'
              : `Every tier has fewer than ${outcomes.minimumN} participants, too few to draw a curve.`
          }
        />
      ) : (
        <>
          <Box maw={640} className={classes.keepTogether}>
            <SurvivalChart
              series={shown.map((curve, index) => ({ label: curve.label, points: curve.points, ...curveStyle(index) }))}
              xLabel="Months since enrollment"
              description={survivalDescription(
                shown,
                { still: 'not yet ready now', event: 'rated ready now', since: 'enrollment' },
                outcomes.confidence,
              )}
            />
          </Box>
          <OutcomesTable table={readinessTable(shown)} programName={outcomes.program.name} />
        </>
      )}
      {hiddenLine !== null && <Text size="sm">{hiddenLine}</Text>}
      <MutedBox label="Censoring">{readiness.censoring}</MutedBox>
    </ReportSection>
  );
}
