import { Alert, Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ProgramOutcomes } from '../../../contract/outcomes.js';
import { engagementTable } from './outcome-tables-view';
import { NotEnoughDataPanel, OutcomesTable, ReportSection } from './outcomes-parts';
import classes from './outcomes-report.module.css';
import { ciLabel, engagementN, formatInterval, formatSigned, pText, trendDescription } from './outcomes-view';
import { TrendChart } from './trend-chart';

const participantsColor = 'var(--mantine-color-indigo-7)';
const comparisonColor = 'var(--mantine-color-orange-7)';

/**
 * Team engagement under the program's leaders against comparable leaders outside it, as a
 * difference in differences. Its comparison rule and assumption sit right beside the estimate:
 * without them the figure misleads.
 */
export function EngagementSection({ outcomes }: { outcomes: ProgramOutcomes }) {
  const engagement = outcomes.engagement;
  const result = engagement.result;
  const hasTrend = engagement.trend.some((point) => point.participants.mean !== null || point.comparison.mean !== null);
  const markers = [
    ...(engagement.beforeQuarter === null ? [] : [{ quarter: engagement.beforeQuarter, label: 'Before' }]),
    ...(engagement.afterQuarter === null ? [] : [{ quarter: engagement.afterQuarter, label: 'After' }]),
  ];

  return (
    <ReportSection
      id="outcomes-engagement"
      title="Team engagement"
      n={engagementN(engagement)}
      description="The teams’ quarterly pulse under the program’s leaders, against comparable leaders outside it."
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="sm" p="md" role="group" aria-label="Difference in differences">
          <Stack gap={4}>
            <Title order={3} size="h5">
              Difference in differences
            </Title>
            {result.status === 'ok' ? (
              <>
                <Text fz={32} fw={700} lh={1.2}>
                  {formatSigned(result.estimate)}
                </Text>
                <Text size="sm">{`${ciLabel(outcomes.confidence)} ${formatInterval(result.ci)}`}</Text>
                <Text size="sm">{pText(result.p)}</Text>
                <Text size="sm" c="dimmed">
                  The program leaders’ change from before to after, minus the comparison leaders’ change.
                </Text>
              </>
            ) : (
              <NotEnoughDataPanel reason={result.reason} />
            )}
          </Stack>
        </Paper>
        <Stack gap="sm">
          <Alert color="blue" variant="light" title="Compared with" role="note">
            {engagement.comparisonRule}
          </Alert>
          <Alert color="yellow" variant="light" title="Assumption" role="note">
            {engagement.assumption}
          </Alert>
        </Stack>
      </SimpleGrid>
      <OutcomesTable table={engagementTable(engagement)} programName={outcomes.program.name} />
      {hasTrend ? (
        <Box maw={640} className={classes.keepTogether}>
          <TrendChart
            quarters={engagement.trend.map((point) => point.quarter)}
            series={[
              {
                label: 'Program leaders',
                values: engagement.trend.map((point) => point.participants.mean),
                color: participantsColor,
              },
              {
                label: 'Comparison leaders',
                values: engagement.trend.map((point) => point.comparison.mean),
                color: comparisonColor,
                isDashed: true,
              },
            ]}
            markers={markers}
            description={trendDescription(engagement.trend)}
          />
        </Box>
      ) : (
        <Text c="dimmed">No quarter has a team engagement score to show yet.</Text>
      )}
    </ReportSection>
  );
}
