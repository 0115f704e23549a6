import { Box, Text } from '@mantine/core';
import type { ProgramOutcomes } from '../../../contract/outcomes.js';
import { ForestPlot } from './forest-plot';
import { feedbackChangeTable } from './outcome-tables-view';
import { MutedBox, NotEnoughDataPanel, OutcomesTable, ReportSection } from './outcomes-parts';
import classes from './outcomes-report.module.css';
import { feedbackCountsLine, forestDescription, forestRows, nLabel, notEnoughGroups } from './outcomes-view';

/** Others' ratings at the pre and the post 360, per competency and overall, for those with both. */
export function FeedbackChangeSection({ outcomes }: { outcomes: ProgramOutcomes }) {
  const change = outcomes.feedbackChange;
  const rows = forestRows(change);
  const missing = notEnoughGroups([...change.competencies, change.overall]);
  return (
    <ReportSection
      id="outcomes-360"
      title="360 change"
      n={nLabel(change.overall.n)}
      description="Others’ ratings at the pre-program and the post-program 360, for the participants who have both."
    >
      <Text>{feedbackCountsLine(change)}</Text>
      {missing.map((group) => (
        <NotEnoughDataPanel key={group.reason} reason={group.reason} labels={group.labels} />
      ))}
      <OutcomesTable
        table={feedbackChangeTable(change, outcomes.confidence)}
        programName={outcomes.program.name}
        minWidth={860}
      />
      {rows.length > 0 && (
        <Box maw={640} className={classes.keepTogether}>
          <ForestPlot rows={rows} description={forestDescription(rows, outcomes.confidence)} />
        </Box>
      )}
      <MutedBox label="Method">{change.method}</MutedBox>
    </ReportSection>
  );
}
