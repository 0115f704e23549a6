import { Alert, Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { dateRange } from '../engagements/engagement-view';
import { errorMessage } from '../people/server-errors';
import { myRelationshipsQuery } from './relationships-api';
import { nextStep, relationshipStatusColors, relationshipStatusLabels } from './relationship-view';

/**
 * The signed-in user's mentoring relationships on one side: "My mentoring" on `/development`
 * (as mentee), the relationships list on `/mentees` (as mentor). Nothing shows while there are none.
 */
export function MyRelationshipsSection({ as, title }: { as: 'mentor' | 'mentee'; title: string }) {
  const list = useQuery(myRelationshipsQuery());
  if (list.isPending) return null;
  if (list.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load your mentoring relationships" role="alert">
        {errorMessage(list.error)}
      </Alert>
    );
  }
  const items = list.data.items.filter((relationship) => relationship.myRole === as);
  if (items.length === 0) return null;
  const partnerSide = as === 'mentor' ? 'mentee' : 'mentor';
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          Open a relationship to write and sign the agreement, finish your training, and start, complete or leave it.
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{as === 'mentor' ? 'Mentee' : 'Mentor'}</Table.Th>
                <Table.Th scope="col">Program</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Dates</Table.Th>
                <Table.Th scope="col">Next step</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((relationship) => (
                <Table.Tr key={relationship.id}>
                  <Table.Td>
                    <Anchor
                      renderRoot={(props) => (
                        <Link
                          {...props}
                          to="/relationships/$relationshipId"
                          params={{ relationshipId: relationship.id }}
                        />
                      )}
                      fw={600}
                      aria-label={`Mentoring relationship with ${relationship[partnerSide].name}`}
                    >
                      {relationship[partnerSide].name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{relationship.programName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={relationshipStatusColors[relationship.status]}>
                      {relationshipStatusLabels[relationship.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{dateRange(relationship.startDate, relationship.endDate)}</Table.Td>
                  <Table.Td>{nextStep(relationship)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
