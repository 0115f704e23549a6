import { Alert, Badge, Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { KeyPosition, KeyPositionInput } from '../../../contract/succession.js';
import { readinessColors, readinessLabels, type ReadinessLevel } from '../people/labels';
import { useCompetencies } from '../people/competencies';
import { splitServerError } from '../people/server-errors';
import { PersonPicker } from '../programs/person-picker';
import type { PersonOption } from '../programs/programs-api';
import { successionKey } from './succession-api';
import {
  criticalityColors,
  criticalityLabels,
  draftOf,
  leavingRiskLabels,
  toPositionInput,
  type PositionDraft,
} from './succession-view';

export function ReadinessBadge({ readiness }: { readiness: ReadinessLevel }) {
  return (
    <Badge color={readinessColors[readiness]} variant="light" tt="none">
      {readinessLabels[readiness]}
    </Badge>
  );
}

export function CriticalityBadge({ criticality }: { criticality: KeyPosition['criticality'] }) {
  return (
    <Badge color={criticalityColors[criticality]} variant="light" tt="none">
      {criticalityLabels[criticality]}
    </Badge>
  );
}

export const readinessOptions = Object.entries(readinessLabels).map(([value, label]) => ({ value, label }));
const criticalityOptions = Object.entries(criticalityLabels).map(([value, label]) => ({ value, label }));
const riskOptions = Object.entries(leavingRiskLabels).map(([value, label]) => ({ value, label }));
const positionFields = [
  'title',
  'incumbentPersonId',
  'criticality',
  'incumbentLeavingRisk',
  'requiredCompetencies',
] as const;

/** Adds a key position, or changes one (admins). */
export function PositionForm({
  position,
  save,
  submitLabel,
  onSaved,
}: {
  position: KeyPosition | null;
  save: (body: KeyPositionInput) => Promise<KeyPosition>;
  submitLabel: string;
  onSaved: (position: KeyPosition) => void;
}) {
  const queryClient = useQueryClient();
  const competencies = useCompetencies(position?.requiredCompetencies ?? []);
  const [draft, setDraft] = useState<PositionDraft>(() => draftOf(position));
  const [titleError, setTitleError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: successionKey });
      onSaved(saved);
    },
  });
  const server = splitServerError(mutation.error, positionFields);
  const change = (patch: Partial<PositionDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = toPositionInput(draft);
    setTitleError(checked.errors?.title ?? null);
    if (checked.body !== null) mutation.mutate(checked.body);
  }

  const incumbent: PersonOption | null =
    draft.incumbent === null
      ? null
      : ({ ...draft.incumbent, title: '', department: '', tier: 'executive' } as PersonOption);
  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Title"
            required
            value={draft.title}
            onChange={(event) => {
              change({ title: event.currentTarget.value });
              setTitleError(null);
            }}
            error={titleError ?? server.fields.title}
          />
          <PersonPicker
            label="Incumbent"
            description="Who holds it now; leave empty while vacant"
            value={incumbent}
            onChange={(person) => change({ incumbent: person === null ? null : { id: person.id, name: person.name } })}
            error={server.fields.incumbentPersonId}
          />
          <Select
            label="Criticality"
            data={criticalityOptions}
            value={draft.criticality}
            allowDeselect={false}
            onChange={(value) => value && change({ criticality: value as PositionDraft['criticality'] })}
            error={server.fields.criticality}
          />
          <Select
            label="Incumbent's risk of leaving"
            description="Within the next year"
            data={riskOptions}
            value={draft.incumbentLeavingRisk}
            allowDeselect={false}
            onChange={(value) =>
              value && change({ incumbentLeavingRisk: value as PositionDraft['incumbentLeavingRisk'] })
            }
            error={server.fields.incumbentLeavingRisk}
          />
        </SimpleGrid>
        <MultiSelect
          label="Competencies the role needs"
          description="A successor's gap is measured against these"
          data={competencies.options}
          value={draft.requiredCompetencies}
          onChange={(keys) => change({ requiredCompetencies: keys })}
          searchable
          maxValues={20}
          error={server.fields.requiredCompetencies}
        />
        {server.general !== null && (
          <Alert color="red" variant="light" title="The position was not saved" role="alert">
            {server.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
