import { Alert, Anchor, EmptyState, Group, Pagination, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { PulseSurvey } from '../../../contract/team-pulse.js';
import { PageLoader } from '../../ui/page-loader';
import { formatCalendarDate } from '../engagements/engagement-view';
import { AdminOnly } from '../people/admin-only';
import { errorMessage } from '../people/server-errors';
import { PulseStatusBadge } from './pulse-status-badge';
import { StartPulseForm } from './start-pulse-form';
import { surveysPageSize, surveysQuery } from './team-pulse-api';

/** `/pulse-surveys`: the organization's quarterly team pulses, and starting this quarter's (admins). */
export function PulseSurveysPage() {
  return (
    <AdminOnly>
      <PulseSurveys />
    </AdminOnly>
  );
}

function PulseSurveys() {
  useDocumentTitle('Team pulse · Tandem');
  const [page, setPage] = useState(1);
  const list = useQuery(surveysQuery(page));
  const pages = list.data === undefined ? 0 : Math.ceil(list.data.total / surveysPageSize);

  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap={4}>
        <Title order={1}>Team pulse</Title>
        <Text c="dimmed">
          Once a quarter, the direct reports of each leader answer a few anonymous statements about working in their
          team. You see counts here; a leader’s score shows only when enough of their team answered.
        </Text>
      </Stack>
      <StartPulseForm />
      <Stack gap="sm" component="section" aria-labelledby="pulse-surveys-title">
        <Title order={2} size="h3" id="pulse-surveys-title">
          Quarterly surveys
        </Title>
        {list.isPending ? (
          <PageLoader label="Loading the pulse surveys" />
        ) : list.isError ? (
          <Alert color="red" variant="light" title="Could not load the pulse surveys" role="alert">
            {errorMessage(list.error)}
          </Alert>
        ) : list.data.total === 0 ? (
          <Paper withBorder radius="md" p="xl">
            <EmptyState>
              <EmptyState.Title order={3}>No pulse surveys yet</EmptyState.Title>
              <EmptyState.Description>
                Start this quarter’s pulse above: each big enough team gets a personal link by email.
              </EmptyState.Description>
            </EmptyState>
          </Paper>
        ) : (
          <SurveysTable surveys={list.data.items} isRefreshing={list.isPlaceholderData} />
        )}
        {pages > 1 && (
          <Group justify="center">
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': `${control} page of pulse surveys` })}
              getItemProps={(item) => ({ 'aria-label': `Pulse surveys page ${item}` })}
            />
          </Group>
        )}
      </Stack>
    </Stack>
  );
}

function SurveysTable({ surveys, isRefreshing }: { surveys: readonly PulseSurvey[]; isRefreshing: boolean }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped aria-label="Pulse surveys" aria-busy={isRefreshing} style={{ opacity: isRefreshing ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Quarter</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Closes on</Table.Th>
            <Table.Th scope="col" ta="right">
              Leaders
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Invited
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Responses
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Leaders shown
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Leaders too small
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {surveys.map((survey) => (
            <Table.Tr key={survey.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/pulse-surveys/$surveyId" params={{ surveyId: survey.id }} />
                  )}
                  fw={600}
                >
                  {survey.quarter}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <PulseStatusBadge status={survey.status} />
              </Table.Td>
              <Table.Td>{formatCalendarDate(survey.closesOn)}</Table.Td>
              <Table.Td ta="right">{survey.leaders}</Table.Td>
              <Table.Td ta="right">{survey.invited}</Table.Td>
              <Table.Td ta="right">{survey.responses}</Table.Td>
              <Table.Td ta="right">{survey.leadersShown}</Table.Td>
              <Table.Td ta="right">{survey.leadersTooSmall}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
