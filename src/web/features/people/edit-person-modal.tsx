import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Person, PersonUpdate } from '../../../contract/people.js';
import { useCompetencies } from './competencies';
import { isTier, tierOptions } from './labels';
import { useUpdatePerson } from './people-api';
import { splitServerError } from './server-errors';

const editableFields = [
  'title',
  'tier',
  'department',
  'function',
  'location',
  'timeZone',
  'managerEmployeeId',
  'hireDate',
  'isHighPotential',
  'developmentGoals',
  'developmentCompetencies',
] as const;
type EditableField = (typeof editableFields)[number];
type Draft = Required<Pick<PersonUpdate, Exclude<EditableField, 'managerEmployeeId' | 'hireDate'>>> & {
  managerEmployeeId: string;
  hireDate: string;
};

function draftOf(person: Person): Draft {
  return {
    title: person.title,
    tier: person.tier,
    department: person.department,
    function: person.function,
    location: person.location,
    timeZone: person.timeZone,
    managerEmployeeId: person.managerEmployeeId ?? '',
    hireDate: person.hireDate ?? '',
    isHighPotential: person.isHighPotential,
    developmentGoals: person.developmentGoals,
    developmentCompetencies: person.developmentCompetencies,
  };
}

/** Only what the admin changed, so a save never rewrites fields someone else just edited. */
function changesBetween(person: Person, draft: Draft): PersonUpdate {
  const before = draftOf(person);
  const changes: PersonUpdate = {};
  const textFields = [
    'title',
    'department',
    'function',
    'location',
    'timeZone',
    'hireDate',
    'developmentGoals',
  ] as const;
  for (const field of textFields) {
    const value = draft[field].trim();
    if (value !== before[field]) changes[field] = value;
  }
  if (draft.tier !== before.tier) changes.tier = draft.tier;
  if (draft.isHighPotential !== before.isHighPotential) changes.isHighPotential = draft.isHighPotential;
  const manager = draft.managerEmployeeId.trim();
  if (manager !== before.managerEmployeeId) changes.managerEmployeeId = manager === '' ? null : manager;
  if (draft.developmentCompetencies.join('|') !== before.developmentCompetencies.join('|')) {
    changes.developmentCompetencies = draft.developmentCompetencies;
  }
  return changes;
}

function timeZoneOptions(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(current) ? known : [current, ...known];
}

export type EditPersonModalProps = { person: Person; opened: boolean; onClose: () => void };

export function EditPersonModal({ person, opened, onClose }: EditPersonModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Edit ${person.name}`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened && <EditPersonForm person={person} onDone={onClose} />}
    </Modal>
  );
}

function EditPersonForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const update = useUpdatePerson(person.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(person));
  const competencies = useCompetencies(draft.developmentCompetencies);
  const { fields: errors, general } = splitServerError(update.error, editableFields);

  function set<Field extends keyof Draft>(field: Field, value: Draft[Field]) {
    setDraft((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = changesBetween(person, draft);
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate(changes, { onSuccess: onDone });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={`Edit ${person.name}`}>
      <Stack gap="md">
        {general !== null && (
          <Alert color="red" variant="light" title="Could not save the changes">
            {general}
          </Alert>
        )}
        <TextInput
          label="Title"
          required
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Tier"
            required
            data={tierOptions}
            value={draft.tier}
            onChange={(value) => isTier(value) && set('tier', value)}
            allowDeselect={false}
            error={errors.tier}
          />
          <TextInput
            label="Manager employee ID"
            description="Empty for the top of the organization"
            value={draft.managerEmployeeId}
            onChange={(event) => set('managerEmployeeId', event.currentTarget.value)}
            error={errors.managerEmployeeId}
          />
          <TextInput
            label="Department"
            required
            value={draft.department}
            onChange={(event) => set('department', event.currentTarget.value)}
            error={errors.department}
          />
          <TextInput
            label="Function"
            required
            value={draft.function}
            onChange={(event) => set('function', event.currentTarget.value)}
            error={errors.function}
          />
          <TextInput
            label="Location"
            required
            value={draft.location}
            onChange={(event) => set('location', event.currentTarget.value)}
            error={errors.location}
          />
          <Select
            label="Time zone"
            required
            searchable
            data={timeZoneOptions(person.timeZone)}
            value={draft.timeZone}
            onChange={(value) => value !== null && set('timeZone', value)}
            allowDeselect={false}
            limit={50}
            error={errors.timeZone}
          />
          <TextInput
            label="Hire date"
            type="date"
            required
            value={draft.hireDate}
            onChange={(event) => set('hireDate', event.currentTarget.value)}
            error={errors.hireDate}
          />
        </SimpleGrid>
        <Checkbox
          label="High potential"
          checked={draft.isHighPotential}
          onChange={(event) => set('isHighPotential', event.currentTarget.checked)}
          error={errors.isHighPotential}
        />
        <Textarea
          label="Development goals"
          autosize
          minRows={3}
          maxRows={10}
          value={draft.developmentGoals}
          onChange={(event) => set('developmentGoals', event.currentTarget.value)}
          error={errors.developmentGoals}
        />
        <MultiSelect
          label="Development competencies"
          placeholder={draft.developmentCompetencies.length === 0 ? 'Choose competencies' : undefined}
          data={competencies.options}
          value={draft.developmentCompetencies}
          onChange={(value) => set('developmentCompetencies', value)}
          searchable
          clearable
          nothingFoundMessage="No competency by that name"
          error={errors.developmentCompetencies}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
