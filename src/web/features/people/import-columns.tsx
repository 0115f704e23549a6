import { Anchor, Code, Group, Stack, Text, Title } from '@mantine/core';
import { optionalPersonColumns, requiredPersonColumns } from '../../../contract/people-csv.js';
import { peopleExportUrl } from './people-api';

/** What a file must look like, in brief. */
export function ImportColumns() {
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-columns">
      <Title order={2} size="h4" id="import-columns">
        Columns
      </Title>
      <Text>
        A header row, then one row per person. The same file can be imported again: people are matched by{' '}
        <Code>employee_id</Code>, so changed rows update and unchanged rows are left alone.
      </Text>
      <ColumnList label="Required" columns={requiredPersonColumns} />
      <ColumnList label="Optional" columns={optionalPersonColumns} />
      <Text size="sm" c="dimmed">
        Dates are written YYYY-MM-DD; <Code>high_potential</Code> is true or false; <Code>tier</Code> is one of
        executive, senior_leader, middle_manager, frontline_manager or individual_contributor;{' '}
        <Code>manager_employee_id</Code> is empty only for the top of the organization; <Code>time_zone</Code> is an
        IANA name such as Europe/Berlin. Lists are separated by <Code>;</Code>, and skills are written{' '}
        <Code>skill:level</Code> with a level from 1 to 5 (e.g. <Code>Negotiation:4; Forecasting:2</Code>). Ratings are
        1, 2 or 3; <Code>status</Code> is active or left, with an <Code>exit_date</Code> when left.{' '}
        <Anchor href={peopleExportUrl} download="people.csv">
          Export the current directory
        </Anchor>{' '}
        for a file in exactly these columns.
      </Text>
    </Stack>
  );
}

function ColumnList({ label, columns }: { label: string; columns: readonly string[] }) {
  return (
    <Group gap={6} align="baseline">
      <Text fw={600} size="sm" w={80}>
        {label}
      </Text>
      {columns.map((column) => (
        <Code key={column}>{column}</Code>
      ))}
    </Group>
  );
}
