import { Alert, Box, Button, Divider, Group, Modal, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { MyBehaviouralProfile } from '../../../contract/behavioural-profiles.js';
import { MessagePanel } from '../../ui/message-panel';
import { PageLoader } from '../../ui/page-loader';
import { useLeaveWarning } from '../../ui/use-leave-warning';
import { useSession } from '../auth/use-session';
import { fieldErrors } from '../engagements/form-errors';
import { Section } from '../feedback/feedback-parts';
import { Question } from '../feedback/likert-question';
import {
  answeredStatements,
  formQuestions,
  isAnswersChanged,
  likertOptions,
  toAnswers,
  type Answers,
} from '../feedback/rater-form-view';
import { errorMessage } from '../people/server-errors';
import { deleteProfile, myProfileQuery, saveProfile } from './behavioural-profile-api';
import { completedLine, profileIntro, remainingNote, unratedErrors } from './behavioural-profile-view';
import { ProfileScores } from './profile-scores';

const isAnswerPath = (path: string) => path.startsWith('answers.');

/** `/profile`: the signed-in person's behavioural self-profile: their scores, or the questionnaire. */
export function BehaviouralProfilePage() {
  useDocumentTitle('My behavioural profile · Tandem');
  const { user } = useSession();
  return (
    <Stack gap="xl" maw={880}>
      <Stack gap="xs">
        <Title order={1}>My behavioural profile</Title>
        <Text>{profileIntro}</Text>
      </Stack>
      {user.personId === null ? (
        <Text c="dimmed">
          Your account is not linked to a person in your organization, so it has no behavioural profile. An
          administrator can link it on the Users page.
        </Text>
      ) : (
        <ProfileContent />
      )}
    </Stack>
  );
}

function ProfileContent() {
  const profile = useQuery(myProfileQuery());
  const [isRetaking, setRetaking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (profile.isPending) return <PageLoader label="Loading your behavioural profile" />;
  if (profile.isError) {
    return (
      <MessagePanel
        title="Could not load your behavioural profile"
        actions={<Button onClick={() => void profile.refetch()}>Try again</Button>}
      >
        <Text c="dimmed" role="alert">
          {errorMessage(profile.error)}
        </Text>
      </MessagePanel>
    );
  }
  const data = profile.data;
  const isCompleted = data.completedAt !== null;

  return (
    <Stack gap="lg">
      {notice !== null && (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {isCompleted && !isRetaking ? (
        <ScoresSection
          profile={data}
          onRetake={() => {
            setNotice(null);
            setRetaking(true);
          }}
          onDeleted={() => setNotice('Your behavioural profile was deleted. You can fill it in again at any time.')}
        />
      ) : (
        <Questionnaire
          // Keyed so that a profile saved or deleted meanwhile starts the form from its own answers.
          key={data.completedAt ?? 'new'}
          profile={data}
          isRetake={isCompleted}
          onCancel={() => setRetaking(false)}
          onSaved={() => {
            setRetaking(false);
            setNotice('Your behavioural profile is saved. Your coach or mentor sees these scores, never your answers.');
          }}
        />
      )}
    </Stack>
  );
}

function ScoresSection({
  profile,
  onRetake,
  onDeleted,
}: {
  profile: MyBehaviouralProfile;
  onRetake: () => void;
  onDeleted: () => void;
}) {
  const queryClient = useQueryClient();
  const [isConfirming, confirming] = useDisclosure(false);
  const remove = useMutation({
    mutationFn: deleteProfile,
    onSuccess: () => {
      confirming.close();
      // Shown as deleted at once; the read that follows brings the questionnaire as the server has it.
      queryClient.setQueryData<MyBehaviouralProfile>(myProfileQuery().queryKey, (current) =>
        current === undefined
          ? current
          : {
              ...current,
              answers: null,
              completedAt: null,
              scores: current.scores.map((score) => ({ ...score, mean: null })),
            },
      );
      void queryClient.invalidateQueries({ queryKey: myProfileQuery().queryKey });
      onDeleted();
    },
  });

  return (
    <Section id="profile-scores" title="Your scores" description={completedLine(profile.completedAt ?? '')}>
      <ProfileScores
        scores={profile.scores}
        points={profile.instrument.likert.points}
        label="Your scores per dimension"
      />
      <Group gap="sm">
        <Button onClick={onRetake}>Retake</Button>
        <Button variant="default" color="red" onClick={confirming.open}>
          Delete my profile
        </Button>
      </Group>
      <Modal opened={isConfirming} onClose={confirming.close} title="Delete your behavioural profile?">
        <Stack gap="md">
          <Text>
            Your answers and scores are removed. Your coach or mentor no longer sees scores, and matching treats you as
            having no profile. You can fill it in again at any time.
          </Text>
          {remove.error !== null && (
            <Alert color="red" variant="light" title="Your profile was not deleted" role="alert">
              {errorMessage(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirming.close}>
              Keep my profile
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              Delete my profile
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}

function Questionnaire({
  profile,
  isRetake,
  onCancel,
  onSaved,
}: {
  profile: MyBehaviouralProfile;
  isRetake: boolean;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const queryClient = useQueryClient();
  const { instrument } = profile;
  const saved = useMemo(() => profile.answers ?? {}, [profile.answers]);
  const [answers, setAnswers] = useState<Answers>(saved);
  // The form's own check and the server's refusals, keyed `answers.<itemKey>`; an answer clears its own.
  const [problems, setProblems] = useState<Record<string, string>>({});
  const progress = answeredStatements(instrument, answers);
  const questions = formQuestions(instrument);
  const options = useMemo(() => likertOptions(instrument.likert), [instrument.likert]);

  const save = useMutation({
    mutationFn: () => saveProfile({ answers: toAnswers(instrument, answers) }),
    onSuccess: (updated) => {
      queryClient.setQueryData(myProfileQuery().queryKey, updated);
      onSaved();
    },
    onError: (error) => setProblems(fieldErrors(error, isAnswerPath).fields),
  });
  const general = fieldErrors(save.error, isAnswerPath).general;

  useLeaveWarning(isAnswersChanged(instrument, saved, answers) && !save.isSuccess);

  // Stable, so that an answer re-renders its own question and not every question of the form.
  const set = useCallback((key: string, value: number | string | null) => {
    setAnswers((current) => ({ ...current, [key]: value }));
    setProblems((current) => {
      const path = `answers.${key}`;
      if (!Object.hasOwn(current, path)) return current;
      const rest = { ...current };
      delete rest[path];
      return rest;
    });
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = unratedErrors(instrument, answers);
    setProblems(missing);
    const first = Object.keys(missing)[0];
    if (first === undefined) {
      save.mutate();
      return;
    }
    document.getElementById(questionId(first.slice('answers.'.length)))?.scrollIntoView({ block: 'center' });
  }

  const first = options[0]?.label ?? '1';
  const last = options[options.length - 1]?.label ?? String(options.length);
  const note = remainingNote(progress);

  return (
    <Stack gap="lg" component="section" aria-labelledby="profile-questionnaire">
      <Stack gap={4}>
        <Title order={2} size="h3" id="profile-questionnaire">
          {isRetake ? 'Retake your profile' : 'Fill in your profile'}
        </Title>
        {instrument.description !== '' && <Text>{instrument.description}</Text>}
        <Text c="dimmed">
          {`Rate every statement from 1 (${first}) to ${options.length} (${last}).`}
          {isRetake ? ' Your last answers are filled in: change any that no longer fit.' : ''}
        </Text>
      </Stack>

      <form onSubmit={submit} noValidate aria-label="Behavioural profile questionnaire">
        <Stack gap="lg">
          <Stack gap={0}>
            {questions.map(({ item, number }, index) => (
              <Box key={item.key} id={questionId(item.key)}>
                {index > 0 && <Divider my="md" />}
                <Question
                  item={item}
                  number={number}
                  total={progress.total}
                  value={answers[item.key] ?? null}
                  options={options}
                  error={problems[`answers.${item.key}`]}
                  onAnswer={set}
                  commentDescription="Optional. Your answers stay with you: only the scores are shared."
                  canClear={false}
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
              <Text size="sm" fw={600} id="profile-progress">
                {`${progress.answered} of ${progress.total} statements answered`}
              </Text>
              <Progress
                value={progress.total === 0 ? 100 : (progress.answered / progress.total) * 100}
                aria-labelledby="profile-progress"
                size="sm"
              />
              {general !== null && (
                <Alert color="red" variant="light" title="Your profile was not saved" role="alert">
                  {general}
                </Alert>
              )}
              {Object.keys(problems).length > 0 && general === null && (
                <Text size="sm" c="red" role="alert">
                  Some statements need an answer: see the messages by the statements.
                </Text>
              )}
              <Group gap="sm">
                <Button type="submit" loading={save.isPending}>
                  Save my profile
                </Button>
                {isRetake && (
                  <Button variant="default" onClick={onCancel} disabled={save.isPending}>
                    Cancel retake
                  </Button>
                )}
                {note !== null && (
                  <Text size="sm" c="dimmed">
                    {note}
                  </Text>
                )}
              </Group>
            </Stack>
          </Paper>
        </Stack>
      </form>
    </Stack>
  );
}

function questionId(itemKey: string): string {
  return `profile-question-${itemKey}`;
}
