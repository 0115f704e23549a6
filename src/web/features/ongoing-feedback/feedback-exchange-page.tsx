import { Alert, Badge, Button, Card, Group, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Colleague, Feedback, FeedbackRequest } from '../../../contract/ongoing-feedback.js';
import { fieldErrors } from '../engagements/form-errors';
import { formatInstant } from '../engagements/engagement-view';
import { Section } from '../feedback/feedback-parts';
import { NavigationGate } from '../matching/requests-parts';
import { errorMessage } from '../people/server-errors';
import { ColleagueAndCompetency } from './colleague-picker';
import { PagedItems, WrittenText } from './list-parts';
import {
  askForFeedback,
  declineRequest,
  feedbackQuery,
  giveFeedback,
  ongoingFeedbackKey,
  requestsQuery,
  setSharing,
} from './ongoing-feedback-api';
import {
  askProblems,
  feedbackProblems,
  maxFeedbackLength,
  maxQuestionLength,
  requestStatusColors,
  requestStatusLabels,
  shownText,
  type AskField,
  type FeedbackField,
} from './ongoing-feedback-view';

/** `/feedback-exchange`: ask anyone for feedback, answer what you were asked, share what you got. */
export function FeedbackExchangePage() {
  return (
    <NavigationGate path="/feedback-exchange">
      <Exchange />
    </NavigationGate>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ongoingFeedbackKey });
}

function Exchange() {
  useDocumentTitle('Feedback exchange · Tandem');
  return (
    <Stack gap="xl" maw={960}>
      <Stack gap={4}>
        <Title order={1}>Feedback exchange</Title>
        <Text c="dimmed">
          Ask anyone in the organization for feedback on a competency, answer what colleagues ask you, and give feedback
          when you see something worth saying. Feedback about you is read by you and the person who wrote it; your coach
          or mentor reads a piece only when you share it with them. Administrators never read it.
        </Text>
      </Stack>
      <AskSection />
      <AskedOfMeSection />
      <ReceivedSection />
      <MyRequestsSection />
      <GiveSection />
      <GivenSection />
    </Stack>
  );
}

// ---- Asking ----

const askFields: readonly string[] = ['askedPersonId', 'competencyKey', 'question'] satisfies AskField[];

function AskSection() {
  // A new form after each request: the picker starts empty again.
  const [round, setRound] = useState(0);
  const [sent, setSent] = useState<FeedbackRequest | null>(null);
  return (
    <Section
      id="feedback-ask"
      title="Ask for feedback"
      description="Whom to ask, on which competency, and what you would like to know. They are told in the app."
    >
      <AskForm
        key={round}
        onAsked={(request) => {
          setSent(request);
          setRound((value) => value + 1);
        }}
        onChange={() => setSent(null)}
      />
      {sent !== null && (
        <Text c="teal.8" role="status">
          {`Asked ${sent.asked.name} for feedback on ${sent.competency.label}. You will be told when they answer.`}
        </Text>
      )}
    </Section>
  );
}

function AskForm({ onAsked, onChange }: { onAsked: (request: FeedbackRequest) => void; onChange: () => void }) {
  const refresh = useRefresh();
  const [asked, setAsked] = useState<Colleague | null>(null);
  const [competencyKey, setCompetencyKey] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const [problems, setProblems] = useState<Partial<Record<AskField, string>>>({});
  const ask = useMutation({
    mutationFn: () => askForFeedback({ askedPersonId: asked!.id, competencyKey: competencyKey!, question }),
    onSuccess: (request) => {
      void refresh();
      onAsked(request);
    },
  });
  const server = fieldErrors(ask.error, (path) => askFields.includes(path));
  const errorOf = (field: AskField) => problems[field] ?? server.fields[field];

  function changed(field: AskField) {
    setProblems((current) => ({ ...current, [field]: undefined }));
    ask.reset();
    onChange();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = askProblems({ askedPersonId: asked?.id ?? null, competencyKey, question });
    setProblems(found);
    if (Object.keys(found).length === 0) ask.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Ask for feedback">
      <Stack gap="sm">
        <ColleagueAndCompetency
          personLabel="Whom to ask"
          person={asked}
          onPerson={(colleague) => {
            setAsked(colleague);
            changed('askedPersonId');
          }}
          personError={errorOf('askedPersonId')}
          competencyKey={competencyKey}
          onCompetency={(key) => {
            setCompetencyKey(key);
            changed('competencyKey');
          }}
          competencyError={errorOf('competencyKey')}
        />
        <Textarea
          label="Your question (optional)"
          description="What would help you most? For example: how did my update to the leadership team land?"
          autosize
          minRows={2}
          maxRows={6}
          maxLength={maxQuestionLength}
          value={question}
          onChange={(event) => {
            setQuestion(event.currentTarget.value);
            changed('question');
          }}
          error={errorOf('question')}
        />
        {server.general !== null && (
          <Alert color="red" variant="light" title="The request was not sent" role="alert">
            {server.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={ask.isPending}>
            Ask for feedback
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// ---- Requests asked of me ----

function AskedOfMeSection() {
  const [page, setPage] = useState(1);
  const list = useQuery(requestsQuery('received', 'open', page));
  return (
    <Section
      id="feedback-asked-of-me"
      title="Asked of you"
      description="Colleagues who asked for your feedback. Answer, or decline if you cannot say."
    >
      <PagedItems
        query={list}
        page={page}
        onPageChange={setPage}
        label="Requests waiting for your answer"
        emptyText="Nobody is waiting for your feedback."
      >
        {(request) => <AskedOfMeCard request={request} />}
      </PagedItems>
    </Section>
  );
}

const answerFields: readonly string[] = ['text'];

function AskedOfMeCard({ request }: { request: FeedbackRequest }) {
  const headingId = useId();
  const refresh = useRefresh();
  const [isAnswering, setIsAnswering] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const name = request.requester.name;
  const answer = useMutation({
    mutationFn: () =>
      giveFeedback({
        aboutPersonId: request.requester.id,
        competencyKey: request.competency.key,
        text,
        requestId: request.id,
      }),
    onSuccess: () => void refresh(),
  });
  const decline = useMutation({ mutationFn: () => declineRequest(request.id), onSettled: () => void refresh() });
  const server = fieldErrors(answer.error, (path) => answerFields.includes(path));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = feedbackProblems({
      aboutPersonId: request.requester.id,
      competencyKey: request.competency.key,
      text,
    });
    setProblem(found.text ?? null);
    if (found.text === undefined) answer.mutate();
  }

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={0}>
          <Title order={3} size="h4" id={headingId}>
            {`${name} asks for feedback on ${request.competency.label}`}
          </Title>
          <Text size="xs" c="dimmed">{`Asked ${formatInstant(request.createdAt)}`}</Text>
        </Stack>
        <WrittenText dimmed={request.question === ''}>
          {request.question === '' ? 'No question: any feedback on this competency helps.' : request.question}
        </WrittenText>
        {isAnswering ? (
          <form onSubmit={submit} noValidate aria-label={`Answer ${name}`}>
            <Stack gap="sm">
              <Textarea
                label={`Your feedback for ${name}`}
                description="Specific and kind: what you saw, and what it did."
                required
                autosize
                minRows={3}
                maxRows={10}
                maxLength={maxFeedbackLength}
                value={text}
                onChange={(event) => {
                  setText(event.currentTarget.value);
                  setProblem(null);
                  answer.reset();
                }}
                error={problem ?? server.fields['text']}
              />
              {server.general !== null && (
                <Alert color="red" variant="light" title="Your feedback was not sent" role="alert">
                  {server.general}
                </Alert>
              )}
              <Group gap="sm">
                <Button type="submit" loading={answer.isPending}>
                  Send feedback
                </Button>
                <Button variant="default" onClick={() => setIsAnswering(false)} disabled={answer.isPending}>
                  Not now
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group gap="sm">
            <Button aria-label={`Answer ${name}`} onClick={() => setIsAnswering(true)} disabled={decline.isPending}>
              Answer
            </Button>
            <Button
              variant="default"
              aria-label={`Decline ${name}'s request`}
              loading={decline.isPending}
              onClick={() => decline.mutate()}
            >
              Decline
            </Button>
          </Group>
        )}
        {decline.error !== null && (
          <Alert color="red" variant="light" title="Could not decline" role="alert">
            {errorMessage(decline.error)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

// ---- Feedback about me ----

function ReceivedSection() {
  const [page, setPage] = useState(1);
  const list = useQuery(feedbackQuery('received', page));
  return (
    <Section
      id="feedback-received"
      title="Feedback you received"
      description="Only you and the writer read these. Share a piece with your coach or mentor to talk it through with them; you can take it back."
    >
      <PagedItems
        query={list}
        page={page}
        onPageChange={setPage}
        label="Feedback you received"
        emptyText="No feedback yet. Ask a colleague above: people answer the questions they are asked."
      >
        {(feedback) => <ReceivedCard feedback={feedback} />}
      </PagedItems>
    </Section>
  );
}

function ReceivedCard({ feedback }: { feedback: Feedback }) {
  const headingId = useId();
  const refresh = useRefresh();
  const [isShared, setIsShared] = useState(feedback.isSharedWithGuides ?? false);
  const share = useMutation({
    mutationFn: (shared: boolean) => setSharing(feedback.id, shared),
    onSuccess: (changed) => setIsShared(changed.isSharedWithGuides ?? false),
    onSettled: () => void refresh(),
  });
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={0}>
          <Title order={3} size="h4" id={headingId}>
            {`From ${feedback.giver.name} on ${feedback.competency.label}`}
          </Title>
          <Text size="xs" c="dimmed">
            {`${formatInstant(feedback.createdAt)} · ${feedback.requestId === null ? 'given unasked' : 'you asked'}`}
          </Text>
        </Stack>
        {feedback.question !== null && feedback.question !== '' && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>{`You asked: ${feedback.question}`}</Text>
        )}
        <WrittenText dimmed={feedback.text === ''}>{shownText(feedback.text)}</WrittenText>
        <Switch
          label="Share with my coach or mentor"
          description={
            isShared
              ? 'Your current coach or mentor reads this piece and who wrote it.'
              : 'Only you and the writer read it.'
          }
          checked={share.isPending ? (share.variables ?? isShared) : isShared}
          disabled={share.isPending}
          onChange={(event) => share.mutate(event.currentTarget.checked)}
        />
        {share.error !== null && (
          <Alert color="red" variant="light" title="Sharing did not change" role="alert">
            {errorMessage(share.error)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

// ---- My requests ----

function MyRequestsSection() {
  const [page, setPage] = useState(1);
  const list = useQuery(requestsQuery('sent', null, page));
  return (
    <Section id="feedback-my-requests" title="Your requests" description="Whom you asked, and whether they answered.">
      <PagedItems
        query={list}
        page={page}
        onPageChange={setPage}
        label="Your requests for feedback"
        emptyText="You have not asked anyone yet."
      >
        {(request) => (
          <Card withBorder radius="md" padding="sm" component="article" aria-label={`Request to ${request.asked.name}`}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={0}>
                <Text fw={600}>{`${request.asked.name} · ${request.competency.label}`}</Text>
                {request.question !== '' && <WrittenText dimmed>{request.question}</WrittenText>}
                <Text size="xs" c="dimmed">{`Asked ${formatInstant(request.createdAt)}`}</Text>
              </Stack>
              <Badge variant="light" color={requestStatusColors[request.status]} style={{ flexShrink: 0 }}>
                {requestStatusLabels[request.status]}
              </Badge>
            </Group>
          </Card>
        )}
      </PagedItems>
    </Section>
  );
}

// ---- Giving unasked ----

const giveFields: readonly string[] = ['aboutPersonId', 'competencyKey', 'text'] satisfies FeedbackField[];

function GiveSection() {
  const [round, setRound] = useState(0);
  const [given, setGiven] = useState<Feedback | null>(null);
  return (
    <Section
      id="feedback-give"
      title="Give feedback"
      description="Nobody needs to ask first. The person it is for reads it, and decides whether their coach or mentor does."
    >
      <GiveForm
        key={round}
        onGiven={(feedback) => {
          setGiven(feedback);
          setRound((value) => value + 1);
        }}
        onChange={() => setGiven(null)}
      />
      {given !== null && (
        <Text c="teal.8" role="status">
          {`Your feedback on ${given.competency.label} went to ${given.about.name}.`}
        </Text>
      )}
    </Section>
  );
}

function GiveForm({ onGiven, onChange }: { onGiven: (feedback: Feedback) => void; onChange: () => void }) {
  const refresh = useRefresh();
  const [about, setAbout] = useState<Colleague | null>(null);
  const [competencyKey, setCompetencyKey] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Partial<Record<FeedbackField, string>>>({});
  const give = useMutation({
    mutationFn: () => giveFeedback({ aboutPersonId: about!.id, competencyKey: competencyKey!, text }),
    onSuccess: (feedback) => {
      void refresh();
      onGiven(feedback);
    },
  });
  const server = fieldErrors(give.error, (path) => giveFields.includes(path));
  const errorOf = (field: FeedbackField) => problems[field] ?? server.fields[field];

  function changed(field: FeedbackField) {
    setProblems((current) => ({ ...current, [field]: undefined }));
    give.reset();
    onChange();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = feedbackProblems({ aboutPersonId: about?.id ?? null, competencyKey, text });
    setProblems(found);
    if (Object.keys(found).length === 0) give.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Give feedback">
      <Stack gap="sm">
        <ColleagueAndCompetency
          personLabel="Feedback for"
          person={about}
          onPerson={(colleague) => {
            setAbout(colleague);
            changed('aboutPersonId');
          }}
          personError={errorOf('aboutPersonId')}
          competencyKey={competencyKey}
          onCompetency={(key) => {
            setCompetencyKey(key);
            changed('competencyKey');
          }}
          competencyError={errorOf('competencyKey')}
        />
        <Textarea
          label="Your feedback"
          description="Specific and kind: what you saw, and what it did."
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={maxFeedbackLength}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            changed('text');
          }}
          error={errorOf('text')}
        />
        {server.general !== null && (
          <Alert color="red" variant="light" title="Your feedback was not sent" role="alert">
            {server.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={give.isPending}>
            Give feedback
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// ---- Feedback I gave ----

function GivenSection() {
  const [page, setPage] = useState(1);
  const list = useQuery(feedbackQuery('given', page));
  return (
    <Section id="feedback-given" title="Feedback you gave" description="What you wrote, for whom, and when.">
      <PagedItems
        query={list}
        page={page}
        onPageChange={setPage}
        label="Feedback you gave"
        emptyText="You have not given feedback yet."
      >
        {(feedback) => (
          <Card
            withBorder
            radius="md"
            padding="sm"
            component="article"
            aria-label={`Feedback for ${feedback.about.name}`}
          >
            <Stack gap={4}>
              <Text fw={600}>{`For ${feedback.about.name} on ${feedback.competency.label}`}</Text>
              <WrittenText dimmed={feedback.text === ''}>{shownText(feedback.text)}</WrittenText>
              <Text size="xs" c="dimmed">
                {`${formatInstant(feedback.createdAt)} · ${feedback.requestId === null ? 'given unasked' : 'answering their request'}`}
              </Text>
            </Stack>
          </Card>
        )}
      </PagedItems>
    </Section>
  );
}
