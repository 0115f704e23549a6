import {
  Alert,
  Anchor,
  Button,
  EmptyState,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ProgramStatus, ProgramSummary } from '../../../contract/index.js';
import { PageLoader } from '../../ui/page-loader';
import { optionsOf, programPurposeLabels, programStatusLabels, programTypeLabels } from './program-labels';
import { ProgramStatusBadge } from './program-status-badge';
import { programListQuery, programsPageSize } from './programs-api';
import { ProgramsGate } from './programs-gate';
import type { ProgramsSearch } from './programs-search';

export function ProgramsPage() {
  return (
    <ProgramsGate>
      <ProgramList />
    </ProgramsGate>
  );
}

function ProgramList() {
  useDocumentTitle('Programs · Tandem');
  // The route validates its search with validateProgramsSearch; the cast only names that shape,
  // which the router's types blur with the placeholder routes built from the navigation table.
  const search = useSearch({ from: '/_authenticated/programs' }) as ProgramsSearch;
  const navigate = useNavigate({ from: '/programs' });
  const page = search.page ?? 1;
  const programs = useQuery(programListQuery({ page, status: search.status }));

  function showStatus(status: string | null) {
    void navigate({ search: { page: undefined, status: (status ?? undefined) as ProgramStatus | undefined } });
  }

  const newProgram = (
    <Button component={Link} to="/programs/new">
      New program
    </Button>
  );

  if (programs.isPending) return <PageLoader label="Loading programs" />;
  if (programs.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load the programs" role="alert">
        {programs.error.message}
      </Alert>
    );
  }
  const { items, total } = programs.data;
  const pageCount = Math.max(1, Math.ceil(total / programsPageSize));

  if (total === 0 && search.status === undefined) {
    return (
      <Stack gap="xl" maw={880}>
        <Title order={1}>Programs</Title>
        <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="programs-empty">
          <EmptyState>
            <EmptyState.Title order={2} id="programs-empty">
              No programs yet
            </EmptyState.Title>
            <EmptyState.Description>
              A program sets out who develops, how (coaching, mentoring or both), with which sponsor and towards which
              outcomes. Design the first one.
            </EmptyState.Description>
            <EmptyState.Actions>{newProgram}</EmptyState.Actions>
          </EmptyState>
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Programs</Title>
        {newProgram}
      </Group>
      <Select
        label="Status"
        placeholder="Every status"
        data={optionsOf(programStatusLabels)}
        value={search.status ?? null}
        onChange={showStatus}
        clearable
        maw={240}
      />
      {items.length === 0 ? (
        <Text c="dimmed">
          {search.status
            ? `No ${programStatusLabels[search.status].toLowerCase()} programs.`
            : 'No programs on this page.'}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Caption>{`${total} ${total === 1 ? 'program' : 'programs'}, newest first`}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Purpose</Table.Th>
                <Table.Th scope="col">Dates</Table.Th>
                <Table.Th scope="col">Sponsor</Table.Th>
                <Table.Th scope="col" ta="right">
                  Enrolled
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((program) => (
                <ProgramRow key={program.id} program={program} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pageCount > 1 && (
        <Pagination
          total={pageCount}
          value={page}
          onChange={(next) =>
            void navigate({ search: (current) => ({ ...current, page: next > 1 ? next : undefined }) })
          }
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
        />
      )}
    </Stack>
  );
}

function ProgramRow({ program }: { program: ProgramSummary }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor
          fw={600}
          renderRoot={(props) => <Link {...props} to="/programs/$programId" params={{ programId: program.id }} />}
        >
          {program.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <ProgramStatusBadge status={program.status} />
      </Table.Td>
      <Table.Td>{programTypeLabels[program.type]}</Table.Td>
      <Table.Td>{programPurposeLabels[program.purpose].label}</Table.Td>
      <Table.Td>{`${program.startDate} – ${program.endDate}`}</Table.Td>
      <Table.Td>{program.sponsor?.name ?? <Text c="dimmed">None yet</Text>}</Table.Td>
      <Table.Td ta="right">{program.enrollmentCount}</Table.Td>
    </Table.Tr>
  );
}
