import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { kindLabels } from './session-labels';
import { formatSessionTime, localTimeZone, toUtcString } from './session-time';
import { nextSession, sessionPartner } from './next-session-view';
import { mySessionsQuery } from './sessions-api';
import { useNow } from './use-now';

/** A small card with the signed-in user's next session as one of a pair: when, with whom, and a link to it. */
export function NextSessionCard() {
  const headingId = useId();
  const now = useNow();
  // Fixed for the card's life: a key that moved with the clock would refetch forever.
  const [from] = useState(() => toUtcString(new Date()));
  const sessions = useQuery(mySessionsQuery(from));
  const next = nextSession(sessions.data?.items ?? [], now);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} maw={560}>
      <Stack gap={6}>
        <Title order={2} size="h4" id={headingId}>
          Next session
        </Title>
        {sessions.isPending && <Text c="dimmed">Loading your sessions…</Text>}
        {sessions.isError && (
          <Alert color="red" variant="light" title="Could not load your sessions" role="alert">
            {sessions.error.message}
          </Alert>
        )}
        {sessions.isSuccess &&
          (next === null ? (
            <Text c="dimmed">
              Nothing is scheduled. Sessions are scheduled from your mentoring relationship or coaching engagement.
            </Text>
          ) : (
            <>
              <Group gap="xs">
                <Anchor
                  fw={600}
                  renderRoot={(props) => <Link {...props} to="/sessions/$sessionId" params={{ sessionId: next.id }} />}
                >
                  {formatSessionTime(next.scheduledAt, next.endsAt)}
                </Anchor>
                <Badge variant="light">{kindLabels[next.kind]}</Badge>
              </Group>
              <Text>{`With ${sessionPartner(next)}`}</Text>
              <Text size="xs" c="dimmed">{`Your time (${localTimeZone()}).`}</Text>
            </>
          ))}
      </Stack>
    </Paper>
  );
}
