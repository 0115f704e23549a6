import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { KeyPosition, Successor, SuccessorGap } from '../../../contract/succession.js';
import { PageLoader } from '../../ui/page-loader';
import { NavigationGate } from '../matching/requests-parts';
import { useIsAdmin } from '../outcomes/outcomes-gate';
import {
  approachColors,
  approachLabels,
  formatCalendarDate,
  isReadinessLevel,
  tierLabels,
  todayAsCalendarDate,
} from '../people/labels';
import { errorMessage, splitServerError } from '../people/server-errors';
import { PersonPicker } from '../programs/person-picker';
import { programTypeLabels } from '../programs/program-labels';
import { enrollPerson, type PersonOption } from '../programs/programs-api';
import {
  addSuccessor,
  archiveKeyPosition,
  assessSuccessor,
  keyPositionQuery,
  removeSuccessor,
  successionKey,
  successorGapQuery,
  successorQuery,
  updateKeyPosition,
} from './succession-api';
import { CriticalityBadge, PositionForm, ReadinessBadge, readinessOptions } from './succession-parts';
import { leavingRiskLabels } from './succession-view';

/** `/succession/$positionId`: one key position, its successors, their readiness history and gaps. */
export function KeyPositionPage() {
  return (
    <NavigationGate path="/succession">
      <KeyPositionView />
    </NavigationGate>
  );
}

function KeyPositionView() {
  const { positionId } = useParams({ from: '/_authenticated/succession/$positionId' });
  const position = useQuery(keyPositionQuery(positionId));
  useDocumentTitle(`${position.data?.title ?? 'Key position'} · Succession · Tandem`);
  if (position.isPending) return <PageLoader label="Loading the key position" />;
  if (position.isError) {
    return (
      <Alert color="red" title="Could not load the key position">
        {errorMessage(position.error)}
      </Alert>
    );
  }
  return <PositionDetail position={position.data} />;
}

function PositionDetail({ position }: { position: KeyPosition }) {
  const isAdmin = useIsAdmin();
  const [isEditing, setIsEditing] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const current = position.successors.find((successor) => successor.id === selected) ?? null;
  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap={4}>
        <Anchor component={Link} to="/succession" size="sm">
          ← Succession
        </Anchor>
        <Group gap="sm">
          <Title order={1}>{position.title}</Title>
          <CriticalityBadge criticality={position.criticality} />
          {position.bench.isUncovered && (
            <Badge color="red" variant="dot" tt="none">
              No successor ready now
            </Badge>
          )}
        </Group>
        <Text c="dimmed">
          {`${position.incumbent ? `Held by ${position.incumbent.name}` : 'Vacant'} · ${leavingRiskLabels[position.incumbentLeavingRisk]} · ${position.bench.readyNow} ready now, ${position.bench.readySoon} in 1–2 years, ${position.bench.later} in 3+ years`}
        </Text>
      </Stack>
      {isAdmin && (
        <Group>
          <Button variant="default" onClick={() => setIsEditing((open) => !open)}>
            {isEditing ? 'Close the editor' : 'Edit position'}
          </Button>
          <ArchiveButton positionId={position.id} />
        </Group>
      )}
      {isAdmin && isEditing && (
        <Paper withBorder p="md" radius="sm">
          <PositionForm
            key={position.updatedAt}
            position={position}
            save={(body) => updateKeyPosition(position.id, body)}
            submitLabel="Save position"
            onSaved={() => setIsEditing(false)}
          />
        </Paper>
      )}
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="successors">
        <Stack gap="md">
          <Title order={2} size="h3" id="successors">
            Successors
          </Title>
          {position.successors.length === 0 ? (
            <Text c="dimmed">Nobody is named yet.</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label="Successors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Successor</Table.Th>
                    <Table.Th>Readiness</Table.Th>
                    <Table.Th>Assessed</Table.Th>
                    <Table.Th>By</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {position.successors.map((successor) => (
                    <Table.Tr
                      key={successor.id}
                      bg={successor.id === selected ? 'var(--mantine-color-blue-light)' : undefined}
                    >
                      <Table.Td>
                        <Text fw={600}>{successor.person.name}</Text>
                        <Text
                          size="xs"
                          c="dimmed"
                        >{`${successor.person.title} · ${tierLabels[successor.person.tier]}`}</Text>
                      </Table.Td>
                      <Table.Td>
                        <ReadinessBadge readiness={successor.readiness} />
                      </Table.Td>
                      <Table.Td>{formatCalendarDate(successor.assessedOn)}</Table.Td>
                      <Table.Td>{successor.assessor?.name ?? '—'}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={`Gap and history of ${successor.person.name}`}
                          onClick={() => setSelected(successor.id === selected ? null : successor.id)}
                        >
                          {successor.id === selected ? 'Close' : 'Gap and history'}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {isAdmin && <AddSuccessorForm positionId={position.id} />}
        </Stack>
      </Paper>
      {current !== null && (
        <SuccessorPanel
          key={current.id}
          positionId={position.id}
          successor={current}
          onRemoved={() => setSelected(null)}
        />
      )}
    </Stack>
  );
}

function ArchiveButton({ positionId }: { positionId: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isConfirming, setIsConfirming] = useState(false);
  const archive = useMutation({
    mutationFn: () => archiveKeyPosition(positionId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: successionKey });
      void navigate({ to: '/succession' });
    },
  });
  return (
    <Group gap="xs">
      <Button
        color="red"
        variant={isConfirming ? 'filled' : 'light'}
        loading={archive.isPending}
        onClick={() => (isConfirming ? archive.mutate() : setIsConfirming(true))}
      >
        {isConfirming ? 'Archive: it is no longer key' : 'Archive position'}
      </Button>
      {archive.isError && <Text c="red.8">{errorMessage(archive.error)}</Text>}
    </Group>
  );
}

const successorFields = ['personId', 'readiness', 'assessedOn', 'note'] as const;

function AddSuccessorForm({ positionId }: { positionId: string }) {
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [readiness, setReadiness] = useState<string | null>(null);
  const [assessedOn, setAssessedOn] = useState(todayAsCalendarDate());
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState<{ personId?: string; readiness?: string }>({});
  const add = useMutation({
    mutationFn: (body: Parameters<typeof addSuccessor>[1]) => addSuccessor(positionId, body),
    onSuccess: () => {
      setPerson(null);
      setPickerKey((key) => key + 1);
      setReadiness(null);
      setNote('');
      void queryClient.invalidateQueries({ queryKey: successionKey });
    },
  });
  const server = splitServerError(add.error, successorFields);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = {
      ...(person === null ? { personId: 'Pick the successor.' } : {}),
      ...(isReadinessLevel(readiness) ? {} : { readiness: 'Say how ready they are.' }),
    };
    setChecks(missing);
    if (person === null || !isReadinessLevel(readiness)) return;
    add.mutate({ personId: person.id, readiness, assessedOn, note });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Name a successor">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Name a successor
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <PersonPicker
            key={pickerKey}
            label="Successor"
            required
            value={person}
            onChange={(picked) => {
              setPerson(picked);
              setChecks((current) => ({ ...current, personId: undefined }));
            }}
            error={checks.personId ?? server.fields.personId}
          />
          <Select
            label="Readiness"
            required
            data={readinessOptions}
            value={readiness}
            onChange={(value) => {
              setReadiness(value);
              setChecks((current) => ({ ...current, readiness: undefined }));
            }}
            error={checks.readiness ?? server.fields.readiness}
          />
          <TextInput
            type="date"
            label="Assessed on"
            value={assessedOn}
            onChange={(event) => setAssessedOn(event.currentTarget.value)}
            error={server.fields.assessedOn}
          />
        </SimpleGrid>
        <TextInput
          label="Note"
          description="Optional: what the judgement rests on"
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={server.fields.note}
        />
        {server.general !== null && (
          <Alert color="red" variant="light" title="The successor was not named" role="alert">
            {server.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={add.isPending}>
            Name successor
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SuccessorPanel({
  positionId,
  successor,
  onRemoved,
}: {
  positionId: string;
  successor: Successor;
  onRemoved: () => void;
}) {
  const isAdmin = useIsAdmin();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="successor-panel">
      <Stack gap="lg">
        <Title order={2} size="h3" id="successor-panel">
          {successor.person.name}
        </Title>
        <GapSection positionId={positionId} successorId={successor.id} />
        <HistorySection positionId={positionId} successorId={successor.id} />
        {isAdmin && <ReassessForm positionId={positionId} successor={successor} />}
        {isAdmin && <RemoveSuccessorButton positionId={positionId} successor={successor} onRemoved={onRemoved} />}
      </Stack>
    </Paper>
  );
}

function GapSection({ positionId, successorId }: { positionId: string; successorId: string }) {
  const gap = useQuery(successorGapQuery(positionId, successorId));
  if (gap.isPending) return <PageLoader label="Loading the gap" />;
  if (gap.isError) return <Alert color="red">{errorMessage(gap.error)}</Alert>;
  return <Gap gap={gap.data} />;
}

function Gap({ gap }: { gap: SuccessorGap }) {
  const isAdmin = useIsAdmin();
  const missing = gap.competencies.filter((competency) => competency.isGap);
  return (
    <Stack gap="sm" aria-label="Gap and action">
      <Title order={3} size="h4">
        From the gap to action
      </Title>
      {gap.competencies.length === 0 ? (
        <Text c="dimmed" size="sm">
          The position names no competencies yet: edit it to measure a gap.
        </Text>
      ) : (
        <Table aria-label="Competencies the position needs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Competency</Table.Th>
              <Table.Th>Directory level (1–5)</Table.Th>
              <Table.Th>Standing</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {gap.competencies.map((competency) => (
              <Table.Tr key={competency.competency}>
                <Table.Td>{competency.label}</Table.Td>
                <Table.Td>{competency.level ?? 'not rated'}</Table.Td>
                <Table.Td>
                  {competency.isGap ? (
                    <Badge color="orange" variant="light" tt="none">
                      Gap
                    </Badge>
                  ) : (
                    <Badge color="green" variant="light" tt="none">
                      Strength
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs">
        <Text fw={600}>Recommended approach:</Text>
        <Badge color={approachColors[gap.recommendation.approach]} tt="none" size="lg">
          {approachLabels[gap.recommendation.approach]}
        </Badge>
        {missing.length > 0 && (
          <Text size="sm" c="dimmed">{`for ${missing.map((competency) => competency.label).join(', ')}`}</Text>
        )}
      </Group>
      <Stack gap={2}>
        {gap.recommendation.rules.map((rule) => (
          <Text key={rule.id} size="sm">
            <b>{rule.title}.</b> {rule.explanation}
          </Text>
        ))}
      </Stack>
      <Title order={4} size="h5">
        Programs that fit
      </Title>
      {gap.programs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No program open to enrollment gives this approach at this person's tier. Create one under Programs.
        </Text>
      ) : (
        gap.programs.map((program) => (
          <ProgramRow key={program.id} program={program} person={gap.person} canEnroll={isAdmin} />
        ))
      )}
    </Stack>
  );
}

function ProgramRow({
  program,
  person,
  canEnroll,
}: {
  program: SuccessorGap['programs'][number];
  person: SuccessorGap['person'];
  canEnroll: boolean;
}) {
  const queryClient = useQueryClient();
  const enroll = useMutation({
    mutationFn: () => enrollPerson(program.id, { personId: person.id, role: 'participant' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: successionKey }),
  });
  return (
    <Group gap="sm">
      <Anchor renderRoot={(props) => <Link {...props} to="/programs/$programId" params={{ programId: program.id }} />}>
        {program.name}
      </Anchor>
      <Text
        size="sm"
        c="dimmed"
      >{`${programTypeLabels[program.type]} · starts ${formatCalendarDate(program.startDate)}`}</Text>
      {program.isEnrolled ? (
        <Badge color="green" tt="none">
          Enrolled
        </Badge>
      ) : (
        canEnroll && (
          <Button size="xs" loading={enroll.isPending} onClick={() => enroll.mutate()}>
            {`Enroll ${person.name}`}
          </Button>
        )
      )}
      {enroll.isError && (
        <Text c="red.8" size="sm" role="alert">
          {errorMessage(enroll.error)}
        </Text>
      )}
    </Group>
  );
}

function HistorySection({ positionId, successorId }: { positionId: string; successorId: string }) {
  const detail = useQuery(successorQuery(positionId, successorId));
  if (detail.isPending) return <PageLoader label="Loading the history" />;
  if (detail.isError) return <Alert color="red">{errorMessage(detail.error)}</Alert>;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Readiness history
      </Title>
      <Table aria-label="Readiness history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Assessed</Table.Th>
            <Table.Th>Readiness</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.data.history.map((change) => (
            <Table.Tr key={change.id}>
              <Table.Td>{formatCalendarDate(change.assessedOn)}</Table.Td>
              <Table.Td>
                <ReadinessBadge readiness={change.readiness} />
              </Table.Td>
              <Table.Td>{change.assessor?.name ?? '—'}</Table.Td>
              <Table.Td>{change.note || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ReassessForm({ positionId, successor }: { positionId: string; successor: Successor }) {
  const queryClient = useQueryClient();
  const [readiness, setReadiness] = useState<string | null>(successor.readiness);
  const [note, setNote] = useState('');
  const assess = useMutation({
    mutationFn: () =>
      assessSuccessor(positionId, successor.id, {
        readiness: isReadinessLevel(readiness) ? readiness : successor.readiness,
        note,
      }),
    onSuccess: () => {
      setNote('');
      void queryClient.invalidateQueries({ queryKey: successionKey });
    },
  });
  const server = splitServerError(assess.error, ['readiness', 'note', 'assessedOn'] as const);
  return (
    <form
      aria-label="Record readiness again"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        assess.mutate();
      }}
    >
      <Group align="end">
        <Select
          label="Readiness now"
          data={readinessOptions}
          value={readiness}
          allowDeselect={false}
          onChange={setReadiness}
          error={server.fields.readiness}
        />
        <TextInput
          label="Note"
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={server.fields.note}
        />
        <Button type="submit" loading={assess.isPending}>
          Record readiness
        </Button>
      </Group>
      {server.general !== null && (
        <Text c="red.8" size="sm" role="alert">
          {server.general}
        </Text>
      )}
    </form>
  );
}

function RemoveSuccessorButton({
  positionId,
  successor,
  onRemoved,
}: {
  positionId: string;
  successor: Successor;
  onRemoved: () => void;
}) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => removeSuccessor(positionId, successor.id),
    onSuccess: () => {
      onRemoved();
      void queryClient.invalidateQueries({ queryKey: successionKey });
    },
  });
  return (
    <Group>
      <Button color="red" variant="subtle" loading={remove.isPending} onClick={() => remove.mutate()}>
        {`Take ${successor.person.name} off the bench`}
      </Button>
      {remove.isError && <Text c="red.8">{errorMessage(remove.error)}</Text>}
    </Group>
  );
}
