import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { FeedbackPrompt } from '../../../contract/ongoing-feedback.js';
import type { Session } from '../../../contract/sessions.js';
import { fieldErrors } from '../engagements/form-errors';
import { formatInstant } from '../engagements/engagement-view';
import { errorMessage } from '../people/server-errors';
import { WrittenText } from './list-parts';
import {
  answerFeedbackPrompt,
  askFeedbackPrompt,
  feedbackPromptQuery,
  ongoingFeedbackKey,
} from './ongoing-feedback-api';
import { maxPromptAnswerLength, promptCountsSentence } from './ongoing-feedback-view';

const question = 'Which feedback did you seek or give this week?';

/**
 * On a session's page, for its two people: the coach or mentor asks which feedback the participant
 * sought or gave this week; the participant sees their counts of that week and answers.
 */
export function SessionFeedbackPrompt({ session, myPersonId }: { session: Session; myPersonId: string | null }) {
  const me = session.participants.find((person) => person.personId === myPersonId);
  const prompt = useQuery(feedbackPromptQuery(session.id));
  if (me === undefined) return null;
  const isGuide = me.role === 'coach' || me.role === 'mentor';
  const participant = session.participants.find((person) => person.role === 'mentee' || person.role === 'leader');

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="session-feedback-prompt">
      <Stack gap="sm">
        <Title order={2} size="h3" id="session-feedback-prompt">
          Feedback this week
        </Title>
        {prompt.isPending ? (
          <Text c="dimmed">Loading</Text>
        ) : prompt.isError ? (
          <Alert color="red" variant="light" title="Could not load the feedback question" role="alert">
            {errorMessage(prompt.error)}
          </Alert>
        ) : prompt.data.prompt === null ? (
          isGuide ? (
            <AskButton sessionId={session.id} participantName={participant?.name ?? 'the participant'} />
          ) : (
            <Text c="dimmed">Your coach or mentor has not asked about feedback in this session.</Text>
          )
        ) : (
          <PromptView prompt={prompt.data.prompt} isGuide={isGuide} />
        )}
      </Stack>
    </Paper>
  );
}

function AskButton({ sessionId, participantName }: { sessionId: string; participantName: string }) {
  const queryClient = useQueryClient();
  const ask = useMutation({
    mutationFn: () => askFeedbackPrompt(sessionId),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ongoingFeedbackKey }),
  });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {`Ask ${participantName} “${question}” They are told in the app and see how many requests they sent and pieces of feedback they gave in the seven days before.`}
      </Text>
      {ask.error !== null && (
        <Alert color="red" variant="light" title="The question was not asked" role="alert">
          {errorMessage(ask.error)}
        </Alert>
      )}
      <Group>
        <Button loading={ask.isPending} onClick={() => ask.mutate()}>
          Ask about feedback this week
        </Button>
      </Group>
    </Stack>
  );
}

function PromptView({ prompt, isGuide }: { prompt: FeedbackPrompt; isGuide: boolean }) {
  return (
    <Stack gap="sm">
      <Text>{`${prompt.askedBy.name} asked ${isGuide ? prompt.participant.name : 'you'}: “${prompt.question}”`}</Text>
      <Text size="xs" c="dimmed">
        {formatInstant(prompt.askedAt)}
      </Text>
      <Text size="sm" role="note" aria-label="Counts of the week">
        {promptCountsSentence(prompt.counts)}
      </Text>
      {isGuide ? (
        prompt.answer === null ? (
          <Text c="dimmed">{`${prompt.participant.name} has not answered yet.`}</Text>
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={600}>{`${prompt.participant.name}'s answer`}</Text>
            <WrittenText>{prompt.answer}</WrittenText>
          </Stack>
        )
      ) : (
        <AnswerForm key={prompt.sessionId} prompt={prompt} />
      )}
    </Stack>
  );
}

function AnswerForm({ prompt }: { prompt: FeedbackPrompt }) {
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState(prompt.answer ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => answerFeedbackPrompt(prompt.sessionId, answer),
    onSuccess: (saved) => {
      queryClient.setQueryData(feedbackPromptQuery(prompt.sessionId).queryKey, { prompt: saved });
      setIsSaved(true);
    },
  });
  const server = fieldErrors(save.error, (path) => path === 'answer');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const length = answer.trim().length;
    const found =
      length === 0
        ? 'Write your answer.'
        : length > maxPromptAnswerLength
          ? `Keep your answer to ${maxPromptAnswerLength} characters.`
          : null;
    setProblem(found);
    if (found === null) save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Answer about feedback this week">
      <Stack gap="sm">
        <Textarea
          label="Your answer"
          description="Whom you asked or gave feedback to, on what, and what you took from it. Only your coach or mentor reads it."
          required
          autosize
          minRows={2}
          maxRows={8}
          maxLength={maxPromptAnswerLength}
          value={answer}
          onChange={(event) => {
            setAnswer(event.currentTarget.value);
            setProblem(null);
            setIsSaved(false);
            save.reset();
          }}
          error={problem ?? server.fields['answer']}
        />
        {server.general !== null && (
          <Alert color="red" variant="light" title="Your answer was not saved" role="alert">
            {server.general}
          </Alert>
        )}
        {isSaved && (
          <Text c="teal.8" role="status">
            Your answer is saved; your coach or mentor can read it.
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {prompt.answer === null ? 'Send answer' : 'Update answer'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
