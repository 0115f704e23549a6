import {
  Alert,
  Button,
  Card,
  EmptyState,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { MatchingSuggestion, MatchRequest, ProgramPerson, SelfServiceProgram } from '../../../contract/index.js';
import { PageLoader } from '../../ui/page-loader';
import { MyCoachingSection } from '../engagements/engagements-list';
import { errorMessage } from '../people/server-errors';
import { MyRelationshipsSection } from '../relationships/relationships-list';
import { NextSessionCard } from '../sessions/next-session';
import { MyWeeklyGoalsPanel } from '../weekly-goals/weekly-goals-panel';
import { cancelMatchRequest, selfServiceMatchingKey, sentRequestsQuery } from './requests-api';
import { NavigationGate, ReasonsList, ScoreBadge } from './requests-parts';
import { answerSummary, formatDay, placesLeftLabel, roleLine, splitFormError, splitRequests } from './requests-view';
import { requestMentor, selfServiceQuery } from './self-service-api';

/** How many answered requests the history shows: the latest few are what a mentee looks back at. */
const historySize = 10;

/** `/development`: a mentee finds a mentor in each self-service program and follows their requests. */
export function SelfServicePage() {
  return (
    <NavigationGate path="/development">
      <Development />
    </NavigationGate>
  );
}

function useRefreshSelfService() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: selfServiceMatchingKey });
}

function Development() {
  useDocumentTitle('My development · Tandem');
  const overview = useQuery(selfServiceQuery());

  if (overview.isPending) return <PageLoader label="Loading your mentoring programs" />;
  if (overview.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load your mentoring programs" role="alert">
        {errorMessage(overview.error)}
      </Alert>
    );
  }
  const { programs } = overview.data;

  return (
    <Stack gap="xl" maw={1080}>
      <Title order={1}>My development</Title>
      <NextSessionCard />
      <MyRelationshipsSection as="mentee" title="My mentoring" />
      <MyCoachingSection />
      <MyWeeklyGoalsPanel />
      {programs.length === 0 ? (
        <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="development-empty">
          <EmptyState>
            <EmptyState.Title order={2} id="development-empty">
              No mentor to find yet
            </EmptyState.Title>
            <EmptyState.Description>
              When you take part in a mentoring program where mentees choose their mentor, your best-fitting mentors
              will appear here for you to ask.
            </EmptyState.Description>
          </EmptyState>
        </Paper>
      ) : (
        programs.map((program) => <FindMentorSection key={program.programId} program={program} />)
      )}
      <SentRequests />
    </Stack>
  );
}

function FindMentorSection({ program }: { program: SelfServiceProgram }) {
  const headingId = useId();
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-label={`Find a mentor: ${program.programName}`}
      aria-describedby={headingId}
    >
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3">
            Find a mentor
          </Title>
          <Text c="dimmed" id={headingId}>
            {program.programName}
          </Text>
        </Stack>
        {program.mentor !== null ? (
          <YourMentor mentor={program.mentor} />
        ) : program.pendingRequest !== null ? (
          <WaitingRequest request={program.pendingRequest} />
        ) : (
          <Suggestions program={program} />
        )}
      </Stack>
    </Paper>
  );
}

function YourMentor({ mentor }: { mentor: ProgramPerson }) {
  return (
    <Stack gap={4}>
      <Text fw={700} size="lg">{`Your mentor: ${mentor.name}`}</Text>
      <Text size="sm">{roleLine(mentor)}</Text>
      <Text size="sm" c="dimmed">
        You are matched. Your mentoring relationship starts with the program.
      </Text>
    </Stack>
  );
}

function WaitingRequest({ request }: { request: MatchRequest }) {
  const refresh = useRefreshSelfService();
  const withdraw = useMutation({
    mutationFn: () => cancelMatchRequest(request.id),
    onSettled: () => void refresh(),
  });
  const { mentor } = request;
  return (
    <Stack gap="sm">
      <Text fw={700}>{`Your request to ${mentor.name} is waiting for an answer.`}</Text>
      <Text size="sm" c="dimmed">
        {`Sent on ${formatDay(request.createdAt)}. While it waits you cannot ask anyone else; withdraw it to choose another mentor.`}
      </Text>
      <Card withBorder radius="md" padding="md" component="article" aria-label={`Your request to ${mentor.name}`}>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={0}>
              <Text fw={600}>{mentor.name}</Text>
              <Text size="sm">{roleLine(mentor)}</Text>
            </Stack>
            <ScoreBadge score={request.score} />
          </Group>
          <ReasonsList reasons={request.reasons} label={`Why ${mentor.name}`} />
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              Your message
            </Text>
            <Text size="sm" c={request.message === '' ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
              {request.message === '' ? 'You sent no message.' : request.message}
            </Text>
          </Stack>
        </Stack>
      </Card>
      {withdraw.error !== null && (
        <Alert color="red" variant="light" title="Could not withdraw the request" role="alert">
          {errorMessage(withdraw.error)}
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          color="red"
          aria-label={`Withdraw your request to ${mentor.name}`}
          loading={withdraw.isPending}
          onClick={() => withdraw.mutate()}
        >
          Withdraw
        </Button>
      </Group>
    </Stack>
  );
}

function Suggestions({ program }: { program: SelfServiceProgram }) {
  const [chosen, setChosen] = useState<MatchingSuggestion | null>(null);
  if (program.suggestions.length === 0) {
    return (
      <Text c="dimmed">
        No mentor has a place left for you right now. Check again later, or ask your program administrator.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        {program.suggestions.length === 1
          ? 'The mentor who fits you best and has a place left. Ask them; they accept or decline.'
          : `The ${program.suggestions.length} mentors who fit you best and have a place left, best first. Ask one; they accept or decline.`}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {program.suggestions.map((suggestion) => (
          <SuggestionCard key={suggestion.partner.id} suggestion={suggestion} onRequest={() => setChosen(suggestion)} />
        ))}
      </SimpleGrid>
      <RequestMentorModal programId={program.programId} suggestion={chosen} onClose={() => setChosen(null)} />
    </Stack>
  );
}

function SuggestionCard({ suggestion, onRequest }: { suggestion: MatchingSuggestion; onRequest: () => void }) {
  const nameId = useId();
  const { partner } = suggestion;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={nameId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0}>
            <Title order={3} size="h4" id={nameId}>
              {partner.name}
            </Title>
            <Text size="sm">{partner.title}</Text>
            <Text size="sm" c="dimmed">
              {partner.department}
            </Text>
          </Stack>
          <ScoreBadge score={suggestion.score} />
        </Group>
        <ReasonsList reasons={suggestion.reasons} label={`Why ${partner.name}`} />
        <Group justify="space-between" align="center" mt="auto">
          <Text size="sm" c="dimmed">
            {placesLeftLabel(suggestion.openPlaces)}
          </Text>
          <Button size="sm" onClick={onRequest} aria-label={`Request ${partner.name} as your mentor`}>
            Request
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function RequestMentorModal({
  programId,
  suggestion,
  onClose,
}: {
  programId: string;
  suggestion: MatchingSuggestion | null;
  onClose: () => void;
}) {
  const refresh = useRefreshSelfService();
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: (mentorPersonId: string) => requestMentor(programId, { mentorPersonId, message: message.trim() }),
    onSuccess: () => {
      close();
    },
    // A refusal usually means the suggestions changed (someone took the last place): show the new ones.
    onSettled: () => void refresh(),
  });
  const errors = splitFormError(send.error, 'message');

  function close() {
    setMessage('');
    send.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (suggestion !== null) send.mutate(suggestion.partner.id);
  }

  const name = suggestion?.partner.name ?? '';
  return (
    <Modal opened={suggestion !== null} onClose={close} title={`Ask ${name} to mentor you`}>
      <form onSubmit={submit} noValidate aria-label={`Request ${name} as your mentor`}>
        <Stack gap="md">
          <Textarea
            label="Message (optional)"
            description={`What you hope to work on, or why you chose them. ${name} sees it with your request.`}
            autosize
            minRows={3}
            maxRows={8}
            maxLength={1000}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={errors.input}
            data-autofocus
          />
          {errors.general !== null && (
            <Alert color="red" variant="light" title="The request was not sent" role="alert">
              {errors.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={send.isPending}>
              Send request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The mentee's answered requests, latest first: who said no and why, who was withdrawn. */
function SentRequests() {
  const sent = useQuery(sentRequestsQuery());
  if (sent.isPending) return null;
  if (sent.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load your requests" role="alert">
        {errorMessage(sent.error)}
      </Alert>
    );
  }
  const answered = splitRequests(sent.data.items).answered.slice(0, historySize);
  if (answered.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="development-history">
      <Title order={2} size="h3" id="development-history">
        Your earlier requests
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-labelledby="development-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mentor</Table.Th>
              <Table.Th scope="col">Program</Table.Th>
              <Table.Th scope="col">Sent</Table.Th>
              <Table.Th scope="col">Answer</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {answered.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td fw={600}>{request.mentor.name}</Table.Td>
                <Table.Td>{request.programName}</Table.Td>
                <Table.Td>{formatDay(request.createdAt)}</Table.Td>
                <Table.Td>{answerSummary(request)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
