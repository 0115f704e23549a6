import { Alert, Anchor, Box, Button, Container, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { PulseForm } from '../../../contract/team-pulse.js';
import { isApiError } from '../../api/client';
import { MessagePanel } from '../../ui/message-panel';
import { PageLoader } from '../../ui/page-loader';
import { useLeaveWarning } from '../../ui/use-leave-warning';
import { formatCalendarDate } from '../engagements/engagement-view';
import { fieldErrors } from '../engagements/form-errors';
import { Question } from '../feedback/likert-question';
import {
  answeredStatements,
  formQuestions,
  isAnswersChanged,
  likertOptions,
  toAnswers,
  unansweredNote,
  type Answers,
} from '../feedback/rater-form-view';
import { errorMessage } from '../people/server-errors';
import { pulseFormQuery, sendPulseAnswers } from './team-pulse-api';
import { pulsePrivacySentence } from './team-pulse-view';

/** `/pulse/$token`: the team pulse a team member opens from their email, without signing in. */
export function PulsePage() {
  const { token } = useParams({ from: '/pulse/$token' });
  const form = useQuery({ ...pulseFormQuery(token), retry: false });
  useDocumentTitle(
    form.data === undefined ? 'Team pulse · Tandem' : `Team pulse for ${form.data.leaderName}'s team · Tandem`,
  );

  return (
    <Box component="main" id="main" p="md">
      <Container size="md" py="md">
        <Stack gap="xl">
          {/* The brand only: team members need not be users, and there is nothing to navigate to. */}
          <Text component="p" fz={24} fw={700} c="var(--mantine-primary-color-filled)" m={0}>
            Tandem
          </Text>
          <PulseContent form={form} token={token} />
        </Stack>
      </Container>
    </Box>
  );
}

function PulseContent({ form, token }: { form: UseQueryResult<PulseForm>; token: string }) {
  // Whether the answers went in from this page just now, to thank rather than to remind.
  const [isJustSent, setJustSent] = useState(false);
  if (form.isPending) return <PageLoader label="Loading the survey" />;
  if (form.isError) {
    const error = form.error;
    if (isApiError(error) && [400, 403, 404, 410].includes(error.status)) {
      return (
        <MessagePanel title="This link does not work">
          <Text c="dimmed">
            The link may be incomplete, or it has expired. Check that you opened the whole link from your email. If it
            still does not work, ask your organization’s Tandem administrator.
          </Text>
        </MessagePanel>
      );
    }
    return (
      <MessagePanel
        title="Could not load the survey"
        actions={<Button onClick={() => void form.refetch()}>Try again</Button>}
      >
        <Text c="dimmed" role="alert">
          {errorMessage(error)}
        </Text>
      </MessagePanel>
    );
  }
  const data = form.data;
  if (data.hasAnswered) return <Answered form={data} isJustSent={isJustSent} />;
  if (!data.isOpen) return <Closed form={data} />;
  // Keyed so a form loaded again for another link starts empty.
  return <OpenForm key={token} form={data} token={token} onSent={() => setJustSent(true)} />;
}

function Answered({ form, isJustSent }: { form: PulseForm; isJustSent: boolean }) {
  const team = `${form.leaderName}'s team`;
  return (
    <MessagePanel title={isJustSent ? 'Thank you: your answers are in' : 'You have already answered this survey'}>
      <Text role="status">
        {`Your answers count towards the average of ${team} for ${form.quarter}. Answers cannot be changed once sent.`}
      </Text>
      <Text c="dimmed">
        {form.isOpen
          ? `${form.leaderName} sees the average after the survey closes, and only if at least ${form.minimumResponses} people answered.`
          : `The survey has closed. ${form.leaderName} sees the average only if at least ${form.minimumResponses} people answered.`}
      </Text>
    </MessagePanel>
  );
}

function Closed({ form }: { form: PulseForm }) {
  return (
    <MessagePanel title="This survey has closed">
      <Text c="dimmed">
        {`The ${form.quarter} pulse for ${form.leaderName}'s team has closed: answers can no longer be sent.`}
      </Text>
    </MessagePanel>
  );
}

function OpenForm({ form, token, onSent }: { form: PulseForm; token: string; onSent: () => void }) {
  const queryClient = useQueryClient();
  const { instrument } = form;
  const [answers, setAnswers] = useState<Answers>({});
  const progress = answeredStatements(instrument, answers);
  const questions = formQuestions(instrument);
  const options = useMemo(() => likertOptions(instrument.likert), [instrument.likert]);

  const send = useMutation({
    // No CSRF token needed: the link's token is the credential, and the API exempts these paths.
    mutationFn: () => sendPulseAnswers(token, { answers: toAnswers(instrument, answers) }),
    onSuccess: (updated) => {
      onSent();
      queryClient.setQueryData(pulseFormQuery(token).queryKey, updated);
    },
    onError: (error) => {
      // Answered from another tab, or closed meanwhile: reading the form again shows which.
      if (isApiError(error, 409) || isApiError(error, 410)) {
        void queryClient.invalidateQueries({ queryKey: pulseFormQuery(token).queryKey });
      }
    },
  });
  const errors = fieldErrors(send.error, (path) => path.startsWith('answers.'));

  useLeaveWarning(isAnswersChanged(instrument, {}, answers) && !send.isSuccess);

  // Stable, so that an answer re-renders its own question and not every question of the form.
  const set = useCallback((key: string, value: number | string | null) => {
    setAnswers((current) => ({ ...current, [key]: value }));
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send.mutate();
  }

  const first = options[0]?.label ?? '1';
  const last = options[options.length - 1]?.label ?? String(options.length);
  const note = unansweredNote(progress);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{`Team pulse for ${form.leaderName}'s team`}</Title>
        <Text c="dimmed">{`${form.quarter} · open until ${formatCalendarDate(form.closesOn)}`}</Text>
      </Stack>
      {instrument.description !== '' && <Text>{instrument.description}</Text>}
      <Alert color="indigo" variant="light" title="Anonymous, and final once sent">
        {pulsePrivacySentence(form.leaderName, form.minimumResponses)}
      </Alert>
      <Text>
        {`Rate each statement from 1 (${first}) to ${options.length} (${last}). Skip any you cannot judge; skipped statements do not count.`}
      </Text>

      <form onSubmit={submit} noValidate aria-label="Team pulse questionnaire">
        <Stack gap="lg">
          <Stack gap={0}>
            {questions.map(({ item, number }, index) => (
              <Box key={item.key}>
                {index > 0 && <Divider my="md" />}
                <Question
                  item={item}
                  number={number}
                  total={progress.total}
                  value={answers[item.key] ?? null}
                  options={options}
                  error={errors.fields[`answers.${item.key}`]}
                  onAnswer={set}
                  commentDescription="Optional. Kept without your name; leave out details that would identify you."
                />
              </Box>
            ))}
          </Stack>

          <Paper
            withBorder
            radius="md"
            p="md"
            shadow="sm"
            style={{ position: 'sticky', bottom: 'var(--mantine-spacing-xs)', zIndex: 1 }}
          >
            <Stack gap="sm">
              <Text size="sm" fw={600}>
                {`${progress.answered} of ${progress.total} statements answered`}
              </Text>
              {errors.general !== null && (
                <Alert color="red" variant="light" title="Your answers were not sent" role="alert">
                  {errors.general}
                </Alert>
              )}
              {Object.keys(errors.fields).length > 0 && errors.general === null && (
                <Text size="sm" c="red" role="alert">
                  Some answers need a look: see the messages by the questions.
                </Text>
              )}
              <Group gap="sm">
                <Button type="submit" loading={send.isPending} disabled={progress.answered === 0}>
                  Send answers
                </Button>
                <Text size="sm" c="dimmed">
                  {note === null
                    ? 'Once sent, answers cannot be changed.'
                    : `${note} Once sent, answers cannot be changed.`}
                </Text>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      </form>
      <Text size="xs" c="dimmed">
        This link is personal: do not forward it.{' '}
        <Anchor href="/" size="xs">
          Tandem
        </Anchor>
      </Text>
    </Stack>
  );
}
