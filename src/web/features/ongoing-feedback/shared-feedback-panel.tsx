import { Card, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { formatInstant } from '../engagements/engagement-view';
import { PagedItems, WrittenText } from './list-parts';
import { sharedFeedbackQuery } from './ongoing-feedback-api';
import { shownText } from './ongoing-feedback-view';

/**
 * What a coachee or mentee shared with their coach or mentor from the feedback they received, read
 * only. Anyone else (the API answers 404) sees no panel at all.
 */
export function SharedFeedbackPanel({ personId, personName }: { personId: string; personName: string }) {
  const [page, setPage] = useState(1);
  const query = useQuery({ ...sharedFeedbackQuery(personId, page), retry: false });
  if (query.isError && (isApiError(query.error, 404) || isApiError(query.error, 403))) return null;
  const label = `Feedback ${personName} shared with you`;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={label}>
      <Stack gap="md">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {`From the feedback colleagues gave ${personName}`}
          </Text>
          <Title order={2} size="h3">
            Feedback shared with you
          </Title>
          <Text size="sm" c="dimmed">
            {`${personName} chose these pieces to talk through with you; the rest stays between them and the writers.`}
          </Text>
        </Stack>
        <PagedItems
          query={query}
          page={page}
          onPageChange={setPage}
          label={label}
          emptyText={`${personName} has not shared any feedback with you yet.`}
        >
          {(piece) => (
            <Card withBorder radius="md" padding="sm" component="article" aria-label={`From ${piece.giver.name}`}>
              <Stack gap={4}>
                <Text fw={600}>{`From ${piece.giver.name} on ${piece.competency.label}`}</Text>
                {piece.question !== null && piece.question !== '' && (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {`${personName} asked: ${piece.question}`}
                  </Text>
                )}
                <WrittenText dimmed={piece.text === ''}>{shownText(piece.text)}</WrittenText>
                <Text size="xs" c="dimmed">
                  {`Written ${formatInstant(piece.createdAt)} · shared ${formatInstant(piece.sharedAt)}`}
                </Text>
              </Stack>
            </Card>
          )}
        </PagedItems>
      </Stack>
    </Paper>
  );
}
