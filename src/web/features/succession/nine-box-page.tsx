import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { NineBox } from '../../../contract/succession.js';
import { PageLoader } from '../../ui/page-loader';
import { NavigationGate } from '../matching/requests-parts';
import { useIsAdmin } from '../outcomes/outcomes-gate';
import { formatTimestamp, tierLabels, tierOptions } from '../people/labels';
import { errorMessage, splitServerError } from '../people/server-errors';
import { moveOnNineBox, nineBoxQuery, successionKey } from './succession-api';

type Person = NineBox['cells'][number]['people'][number];
const levelNames = ['Low', 'Moderate', 'High'];
const ratingOptions = [1, 2, 3].map((rating) => ({
  value: String(rating),
  label: `${rating} · ${levelNames[rating - 1]}`,
}));

/** `/nine-box`: performance across, potential up; an admin moves a person with a reason, audited. */
export function NineBoxPage() {
  return (
    <NavigationGate path="/nine-box">
      <NineBoxView />
    </NavigationGate>
  );
}

function NineBoxView() {
  useDocumentTitle('Nine-box · Tandem');
  const [department, setDepartment] = useState('');
  const [tier, setTier] = useState<string | null>(null);
  const [moving, setMoving] = useState<(Person & { performance: number; potential: number }) | null>(null);
  const box = useQuery({
    ...nineBoxQuery({ department: department.trim() || undefined, tier: tier ?? undefined }),
    placeholderData: keepPreviousData,
  });
  const isAdmin = useIsAdmin();
  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>Nine-box</Title>
        <Text c="dimmed">
          Performance (across) and potential (up) from people's ratings in the directory.
          {isAdmin ? ' Choose a person to move them; every move is kept in the audit trail with its reason.' : ''}
        </Text>
      </Stack>
      <Group align="end">
        <TextInput
          label="Department"
          value={department}
          onChange={(event) => setDepartment(event.currentTarget.value)}
        />
        <Select label="Tier" data={tierOptions} value={tier} onChange={setTier} clearable placeholder="All tiers" />
      </Group>
      {box.isPending ? (
        <PageLoader label="Loading the nine-box" />
      ) : box.isError ? (
        <Alert color="red" title="Could not load the nine-box">
          {errorMessage(box.error)}
        </Alert>
      ) : (
        <>
          <Grid box={box.data} onPick={isAdmin ? setMoving : null} />
          <Text size="sm" c="dimmed">
            {box.data.unrated === 0
              ? 'Everyone shown has both ratings.'
              : `${box.data.unrated} ${box.data.unrated === 1 ? 'person has' : 'people have'} no performance or potential rating yet and ${box.data.unrated === 1 ? 'is' : 'are'} not placed.`}
          </Text>
          <RecentMoves moves={box.data.recentMoves} />
        </>
      )}
      {moving !== null && <MoveDialog person={moving} onClose={() => setMoving(null)} />}
    </Stack>
  );
}

function Grid({
  box,
  onPick,
}: {
  box: NineBox;
  onPick: ((person: Person & { performance: number; potential: number }) => void) | null;
}) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Potential ↑
      </Text>
      <SimpleGrid cols={3} spacing="xs" role="list" aria-label="Nine-box grid">
        {box.cells.map((cell) => (
          <Paper
            key={`${cell.performance}/${cell.potential}`}
            withBorder
            p="sm"
            radius="sm"
            role="listitem"
            aria-label={`${cell.name}: performance ${cell.performance}, potential ${cell.potential}, ${cell.people.length} people`}
            bg={cell.performance + cell.potential >= 5 ? 'var(--mantine-color-teal-light)' : undefined}
          >
            <Group justify="space-between" mb={4}>
              <Text fw={700} size="sm">
                {cell.name}
              </Text>
              <Badge variant="light" color="gray">
                {cell.people.length}
              </Badge>
            </Group>
            <Stack gap={2} mah={220} style={{ overflowY: 'auto' }}>
              {cell.people.map((person) =>
                onPick === null ? (
                  <Text key={person.id} size="xs">
                    {person.name}
                  </Text>
                ) : (
                  <UnstyledButton
                    key={person.id}
                    onClick={() => onPick({ ...person, performance: cell.performance, potential: cell.potential })}
                    aria-label={`Move ${person.name}`}
                  >
                    <Text size="xs" td="underline">
                      {person.name}
                    </Text>
                  </UnstyledButton>
                ),
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm" fw={600} ta="right">
        Performance →
      </Text>
    </Stack>
  );
}

function MoveDialog({
  person,
  onClose,
}: {
  person: Person & { performance: number; potential: number };
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [performance, setPerformance] = useState(String(person.performance));
  const [potential, setPotential] = useState(String(person.potential));
  const [reason, setReason] = useState('');
  const move = useMutation({
    mutationFn: () =>
      moveOnNineBox(person.id, { performance: Number(performance), potential: Number(potential), reason }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: successionKey });
      onClose();
    },
  });
  const server = splitServerError(move.error, ['performance', 'potential', 'reason'] as const);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    move.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={`Move ${person.name}`}>
      <form onSubmit={submit} noValidate aria-label={`Move ${person.name}`}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{`${person.title} · ${person.department} · ${tierLabels[person.tier]}`}</Text>
          <Select
            label="Performance"
            data={ratingOptions}
            value={performance}
            allowDeselect={false}
            onChange={(value) => value && setPerformance(value)}
            error={server.fields.performance}
          />
          <Select
            label="Potential"
            data={ratingOptions}
            value={potential}
            allowDeselect={false}
            onChange={(value) => value && setPotential(value)}
            error={server.fields.potential}
          />
          <TextInput
            label="Reason"
            description="Kept in the audit trail with the move"
            required
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={server.fields.reason}
          />
          {server.general !== null && (
            <Alert color="red" variant="light" role="alert">
              {server.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={move.isPending}>
              Move
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RecentMoves({ moves }: { moves: NineBox['recentMoves'] }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="recent-moves">
      <Stack gap="sm">
        <Title order={2} size="h3" id="recent-moves">
          Recent moves
        </Title>
        {moves.length === 0 ? (
          <Text c="dimmed">Nobody has been moved yet.</Text>
        ) : (
          <Table aria-label="Recent moves">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Person</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>To</Table.Th>
                <Table.Th>Reason</Table.Th>
                <Table.Th>By</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {moves.map((move) => (
                <Table.Tr key={`${move.person.id}-${move.movedAt}`}>
                  <Table.Td>{formatTimestamp(move.movedAt)}</Table.Td>
                  <Table.Td>{move.person.name}</Table.Td>
                  <Table.Td>{`P${move.from.performance ?? '–'} / Pot${move.from.potential ?? '–'}`}</Table.Td>
                  <Table.Td>{`P${move.to.performance} / Pot${move.to.potential}`}</Table.Td>
                  <Table.Td>{move.reason}</Table.Td>
                  <Table.Td>{move.movedBy ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
