import { Box, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ProgramOutcomes } from '../../../contract/outcomes.js';
import { MutedBox, ReportSection } from './outcomes-parts';
import classes from './outcomes-report.module.css';
import { formatDecimal, formatMoney, formatRatio, nLabel, sensitivityLine } from './outcomes-view';
import { RoiForm } from './roi-form';

/** Phillips ROI: what the program's money bought, discounted for attribution and confidence. */
export function RoiSection({ outcomes, isAdmin }: { outcomes: ProgramOutcomes; isAdmin: boolean }) {
  const { assumptions, result, context } = outcomes.roi;
  const currency = assumptions?.currency ?? '';
  return (
    <ReportSection
      id="outcomes-roi"
      title="ROI (Phillips)"
      n={`${nLabel(outcomes.feedbackChange.participants)} participants`}
      description="Yearly monetary benefits, discounted for the share due to the program and for the estimators’ confidence, against the fully loaded costs."
    >
      {result === null ? (
        <Text c="dimmed">
          {isAdmin
            ? 'No ROI yet. Enter the assumptions below to calculate it.'
            : 'No ROI yet: an administrator has not entered the assumptions it rests on.'}
        </Text>
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" className={classes.keepTogether}>
            <Stat label="Adjusted benefits" value={formatMoney(result.adjustedBenefits, currency)} />
            <Stat label="Benefit–cost ratio" value={formatRatio(result.benefitCostRatio)} />
            <Stat label="ROI" value={`${formatDecimal(result.roiPercent, 0)}%`} />
            <Stat label="Sensitivity range" value={sensitivityLine(result.sensitivity)} />
          </SimpleGrid>
          <Text size="sm">{result.explanation}</Text>
        </Stack>
      )}
      <MutedBox label="Context">{context}</MutedBox>
      {isAdmin && (
        <Box className={classes.screenOnly}>
          <RoiForm programId={outcomes.program.id} assumptions={assumptions} />
        </Box>
      )}
    </ReportSection>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="sm" p="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}
