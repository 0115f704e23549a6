import { Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { MatchingRun } from '../../../contract/index.js';
import { placesLeft } from './matching-board';
import { partnerLabels } from './matching-labels';
import { PersonCell } from './person-cell';

/** Each mentor's or coach's places on this run: proposed, left, and already taken before it. */
export function PartnersLoadSection({ run }: { run: MatchingRun }) {
  const word = `${partnerLabels[run.kind]}s`;
  return (
    <Stack gap="sm" component="section" aria-labelledby="matching-partners">
      <Title order={2} size="h3" id="matching-partners">
        {`${word}’ load (${run.partners.length})`}
      </Title>
      <Text size="sm" c="dimmed">
        Places are what each has left in this program after earlier pairs.
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={`${word}’ load`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{partnerLabels[run.kind]}</Table.Th>
              <Table.Th scope="col" ta="right">
                Proposed
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Places
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Left
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Matched before
              </Table.Th>
              <Table.Th scope="col" w={160}>
                Use
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.partners.map((entry) => (
              <Table.Tr key={entry.partner.id}>
                <Table.Td>
                  <PersonCell person={entry.partner} />
                </Table.Td>
                <Table.Td ta="right">{entry.load}</Table.Td>
                <Table.Td ta="right">{entry.capacity}</Table.Td>
                <Table.Td ta="right">{placesLeft(entry)}</Table.Td>
                <Table.Td ta="right">{entry.alreadyMatched}</Table.Td>
                <Table.Td>
                  <Progress
                    value={entry.capacity === 0 ? 100 : (entry.load / entry.capacity) * 100}
                    color={entry.load >= entry.capacity ? 'teal' : 'blue'}
                    aria-label={`${entry.partner.name}: ${entry.load} of ${entry.capacity} places`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
