import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { BusinessOutcome, OutcomeMeasurementCreate } from '../../../contract/outcomes.js';
import { formatCalendarDate } from '../engagements/engagement-view';
import { todayAsCalendarDate } from '../people/labels';
import { splitServerError } from '../people/server-errors';
import { PersonPicker } from '../programs/person-picker';
import type { PersonOption } from '../programs/programs-api';
import {
  emptyMeasurement,
  measurementFields,
  toMeasurementCreate,
  type MeasurementDraft,
  type MeasurementField,
} from './outcome-forms-view';
import { outcomesKey, recordMeasurement, type MeasurementRecorded } from './outcomes-api';

/** Records one leader's team on a business metric (admins); a later measurement supersedes theirs. */
export function MeasurementForm({ programId, outcome }: { programId: string; outcome: BusinessOutcome }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => emptyMeasurement<PersonOption>(todayAsCalendarDate()));
  // The picker keeps its own search text; a new key clears it along with the choice.
  const [pickerKey, setPickerKey] = useState(0);
  const [checks, setChecks] = useState<Partial<Record<MeasurementField, string>>>({});
  const [recorded, setRecorded] = useState<MeasurementRecorded | null>(null);
  const record = useMutation({
    mutationFn: (body: OutcomeMeasurementCreate) => recordMeasurement(programId, outcome.outcomeId, body),
    onSuccess: (measurement) => {
      setRecorded(measurement);
      // The date stays: measurements are often entered in a batch from one report.
      setDraft((current) => ({ ...current, leader: null, value: '' }));
      setPickerKey((key) => key + 1);
      void queryClient.invalidateQueries({ queryKey: outcomesKey });
    },
  });
  const server = splitServerError(record.error, measurementFields);
  const errors = { ...server.fields, ...checks };
  function change(patch: Partial<MeasurementDraft<PersonOption>>, field: MeasurementField) {
    setDraft((current) => ({ ...current, ...patch }));
    setChecks((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = toMeasurementCreate(draft);
    setChecks(checked.errors ?? {});
    if (checked.body === null) return;
    setRecorded(null);
    record.mutate(checked.body);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Record a measurement: ${outcome.name}`}>
      <Stack gap="sm">
        <Title order={4} size="h5">
          Record a measurement
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <PersonPicker
            key={pickerKey}
            label="Leader"
            description="Whose team was measured"
            required
            value={draft.leader}
            onChange={(person) => change({ leader: person }, 'leaderPersonId')}
            error={errors.leaderPersonId}
          />
          <TextInput
            type="date"
            label="Measured on"
            required
            value={draft.measuredOn}
            onChange={(event) => change({ measuredOn: event.currentTarget.value }, 'measuredOn')}
            error={errors.measuredOn}
          />
          <NumberInput
            label="Value"
            description={outcome.unit}
            required
            value={draft.value}
            onChange={(value) => change({ value }, 'value')}
            error={errors.value}
          />
        </SimpleGrid>
        {server.general !== null && (
          <Alert color="red" variant="light" title="The measurement was not recorded" role="alert">
            {server.general}
          </Alert>
        )}
        {recorded !== null && (
          <Text size="sm" c="teal.8" role="status">
            {`Recorded ${recorded.value} for ${recorded.leader.name}, measured on ${formatCalendarDate(recorded.measuredOn)}.`}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={record.isPending}>
            Record measurement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
