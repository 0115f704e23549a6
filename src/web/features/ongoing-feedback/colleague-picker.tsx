import { Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Colleague } from '../../../contract/ongoing-feedback.js';
import { useCompetencies } from '../people/competencies';
import { colleaguesQuery } from './ongoing-feedback-api';

export type ColleaguePickerProps = {
  label: string;
  description?: ReactNode;
  value: Colleague | null;
  onChange: (colleague: Colleague | null) => void;
  error?: ReactNode;
};

/** Picks a colleague (anyone active in the organization but oneself) by searching as the user types. */
export function ColleaguePicker({ label, description, value, onChange, error }: ColleaguePickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  // Picking a person puts their name in the box; that is not a new search.
  const isSearching = debouncedSearch.length > 0 && debouncedSearch !== value?.name;
  const found = useQuery({ ...colleaguesQuery(debouncedSearch), enabled: isSearching });

  const colleagues = [
    ...(value ? [value] : []),
    ...(found.data?.items ?? []).filter((colleague) => colleague.id !== value?.id),
  ];
  const byId = new Map(colleagues.map((colleague) => [colleague.id, colleague]));

  let nothingFound: ReactNode = 'Type a name, title or department';
  if (found.isError) nothingFound = `Could not search: ${found.error.message}`;
  else if (isSearching && found.isFetching) nothingFound = 'Searching…';
  else if (isSearching) nothingFound = 'Nobody of that name';

  return (
    <Select
      label={label}
      description={description}
      required
      searchable
      clearable
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      data={colleagues.map((colleague) => ({ value: colleague.id, label: colleague.name }))}
      // The server has already filtered; the box must not filter its answer again.
      filter={({ options }) => options}
      nothingFoundMessage={nothingFound}
      onChange={(id) => onChange(id === null ? null : (byId.get(id) ?? null))}
      rightSection={found.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
      renderOption={({ option }) => {
        const colleague = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {colleague && (
              <Text size="xs" c="dimmed">
                {[colleague.title, colleague.department].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Stack>
        );
      }}
      error={error}
    />
  );
}

/**
 * The row every exchange form starts with: whom it is for, and on which competency (optional for
 * kudos). Each change is reported so the form can clear that field's message.
 */
export function ColleagueAndCompetency({
  personLabel,
  person,
  onPerson,
  personError,
  competencyKey,
  onCompetency,
  competencyError,
  isCompetencyOptional = false,
}: {
  personLabel: string;
  person: Colleague | null;
  onPerson: (person: Colleague | null) => void;
  personError: ReactNode;
  competencyKey: string | null;
  onCompetency: (key: string | null) => void;
  competencyError: ReactNode;
  isCompetencyOptional?: boolean;
}) {
  const competencies = useCompetencies();
  return (
    <Group grow align="flex-start">
      <ColleaguePicker label={personLabel} value={person} onChange={onPerson} error={personError} />
      <Select
        label={isCompetencyOptional ? 'Competency (optional)' : 'Competency'}
        required={!isCompetencyOptional}
        clearable={isCompetencyOptional}
        searchable
        data={competencies.options}
        value={competencyKey}
        onChange={onCompetency}
        error={competencyError}
      />
    </Group>
  );
}
