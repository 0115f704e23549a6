import {
  Alert,
  Anchor,
  Box,
  Button,
  Container,
  Divider,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { RaterForm } from '../../../contract/assessments.js';
import { isApiError } from '../../api/client';
import { MessagePanel } from '../../ui/message-panel';
import { PageLoader } from '../../ui/page-loader';
import { useLeaveWarning } from '../../ui/use-leave-warning';
import { formatCalendarDate, formatInstant } from '../engagements/engagement-view';
import { fieldErrors } from '../engagements/form-errors';
import { errorMessage } from '../people/server-errors';
import { raterFormQuery, saveRaterAnswers } from './feedback-api';
import { phaseLabels, raterPrivacySentence, raterRoleSentence } from './feedback-view';
import { Question } from './likert-question';
import {
  answeredStatements,
  formQuestions,
  isAnswersChanged,
  likertOptions,
  toAnswers,
  unansweredNote,
  type Answers,
} from './rater-form-view';

/** `/rate/$token`: the questionnaire a rater opens from their email, without signing in. */
export function RaterPage() {
  const { token } = useParams({ from: '/rate/$token' });
  const form = useQuery(raterFormQuery(token));
  useDocumentTitle(
    form.data === undefined
      ? 'Feedback · Tandem'
      : form.data.group === 'self'
        ? 'Your self-rating · Tandem'
        : `Feedback for ${form.data.participantName} · Tandem`,
  );

  return (
    <Box component="main" id="main" p="md">
      <Container size="md" py="md">
        <Stack gap="xl">
          {/* The brand only: raters are often not users, and there is nothing to navigate to. */}
          <Text component="p" fz={24} fw={700} c="var(--mantine-primary-color-filled)" m={0}>
            Tandem
          </Text>
          <RaterContent form={form} token={token} />
        </Stack>
      </Container>
    </Box>
  );
}

function RaterContent({ form, token }: { form: UseQueryResult<RaterForm>; token: string }) {
  if (form.isPending) return <PageLoader label="Loading the questionnaire" />;
  if (form.isError) {
    const error = form.error;
    if (isApiError(error) && [400, 403, 404, 410].includes(error.status)) {
      return (
        <MessagePanel title="This link does not work">
          <Text c="dimmed">
            The link may be incomplete, or it has expired. Check that you opened the whole link from your email. If it
            still does not work, ask the person who invited you, or your program’s administrator, for a new one.
          </Text>
        </MessagePanel>
      );
    }
    return (
      <MessagePanel
        title="Could not load the questionnaire"
        actions={<Button onClick={() => void form.refetch()}>Try again</Button>}
      >
        <Text c="dimmed" role="alert">
          {errorMessage(error)}
        </Text>
      </MessagePanel>
    );
  }
  if (!form.data.isOpen) return <ClosedForm form={form.data} />;
  // Keyed so a form loaded again for another link starts from its own answers.
  return <OpenForm key={token} form={form.data} token={token} />;
}

function ClosedForm({ form }: { form: RaterForm }) {
  return (
    <MessagePanel title="This feedback round has closed">
      <Text c="dimmed">
        {`It closed on ${formatCalendarDate(form.closesOn)}: answers can no longer be given or changed.`}
      </Text>
      {form.submittedAt !== null && <Text>Thank you: your answers were received.</Text>}
    </MessagePanel>
  );
}

function OpenForm({ form, token }: { form: RaterForm; token: string }) {
  const queryClient = useQueryClient();
  const { instrument } = form;
  const [answers, setAnswers] = useState<Answers>(form.answers);
  const isChanged = isAnswersChanged(instrument, form.answers, answers);
  const isSubmitted = form.submittedAt !== null;
  const progress = answeredStatements(instrument, answers);
  const questions = formQuestions(instrument);
  const options = useMemo(() => likertOptions(instrument.likert), [instrument.likert]);

  const save = useMutation({
    // No CSRF token here: the link's token is the credential, and the API exempts these paths.
    mutationFn: (submit: boolean) => saveRaterAnswers(token, { answers: toAnswers(instrument, answers), submit }),
    onSuccess: (updated) => queryClient.setQueryData(raterFormQuery(token).queryKey, updated),
    onError: (error) => {
      // Closed meanwhile: reading the form again shows it as closed.
      if (isApiError(error, 409) || isApiError(error, 410)) {
        void queryClient.invalidateQueries({ queryKey: raterFormQuery(token).queryKey });
      }
    },
  });
  const errors = fieldErrors(save.error, (path) => path.startsWith('answers.'));

  useLeaveWarning(isChanged);

  // Stable, so that an answer re-renders its own question and not every question of the form.
  const set = useCallback((key: string, value: number | string | null) => {
    setAnswers((current) => ({ ...current, [key]: value }));
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(true);
  }

  const first = options[0]?.label ?? '1';
  const last = options[options.length - 1]?.label ?? String(options.length);
  const note = unansweredNote(progress);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{form.group === 'self' ? 'Your self-rating' : `Feedback for ${form.participantName}`}</Title>
        <Text size="lg">{raterRoleSentence(form.group, form.participantName)}</Text>
        <Text c="dimmed">
          {`${instrument.title} · ${phaseLabels[form.phase]} · open until ${formatCalendarDate(form.closesOn)}`}
        </Text>
      </Stack>
      {instrument.description !== '' && <Text>{instrument.description}</Text>}
      <Alert color="indigo" variant="light" title={form.group === 'manager' ? 'Attributed' : 'Who sees your answers'}>
        {raterPrivacySentence(form.group)}
      </Alert>
      {isSubmitted && (
        <Alert color="teal" variant="light" title="Thank you: your answers are in" role="status">
          {`Submitted ${formatInstant(form.submittedAt ?? '')}. You can still change them until the round closes on ${formatCalendarDate(form.closesOn)}; save again when you do.`}
        </Alert>
      )}
      <Stack gap={4}>
        <Text>
          {`Rate each statement from 1 (${first}) to ${options.length} (${last}). Skip any you cannot judge; skipped statements do not count.`}
        </Text>
        {!isSubmitted && (
          <Text size="sm" c="dimmed">
            Save keeps your answers so you can come back through the same link. Submit when you are done; you can still
            change your answers until the round closes.
          </Text>
        )}
      </Stack>

      <form onSubmit={submit} noValidate aria-label="Questionnaire">
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
                  commentDescription="Optional. Shown without your name, unless you answer as the manager."
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
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600} id="rater-progress">
                  {`${progress.answered} of ${progress.total} statements answered`}
                </Text>
                {isChanged && !save.isPending && (
                  <Text size="sm" c="dimmed">
                    Unsaved changes
                  </Text>
                )}
                {!isChanged && save.isSuccess && (
                  <Text size="sm" c="teal.8" role="status">
                    Saved
                  </Text>
                )}
              </Group>
              <Progress
                value={progress.total === 0 ? 100 : (progress.answered / progress.total) * 100}
                aria-labelledby="rater-progress"
                size="sm"
              />
              {errors.general !== null && (
                <Alert color="red" variant="light" title="Your answers were not saved" role="alert">
                  {errors.general}
                </Alert>
              )}
              {Object.keys(errors.fields).length > 0 && errors.general === null && (
                <Text size="sm" c="red" role="alert">
                  Some answers need a look: see the messages by the questions.
                </Text>
              )}
              <Group gap="sm">
                {!isSubmitted && (
                  <Button
                    variant="default"
                    disabled={!isChanged}
                    loading={save.isPending && save.variables === false}
                    onClick={() => save.mutate(false)}
                  >
                    Save
                  </Button>
                )}
                <Button
                  type="submit"
                  disabled={isSubmitted && !isChanged}
                  loading={save.isPending && save.variables === true}
                >
                  {isSubmitted ? 'Save changes' : 'Submit'}
                </Button>
                {!isSubmitted && note !== null && (
                  <Text size="sm" c="dimmed">
                    {note}
                  </Text>
                )}
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
