import { Alert, Box, EmptyState, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { MyTeamPulse } from '../../../contract/team-pulse.js';
import { PageLoader } from '../../ui/page-loader';
import { Section } from '../feedback/feedback-parts';
import { errorMessage } from '../people/server-errors';
import { PulseStatusBadge } from './pulse-status-badge';
import { PulseTrendChart } from './pulse-trend-chart';
import { myTeamPulseQuery } from './team-pulse-api';
import { myScoreText, responsesOf, shownTrend } from './team-pulse-view';

/** `/team-pulse`: the signed-in leader's own team pulse, quarter by quarter. */
export function TeamPulsePage() {
  useDocumentTitle("My team's pulse · Tandem");
  const pulse = useQuery(myTeamPulseQuery());

  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap={4}>
        <Title order={1}>My team's pulse</Title>
        <Text c="dimmed">
          Once a quarter, the people who report to you may answer a few anonymous statements about working in your team.
          You see your team’s average score (1 to 5) after the survey closes, and only when enough of them answered;
          never who answered or what one person said.
        </Text>
      </Stack>
      {pulse.isPending ? (
        <PageLoader label="Loading your team's pulse" />
      ) : pulse.isError ? (
        <Alert color="red" variant="light" title="Could not load your team's pulse" role="alert">
          {errorMessage(pulse.error)}
        </Alert>
      ) : pulse.data.items.length === 0 ? (
        <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="team-pulse-empty">
          <EmptyState>
            <EmptyState.Title order={2} id="team-pulse-empty">
              Your team has not been surveyed yet.
            </EmptyState.Title>
            <EmptyState.Description>
              A team is surveyed when the organization starts a quarter’s pulse and the team is big enough for answers
              to stay anonymous.
            </EmptyState.Description>
          </EmptyState>
        </Paper>
      ) : (
        <History items={pulse.data.items} />
      )}
    </Stack>
  );
}

function History({ items }: { items: MyTeamPulse['items'] }) {
  const trend = shownTrend(items);
  return (
    <>
      {trend.length >= 2 && (
        <Section id="team-pulse-trend" title="Your team's score over the quarters">
          <Box maw={640} w="100%">
            <PulseTrendChart title="Your team's pulse score per quarter" points={trend} />
          </Box>
        </Section>
      )}
      <Stack gap="sm" component="section" aria-labelledby="team-pulse-history">
        <Title order={2} size="h3" id="team-pulse-history">
          Quarter by quarter
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label="Your team's pulse by quarter">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Quarter</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Responses</Table.Th>
                <Table.Th scope="col">Score</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.surveyId}>
                  <Table.Th scope="row" fw={600}>
                    {item.quarter}
                  </Table.Th>
                  <Table.Td>
                    <PulseStatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>{`${responsesOf(item.responses, item.invited)} answered`}</Table.Td>
                  <Table.Td fw={item.isShown ? 600 : 400} c={item.isShown ? undefined : 'dimmed'}>
                    {myScoreText(item)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </>
  );
}
