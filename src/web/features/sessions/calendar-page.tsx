import { Alert, Button, CopyButton, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { CalendarFeed } from '../../../contract/index.js';
import { errorMessage } from '../people/server-errors';
import { groupSessions, localTimeZone, toUtcString } from './session-time';
import { createCalendarFeed, mySessionsQuery, revokeCalendarFeed } from './sessions-api';
import { SessionsTable } from './sessions-table';
import { useNow } from './use-now';

/** How far back the page lists past sessions, like the feed itself. */
const recentDays = 30;

/** `/calendar`: the signed-in user's sessions as one of a pair, and their secret calendar feed. */
export function CalendarPage() {
  useDocumentTitle('Calendar · Tandem');
  return (
    <Stack gap="xl" maw={1000}>
      <Stack gap={4}>
        <Title order={1}>Calendar</Title>
        <Text c="dimmed">{`Your sessions as mentor, mentee, coach or leader. Times are yours (${localTimeZone()}).`}</Text>
      </Stack>
      <MySessionsSection />
      <CalendarFeedSection />
    </Stack>
  );
}

function MySessionsSection() {
  const headingId = useId();
  const now = useNow();
  // Fixed for the page's life: a key that moved with the clock would refetch forever.
  const [from] = useState(() => toUtcString(new Date(Date.now() - recentDays * 24 * 60 * 60 * 1000)));
  const sessions = useQuery(mySessionsQuery(from));
  const { upcoming, past } = groupSessions(sessions.data?.items ?? [], now);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          Your upcoming sessions
        </Title>
        {sessions.isPending && <Text c="dimmed">Loading your sessions…</Text>}
        {sessions.isError && (
          <Alert color="red" variant="light" title="Could not load your sessions" role="alert">
            {sessions.error.message}
          </Alert>
        )}
        {sessions.isSuccess &&
          (upcoming.length === 0 ? (
            <Text c="dimmed">
              Nothing is scheduled. Sessions are scheduled from a mentoring relationship or a coaching engagement.
            </Text>
          ) : (
            <SessionsTable label="Your upcoming sessions" sessions={upcoming} now={now} showPair />
          ))}
        {past.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {`Last ${recentDays} days`}
            </Title>
            <SessionsTable label="Your recent sessions" sessions={past} now={now} showPair />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function CalendarFeedSection() {
  const headingId = useId();
  const [feed, setFeed] = useState<CalendarFeed | null>(null);
  const [isRevoked, setIsRevoked] = useState(false);
  const [isConfirmingRevoke, confirmingRevoke] = useDisclosure(false);
  const create = useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (created) => {
      setFeed(created);
      setIsRevoked(false);
    },
  });
  const revoke = useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => {
      setFeed(null);
      setIsRevoked(true);
      confirmingRevoke.close();
    },
  });
  const error = create.error ?? revoke.error;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          Your calendar feed
        </Title>
        <Text>
          Subscribe to a secret address in your calendar app (Outlook, Google Calendar, Apple Calendar) and your
          sessions appear there by themselves, from {recentDays} days back on. The feed carries times, people, place and
          status, never agendas or notes. Making a new address replaces the old one, which stops working at once.
        </Text>
        {feed !== null && <FeedAddress feed={feed} />}
        {isRevoked && (
          <Alert color="green" variant="light" role="status">
            Your feed address is revoked. Calendar apps that use it get nothing from now on.
          </Alert>
        )}
        {error !== null && (
          <Alert color="red" variant="light" title="The feed did not change" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button loading={create.isPending} onClick={() => create.mutate()}>
            {feed === null ? 'Create a feed address' : 'Replace the address'}
          </Button>
          <Button variant="default" color="red" onClick={confirmingRevoke.open}>
            Revoke the feed
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          The address is shown only once. If you made one before and lost it, create a new one: that replaces it.
        </Text>
      </Stack>
      <Modal opened={isConfirmingRevoke} onClose={confirmingRevoke.close} title="Revoke your calendar feed?">
        <Stack gap="md">
          <Text>Calendar apps subscribed to your current address stop getting your sessions.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirmingRevoke.close}>
              Keep it
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate()}>
              Revoke
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function FeedAddress({ feed }: { feed: CalendarFeed }) {
  const address = new URL(feed.path, window.location.origin).toString();
  return (
    <Stack gap="xs">
      <Alert color="yellow" variant="light" title="Treat this address like a password" role="note">
        Anyone who has it can see when you meet, with whom and where. Copy it into your calendar app now: it is not
        shown again. If it leaks, replace it.
      </Alert>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label="Your feed address"
          value={address}
          readOnly
          flex={1}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={address}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'light' : 'default'} color={copied ? 'green' : undefined} onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
