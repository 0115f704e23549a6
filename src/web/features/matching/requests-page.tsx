import {
  Alert,
  Button,
  Card,
  EmptyState,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { MatchRequest } from '../../../contract/index.js';
import { PageLoader } from '../../ui/page-loader';
import { errorMessage } from '../people/server-errors';
import { tierLabels } from '../programs/program-labels';
import { relationshipsKey } from '../relationships/relationships-api';
import { MyRelationshipsSection } from '../relationships/relationships-list';
import { acceptMatchRequest, declineMatchRequest, incomingRequestsQuery, selfServiceMatchingKey } from './requests-api';
import { MatchRequestStatusBadge, NavigationGate, ReasonsList, ScoreBadge } from './requests-parts';
import { formatDay, roleLine, splitFormError, splitRequests } from './requests-view';

/** `/mentees`: a mentor answers the requests mentees sent them in self-service programs. */
export function RequestsPage() {
  return (
    <NavigationGate path="/mentees">
      <Mentees />
    </NavigationGate>
  );
}

function useRefreshRequests() {
  const queryClient = useQueryClient();
  // An accepted request becomes a mentoring relationship, listed at the top of the page.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: selfServiceMatchingKey }),
      queryClient.invalidateQueries({ queryKey: relationshipsKey }),
    ]);
}

function Mentees() {
  useDocumentTitle('My mentees · Tandem');
  const incoming = useQuery(incomingRequestsQuery());

  if (incoming.isPending) return <PageLoader label="Loading your requests" />;
  if (incoming.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load your requests" role="alert">
        {errorMessage(incoming.error)}
      </Alert>
    );
  }
  const { waiting, answered } = splitRequests(incoming.data.items);

  if (waiting.length === 0 && answered.length === 0) {
    return (
      <Stack gap="xl" maw={960}>
        <Title order={1}>My mentees</Title>
        <MyRelationshipsSection as="mentor" title="Your mentoring relationships" />
        <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="mentees-empty">
          <EmptyState>
            <EmptyState.Title order={2} id="mentees-empty">
              No requests yet
            </EmptyState.Title>
            <EmptyState.Description>
              When a mentee in a program where mentees choose their mentor asks you to mentor them, the request appears
              here for you to accept or decline.
            </EmptyState.Description>
          </EmptyState>
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack gap="xl" maw={960}>
      <Title order={1}>My mentees</Title>
      <MyRelationshipsSection as="mentor" title="Your mentoring relationships" />
      <Stack gap="md" component="section" aria-labelledby="mentees-waiting">
        <Title order={2} size="h3" id="mentees-waiting">
          Waiting for your answer
        </Title>
        {waiting.length === 0 ? (
          <Text c="dimmed">Nothing is waiting for you.</Text>
        ) : (
          waiting.map((request) => <WaitingRequestCard key={request.id} request={request} />)
        )}
      </Stack>
      {answered.length > 0 && <AnsweredRequests requests={answered} />}
    </Stack>
  );
}

function WaitingRequestCard({ request }: { request: MatchRequest }) {
  const nameId = useId();
  const refresh = useRefreshRequests();
  const [isDeclining, declining] = useDisclosure(false);
  const accept = useMutation({
    mutationFn: () => acceptMatchRequest(request.id),
    // Refused too: the request may have been answered elsewhere, or a place taken meanwhile.
    onSettled: () => void refresh(),
  });
  const { mentee } = request;

  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={nameId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0}>
            <Title order={3} size="h4" id={nameId}>
              {mentee.name}
            </Title>
            <Text size="sm">{roleLine(mentee)}</Text>
            <Text size="sm" c="dimmed">
              {`${tierLabels[mentee.tier]} · ${request.programName} · asked on ${formatDay(request.createdAt)}`}
            </Text>
          </Stack>
          <ScoreBadge score={request.score} />
        </Group>
        <ReasonsList reasons={request.reasons} label={`Why ${mentee.name} and you`} />
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {`Message from ${mentee.name}`}
          </Text>
          <Text size="sm" c={request.message === '' ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
            {request.message === '' ? 'No message.' : request.message}
          </Text>
        </Stack>
        {accept.error !== null && (
          <Alert color="red" variant="light" title="Could not accept" role="alert">
            {errorMessage(accept.error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button
            aria-label={`Accept ${mentee.name}`}
            loading={accept.isPending}
            disabled={isDeclining}
            onClick={() => accept.mutate()}
          >
            Accept
          </Button>
          <Button
            variant="default"
            aria-label={`Decline ${mentee.name}`}
            disabled={accept.isPending}
            onClick={() => {
              accept.reset();
              declining.open();
            }}
          >
            Decline
          </Button>
        </Group>
      </Stack>
      <DeclineModal request={request} opened={isDeclining} onClose={declining.close} />
    </Card>
  );
}

function DeclineModal({ request, opened, onClose }: { request: MatchRequest; opened: boolean; onClose: () => void }) {
  const refresh = useRefreshRequests();
  const [reason, setReason] = useState('');
  const decline = useMutation({
    mutationFn: () => declineMatchRequest(request.id, reason),
    onSuccess: () => close(),
    onSettled: () => void refresh(),
  });
  const errors = splitFormError(decline.error, 'reason');
  const name = request.mentee.name;

  function close() {
    setReason('');
    decline.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    decline.mutate();
  }

  return (
    <Modal opened={opened} onClose={close} title={`Decline ${name}'s request?`}>
      <form onSubmit={submit} noValidate aria-label={`Decline ${name}'s request`}>
        <Stack gap="md">
          <Textarea
            label="Reason (optional)"
            description={`${name} sees it, and can then ask another mentor.`}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.input}
            data-autofocus
          />
          {errors.general !== null && (
            <Alert color="red" variant="light" title="Could not decline" role="alert">
              {errors.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep the request
            </Button>
            <Button type="submit" color="red" loading={decline.isPending}>
              Decline request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function AnsweredRequests({ requests }: { requests: MatchRequest[] }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="mentees-answered">
      <Title order={2} size="h3" id="mentees-answered">
        Answered
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-labelledby="mentees-answered">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mentee</Table.Th>
              <Table.Th scope="col">Program</Table.Th>
              <Table.Th scope="col">Asked</Table.Th>
              <Table.Th scope="col">Answer</Table.Th>
              <Table.Th scope="col">Answered</Table.Th>
              <Table.Th scope="col">Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {request.mentee.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {roleLine(request.mentee)}
                  </Text>
                </Table.Td>
                <Table.Td>{request.programName}</Table.Td>
                <Table.Td>{formatDay(request.createdAt)}</Table.Td>
                <Table.Td>
                  <MatchRequestStatusBadge status={request.status} />
                </Table.Td>
                <Table.Td>{request.decidedAt === null ? '–' : formatDay(request.decidedAt)}</Table.Td>
                <Table.Td>{request.declineReason ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
