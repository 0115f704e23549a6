import { Alert, Anchor, Button, EmptyState, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ProgramSummary } from '../../../contract/index.js';
import { PageLoader } from '../../ui/page-loader';
import { programTypeLabels } from '../programs/program-labels';
import { ProgramStatusBadge } from '../programs/program-status-badge';
import { matchablePrograms, matchingRunsQuery } from './matching-api';
import { latestRun, scoreText } from './matching-board';
import { MatchingGate } from './matching-gate';
import { kindLabels } from './matching-labels';
import { RunStatusBadge } from './run-status-badge';

export function MatchingOverviewPage() {
  return (
    <MatchingGate>
      <MatchingOverview />
    </MatchingGate>
  );
}

function MatchingOverview() {
  useDocumentTitle('Matching · Tandem');
  const matching = useQuery(matchablePrograms('matching'));
  const running = useQuery(matchablePrograms('running'));

  if (matching.isPending || running.isPending) return <PageLoader label="Loading programs" />;
  const failed = matching.error ?? running.error;
  if (failed) {
    return (
      <Alert color="red" variant="light" title="Could not load the programs" role="alert">
        {failed.message}
      </Alert>
    );
  }
  const programs = [...(matching.data?.items ?? []), ...(running.data?.items ?? [])];

  return (
    <Stack gap="lg">
      <Title order={1}>Matching</Title>
      <Text maw={720}>
        Pair participants with mentors or coaches: set a program’s matching rules, run matching, review the proposed
        pairs with their reasons and fairness, then publish them.
      </Text>
      {programs.length === 0 ? (
        <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="matching-empty">
          <EmptyState>
            <EmptyState.Title order={2} id="matching-empty">
              No program is ready for matching
            </EmptyState.Title>
            <EmptyState.Description>
              A program can be matched once it has moved to Matching: open a program that is enrolling, make sure it has
              participants and mentors or coaches, and choose “Start matching”.
            </EmptyState.Description>
            <EmptyState.Actions>
              <Button component={Link} to="/programs">
                Go to programs
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      ) : (
        <ProgramsTable programs={programs} />
      )}
    </Stack>
  );
}

function ProgramsTable({ programs }: { programs: ProgramSummary[] }) {
  const runs = useQueries({ queries: programs.map((program) => matchingRunsQuery(program.id)) });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label="Programs to match">
        <Table.Caption>Programs in matching or running, with their latest matching run</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Approach</Table.Th>
            <Table.Th scope="col">Latest run</Table.Th>
            <Table.Th scope="col" ta="right">
              Matched
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Unmatched
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Total score
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((program, index) => {
            const result = runs[index];
            const latest = result?.data ? latestRun(result.data.items) : null;
            return (
              <Table.Tr key={program.id}>
                <Table.Td>
                  <Anchor
                    fw={600}
                    renderRoot={(props) => (
                      <Link {...props} to="/programs/$programId/matching" params={{ programId: program.id }} />
                    )}
                  >
                    {program.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <ProgramStatusBadge status={program.status} />
                </Table.Td>
                <Table.Td>{programTypeLabels[program.type]}</Table.Td>
                <Table.Td>
                  {result?.isPending ? (
                    <Text c="dimmed" size="sm">
                      Loading…
                    </Text>
                  ) : result?.isError ? (
                    <Text c="red" size="sm">
                      Could not load runs
                    </Text>
                  ) : latest === null ? (
                    <Text c="dimmed" size="sm">
                      Not run yet
                    </Text>
                  ) : (
                    <Stack gap={2} align="flex-start">
                      <RunStatusBadge status={latest.status} />
                      <Text size="xs" c="dimmed">
                        {`${kindLabels[latest.kind]}, ${new Date(latest.createdAt).toLocaleString()}`}
                      </Text>
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td ta="right">{latest?.matched ?? '–'}</Table.Td>
                <Table.Td ta="right">{latest?.unmatched ?? '–'}</Table.Td>
                <Table.Td ta="right">{latest ? scoreText(latest.totalScore) : '–'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
