import { Alert, Anchor, Badge, EmptyState, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { PageLoader } from '../../ui/page-loader';
import { dateRange } from '../engagements/engagement-view';
import { SponsoredEngagements } from '../engagements/engagements-list';
import { NavigationGate } from '../matching/requests-parts';
import { errorMessage } from '../people/server-errors';
import { programStatusColors, programStatusLabels, programTypeLabels } from '../programs/program-labels';
import { outcomesProgramsQuery, type OutcomesProgram } from './outcomes-api';
import { labelOf } from './outcomes-view';

/** `/outcomes`: every program, each leading to its outcomes report (admins). */
export function OutcomesPage() {
  return (
    <NavigationGate path="/outcomes">
      <OutcomesOverview />
    </NavigationGate>
  );
}

function OutcomesOverview() {
  useDocumentTitle('Outcomes · Tandem');
  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap={4}>
        <Title order={1}>Outcomes</Title>
        <Text c="dimmed">
          What each program changed, with its uncertainty: 360 change, team engagement, promotion readiness, retention,
          business outcomes and return on investment.
        </Text>
      </Stack>
      <ProgramOutcomesList
        title="Programs"
        emptyTitle="No programs yet"
        emptyText="Once a program is created, its outcomes report appears here."
        emptyAction={
          <Anchor component={Link} to="/programs">
            Go to Programs
          </Anchor>
        }
      />
    </Stack>
  );
}

/** `/dashboard`: the programs the signed-in sponsor sponsors, with their outcomes and coaching engagements. */
export function ProgramDashboardPage() {
  return (
    <NavigationGate path="/dashboard">
      <ProgramDashboard />
    </NavigationGate>
  );
}

function ProgramDashboard() {
  useDocumentTitle('Program dashboard · Tandem');
  return (
    <Stack gap="xl" maw={1080}>
      <Title order={1}>Program dashboard</Title>
      <ProgramOutcomesList
        title="Programs you sponsor"
        emptyTitle="You sponsor no programs yet"
        emptyText="When you are the executive sponsor of a program, it appears here with its outcomes report."
      />
      <SponsoredEngagements />
    </Stack>
  );
}

/** The programs from `GET /api/outcomes`, each name leading to its report; or why there are none. */
function ProgramOutcomesList({
  title,
  emptyTitle,
  emptyText,
  emptyAction,
}: {
  title: string;
  emptyTitle: string;
  emptyText: string;
  emptyAction?: ReactNode;
}) {
  const list = useQuery(outcomesProgramsQuery());
  if (list.isPending) return <PageLoader label="Loading the programs" />;
  if (list.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load the programs" role="alert">
        {errorMessage(list.error)}
      </Alert>
    );
  }
  if (list.data.items.length === 0) {
    return (
      <Paper withBorder radius="md" p="xl" component="section" aria-label={emptyTitle}>
        <EmptyState>
          <EmptyState.Title order={2}>{emptyTitle}</EmptyState.Title>
          <EmptyState.Description>{emptyText}</EmptyState.Description>
          {emptyAction}
        </EmptyState>
      </Paper>
    );
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby="outcomes-programs">
      <Title order={2} size="h3" id="outcomes-programs">
        {title}
      </Title>
      <ProgramsTable programs={list.data.items} label={title} />
    </Stack>
  );
}

function ProgramsTable({ programs, label }: { programs: readonly OutcomesProgram[]; label: string }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col">Approach</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col" ta="right">
              Participants
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((program) => (
            <Table.Tr key={program.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/programs/$programId/outcomes" params={{ programId: program.id }} />
                  )}
                  fw={600}
                  aria-label={`Outcomes of ${program.name}`}
                >
                  {program.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{labelOf(programTypeLabels, program.type)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={labelOf(programStatusColors, program.status, 'gray')}>
                  {labelOf(programStatusLabels, program.status)}
                </Badge>
              </Table.Td>
              <Table.Td>{dateRange(program.startDate, program.endDate)}</Table.Td>
              <Table.Td ta="right">{program.participants}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
