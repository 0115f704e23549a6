import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ReadinessAssessment } from '../../../contract/outcomes.js';
import type { Person } from '../../../contract/people.js';
import {
  formatCalendarDate,
  isReadinessLevel,
  readinessColors,
  readinessLabels,
  todayAsCalendarDate,
  type ReadinessLevel,
} from './labels';
import { readinessQueryOptions, useRecordReadiness } from './people-api';
import {
  assessorName,
  emptyReadinessDraft,
  readinessFields,
  toReadinessCreate,
  type ReadinessDraft,
  type ReadinessField,
} from './readiness-view';
import { errorMessage, splitServerError } from './server-errors';

const readinessOptions = (Object.keys(readinessLabels) as ReadinessLevel[]).map((value) => ({
  value,
  label: readinessLabels[value],
}));

/** "Promotion readiness": the person's assessments over time, and the form to record the next one. */
export function ReadinessSection({ person }: { person: Person }) {
  const history = useQuery(readinessQueryOptions(person.id));
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="readiness-heading">
      <Stack gap="lg">
        <Stack gap={2}>
          <Title order={2} size="h3" id="readiness-heading">
            Promotion readiness
          </Title>
          <Text size="sm" c="dimmed">
            Each assessment is kept, so the history shows how readiness grew. Program outcomes count the time to “ready
            now”.
          </Text>
        </Stack>
        {history.isPending ? (
          <Loader size="sm" aria-label="Loading the readiness history" />
        ) : history.isError ? (
          <Alert color="red" variant="light" title="Could not load the readiness history">
            {errorMessage(history.error)}
          </Alert>
        ) : history.data.length === 0 ? (
          <Text c="dimmed">No readiness assessment yet.</Text>
        ) : (
          <ReadinessHistory assessments={history.data} />
        )}
        <Divider />
        <ReadinessForm personId={person.id} />
      </Stack>
    </Paper>
  );
}

function ReadinessHistory({ assessments }: { assessments: readonly ReadinessAssessment[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label="Readiness history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Readiness</Table.Th>
            <Table.Th scope="col">Assessed on</Table.Th>
            <Table.Th scope="col">Assessor</Table.Th>
            <Table.Th scope="col">Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessments.map((assessment) => (
            <Table.Tr key={assessment.id}>
              <Table.Td>
                <Badge variant="light" color={readinessColors[assessment.readiness]} tt="none">
                  {readinessLabels[assessment.readiness]}
                </Badge>
              </Table.Td>
              <Table.Td>{formatCalendarDate(assessment.assessedOn)}</Table.Td>
              <Table.Td>{assessorName(assessment)}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {assessment.note}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ReadinessForm({ personId }: { personId: string }) {
  const record = useRecordReadiness(personId);
  const [draft, setDraft] = useState(() => emptyReadinessDraft(todayAsCalendarDate()));
  const [checks, setChecks] = useState<Partial<Record<ReadinessField, string>>>({});
  const server = splitServerError(record.error, readinessFields);
  const errors = { ...server.fields, ...checks };
  function change(patch: Partial<ReadinessDraft>, field: ReadinessField) {
    setDraft((current) => ({ ...current, ...patch }));
    setChecks((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = toReadinessCreate(draft);
    setChecks(checked.errors ?? {});
    if (checked.body === null) return;
    record.mutate(checked.body, {
      onSuccess: () => setDraft((current) => ({ ...current, readiness: null, note: '' })),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Record a readiness assessment">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Record an assessment
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Readiness"
            placeholder="Choose"
            required
            data={readinessOptions}
            value={draft.readiness}
            onChange={(value) => change({ readiness: isReadinessLevel(value) ? value : null }, 'readiness')}
            error={errors.readiness}
          />
          <TextInput
            type="date"
            label="Assessed on"
            required
            value={draft.assessedOn}
            onChange={(event) => change({ assessedOn: event.currentTarget.value }, 'assessedOn')}
            error={errors.assessedOn}
          />
        </SimpleGrid>
        <Textarea
          label="Note"
          description="What the assessment rests on"
          autosize
          minRows={2}
          maxLength={1000}
          value={draft.note}
          onChange={(event) => change({ note: event.currentTarget.value }, 'note')}
          error={errors.note}
        />
        {server.general !== null && (
          <Alert color="red" variant="light" title="The assessment was not recorded" role="alert">
            {server.general}
          </Alert>
        )}
        {record.isSuccess && (
          <Text size="sm" c="teal.8" role="status">
            Assessment recorded.
          </Text>
        )}
        <Group>
          <Button type="submit" loading={record.isPending}>
            Record assessment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
