import { Alert, Button, Group, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Program, ProgramMatch } from '../../../contract/index.js';
import { PageLoader } from '../../ui/page-loader';
import { programMatchesPageSize, programMatchesQuery } from './matching-api';
import { scoreText } from './matching-board';
import { kindLabels } from './matching-labels';
import { PersonCell } from './person-cell';

const statusLabels: Record<ProgramMatch['status'], string> = {
  proposed: 'Proposed',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
  ended_early: 'Ended early',
};

const originLabels: Record<ProgramMatch['origin'], string> = {
  matching_run: 'Matching run',
  self_service: 'Mentee’s request',
};

/** The program's published pairs (relationships and engagements), newest first, a page at a time. */
export function ProgramMatchesSection({ program }: { program: Program }) {
  const [page, setPage] = useState(1);
  // Before matching there is nothing to list; ask only once pairs can exist.
  const canHaveMatches = program.status !== 'draft' && program.status !== 'enrolling';
  const matches = useQuery({ ...programMatchesQuery(program.id, page), enabled: canHaveMatches });
  const showKind = program.type === 'blended';

  return (
    <Stack gap="md" component="section" aria-labelledby="program-matches-title" id="program-matches">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="program-matches-title">
          Matches
        </Title>
        <Button
          variant="light"
          renderRoot={(props) => (
            <Link {...props} to="/programs/$programId/matching" params={{ programId: program.id }} />
          )}
        >
          Matching
        </Button>
      </Group>
      {!canHaveMatches && <Text c="dimmed">Pairs are formed once the program moves to Matching.</Text>}
      {canHaveMatches && matches.isPending && <PageLoader label="Loading matches" />}
      {matches.isError && (
        <Alert color="red" variant="light" title="Could not load the matches" role="alert">
          {matches.error.message}
        </Alert>
      )}
      {matches.data?.total === 0 && (
        <Text c="dimmed">No pairs yet. Run matching and publish a board, or let mentees ask their mentors.</Text>
      )}
      {matches.data && matches.data.items.length > 0 && (
        <>
          <Text size="sm">{`${matches.data.total} ${matches.data.total === 1 ? 'pair' : 'pairs'}, newest first`}</Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label="Matches">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Participant</Table.Th>
                  <Table.Th scope="col">Mentor or coach</Table.Th>
                  {showKind && <Table.Th scope="col">Kind</Table.Th>}
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">From</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Score
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {matches.data.items.map((match) => (
                  <Table.Tr key={match.id}>
                    <Table.Td>
                      <PersonCell person={match.participant} />
                    </Table.Td>
                    <Table.Td>
                      <PersonCell person={match.partner} />
                    </Table.Td>
                    {showKind && <Table.Td>{kindLabels[match.kind]}</Table.Td>}
                    <Table.Td>{statusLabels[match.status]}</Table.Td>
                    <Table.Td>{originLabels[match.origin]}</Table.Td>
                    <Table.Td ta="right">{scoreText(match.score)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {matches.data && matches.data.total > programMatchesPageSize && (
        <Pagination
          total={Math.ceil(matches.data.total / programMatchesPageSize)}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': `${control} page of matches` })}
          getItemProps={(item) => ({ 'aria-label': `Matches page ${item}` })}
        />
      )}
    </Stack>
  );
}
