import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Person } from '../../../contract/people.js';
import { splitServerError } from '../people/server-errors';
import { useErasePerson } from './privacy-api';

export type ErasePersonModalProps = { person: Person; opened: boolean; onClose: () => void };

/** Erasure cannot be undone, so the admin types the employee id to confirm they mean this person. */
export function ErasePersonModal({ person, opened, onClose }: ErasePersonModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Erase ${person.name}`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened && <EraseForm person={person} onDone={onClose} />}
    </Modal>
  );
}

function EraseForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const erase = useErasePerson(person.id);
  const [typed, setTyped] = useState('');
  const { fields, general } = splitServerError(erase.error, ['confirmEmployeeId'] as const);
  const isConfirmed = typed.trim() === person.employeeId;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isConfirmed) erase.mutate(typed.trim(), { onSuccess: onDone });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={`Erase ${person.name}`}>
      <Stack gap="md">
        <Text size="sm">
          Erasing answers a request to be forgotten. It cannot be undone. Download their personal data first if they
          asked for a copy.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            Name, email, title and every free text of the record are removed; the record stays as “Erased person” so
            programs and statistics add up.
          </List.Item>
          <List.Item>Their private session notes are deleted and their weekly goals lose their words.</List.Item>
          <List.Item>Their login is disabled and signed out everywhere.</List.Item>
          <List.Item>Shared notes and action items stay with the other person of each pair.</List.Item>
        </List>
        {general !== null && (
          <Alert color="red" variant="light" title="Could not erase">
            {general}
          </Alert>
        )}
        <TextInput
          label={`Type the employee id, ${person.employeeId}, to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={fields.confirmEmployeeId}
          autoComplete="off"
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={erase.isPending}>
            Cancel
          </Button>
          <Button type="submit" color="red" disabled={!isConfirmed} loading={erase.isPending}>
            Erase person
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
