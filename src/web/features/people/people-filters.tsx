import { Button, Group, Select, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { hasFilters } from './people-search';
import type { PeopleSearch } from './people-search';
import { isTier, tierOptions } from './labels';
import { LabelledSegments } from './labelled-segments';

type FilterChange = Omit<PeopleSearch, 'page' | 'sort'>;

export type PeopleFiltersProps = {
  search: PeopleSearch;
  onChange: (change: FilterChange) => void;
};

export function PeopleFilters({ search, onChange }: PeopleFiltersProps) {
  const [searchText, setSearchText, cancelSearch] = useDebouncedText(search.search ?? '', (value) =>
    onChange({ search: value || undefined }),
  );
  const [department, setDepartment, cancelDepartment] = useDebouncedText(search.department ?? '', (value) =>
    onChange({ department: value || undefined }),
  );

  function clearFilters() {
    cancelSearch();
    cancelDepartment();
    onChange({ search: undefined, tier: undefined, department: undefined, highPotential: undefined });
  }

  return (
    <Stack gap="sm" component="section" aria-label="Filters">
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Name, email, employee ID or title"
          type="search"
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
          miw={260}
          style={{ flex: 1 }}
        />
        <Select
          label="Tier"
          placeholder="All tiers"
          data={tierOptions}
          value={search.tier ?? null}
          onChange={(value) => onChange({ tier: isTier(value) ? value : undefined })}
          clearable
          w={210}
        />
        <TextInput
          label="Department"
          placeholder="e.g. Engineering"
          value={department}
          onChange={(event) => setDepartment(event.currentTarget.value)}
          w={200}
        />
      </Group>
      <Group gap="lg" align="flex-end" wrap="wrap">
        <LabelledSegments label="High potential">
          {(labelId) => (
            <SegmentedControl
              aria-labelledby={labelId}
              data={[
                { value: 'any', label: 'Any' },
                { value: 'true', label: 'Yes' },
                { value: 'false', label: 'No' },
              ]}
              value={search.highPotential === undefined ? 'any' : String(search.highPotential)}
              onChange={(value) => onChange({ highPotential: value === 'any' ? undefined : value === 'true' })}
            />
          )}
        </LabelledSegments>
        <LabelledSegments label="Status">
          {(labelId) => (
            <SegmentedControl
              aria-labelledby={labelId}
              data={[
                { value: 'active', label: 'Active' },
                { value: 'left', label: 'Left' },
                { value: 'all', label: 'All' },
              ]}
              value={search.status ?? 'active'}
              onChange={(value) => onChange({ status: value === 'left' || value === 'all' ? value : undefined })}
            />
          )}
        </LabelledSegments>
        {hasFilters(search) && (
          <Button variant="subtle" onClick={clearFilters}>
            Clear filters
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/**
 * Text typed into a filter, applied once typing pauses. The input follows the address when that
 * changes under it (back button, "Clear filters"); the last call cancels a pending update.
 */
function useDebouncedText(applied: string, apply: (value: string) => void) {
  const [draft, setDraft] = useState(applied);
  const [lastApplied, setLastApplied] = useState(applied);
  if (applied !== lastApplied) {
    setLastApplied(applied);
    setDraft(applied);
  }
  const debouncedApply = useDebouncedCallback(apply, 300);
  const change = (value: string) => {
    setDraft(value);
    debouncedApply(value);
  };
  return [draft, change, debouncedApply.cancel] as const;
}
