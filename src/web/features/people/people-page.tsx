import { Alert, Button, EmptyState, Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { PageLoader } from '../../ui/page-loader';
import { AdminOnly } from './admin-only';
import { countOf } from './labels';
import { peopleExportUrl, peopleListQueryOptions, peoplePageSize } from './people-api';
import type { PeopleSort } from './people-api';
import { PeopleFilters } from './people-filters';
import { hasFilters, toListParams } from './people-search';
import type { PeopleSearch } from './people-search';
import { PeopleTable } from './people-table';
import { errorMessage } from './server-errors';

export function PeoplePage() {
  return (
    <AdminOnly>
      <PeopleDirectory />
    </AdminOnly>
  );
}

const paginationControlLabels = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

function PeopleDirectory() {
  useDocumentTitle('People · Tandem');
  // The router also types the "Coming soon" stand-in registered for every navigation path, hence the cast.
  const search = useSearch({ from: '/_authenticated/people' }) as PeopleSearch;
  const navigate = useNavigate({ from: '/people' });
  const params = toListParams(search);
  const people = useQuery(peopleListQueryOptions(params));

  function changeSearch(change: Partial<PeopleSearch>, options: { replace: boolean }) {
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options.replace });
  }
  // A new filter or order starts again from the first page.
  const changeFilters = (change: Partial<PeopleSearch>) =>
    changeSearch({ ...change, page: undefined }, { replace: true });
  const changeSort = (sort: PeopleSort) =>
    changeSearch({ sort: sort === 'name' ? undefined : sort, page: undefined }, { replace: true });
  const showEveryone = () =>
    changeFilters({
      search: undefined,
      tier: undefined,
      department: undefined,
      highPotential: undefined,
      status: undefined,
    });
  const changePage = (page: number) => changeSearch({ page: page === 1 ? undefined : page }, { replace: false });

  const data = people.data;
  const pageCount = data === undefined ? 0 : Math.ceil(data.total / peoplePageSize);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1}>People</Title>
          <Text c="dimmed" aria-live="polite" mih="1.5em">
            {data === undefined ? '' : countOf(data.total, 'person', 'people')}
          </Text>
        </Stack>
        <Group gap="sm">
          <Button component={Link} to="/people/import">
            Import CSV
          </Button>
          <Button component="a" href={peopleExportUrl} download="people.csv" variant="default">
            Export CSV
          </Button>
        </Group>
      </Group>

      <PeopleFilters search={search} onChange={changeFilters} />

      {people.isError && (
        <Alert color="red" variant="light" title="Could not load people">
          {errorMessage(people.error)}
        </Alert>
      )}

      {data === undefined ? (
        people.isPending && <PageLoader label="Loading people" />
      ) : data.total === 0 ? (
        <EmptyDirectory isFiltered={hasFilters(search) || search.status === 'left'} onClear={showEveryone} />
      ) : data.items.length === 0 ? (
        <Paper withBorder p="lg">
          <Group justify="space-between">
            <Text>There is no one on this page.</Text>
            <Button variant="default" onClick={() => changePage(1)}>
              Go to the first page
            </Button>
          </Group>
        </Paper>
      ) : (
        <PeopleTable
          people={data.items}
          sort={params.sort}
          onSort={changeSort}
          isRefreshing={people.isPlaceholderData}
        />
      )}

      {pageCount > 1 && (
        <Group justify="center" component="nav" aria-label="Pages">
          <Pagination
            total={pageCount}
            value={params.page}
            onChange={changePage}
            getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
            getControlProps={(control) => ({ 'aria-label': paginationControlLabels[control] })}
          />
        </Group>
      )}
    </Stack>
  );
}

function EmptyDirectory({ isFiltered, onClear }: { isFiltered: boolean; onClear: () => void }) {
  return (
    <Paper withBorder radius="md" p="xl">
      {isFiltered ? (
        <EmptyState>
          <EmptyState.Title order={2}>No one matches these filters</EmptyState.Title>
          <EmptyState.Description>Try another search, or clear the filters to see everyone.</EmptyState.Description>
          <EmptyState.Actions>
            <Button variant="default" onClick={onClear}>
              Show everyone
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <EmptyState>
          <EmptyState.Title order={2}>No people yet</EmptyState.Title>
          <EmptyState.Description>
            Use Import CSV above to add your organization&apos;s people from a spreadsheet, with their titles, tiers and
            managers.
          </EmptyState.Description>
        </EmptyState>
      )}
    </Paper>
  );
}
