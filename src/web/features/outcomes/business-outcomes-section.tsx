import { Box, Paper, Stack, Text, Title } from '@mantine/core';
import type { BusinessOutcome, ProgramOutcomes } from '../../../contract/outcomes.js';
import { MeasurementForm } from './measurement-form';
import { businessOutcomesTable, measurementsTable } from './outcome-tables-view';
import { NotEnoughDataPanel, OutcomesTable, ReportSection } from './outcomes-parts';
import classes from './outcomes-report.module.css';
import { ciLabel, formatDecimal, formatInterval, formatPercent, measuredLeaders, nLabel } from './outcomes-view';

/** The program's business metrics per leader's team: where they stand against baseline and target. */
export function BusinessOutcomesSection({ outcomes, isAdmin }: { outcomes: ProgramOutcomes; isAdmin: boolean }) {
  const metrics = outcomes.businessOutcomes;
  return (
    <ReportSection
      id="outcomes-business"
      title="Business outcomes"
      n={`${nLabel(measuredLeaders(metrics))} teams measured`}
      description="Each leader’s team is measured on the program’s business metrics; the latest measurement per leader counts."
    >
      {metrics.length === 0 ? (
        <Text c="dimmed">This program has no business outcomes. They are set in the program’s design.</Text>
      ) : (
        <>
          <OutcomesTable
            table={businessOutcomesTable(metrics, outcomes.confidence)}
            programName={outcomes.program.name}
            minWidth={960}
          />
          {metrics.map((outcome) => (
            <MetricPanel key={outcome.outcomeId} outcome={outcome} outcomes={outcomes} isAdmin={isAdmin} />
          ))}
        </>
      )}
    </ReportSection>
  );
}

function MetricPanel({
  outcome,
  outcomes,
  isAdmin,
}: {
  outcome: BusinessOutcome;
  outcomes: ProgramOutcomes;
  isAdmin: boolean;
}) {
  const id = `metric-${outcome.outcomeId}`;
  const result = outcome.result;
  const table = measurementsTable(outcome);
  const ci = ciLabel(outcomes.confidence);
  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" id={id}>
            {outcome.name}
          </Title>
          <Text size="sm" c="dimmed">
            {`Measured as ${outcome.unit} · baseline ${outcome.baseline} · target ${outcome.target} · ${nLabel(outcome.n)}`}
          </Text>
        </Stack>
        {result.status === 'ok' ? (
          <Stack gap={2}>
            <Text>{`Mean ${formatDecimal(result.mean)} (${ci} ${formatInterval(result.ci)})`}</Text>
            <Text>
              {`Teams at target: ${result.atTarget.count} of ${outcome.n} (${formatPercent(result.atTarget.share)}, ${ci} ${formatInterval(result.atTarget.ci, (share) => formatPercent(share))})`}
            </Text>
          </Stack>
        ) : (
          <NotEnoughDataPanel reason={result.reason} />
        )}
        {table.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No measurements yet.
          </Text>
        ) : (
          <OutcomesTable table={table} programName={outcomes.program.name} minWidth={420} />
        )}
        {isAdmin && (
          <Box className={classes.screenOnly}>
            <MeasurementForm programId={outcomes.program.id} outcome={outcome} />
          </Box>
        )}
      </Stack>
    </Paper>
  );
}
