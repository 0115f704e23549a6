import { Badge, Group, Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import type { PersonSummary } from '../../../contract/people.js';
import type { PeopleSort } from './people-api';
import type { SortableColumn } from './people-search';
import { tierLabels } from './labels';
import { PersonLink } from './person-link';

export type PeopleTableProps = {
  people: PersonSummary[];
  sort: PeopleSort;
  onSort: (sort: PeopleSort) => void;
  isRefreshing: boolean;
};

export function PeopleTable({ people, sort, onSort, isRefreshing }: PeopleTableProps) {
  const navigate = useNavigate();

  function openPerson(event: MouseEvent<HTMLTableRowElement>, personId: string) {
    // The name is a link of its own; let it do the navigating.
    if (event.target instanceof Element && event.target.closest('a') !== null) return;
    void navigate({ to: '/people/$personId', params: { personId } });
  }

  const header = (column: SortableColumn, label: string) => (
    <SortableHeader column={column} label={label} sort={sort} onSort={onSort} />
  );

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        highlightOnHover
        verticalSpacing="sm"
        aria-label="People"
        aria-busy={isRefreshing}
        style={{ opacity: isRefreshing ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            {header('name', 'Name')}
            {header('employee_id', 'Employee ID')}
            <Table.Th>Title</Table.Th>
            {header('tier', 'Tier')}
            {header('department', 'Department')}
            <Table.Th>
              <VisuallyHidden>Notes</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id} onClick={(event) => openPerson(event, person.id)} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <PersonLink personId={person.id} fw={500}>
                  {person.name}
                </PersonLink>
              </Table.Td>
              <Table.Td>{person.employeeId}</Table.Td>
              <Table.Td>{person.title}</Table.Td>
              <Table.Td>{tierLabels[person.tier]}</Table.Td>
              <Table.Td>{person.department}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {person.isHighPotential && (
                    <Badge variant="light" color="teal">
                      High potential
                    </Badge>
                  )}
                  {person.status === 'left' && (
                    <Badge variant="light" color="gray">
                      Left
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type SortableHeaderProps = {
  column: SortableColumn;
  label: string;
  sort: PeopleSort;
  onSort: (sort: PeopleSort) => void;
};

/** A column heading that sorts by its column; a second click reverses the order. */
function SortableHeader({ column, label, sort, onSort }: SortableHeaderProps) {
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : undefined;
  const next: PeopleSort = direction === 'ascending' ? `-${column}` : column;
  return (
    <Table.Th aria-sort={direction}>
      <UnstyledButton onClick={() => onSort(next)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <span aria-hidden style={{ opacity: direction === undefined ? 0.35 : 1 }}>
            {direction === 'descending' ? '▼' : direction === 'ascending' ? '▲' : '↕'}
          </span>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
