import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { csvFileName } from '../../ui/csv';
import { CsvButton } from '../../ui/csv-button';
import { tableCsvRows, type TableModel } from './outcome-tables-view';
import classes from './outcomes-report.module.css';
import { joinLabels } from './outcomes-view';

/** One part of the report: its heading with its n, an optional explanation, and the figures. */
export function ReportSection({
  id,
  title,
  n,
  description,
  children,
}: {
  id: string;
  title: string;
  /** The part's size as the heading shows it: "n = 18". */
  n: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={2}>
          <Group gap="sm" align="center">
            <Title order={2} size="h3" id={id}>
              {title}
            </Title>
            <Badge variant="light" color="gray" size="lg" tt="none">
              {n}
            </Badge>
          </Group>
          {description !== undefined && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/** Why a figure is missing, in the API's words; `labels` names what the reason covers. */
export function NotEnoughDataPanel({ reason, labels }: { reason: string; labels?: readonly string[] }) {
  return (
    <Paper withBorder radius="sm" p="sm" className={classes.muted} role="note" aria-label="Not enough data">
      <Stack gap={2}>
        <Text fw={600} size="sm">
          Not enough data
        </Text>
        <Text size="sm">{reason}</Text>
        {labels !== undefined && labels.length > 0 && <Text size="xs" c="dimmed">{`For ${joinLabels(labels)}.`}</Text>}
      </Stack>
    </Paper>
  );
}

/** A sentence set apart in a muted box: how a figure was made, or what it rests on. */
export function MutedBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper radius="sm" p="sm" className={classes.muted} role="note" aria-label={label}>
      <Stack gap={2}>
        <Text fw={600} size="xs" c="dimmed" tt="uppercase">
          {label}
        </Text>
        <Text size="sm">{children}</Text>
      </Stack>
    </Paper>
  );
}

/** A report table with its "Download CSV" button; the file holds exactly the rows shown. */
export function OutcomesTable({
  table,
  programName,
  minWidth = 560,
}: {
  table: TableModel;
  programName: string;
  minWidth?: number;
}) {
  return (
    <Stack gap={6}>
      <Group justify="flex-end" className={classes.screenOnly}>
        <CsvButton fileName={csvFileName(programName, table.section)} rows={tableCsvRows(table)} what={table.caption} />
      </Group>
      <Table.ScrollContainer minWidth={minWidth} type="native" className={classes.tableScroll}>
        <Table striped aria-label={table.caption}>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((column) => (
                <Table.Th key={column.label} scope="col" ta={column.isNumeric ? 'right' : undefined}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row) => (
              <Table.Tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <Table.Th key={index} scope="row" fw={row.isTotal ? 700 : 400}>
                      {cell}
                    </Table.Th>
                  ) : (
                    <Table.Td
                      key={index}
                      ta={table.columns[index]?.isNumeric ? 'right' : undefined}
                      fw={row.isTotal ? 700 : undefined}
                      // A number or an interval reads badly broken over two lines.
                      style={table.columns[index]?.isNumeric ? { whiteSpace: 'nowrap' } : undefined}
                    >
                      {cell}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
