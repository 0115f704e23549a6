import {
  Alert,
  Badge,
  EmptyState,
  Group,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { User } from '../../../contract/users.js';
import { PageLoader } from '../../ui/page-loader';
import { roleLabels } from '../auth/role-labels';
import { AdminOnly } from '../people/admin-only';
import { countOf } from '../people/labels';
import { errorMessage } from '../people/server-errors';
import { EditUserModal } from './edit-user-modal';
import { formatMoment } from './user-labels';
import { usersListQueryOptions, usersPageSize } from './users-api';

export function UsersPage() {
  return (
    <AdminOnly>
      <UsersDirectory />
    </AdminOnly>
  );
}

const paginationControlLabels = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

function UsersDirectory() {
  useDocumentTitle('Users · Tandem');
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [openUserId, setOpenUserId] = useState<string | null>(null);
  const users = useQuery(usersListQueryOptions({ search, page }));
  // Applied once typing pauses; a new search starts from the first page.
  const applySearch = useDebouncedCallback((value: string) => {
    setSearch(value.trim() || undefined);
    setPage(1);
  }, 300);

  const data = users.data;
  const pageCount = data === undefined ? 0 : Math.ceil(data.total / usersPageSize);
  const openUser = data?.items.find((user) => user.id === openUserId) ?? null;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Users</Title>
        <Text c="dimmed" aria-live="polite" mih="1.5em">
          {data === undefined ? '' : countOf(data.total, 'user', 'users')}
        </Text>
      </Stack>

      <TextInput
        label="Search"
        placeholder="Name or email"
        type="search"
        value={searchText}
        onChange={(event) => {
          setSearchText(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        maw={420}
      />

      {users.isError && (
        <Alert color="red" variant="light" title="Could not load users">
          {errorMessage(users.error)}
        </Alert>
      )}

      {data === undefined ? (
        users.isPending && <PageLoader label="Loading users" />
      ) : data.items.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <EmptyState>
            <EmptyState.Title order={2}>{search ? 'No user matches this search' : 'No users yet'}</EmptyState.Title>
            <EmptyState.Description>
              {search
                ? 'Try part of a name or an email address.'
                : 'Users are created with the tandem command line (tandem user create).'}
            </EmptyState.Description>
          </EmptyState>
        </Paper>
      ) : (
        <UsersTable users={data.items} onOpen={setOpenUserId} isRefreshing={users.isPlaceholderData} />
      )}

      {pageCount > 1 && (
        <Group justify="center" component="nav" aria-label="Pages">
          <Pagination
            total={pageCount}
            value={page}
            onChange={setPage}
            getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
            getControlProps={(control) => ({ 'aria-label': paginationControlLabels[control] })}
          />
        </Group>
      )}

      {openUser !== null && <EditUserModal user={openUser} opened onClose={() => setOpenUserId(null)} />}
    </Stack>
  );
}

function UsersTable(props: { users: User[]; onOpen: (id: string) => void; isRefreshing: boolean }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table
        highlightOnHover
        verticalSpacing="sm"
        aria-label="Users"
        aria-busy={props.isRefreshing}
        style={{ opacity: props.isRefreshing ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Roles</Table.Th>
            <Table.Th>Person</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Active sessions</Table.Th>
            <Table.Th>Last seen</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <UnstyledButton
                  onClick={() => props.onOpen(user.id)}
                  fw={500}
                  c="blue"
                  aria-label={`Manage ${user.displayName}`}
                >
                  {user.displayName}
                </UnstyledButton>
              </Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <Badge key={role} variant="light" radius="xl">
                      {roleLabels[role]}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{user.personName ?? '—'}</Table.Td>
              <Table.Td>
                {user.disabledAt === null ? (
                  <Badge variant="light" color="teal">
                    Active
                  </Badge>
                ) : (
                  <Badge variant="light" color="red">
                    Disabled
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{user.activeSessionCount}</Table.Td>
              <Table.Td>{user.lastSeenAt === null ? '—' : formatMoment(user.lastSeenAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
