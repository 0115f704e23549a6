import { Stack, Text } from '@mantine/core';
import type { ProgramPerson } from '../../../contract/index.js';

/** A person in a table cell: the name, then title and department. */
export function PersonCell({ person }: { person: ProgramPerson }) {
  return (
    <Stack gap={0}>
      <Text fw={600} size="sm">
        {person.name}
      </Text>
      <Text size="xs" c="dimmed">
        {`${person.title}, ${person.department}`}
      </Text>
    </Stack>
  );
}
