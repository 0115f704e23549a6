import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Person } from '../../../contract/people.js';
import { todayAsCalendarDate } from './labels';
import { useMarkAsLeft } from './people-api';
import { splitServerError } from './server-errors';

export type MarkAsLeftModalProps = { person: Person; opened: boolean; onClose: () => void };

export function MarkAsLeftModal({ person, opened, onClose }: MarkAsLeftModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Mark ${person.name} as left`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened && <MarkAsLeftForm person={person} onDone={onClose} />}
    </Modal>
  );
}

function MarkAsLeftForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const markAsLeft = useMarkAsLeft(person.id);
  const [exitDate, setExitDate] = useState(todayAsCalendarDate);
  const [missingDate, setMissingDate] = useState(false);
  const { fields, general } = splitServerError(markAsLeft.error, ['exitDate'] as const);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (exitDate === '') return setMissingDate(true);
    markAsLeft.mutate(exitDate, { onSuccess: onDone });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={`Mark ${person.name} as left`}>
      <Stack gap="md">
        <Text size="sm">
          {`${person.name} leaves the active directory. Their history is kept, and people who report to them keep their manager until you change it.`}
        </Text>
        {general !== null && (
          <Alert color="red" variant="light" title="Could not mark as left">
            {general}
          </Alert>
        )}
        <TextInput
          label="Exit date"
          type="date"
          required
          value={exitDate}
          onChange={(event) => {
            setExitDate(event.currentTarget.value);
            setMissingDate(false);
          }}
          error={missingDate ? 'Enter the last day at the organization.' : fields.exitDate}
          maw={220}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={markAsLeft.isPending}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={markAsLeft.isPending}>
            Mark as left
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
