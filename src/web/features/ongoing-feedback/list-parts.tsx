import { Alert, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorMessage } from '../people/server-errors';
import { listPageSize } from './ongoing-feedback-api';
import { pageCount } from './ongoing-feedback-view';

/**
 * One page of a list that can grow: loading, the error, the empty sentence, the items, and the
 * pages to move between. `label` names the list for screen readers ("Feedback you received").
 */
export function PagedItems<Item extends { id: string }>({
  query,
  page,
  onPageChange,
  label,
  emptyText,
  children,
}: {
  query: UseQueryResult<{ items: Item[]; total: number }>;
  page: number;
  onPageChange: (page: number) => void;
  label: string;
  emptyText: string;
  children: (item: Item) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{`Loading ${label.toLowerCase()}`}</Text>
      </Group>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" variant="light" title={`Could not load ${label.toLowerCase()}`} role="alert">
        {errorMessage(query.error)}
      </Alert>
    );
  }
  const { items, total } = query.data;
  if (items.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  const pages = pageCount(total, listPageSize);
  return (
    <Stack gap="sm">
      <Stack gap="sm" role="list" aria-label={label}>
        {items.map((item) => (
          <div role="listitem" key={item.id}>
            {children(item)}
          </div>
        ))}
      </Stack>
      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={onPageChange}
            getControlProps={(control) => ({ 'aria-label': `${control} page of ${label.toLowerCase()}` })}
            getItemProps={(item) => ({ 'aria-label': `${label} page ${item}` })}
          />
        </Group>
      )}
    </Stack>
  );
}

/** Words someone wrote, line breaks kept. */
export function WrittenText({ children, dimmed = false }: { children: string; dimmed?: boolean }) {
  return (
    <Text size="sm" c={dimmed ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Text>
  );
}
