import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { FeedbackCycle, FeedbackPhase } from '../../../contract/assessments.js';
import type { Program } from '../../../contract/index.js';
import { PageLoader } from '../../ui/page-loader';
import { fieldErrors } from '../engagements/form-errors';
import {
  feedbackKey,
  instrumentsQuery,
  programCyclesPageSize,
  programCyclesQuery,
  programParticipantsQuery,
  startCycle,
} from './feedback-api';
import { OrganizationTable } from './feedback-page';
import { highestThreshold, lowestThreshold, phaseLabels } from './feedback-view';

const phaseOptions = (['pre', 'mid', 'post'] as const).map((value) => ({ value, label: phaseLabels[value] }));
const defaultInstrument = 'default';

/** The program page's "360 feedback" section, for admins: the program's cycles, and starting one. */
export function ProgramFeedbackSection({ program }: { program: Program }) {
  const [page, setPage] = useState(1);
  const cycles = useQuery(programCyclesQuery(program.id, page));
  const canStart = program.status !== 'closed' && program.status !== 'draft';

  return (
    <Stack gap="md" component="section" aria-labelledby="program-feedback-title">
      <Title order={2} size="h3" id="program-feedback-title">
        360 feedback
      </Title>
      <Text size="sm" c="dimmed">
        Start a 360 for a participant: they choose their raters, their manager approves, and the raters answer by email
        link. You see progress in numbers; the report goes to the participant only.
      </Text>
      {canStart ? (
        <StartCycleForm program={program} />
      ) : (
        <Text c="dimmed">
          {program.status === 'draft'
            ? '360s can start once the program is enrolling.'
            : 'The program is closed: no new 360s can start.'}
        </Text>
      )}
      {cycles.isPending && <PageLoader label="Loading the program’s 360s" />}
      {cycles.isError && (
        <Alert color="red" variant="light" title="Could not load the program’s 360s" role="alert">
          {cycles.error.message}
        </Alert>
      )}
      {cycles.data?.total === 0 && <Text c="dimmed">No 360s in this program yet.</Text>}
      {cycles.data !== undefined && cycles.data.items.length > 0 && (
        <OrganizationTable cycles={cycles.data.items} label="360s in this program" showProgram={false} />
      )}
      {cycles.data !== undefined && cycles.data.total > programCyclesPageSize && (
        <Pagination
          total={Math.ceil(cycles.data.total / programCyclesPageSize)}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': `${control} page of 360s` })}
          getItemProps={(item) => ({ 'aria-label': `360s page ${item}` })}
        />
      )}
    </Stack>
  );
}

type Field = 'personId' | 'phase' | 'closesOn' | 'anonymityThreshold' | 'instrument';
const placeable: Record<string, Field> = {
  personId: 'personId',
  phase: 'phase',
  closesOn: 'closesOn',
  anonymityThreshold: 'anonymityThreshold',
  instrumentKey: 'instrument',
  instrumentVersion: 'instrument',
};

function StartCycleForm({ program }: { program: Program }) {
  const queryClient = useQueryClient();
  const participants = useQuery(programParticipantsQuery(program.id));
  const instruments = useQuery(instrumentsQuery());
  const [personId, setPersonId] = useState<string | null>(null);
  const [phase, setPhase] = useState<FeedbackPhase>('pre');
  const [closesOn, setClosesOn] = useState('');
  const [threshold, setThreshold] = useState<number | string>(lowestThreshold);
  const [instrument, setInstrument] = useState(defaultInstrument);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [started, setStarted] = useState<FeedbackCycle | null>(null);

  const start = useMutation({
    mutationFn: () => {
      const [instrumentKey, version] = instrument === defaultInstrument ? [] : instrument.split('@');
      return startCycle(program.id, {
        personId: personId ?? '',
        phase,
        closesOn,
        anonymityThreshold: Number(threshold),
        ...(instrumentKey === undefined ? {} : { instrumentKey, instrumentVersion: Number(version) }),
      });
    },
    onSuccess: (cycle) => {
      setStarted(cycle);
      setPersonId(null);
      setClosesOn('');
      void queryClient.invalidateQueries({ queryKey: [...feedbackKey, 'list'] });
    },
  });
  const serverErrors = fieldErrors(start.error, (path) => Object.hasOwn(placeable, path));
  const errorOf = (field: Field) =>
    problems[field] ?? Object.entries(serverErrors.fields).find(([path]) => placeable[path] === field)?.[1];

  const participantOptions = (participants.data?.items ?? [])
    .map((enrollment) => ({
      value: enrollment.person.id,
      label: `${enrollment.person.name} (${enrollment.person.title})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const instrumentOptions = [
    { value: defaultInstrument, label: 'Leadership 360 (latest, the default)' },
    ...(instruments.data?.items ?? [])
      .filter((entry) => entry.kind === 'leadership_360' || entry.kind === 'custom')
      .map((entry) => ({
        value: `${entry.key}@${entry.version}`,
        label: `${entry.title}, version ${entry.version}${entry.isShipped ? '' : ' (imported)'}`,
      })),
  ];

  function clear(field: Field) {
    setProblems((current) => ({ ...current, [field]: undefined }));
    setStarted(null);
    // A refused start's messages go once the form changes; the next attempt asks again.
    start.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (personId === null) found.personId = 'Choose the participant.';
    if (closesOn === '') found.closesOn = 'Choose the last day raters can answer.';
    const value = Number(threshold);
    if (threshold === '' || !Number.isInteger(value) || value < lowestThreshold || value > highestThreshold) {
      found.anonymityThreshold = `Must be a whole number from ${lowestThreshold} to ${highestThreshold}.`;
    }
    setProblems(found);
    if (Object.keys(found).length === 0) start.mutate();
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={submit} noValidate aria-label="Start a 360">
        <Stack gap="sm">
          <Title order={3} size="h5">
            Start a 360
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Participant"
              description="Enrolled as a participant in this program"
              required
              searchable
              data={participantOptions}
              value={personId}
              onChange={(value) => {
                setPersonId(value);
                clear('personId');
              }}
              nothingFoundMessage={
                participants.isError
                  ? `Could not load the participants: ${participants.error.message}`
                  : participants.isPending
                    ? 'Loading…'
                    : 'No participant of that name'
              }
              placeholder={
                participants.data?.total === 0 ? 'Nobody is enrolled as a participant yet' : 'Choose a participant'
              }
              error={errorOf('personId')}
            />
            <Select
              label="Phase"
              description="When in the program this 360 happens"
              required
              allowDeselect={false}
              data={phaseOptions}
              value={phase}
              onChange={(value) => {
                if (value !== null) setPhase(value as FeedbackPhase);
                clear('phase');
              }}
              error={errorOf('phase')}
            />
            <TextInput
              type="date"
              label="Closes on"
              description="The last day raters can answer"
              required
              value={closesOn}
              onChange={(event) => {
                setClosesOn(event.currentTarget.value);
                clear('closesOn');
              }}
              error={errorOf('closesOn')}
            />
            <NumberInput
              label="Anonymity threshold"
              description={`Answers a group needs before it is shown (at least ${lowestThreshold})`}
              required
              min={lowestThreshold}
              max={highestThreshold}
              allowDecimal={false}
              value={threshold}
              onChange={(value) => {
                setThreshold(value);
                clear('anonymityThreshold');
              }}
              error={errorOf('anonymityThreshold')}
            />
            <Select
              label="Questionnaire"
              allowDeselect={false}
              data={instrumentOptions}
              value={instrument}
              onChange={(value) => {
                setInstrument(value ?? defaultInstrument);
                clear('instrument');
              }}
              error={errorOf('instrument')}
            />
          </SimpleGrid>
          {serverErrors.general !== null && (
            <Alert color="red" variant="light" title="The 360 did not start" role="alert">
              {serverErrors.general}
            </Alert>
          )}
          {started !== null && (
            <Text c="teal.8" role="status">
              {`Started a 360 for ${started.participant.name}. They can now choose their raters. `}
              <Anchor
                renderRoot={(props) => <Link {...props} to="/feedback/$cycleId" params={{ cycleId: started.id }} />}
              >
                Open it
              </Anchor>
            </Text>
          )}
          <Group>
            <Button type="submit" loading={start.isPending}>
              Start the 360
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
