import { Alert, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { errorMessage } from '../people/server-errors';
import { personProfileQuery } from './behavioural-profile-api';
import { completedLine, notFilledInSentence } from './behavioural-profile-view';
import { ProfileScores } from './profile-scores';

/** A coachee's or mentee's behavioural profile as their coach or mentor sees it: scores only, read only. */
export function PersonBehaviouralProfilePanel({ personId, personName }: { personId: string; personName: string }) {
  const query = useQuery({ ...personProfileQuery(personId), retry: false });
  // Only a current coach or mentor may read it; anyone else is shown nothing, as if there were no panel.
  if (query.isError && (isApiError(query.error, 404) || isApiError(query.error, 403))) return null;
  const label = `Behavioural profile of ${personName}`;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={label}>
      <Stack gap="md">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Title order={2} size="h3">
            Behavioural profile
          </Title>
        </Stack>
        {query.isPending ? (
          <Group gap="sm">
            <Loader size="sm" aria-hidden />
            <Text c="dimmed">Loading the behavioural profile</Text>
          </Group>
        ) : query.isError ? (
          <Alert color="red" variant="light" title="Could not load the behavioural profile" role="alert">
            {errorMessage(query.error)}
          </Alert>
        ) : query.data.completedAt === null ? (
          <Text c="dimmed">{notFilledInSentence(personName)}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {`${completedLine(query.data.completedAt)} · ${query.data.instrument.title}. You see the scores; the answers stay with ${personName}.`}
            </Text>
            <ProfileScores
              scores={query.data.scores}
              points={query.data.instrument.points}
              label={`Scores of ${personName} per dimension`}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
