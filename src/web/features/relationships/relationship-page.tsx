import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import type {
  ProgramSessionCadence,
  Relationship,
  RelationshipAgreementInput,
  RelationshipTransition,
} from '../../../contract/index.js';
import { RecordPage } from '../../app/record-page';
import { LabelledRows } from '../../ui/labelled-rows';
import { PersonBehaviouralProfilePanel } from '../behavioural-profile/person-profile-panel';
import { SharedFeedbackPanel } from '../ongoing-feedback/shared-feedback-panel';
import { dateRange, formatCalendarDate, formatInstant } from '../engagements/engagement-view';
import { fieldErrors } from '../engagements/form-errors';
import { roleLine } from '../matching/requests-view';
import { errorMessage } from '../people/server-errors';
import { cadenceLabels } from '../programs/program-labels';
import { PairSessions } from '../sessions/pair-sessions';
import { PersonWeeklyGoalsPanel } from '../weekly-goals/weekly-goals-panel';
import {
  relationshipQuery,
  relationshipsKey,
  saveAgreement,
  saveTraining,
  signAgreement,
  transitionRelationship,
} from './relationships-api';
import {
  agreementDraft,
  endingKindLabels,
  otherSide,
  relationshipStatusColors,
  relationshipStatusLabels,
  startBlockers,
  toAgreementInput,
  trainingProgress,
} from './relationship-view';

// A literal, not the contract's value: importing a value from the contract would pull zod into the bundle.
const maximumTopics = 10;

/** `/relationships/$relationshipId`: the mentoring pair's workspace, from agreement to close-out. */
export function RelationshipPage() {
  const { relationshipId } = useParams({ from: '/_authenticated/relationships/$relationshipId' });
  const relationship = useQuery(relationshipQuery(relationshipId));
  useDocumentTitle('Mentoring relationship · Tandem');

  return (
    <RecordPage query={relationship} what="the relationship">
      {(data) => <Workspace relationship={data} />}
    </RecordPage>
  );
}

/** After a change: show the answer at once, and let the lists catch up. */
function useApplyUpdate() {
  const queryClient = useQueryClient();
  return (updated: Relationship) => {
    queryClient.setQueryData(relationshipQuery(updated.id).queryKey, updated);
    void queryClient.invalidateQueries({ queryKey: [...relationshipsKey, 'list'] });
  };
}

const backLinks = {
  mentor: { to: '/mentees', label: 'My mentees' },
  mentee: { to: '/development', label: 'My development' },
  admin: { to: '/', label: 'Home' },
} as const;

function Workspace({ relationship }: { relationship: Relationship }) {
  const { myRole, mentor, mentee, status } = relationship;
  const back = backLinks[myRole];
  const isFinal = status === 'completed' || status === 'ended_early';
  return (
    <Stack gap="xl" maw={1000}>
      <Stack gap={4}>
        <Anchor component={Link} to={back.to} size="sm">
          {back.label}
        </Anchor>
        <Group gap="sm">
          <Title order={1}>Mentoring relationship</Title>
          <Badge variant="light" size="lg" color={relationshipStatusColors[status]}>
            {relationshipStatusLabels[status]}
          </Badge>
        </Group>
        <Text c="dimmed">{`${mentor.name} mentors ${mentee.name} in ${relationship.programName}.`}</Text>
      </Stack>
      <LabelledRows
        rows={[
          ['Mentor', <PersonLine key="mentor" person={mentor} isMe={myRole === 'mentor'} />],
          ['Mentee', <PersonLine key="mentee" person={mentee} isMe={myRole === 'mentee'} />],
          ['Program', relationship.programName],
          ['Status', relationshipStatusLabels[status]],
          ['Cadence', relationship.cadence === null ? 'Not agreed yet' : cadenceLabels[relationship.cadence]],
          ['Dates', dateRange(relationship.startDate, relationship.endDate)],
        ]}
      />
      {/* Keyed so a refused move's message goes once the relationship changes. */}
      <StatusSection key={`${status}:${relationship.updatedAt}`} relationship={relationship} />
      {/* An admin may list the sessions (time and status only) but never schedules one. */}
      <PairSessions
        kind="relationship"
        pairId={relationship.id}
        canSchedule={myRole !== 'admin' && (status === 'proposed' || status === 'active')}
      />
      {myRole === 'admin' ? (
        <AdminMetadata relationship={relationship} />
      ) : (
        <>
          <AgreementSection relationship={relationship} side={myRole} isReadOnly={status !== 'proposed'} />
          <TrainingSection relationship={relationship} side={myRole} isReadOnly={status !== 'proposed'} />
          {myRole === 'mentor' && !isFinal && (
            <>
              <PersonWeeklyGoalsPanel personId={mentee.id} personName={mentee.name} />
              <PersonBehaviouralProfilePanel personId={mentee.id} personName={mentee.name} />
              <SharedFeedbackPanel personId={mentee.id} personName={mentee.name} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}

function PersonLine({ person, isMe }: { person: Relationship['mentor']; isMe: boolean }) {
  return (
    <Stack gap={0}>
      <Text fw={600}>{isMe ? `${person.name} (you)` : person.name}</Text>
      <Text size="sm" c="dimmed">
        {roleLine(person)}
      </Text>
    </Stack>
  );
}

function Section({ title, children, description }: { title: string; children: ReactNode; description?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {title}
          </Title>
          {description}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

function StatusSection({ relationship }: { relationship: Relationship }) {
  const apply = useApplyUpdate();
  const [isConfirmingCompletion, completion] = useDisclosure(false);
  const [isLeaving, leaving] = useDisclosure(false);
  const [isEndingEarly, endingEarly] = useDisclosure(false);
  const move = useMutation({
    mutationFn: (transition: RelationshipTransition) => transitionRelationship(relationship.id, transition),
    onSuccess: (updated) => {
      completion.close();
      apply(updated);
    },
  });
  const { status, nextStatuses, myRole } = relationship;
  const isParty = myRole !== 'admin';

  if (status === 'completed' || status === 'ended_early') {
    return (
      <Section title="Status">
        <ClosedSummary relationship={relationship} />
      </Section>
    );
  }

  const blockers = status === 'proposed' ? startBlockers(relationship, myRole) : [];
  const canEnd = nextStatuses.includes('ended_early');
  return (
    <Section title="Status">
      {status === 'proposed' && (
        <Stack gap="xs">
          {blockers.length === 0 ? (
            <Text>Both of you signed the agreement and finished your training: the relationship can start.</Text>
          ) : (
            <>
              <Text>Before the relationship starts:</Text>
              <List size="sm" aria-label="What is missing before the start">
                {blockers.map((blocker) => (
                  <List.Item key={blocker}>{blocker}</List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      )}
      {status === 'active' && (
        <Text>The relationship is under way. Mark it as completed when you have reached what you set out to do.</Text>
      )}
      {move.error !== null && !isLeaving && !isEndingEarly && !isConfirmingCompletion && (
        <Alert color="red" variant="light" title="The status did not change" role="alert">
          {fieldErrors(move.error, () => false).general}
        </Alert>
      )}
      <Group gap="sm">
        {isParty && status === 'proposed' && (
          <Button
            disabled={blockers.length > 0}
            loading={move.isPending && move.variables.to === 'active'}
            onClick={() => move.mutate({ to: 'active' })}
          >
            Start the relationship
          </Button>
        )}
        {isParty && nextStatuses.includes('completed') && <Button onClick={completion.open}>Mark as completed</Button>}
        {isParty && canEnd && (
          <Button variant="default" onClick={leaving.open}>
            Leave without blame (no-fault exit)
          </Button>
        )}
        {canEnd && (
          <Button variant="default" color="red" onClick={endingEarly.open}>
            End early
          </Button>
        )}
      </Group>
      <Modal opened={isConfirmingCompletion} onClose={completion.close} title="Mark the relationship as completed?">
        <Stack gap="md">
          <Text>
            Completing closes the relationship for good: the agreement, training and weekly-goal sharing end here.
          </Text>
          {move.error !== null && (
            <Alert color="red" variant="light" title="Not completed" role="alert">
              {errorMessage(move.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={completion.close}>
              Keep it going
            </Button>
            <Button loading={move.isPending} onClick={() => move.mutate({ to: 'completed' })} data-autofocus>
              Complete the relationship
            </Button>
          </Group>
        </Stack>
      </Modal>
      <NoFaultExitModal relationship={relationship} opened={isLeaving} onClose={leaving.close} />
      <EndEarlyModal relationship={relationship} opened={isEndingEarly} onClose={endingEarly.close} />
    </Section>
  );
}

function ClosedSummary({ relationship }: { relationship: Relationship }) {
  const { ending } = relationship;
  if (relationship.status === 'completed' || ending === null) {
    return <Text>This relationship is completed. What is here stays as a record and can no longer change.</Text>;
  }
  return (
    <Stack gap="xs">
      <Text>{`${endingKindLabels[ending.kind]} on ${formatInstant(ending.endedAt)}. What is here can no longer change.`}</Text>
      {ending.reason !== null && <Text>{`Reason: ${ending.reason}`}</Text>}
      {ending.offersRematch && <Text c="dimmed">{`${relationship.mentee.name} is offered a new match.`}</Text>}
    </Stack>
  );
}

function NoFaultExitModal({
  relationship,
  opened,
  onClose,
}: {
  relationship: Relationship;
  opened: boolean;
  onClose: () => void;
}) {
  const apply = useApplyUpdate();
  const leave = useMutation({
    mutationFn: () => transitionRelationship(relationship.id, { to: 'ended_early', ending: { kind: 'no_fault_exit' } }),
    onSuccess: (updated) => {
      onClose();
      apply(updated);
    },
  });
  const mentee = relationship.myRole === 'mentee' ? 'you' : relationship.mentee.name;
  return (
    <Modal opened={opened} onClose={onClose} title="Leave without blame?">
      <Stack gap="md">
        <Text>
          Either of you may end the pairing at any time, without blame and without giving a reason. The relationship
          ends now and can no longer change.
        </Text>
        <Text>{`A new match is offered to ${mentee}, so nobody is left without a mentor.`}</Text>
        {leave.error !== null && (
          <Alert color="red" variant="light" title="The relationship did not end" role="alert">
            {errorMessage(leave.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Stay in the relationship
          </Button>
          <Button color="red" loading={leave.isPending} onClick={() => leave.mutate()}>
            Leave the relationship
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EndEarlyModal({
  relationship,
  opened,
  onClose,
}: {
  relationship: Relationship;
  opened: boolean;
  onClose: () => void;
}) {
  const apply = useApplyUpdate();
  const [reason, setReason] = useState('');
  const end = useMutation({
    mutationFn: () =>
      transitionRelationship(relationship.id, { to: 'ended_early', ending: { kind: 'other', reason: reason.trim() } }),
    onSuccess: (updated) => {
      close();
      apply(updated);
    },
  });
  const errors = fieldErrors(end.error, (path) => path === 'ending.reason' || path === 'ending');

  function close() {
    setReason('');
    end.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    end.mutate();
  }

  return (
    <Modal opened={opened} onClose={close} title="End the relationship early?">
      <form onSubmit={submit} noValidate aria-label="End the relationship early">
        <Stack gap="md">
          <Textarea
            label="Reason"
            description="Why it ends before its time. Both of you and the program administrators see it."
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.fields['ending.reason'] ?? errors.fields['ending']}
            data-autofocus
          />
          {errors.general !== null && (
            <Alert color="red" variant="light" title="The relationship did not end" role="alert">
              {errors.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep the relationship
            </Button>
            <Button type="submit" color="red" loading={end.isPending}>
              End the relationship
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function AdminMetadata({ relationship }: { relationship: Relationship }) {
  return (
    <Section
      title="Agreement and training"
      description={
        <Text size="sm" c="dimmed">
          As an administrator you see whether the pair signed and trained. What they agreed stays between them.
        </Text>
      }
    >
      <LabelledRows
        rows={(['mentor', 'mentee'] as const).flatMap((side) => {
          const person = relationship[side];
          const signedAt = relationship.signatures[side];
          return [
            [
              `Signature of ${person.name}`,
              signedAt === null ? 'Not signed' : `Signed on ${formatInstant(signedAt)}`,
            ] as const,
            [`Training of ${person.name}`, trainingProgress(relationship.training[side])] as const,
          ];
        })}
      />
    </Section>
  );
}

const agreementFields = ['confidentialityNorms', 'cadence', 'startDate', 'endDate'] as const;

function AgreementSection({
  relationship,
  side,
  isReadOnly,
}: {
  relationship: Relationship;
  side: 'mentor' | 'mentee';
  isReadOnly: boolean;
}) {
  const apply = useApplyUpdate();
  const sign = useMutation({
    mutationFn: () => signAgreement(relationship.id),
    onSuccess: apply,
  });
  const { agreement, signatures } = relationship;
  const canSign = !isReadOnly && agreement !== null && signatures[side] === null;

  return (
    <Section
      title="Agreement"
      description={
        <Text size="sm" c="dimmed">
          How you keep confidence, how often you meet, when, and what about. The mentee sets the agenda. Only the two of
          you read it.
        </Text>
      }
    >
      {isReadOnly ? (
        agreement === null ? (
          <Text c="dimmed">No agreement was written.</Text>
        ) : (
          <AgreementText agreement={agreement} />
        )
      ) : (
        <AgreementForm key={JSON.stringify(agreement)} relationship={relationship} />
      )}
      <Stack gap="xs" component="section" aria-label="Signatures">
        <Title order={3} size="h5">
          Signatures
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {(['mentor', 'mentee'] as const).map((who) => {
            const signedAt = signatures[who];
            const name = who === side ? `You (${relationship[who].name})` : relationship[who].name;
            return (
              <Group key={who} gap="xs">
                <Badge variant="light" color={signedAt === null ? 'gray' : 'green'}>
                  {signedAt === null ? 'Not signed' : 'Signed'}
                </Badge>
                <Text size="sm">
                  {signedAt === null ? `${name}, ${who}` : `${name}, ${who}, on ${formatInstant(signedAt)}`}
                </Text>
              </Group>
            );
          })}
        </SimpleGrid>
        {!isReadOnly && agreement === null && (
          <Text size="sm" c="dimmed">
            Save the agreement first; then both of you sign it.
          </Text>
        )}
        {sign.error !== null && (
          <Alert color="red" variant="light" title="Not signed" role="alert">
            {errorMessage(sign.error)}
          </Alert>
        )}
        {canSign && (
          <Group>
            <Button loading={sign.isPending} onClick={() => sign.mutate()}>
              Sign the agreement
            </Button>
          </Group>
        )}
      </Stack>
    </Section>
  );
}

function AgreementText({ agreement }: { agreement: NonNullable<Relationship['agreement']> }) {
  return (
    <LabelledRows
      rows={[
        [
          'Confidentiality norms',
          <Text key="norms" style={{ whiteSpace: 'pre-wrap' }}>
            {agreement.confidentialityNorms}
          </Text>,
        ],
        ['Meeting cadence', cadenceLabels[agreement.cadence]],
        ['Dates', `${formatCalendarDate(agreement.startDate)} – ${formatCalendarDate(agreement.endDate)}`],
        [
          'Topics',
          <List key="topics" size="sm" aria-label="Topics">
            {agreement.topics.map((topic) => (
              <List.Item key={topic}>{topic}</List.Item>
            ))}
          </List>,
        ],
      ]}
    />
  );
}

const cadenceOptions = (Object.keys(cadenceLabels) as ProgramSessionCadence[]).map((value) => ({
  value,
  label: cadenceLabels[value],
}));

function AgreementForm({ relationship }: { relationship: Relationship }) {
  const apply = useApplyUpdate();
  const [draft, setDraft] = useState<RelationshipAgreementInput>(() => agreementDraft(relationship));
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => saveAgreement(relationship.id, toAgreementInput(draft)),
    onSuccess: (updated) => {
      setSaved(true);
      apply(updated);
    },
  });
  const errors = fieldErrors(
    save.error,
    (path) => (agreementFields as readonly string[]).includes(path) || path === 'topics' || path.startsWith('topics.'),
  );
  const topicsError = Object.entries(errors.fields).find(([path]) => path.startsWith('topics'))?.[1];
  const hasSignatures = relationship.signatures.mentor !== null || relationship.signatures.mentee !== null;

  function update<Field extends keyof RelationshipAgreementInput>(
    field: Field,
    value: RelationshipAgreementInput[Field],
  ) {
    setSaved(false);
    setDraft((current) => ({ ...current, [field]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Mentoring agreement">
      <Stack gap="md">
        <Textarea
          label="Confidentiality norms"
          description="What stays between the two of you, and the exceptions (for example, when someone is at risk of harm)."
          autosize
          minRows={3}
          maxRows={10}
          maxLength={2000}
          value={draft.confidentialityNorms}
          onChange={(event) => update('confidentialityNorms', event.currentTarget.value)}
          error={errors.fields['confidentialityNorms']}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            label="Meeting cadence"
            data={cadenceOptions}
            allowDeselect={false}
            value={draft.cadence}
            onChange={(value) => value !== null && update('cadence', value as ProgramSessionCadence)}
            error={errors.fields['cadence']}
          />
          <TextInput
            type="date"
            label="Start date"
            value={draft.startDate}
            onChange={(event) => update('startDate', event.currentTarget.value)}
            error={errors.fields['startDate']}
          />
          <TextInput
            type="date"
            label="End date"
            value={draft.endDate}
            onChange={(event) => update('endDate', event.currentTarget.value)}
            error={errors.fields['endDate']}
          />
        </SimpleGrid>
        <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={500} size="sm">
            Topics the mentee wants to work on
          </Text>
          {draft.topics.map((topic, index) => (
            // Rows have no identity beyond their place; a removed row shifts the rest up.
            <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                style={{ flex: 1 }}
                label={`Topic ${index + 1}`}
                maxLength={200}
                value={topic}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  update(
                    'topics',
                    draft.topics.map((current, at) => (at === index ? value : current)),
                  );
                }}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`Remove topic ${index + 1}`}
                disabled={draft.topics.length === 1}
                onClick={() =>
                  update(
                    'topics',
                    draft.topics.filter((_, at) => at !== index),
                  )
                }
              >
                <span aria-hidden="true">×</span>
              </ActionIcon>
            </Group>
          ))}
          {topicsError !== undefined && (
            <Text size="sm" c="red" role="alert">
              {topicsError}
            </Text>
          )}
          <Group>
            <Button
              variant="default"
              size="xs"
              disabled={draft.topics.length >= maximumTopics}
              onClick={() => update('topics', [...draft.topics, ''])}
            >
              Add a topic
            </Button>
          </Group>
        </Stack>
        <Text size="sm" c="dimmed">
          {hasSignatures
            ? 'Saving changes clears both signatures: you both sign the agreement again.'
            : 'Saving clears any signatures, so both of you always sign what is current.'}
        </Text>
        {errors.general !== null && (
          <Alert color="red" variant="light" title="The agreement was not saved" role="alert">
            {errors.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save the agreement
          </Button>
          {saved && save.isSuccess && (
            <Text size="sm" c="green" role="status">
              Saved.
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function TrainingSection({
  relationship,
  side,
  isReadOnly,
}: {
  relationship: Relationship;
  side: 'mentor' | 'mentee';
  isReadOnly: boolean;
}) {
  const mine = relationship.training[side];
  const other = otherSide(side);
  return (
    <Section
      title="Training"
      description={
        <Text size="sm" c="dimmed">
          Each of you confirms a short checklist before the first meeting.
        </Text>
      }
    >
      <TrainingForm key={JSON.stringify(mine)} relationship={relationship} side={side} isReadOnly={isReadOnly} />
      <Text>
        {`Training of ${relationship[other].name} (${other}): `}
        <Text span fw={600}>
          {trainingProgress(relationship.training[other])}
        </Text>
      </Text>
    </Section>
  );
}

function TrainingForm({
  relationship,
  side,
  isReadOnly,
}: {
  relationship: Relationship;
  side: 'mentor' | 'mentee';
  isReadOnly: boolean;
}) {
  const apply = useApplyUpdate();
  const checklist = relationship.training[side];
  const [ticked, setTicked] = useState<string[]>(() =>
    checklist.items.filter((item) => item.isTicked).map((item) => item.key),
  );
  const save = useMutation({
    mutationFn: () => saveTraining(relationship.id, ticked),
    onSuccess: apply,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={submit} aria-label="Your training checklist">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={3} size="h5">
            Your training checklist
          </Title>
          <Badge variant="light" color={checklist.isComplete ? 'green' : 'gray'}>
            {trainingProgress(checklist)}
          </Badge>
        </Group>
        <Checkbox.Group value={ticked} onChange={setTicked} aria-label="Your training checklist">
          <Stack gap="xs">
            {checklist.items.map((item) => (
              <Checkbox key={item.key} value={item.key} label={item.label} disabled={isReadOnly} />
            ))}
          </Stack>
        </Checkbox.Group>
        {save.error !== null && (
          <Alert color="red" variant="light" title="The training was not saved" role="alert">
            {fieldErrors(save.error, () => false).general}
          </Alert>
        )}
        {!isReadOnly && (
          <Group>
            <Button type="submit" variant="default" loading={save.isPending}>
              Save my training
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
