import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { CoachingEngagement, CoachingEngagementTransition, ProgramPerson } from '../../../contract/index.js';
import { RecordPage } from '../../app/record-page';
import { LabelledRows } from '../../ui/labelled-rows';
import { PersonBehaviouralProfilePanel } from '../behavioural-profile/person-profile-panel';
import { SharedFeedbackPanel } from '../ongoing-feedback/shared-feedback-panel';
import { roleLine } from '../matching/requests-view';
import { errorMessage } from '../people/server-errors';
import { PairSessions } from '../sessions/pair-sessions';
import { PersonWeeklyGoalsPanel } from '../weekly-goals/weekly-goals-panel';
import {
  canEditGoals,
  dateRange,
  engagementRoleLabels,
  engagementStatusColors,
  engagementStatusLabels,
  formatInstant,
  isEngagementOpen,
  isMetadataOnly,
  joinWords,
  partyToConfirm,
  rolesLine,
  startBlockers,
} from './engagement-view';
import {
  confirmGoals,
  engagementQuery,
  engagementsKey,
  transitionEngagement,
  updateEngagementDates,
} from './engagements-api';
import { fieldErrors } from './form-errors';
import { GoalsEditor, GoalsTable } from './goals-editor';
import { ProgressSection } from './progress-section';

/** `/engagements/$engagementId`: one coaching engagement, from its goals to the close-out. */
export function EngagementPage() {
  const { engagementId } = useParams({ from: '/_authenticated/engagements/$engagementId' });
  const engagement = useQuery(engagementQuery(engagementId));
  useDocumentTitle('Coaching engagement · Tandem');

  return (
    <RecordPage query={engagement} what="the engagement">
      {(data) => <Engagement engagement={data} />}
    </RecordPage>
  );
}

/** After a change: show the answer at once, and let the lists catch up. */
function useApplyUpdate() {
  const queryClient = useQueryClient();
  return (updated: CoachingEngagement) => {
    queryClient.setQueryData(engagementQuery(updated.id).queryKey, updated);
    void queryClient.invalidateQueries({ queryKey: [...engagementsKey, 'list'] });
  };
}

/** Where "back" leads: the list the user came from most likely, by their first role. */
function backLink(engagement: CoachingEngagement): {
  to: '/engagements' | '/development' | '/team' | '/dashboard' | '/';
  label: string;
} {
  const roles = engagement.myRoles;
  if (roles.includes('coach')) return { to: '/engagements', label: 'My engagements' };
  if (roles.includes('leader')) return { to: '/development', label: 'My development' };
  if (roles.includes('manager')) return { to: '/team', label: 'My team' };
  if (roles.includes('sponsor')) return { to: '/dashboard', label: 'Program dashboard' };
  return { to: '/', label: 'Home' };
}

function Engagement({ engagement }: { engagement: CoachingEngagement }) {
  const apply = useApplyUpdate();
  const back = backLink(engagement);
  const { coach, leader, status } = engagement;
  const isMetadata = isMetadataOnly(engagement);
  const isCoach = engagement.myRoles.includes('coach');
  const isPair = isCoach || engagement.myRoles.includes('leader');
  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap={4}>
        <Anchor component={Link} to={back.to} size="sm">
          {back.label}
        </Anchor>
        <Group gap="sm">
          <Title order={1}>Coaching engagement</Title>
          <Badge variant="light" size="lg" color={engagementStatusColors[status]}>
            {engagementStatusLabels[status]}
          </Badge>
        </Group>
        <Text c="dimmed">{`${coach.name} coaches ${leader.name} in ${engagement.program.name}.`}</Text>
      </Stack>
      <LabelledRows
        rows={[
          ['Coach', <PersonLine key="coach" person={coach} />],
          ['Leader', <PersonLine key="leader" person={leader} />],
          ['Manager', engagement.manager === null ? 'None' : <PersonLine key="manager" person={engagement.manager} />],
          ['Sponsor', engagement.sponsor === null ? 'None' : <PersonLine key="sponsor" person={engagement.sponsor} />],
          ['Program', engagement.program.name],
          ['Dates', dateRange(engagement.startDate, engagement.endDate)],
          ['Status', engagementStatusLabels[status]],
          ['Your role', rolesLine(engagement.myRoles)],
        ]}
      />
      {/* Keyed so a refused move's message goes once the engagement changes. */}
      <StatusSection key={`${status}:${engagement.updatedAt}`} engagement={engagement} />
      {status === 'proposed' && (isCoach || engagement.myRoles.includes('admin')) && (
        <DatesSection key={`${engagement.startDate}:${engagement.endDate}`} engagement={engagement} />
      )}
      {isMetadata ? (
        <Section
          title="Goals"
          description="As an administrator you see how many goals there are and who confirmed them. What they say stays with the engagement's people."
        >
          <Text>{engagement.goalCount === 1 ? '1 goal' : `${engagement.goalCount} goals`}</Text>
        </Section>
      ) : (
        <Section
          title="Goals"
          description={
            canEditGoals(engagement)
              ? 'The coach and the leader write the goals: what changes, for which competency, measured how, by when.'
              : 'The goals the coach and the leader wrote. You read them here; the coach and the leader change them.'
          }
        >
          {canEditGoals(engagement) ? (
            <GoalsEditor key={JSON.stringify(engagement.goals ?? [])} engagement={engagement} onSaved={apply} />
          ) : (
            <GoalsTable goals={engagement.goals ?? []} />
          )}
        </Section>
      )}
      <AgreementSection engagement={engagement} />
      {status !== 'proposed' && <ProgressSection engagement={engagement} />}
      {/* The manager, the sponsor and an admin may list the sessions (time and status only); only the pair schedules. */}
      <PairSessions
        kind="engagement"
        pairId={engagement.id}
        canSchedule={isPair && (status === 'proposed' || status === 'active')}
      />
      {isCoach && isEngagementOpen(status) && (
        <>
          <PersonWeeklyGoalsPanel personId={leader.id} personName={leader.name} />
          <PersonBehaviouralProfilePanel personId={leader.id} personName={leader.name} />
          <SharedFeedbackPanel personId={leader.id} personName={leader.name} />
        </>
      )}
    </Stack>
  );
}

function PersonLine({ person }: { person: ProgramPerson }) {
  return (
    <Stack gap={0}>
      <Text fw={600}>{person.name}</Text>
      <Text size="sm" c="dimmed">
        {roleLine(person)}
      </Text>
    </Stack>
  );
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {title}
          </Title>
          {description !== undefined && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

function AgreementSection({ engagement }: { engagement: CoachingEngagement }) {
  const apply = useApplyUpdate();
  const confirm = useMutation({ mutationFn: () => confirmGoals(engagement.id), onSuccess: apply });
  const { agreement } = engagement;
  const myParty = partyToConfirm(engagement);
  const asked = joinWords(agreement.parties.map((entry) => `the ${entry.party}`));
  return (
    <Section
      title="Three-way agreement"
      description={`The goals count once ${asked} have confirmed them. Any change to the goals clears every confirmation.`}
    >
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label="Confirmations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">Person</Table.Th>
              <Table.Th scope="col">Confirmed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agreement.parties.map((entry) => (
              <Table.Tr key={entry.party}>
                <Table.Td>{engagementRoleLabels[entry.party]}</Table.Td>
                <Table.Td>{entry.person?.name ?? '–'}</Table.Td>
                <Table.Td>
                  {entry.confirmedAt === null ? (
                    <Badge variant="light" color="gray">
                      Not yet
                    </Badge>
                  ) : (
                    <Text size="sm">{`Confirmed on ${formatInstant(entry.confirmedAt)}`}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text fw={600}>
        {agreement.isComplete
          ? 'Everyone has confirmed the goals.'
          : engagement.goalCount === 0
            ? 'There are no goals to confirm yet.'
            : `Waiting for ${joinWords(agreement.missing.map((party) => `the ${party}`))}.`}
      </Text>
      {confirm.error !== null && (
        <Alert color="red" variant="light" title="Not confirmed" role="alert">
          {errorMessage(confirm.error)}
        </Alert>
      )}
      {myParty !== null && (
        <Group>
          <Button loading={confirm.isPending} onClick={() => confirm.mutate()}>
            Confirm these goals
          </Button>
          <Text size="sm" c="dimmed">{`As the ${myParty}.`}</Text>
        </Group>
      )}
    </Section>
  );
}

function StatusSection({ engagement }: { engagement: CoachingEngagement }) {
  const apply = useApplyUpdate();
  const [isCompleting, completing] = useDisclosure(false);
  const [isEndingEarly, endingEarly] = useDisclosure(false);
  const move = useMutation({
    mutationFn: (transition: CoachingEngagementTransition) => transitionEngagement(engagement.id, transition),
    onSuccess: apply,
  });
  const { status, nextStatuses } = engagement;
  const isCoach = engagement.myRoles.includes('coach');
  const mayEndEarly =
    nextStatuses.includes('ended_early') &&
    (isCoach || engagement.myRoles.includes('leader') || engagement.myRoles.includes('admin'));

  if (status === 'completed' || status === 'ended_early') {
    return (
      <Section title="Status">
        <ClosedSummary engagement={engagement} />
      </Section>
    );
  }

  const blockers = status === 'proposed' ? startBlockers(engagement) : [];
  return (
    <Section title="Status">
      {status === 'proposed' &&
        (blockers.length === 0 ? (
          <Text>The goals are set and confirmed by everyone: the coach can start the engagement.</Text>
        ) : (
          <Stack gap="xs">
            <Text>Before the engagement starts:</Text>
            <List size="sm" aria-label="What is missing before the start">
              {blockers.map((blocker) => (
                <List.Item key={blocker}>{blocker}</List.Item>
              ))}
            </List>
          </Stack>
        ))}
      {status === 'active' && <Text>The engagement is under way.</Text>}
      {status === 'paused' && <Text>The engagement is paused. The coach resumes it when the leader is ready.</Text>}
      {move.error !== null && (
        <Alert color="red" variant="light" title="The status did not change" role="alert">
          {fieldErrors(move.error, () => false).general}
        </Alert>
      )}
      <Group gap="sm">
        {isCoach && status === 'proposed' && (
          <Button disabled={blockers.length > 0} loading={move.isPending} onClick={() => move.mutate({ to: 'active' })}>
            Start the engagement
          </Button>
        )}
        {isCoach && status === 'active' && (
          <Button variant="default" loading={move.isPending} onClick={() => move.mutate({ to: 'paused' })}>
            Pause the engagement
          </Button>
        )}
        {isCoach && status === 'paused' && (
          <Button loading={move.isPending} onClick={() => move.mutate({ to: 'active' })}>
            Resume the engagement
          </Button>
        )}
        {isCoach && nextStatuses.includes('completed') && (
          <Button onClick={completing.open}>Complete the engagement</Button>
        )}
        {mayEndEarly && (
          <Button variant="default" color="red" onClick={endingEarly.open}>
            End early
          </Button>
        )}
      </Group>
      {!isCoach && status !== 'proposed' && (
        <Text size="sm" c="dimmed">
          The coach starts, pauses, resumes and completes the engagement.
        </Text>
      )}
      <CloseModal engagement={engagement} kind="completed" opened={isCompleting} onClose={completing.close} />
      <CloseModal engagement={engagement} kind="ended_early" opened={isEndingEarly} onClose={endingEarly.close} />
    </Section>
  );
}

function ClosedSummary({ engagement }: { engagement: CoachingEngagement }) {
  const when = engagement.endedAt === null ? '' : ` on ${formatInstant(engagement.endedAt)}`;
  const isMetadata = isMetadataOnly(engagement);
  if (engagement.status === 'completed') {
    return (
      <Stack gap="xs">
        <Text>{`The engagement was completed${when}. What is here can no longer change.`}</Text>
        {!isMetadata && (
          <Stack gap={2} component="section" aria-label="Final summary">
            <Title order={3} size="h5">
              Final summary of goal attainment
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{engagement.finalSummary ?? 'No summary was written.'}</Text>
          </Stack>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Text>{`The engagement ended early${when}. What is here can no longer change.`}</Text>
      {!isMetadata && <Text>{`Reason: ${engagement.endReason ?? 'none given'}`}</Text>}
    </Stack>
  );
}

const closeWords = {
  completed: {
    title: 'Complete the engagement',
    label: 'Final summary of goal attainment',
    description:
      'How far each goal was reached, from where things stand now. The leader, the manager and the sponsor read it.',
    keep: 'Not yet',
    submit: 'Complete the engagement',
    failed: 'The engagement was not completed',
    field: 'finalSummary',
    maxLength: 10_000,
  },
  ended_early: {
    title: 'End the engagement early?',
    label: 'Reason',
    description: 'Why it ends before its objectives are met. The engagement’s people read it; administrators do not.',
    keep: 'Keep the engagement',
    submit: 'End the engagement',
    failed: 'The engagement did not end',
    field: 'reason',
    maxLength: 2000,
  },
} as const;

function CloseModal({
  engagement,
  kind,
  opened,
  onClose,
}: {
  engagement: CoachingEngagement;
  kind: 'completed' | 'ended_early';
  opened: boolean;
  onClose: () => void;
}) {
  const apply = useApplyUpdate();
  const words = closeWords[kind];
  const [text, setText] = useState('');
  const close = useMutation({
    mutationFn: () =>
      transitionEngagement(
        engagement.id,
        kind === 'completed' ? { to: kind, finalSummary: text.trim() } : { to: kind, reason: text.trim() },
      ),
    onSuccess: (updated) => {
      dismiss();
      apply(updated);
    },
  });
  const errors = fieldErrors(close.error, (path) => path === words.field);

  function dismiss() {
    setText('');
    close.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    close.mutate();
  }

  return (
    <Modal opened={opened} onClose={dismiss} title={words.title} size="lg">
      <form onSubmit={submit} noValidate aria-label={words.title}>
        <Stack gap="md">
          <Textarea
            label={words.label}
            description={words.description}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={words.maxLength}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={errors.fields[words.field]}
            data-autofocus
          />
          {errors.general !== null && (
            <Alert color="red" variant="light" title={words.failed} role="alert">
              {errors.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              {words.keep}
            </Button>
            <Button type="submit" color={kind === 'ended_early' ? 'red' : undefined} loading={close.isPending}>
              {words.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DatesSection({ engagement }: { engagement: CoachingEngagement }) {
  const apply = useApplyUpdate();
  const [startDate, setStartDate] = useState(engagement.startDate ?? '');
  const [endDate, setEndDate] = useState(engagement.endDate ?? '');
  const save = useMutation({
    mutationFn: () =>
      updateEngagementDates(engagement.id, {
        ...(startDate === '' ? {} : { startDate }),
        ...(endDate === '' ? {} : { endDate }),
      }),
    onSuccess: apply,
  });
  const errors = fieldErrors(save.error, (path) => path === 'startDate' || path === 'endDate');
  const isUnchanged = startDate === (engagement.startDate ?? '') && endDate === (engagement.endDate ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <Section
      title="Engagement dates"
      description="Until it starts, the coach may move the dates; it runs 6 to 12 months."
    >
      <form onSubmit={submit} noValidate aria-label="Engagement dates">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={520}>
            <TextInput
              type="date"
              label="Start date"
              value={startDate}
              onChange={(event) => setStartDate(event.currentTarget.value)}
              error={errors.fields['startDate']}
            />
            <TextInput
              type="date"
              label="End date"
              value={endDate}
              onChange={(event) => setEndDate(event.currentTarget.value)}
              error={errors.fields['endDate']}
            />
          </SimpleGrid>
          {errors.general !== null && (
            <Alert color="red" variant="light" title="The dates were not changed" role="alert">
              {errors.general}
            </Alert>
          )}
          <Group>
            <Button type="submit" variant="default" disabled={isUnchanged} loading={save.isPending}>
              Save the dates
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
