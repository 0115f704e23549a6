import { Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { tierLabels } from './program-labels';
import { peopleSearchQuery, type PersonOption } from './programs-api';

export type PersonPickerProps = {
  label: string;
  description?: ReactNode;
  value: PersonOption | null;
  onChange: (person: PersonOption | null) => void;
  error?: ReactNode;
  required?: boolean;
};

/** Picks one person of the organization by searching the people directory as the admin types. */
export function PersonPicker({ label, description, value, onChange, error, required }: PersonPickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  // Picking a person puts their name in the box; that is not a new search.
  const isSearching = debouncedSearch.length > 0 && debouncedSearch !== value?.name;
  const found = useQuery({ ...peopleSearchQuery(debouncedSearch), enabled: isSearching });

  const people = [...(value ? [value] : []), ...(found.data?.items ?? []).filter((person) => person.id !== value?.id)];
  const byId = new Map(people.map((person) => [person.id, person]));

  let nothingFound: ReactNode = 'Type a name to search';
  if (found.isError) nothingFound = `Could not search people: ${found.error.message}`;
  else if (isSearching && found.isFetching) nothingFound = 'Searching…';
  else if (isSearching) nothingFound = 'Nobody of that name';

  return (
    <Select
      label={label}
      description={description}
      required={required}
      searchable
      clearable
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      data={people.map((person) => ({ value: person.id, label: person.name }))}
      // The server has already filtered; the box must not filter its answer again.
      filter={({ options }) => options}
      nothingFoundMessage={nothingFound}
      onChange={(id) => onChange(id === null ? null : (byId.get(id) ?? null))}
      rightSection={found.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
      renderOption={({ option }) => {
        const person = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {person && (
              <Text size="xs" c="dimmed">
                {[person.title, person.department, tierLabels[person.tier]].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Stack>
        );
      }}
      error={error}
    />
  );
}

/** One line about a person: name, then title and department. */
export function PersonLine({ person }: { person: Pick<PersonOption, 'name' | 'title' | 'department'> }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text fw={600}>{person.name}</Text>
      <Text c="dimmed" size="sm">
        {[person.title, person.department].filter(Boolean).join(' · ')}
      </Text>
    </Group>
  );
}
