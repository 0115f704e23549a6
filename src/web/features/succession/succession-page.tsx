import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { BenchStrength } from '../../../contract/succession.js';
import { PageLoader } from '../../ui/page-loader';
import { useIsAdmin } from '../outcomes/outcomes-gate';
import { TrendChart } from '../outcomes/trend-chart';
import { NavigationGate } from '../matching/requests-parts';
import { errorMessage } from '../people/server-errors';
import { benchStrengthQuery, createKeyPosition, keyPositionsQuery, positionsPageSize } from './succession-api';
import { CriticalityBadge, PositionForm } from './succession-parts';
import {
  coverSentence,
  criticalityLabels,
  isAtRisk,
  leavingRiskLabels,
  shareLabel,
  trendSeries,
} from './succession-view';

/** `/succession`: the bench's strength and trend, and every key position with its successors (admins and sponsors). */
export function SuccessionPage() {
  return (
    <NavigationGate path="/succession">
      <Succession />
    </NavigationGate>
  );
}

function Succession() {
  useDocumentTitle('Succession · Tandem');
  const isAdmin = useIsAdmin();
  const navigate = useNavigate();
  const [isAdding, setIsAdding] = useState(false);
  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap={4}>
        <Title order={1}>Succession</Title>
        <Text c="dimmed">
          Who could step into each key position, how ready they are, and how the bench has grown. Confidential: only
          admins and program sponsors see this page; nobody learns here that they are named.
        </Text>
      </Stack>
      <BenchSummary />
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="key-positions">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h3" id="key-positions">
              Key positions
            </Title>
            {isAdmin && (
              <Button variant={isAdding ? 'default' : 'filled'} onClick={() => setIsAdding((open) => !open)}>
                {isAdding ? 'Cancel' : 'Add key position'}
              </Button>
            )}
          </Group>
          {isAdmin && isAdding && (
            <Paper withBorder p="md" radius="sm">
              <PositionForm
                position={null}
                save={createKeyPosition}
                submitLabel="Add key position"
                onSaved={(position) =>
                  void navigate({ to: '/succession/$positionId', params: { positionId: position.id } })
                }
              />
            </Paper>
          )}
          <PositionsTable />
        </Stack>
      </Paper>
    </Stack>
  );
}

function BenchSummary() {
  const bench = useQuery(benchStrengthQuery());
  if (bench.isPending) return <PageLoader label="Loading the bench" />;
  if (bench.isError) {
    return (
      <Alert color="red" title="Could not load the bench">
        {errorMessage(bench.error)}
      </Alert>
    );
  }
  return <Bench bench={bench.data} />;
}

function Bench({ bench }: { bench: BenchStrength }) {
  const series = trendSeries(bench.trend);
  const hasTrend = series.values.some((value) => value !== null);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="bench-strength">
      <Stack gap="md">
        <Title order={2} size="h3" id="bench-strength">
          Bench strength
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Figure label="Key positions covered" value={shareLabel(bench.coveredShare)} note={coverSentence(bench)} />
          <Figure label="Without a ready-now successor" value={String(bench.uncovered.length)} note="Flagged below" />
          <Figure
            label="Successors ready in 1–2 years"
            value={String(bench.readySoonSuccessors)}
            note="The next wave"
          />
        </SimpleGrid>
        {bench.uncovered.length > 0 && (
          <Stack gap={4} aria-label="Positions without a ready-now successor">
            <Text fw={600} size="sm">
              Positions without a ready-now successor
            </Text>
            {bench.uncovered.map((position) => (
              <Group key={position.id} gap="xs">
                <Badge color="red" variant="dot" tt="none">
                  Uncovered
                </Badge>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/succession/$positionId" params={{ positionId: position.id }} />
                  )}
                >
                  {position.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {`${criticalityLabels[position.criticality]} · ${leavingRiskLabels[position.incumbentLeavingRisk]} · ${position.readySoon} ready in 1–2 years`}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        {hasTrend ? (
          <TrendChart
            quarters={series.labels}
            series={[
              { label: 'Key positions covered (%)', values: series.values, color: 'var(--mantine-color-teal-7)' },
            ]}
            description={`Share of key positions with a ready-now successor at each month's end: ${series.labels
              .map((label, index) => `${label} ${series.values[index] ?? 'no positions'}`)
              .join(', ')}.`}
          />
        ) : (
          <Text size="sm" c="dimmed">
            The trend appears once there are key positions.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <Paper withBorder radius="sm" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Paper>
  );
}

function PositionsTable() {
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [onlyUncovered, setOnlyUncovered] = useState(false);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const positions = useQuery({
    ...keyPositionsQuery({ page, search: debounced || undefined, uncovered: onlyUncovered ? true : undefined }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="sm">
      <Group align="end">
        <TextInput
          label="Search positions"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
        />
        <Checkbox
          label="Only positions without a ready-now successor"
          checked={onlyUncovered}
          onChange={(event) => {
            setOnlyUncovered(event.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      {positions.isPending ? (
        <PageLoader label="Loading key positions" />
      ) : positions.isError ? (
        <Alert color="red" title="Could not load the key positions">
          {errorMessage(positions.error)}
        </Alert>
      ) : positions.data.items.length === 0 ? (
        <Text c="dimmed">
          {debounced || onlyUncovered
            ? 'No key position matches.'
            : 'No key positions yet. Add the roles the organization cannot leave empty, then name their successors.'}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label="Key positions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Position</Table.Th>
                  <Table.Th>Incumbent</Table.Th>
                  <Table.Th>Criticality</Table.Th>
                  <Table.Th>Risk of leaving</Table.Th>
                  <Table.Th>Ready now</Table.Th>
                  <Table.Th>1–2 years</Table.Th>
                  <Table.Th>3+ years</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {positions.data.items.map((position) => (
                  <Table.Tr key={position.id}>
                    <Table.Td>
                      <Group gap="xs">
                        <Anchor
                          renderRoot={(props) => (
                            <Link {...props} to="/succession/$positionId" params={{ positionId: position.id }} />
                          )}
                        >
                          {position.title}
                        </Anchor>
                        {isAtRisk(position) && (
                          <Badge color="red" tt="none">
                            At risk
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{position.incumbent?.name ?? <Text c="dimmed">Vacant</Text>}</Table.Td>
                    <Table.Td>
                      <CriticalityBadge criticality={position.criticality} />
                    </Table.Td>
                    <Table.Td>{position.incumbentLeavingRisk}</Table.Td>
                    <Table.Td>
                      {position.bench.isUncovered ? <Text c="red.8">0</Text> : position.bench.readyNow}
                    </Table.Td>
                    <Table.Td>{position.bench.readySoon}</Table.Td>
                    <Table.Td>{position.bench.later}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {positions.data.total > positionsPageSize && (
            <Pagination
              total={Math.ceil(positions.data.total / positionsPageSize)}
              value={page}
              onChange={setPage}
              aria-label="Pages of key positions"
            />
          )}
        </>
      )}
    </Stack>
  );
}
