import { Alert, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Session, SessionActionItem, SessionActionItemInput } from '../../../contract/index.js';
import { errorMessage, splitServerError } from '../people/server-errors';
import { addActionItem, sessionsKey, setActionItemDone } from './sessions-api';

type Participant = Session['participants'][number];

/** The pair's action items: tick them off, or add one owned by either person, with an optional due date. */
export function SessionActionItems({
  sessionId,
  items,
  participants,
  myPersonId,
}: {
  sessionId: string;
  items: readonly SessionActionItem[];
  participants: readonly Participant[];
  myPersonId: string | null;
}) {
  const headingId = useId();
  const names = new Map(participants.map((person) => [person.personId, person.name]));
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          Action items
        </Title>
        {items.length === 0 ? (
          <Text c="dimmed">No action items yet.</Text>
        ) : (
          <Table aria-label="Action items" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Action</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <ActionItemRow
                  key={item.id}
                  sessionId={sessionId}
                  item={item}
                  ownerName={names.get(item.ownerPersonId)}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        <AddActionItemForm sessionId={sessionId} participants={participants} myPersonId={myPersonId} />
      </Stack>
    </Paper>
  );
}

function ActionItemRow({
  sessionId,
  item,
  ownerName,
}: {
  sessionId: string;
  item: SessionActionItem;
  ownerName: string | undefined;
}) {
  const queryClient = useQueryClient();
  const tick = useMutation({
    mutationFn: (done: boolean) => setActionItemDone(sessionId, item.id, done),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          label={item.description}
          checked={tick.isPending ? tick.variables : item.isDone}
          disabled={tick.isPending}
          onChange={(event) => tick.mutate(event.currentTarget.checked)}
          error={tick.error === null ? undefined : errorMessage(tick.error)}
          styles={item.isDone ? { label: { textDecoration: 'line-through' } } : undefined}
        />
      </Table.Td>
      <Table.Td>{ownerName ?? '—'}</Table.Td>
      <Table.Td>{item.dueDate === null ? '—' : formatDueDate(item.dueDate)}</Table.Td>
    </Table.Tr>
  );
}

/** A calendar date (`2026-03-09`) as `9 Mar 2026`; it names a day, not a moment, so no time zone applies. */
function formatDueDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

type ItemField = 'description' | 'ownerPersonId' | 'dueDate';
const itemFields: readonly ItemField[] = ['description', 'ownerPersonId', 'dueDate'];

function AddActionItemForm({
  sessionId,
  participants,
  myPersonId,
}: {
  sessionId: string;
  participants: readonly Participant[];
  myPersonId: string | null;
}) {
  const queryClient = useQueryClient();
  const initialOwner = participants.find((person) => person.personId === myPersonId)?.personId ?? null;
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState<string | null>(initialOwner);
  const [dueDate, setDueDate] = useState('');
  const [localErrors, setLocalErrors] = useState<Partial<Record<ItemField, string>>>({});
  const add = useMutation({
    mutationFn: (body: SessionActionItemInput) => addActionItem(sessionId, body),
    onSuccess: () => {
      setDescription('');
      setDueDate('');
      return queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });
  const server = splitServerError(add.error, itemFields);

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Partial<Record<ItemField, string>> = {};
    if (description.trim() === '') errors.description = 'Describe the action';
    if (owner === null) errors.ownerPersonId = 'Choose who owns it';
    setLocalErrors(errors);
    if (owner === null || Object.keys(errors).length > 0) return;
    add.mutate({ description, ownerPersonId: owner, dueDate: dueDate === '' ? null : dueDate });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add an action item">
      <Stack gap="sm">
        <Group align="flex-start" grow wrap="wrap">
          <TextInput
            label="New action"
            required
            maxLength={1000}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={localErrors.description ?? server.fields.description}
          />
          <Select
            label="Owner"
            required
            data={participants.map((person) => ({ value: person.personId, label: person.name }))}
            value={owner}
            allowDeselect={false}
            onChange={setOwner}
            error={localErrors.ownerPersonId ?? server.fields.ownerPersonId}
          />
          <TextInput
            type="date"
            label="Due date (optional)"
            value={dueDate}
            onChange={(event) => setDueDate(event.currentTarget.value)}
            error={server.fields.dueDate}
          />
        </Group>
        {server.general !== null && (
          <Alert color="red" variant="light" title="The action item was not added" role="alert">
            {server.general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            Add action item
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
