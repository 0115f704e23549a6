import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ImportResult } from '../../../contract/people.js';
import { countOf, formatNumber } from './labels';

/** The counts of a check or an import. A check reports what an import would do. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const isCheck = result.mode === 'validate';
  const figures = [
    { label: 'Rows', value: result.rows },
    { label: isCheck ? 'To create' : 'Created', value: result.created },
    { label: isCheck ? 'To update' : 'Updated', value: result.updated },
    { label: 'Unchanged', value: result.unchanged },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" component="dl" m={0}>
      {figures.map((figure) => (
        <div key={figure.label}>
          <Text component="dt" size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {formatNumber(figure.value)}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** Every problem the server listed, by line of the file. */
export function ImportErrorTable({ result }: { result: ImportResult }) {
  const headingId = useId();
  const isTruncated = result.totalErrors > result.errors.length;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        Problems in the file
      </Title>
      <Text size="sm" c="dimmed">
        {isTruncated
          ? `Showing the first ${formatNumber(result.errors.length)} of ${countOf(result.totalErrors, 'problem', 'problems')}.`
          : `${countOf(result.totalErrors, 'problem', 'problems')}.`}
        {' Line numbers count from the header row, which is line 1.'}
      </Text>
      <Table.ScrollContainer minWidth={560} maxHeight={520}>
        <Table striped stickyHeader aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Line</Table.Th>
              <Table.Th w={220}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.errors.map((error, index) => (
              <Table.Tr key={`${error.line}-${error.column}-${index}`}>
                <Table.Td>{formatNumber(error.line)}</Table.Td>
                <Table.Td>
                  {error.column === '' ? (
                    <Text c="dimmed" inherit>
                      whole row
                    </Text>
                  ) : (
                    error.column
                  )}
                </Table.Td>
                <Table.Td>{sentence(error.message)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
