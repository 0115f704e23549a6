import { Box, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { MatchingFairness, MatchingKind, Tier } from '../../../contract/index.js';
import { tierLabels } from '../programs/program-labels';
import { barPercent, percentText, scoreText } from './matching-board';
import { partnerLabels } from './matching-labels';

type GroupRate = MatchingFairness['byDepartment'][number];

/** Who got matched and how well: the overall rate, rates per group (lowest first), scores and loads. */
export function FairnessPanel({ fairness, kind }: { fairness: MatchingFairness; kind: MatchingKind }) {
  const partnerWord = `${partnerLabels[kind].toLowerCase()}s`;
  const { scores, partnerLoad } = fairness;
  const tierName = (group: string) => tierLabels[group as Tier] ?? group;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="matching-fairness">
      <Stack gap="lg">
        <Title order={2} size="h3" id="matching-fairness">
          Fairness report
        </Title>
        <Stack gap={4}>
          <Group justify="space-between">
            <Text fw={600}>{`Match rate ${percentText(fairness.matchRate)}`}</Text>
            <Text size="sm" c="dimmed">
              {`${fairness.matched} of ${fairness.participants} participants matched, ${fairness.unmatched} unmatched`}
            </Text>
          </Group>
          <Progress value={fairness.matchRate * 100} aria-label="Overall match rate" size="lg" />
        </Stack>

        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <GroupRates title="By department" groups={fairness.byDepartment} />
          <GroupRates title="By tier" groups={fairness.byTier} nameOf={tierName} />
          <GroupRates title="By location" groups={fairness.byLocation} />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack gap="xs">
            <Title order={3} size="h5">
              Scores
            </Title>
            <Text size="sm">
              {`Lowest ${scoreText(scores.min)}, median ${scoreText(scores.median)}, mean ${scoreText(scores.mean)}, highest ${scoreText(scores.max)}`}
            </Text>
            <Bars
              label="Pairs by score"
              header={['Score', 'Pairs']}
              rows={scores.histogram.map((band) => ({ name: `${band.from}–${band.to}`, count: band.count }))}
            />
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {`Load on ${partnerWord}`}
            </Title>
            <Text size="sm">
              {`${partnerLoad.partners} ${partnerWord}, ${partnerLoad.used} of ${partnerLoad.capacity} places used; ${partnerLoad.full} full, ${partnerLoad.idle} with nobody`}
            </Text>
            <Bars
              label={`${partnerLabels[kind]}s by load`}
              header={['Participants each', partnerLabels[kind] + 's']}
              rows={partnerLoad.distribution.map((entry) => ({ name: String(entry.load), count: entry.partners }))}
            />
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function GroupRates({
  title,
  groups,
  nameOf = (group) => group,
}: {
  title: string;
  groups: GroupRate[];
  nameOf?: (group: string) => string;
}) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      <Table withTableBorder verticalSpacing={4} aria-label={`Match rate ${title.toLowerCase()}`}>
        <Table.Caption>Lowest rate first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Group</Table.Th>
            <Table.Th scope="col" ta="right">
              Matched
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Rate
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.group}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm">{nameOf(group.group)}</Text>
                <Progress
                  value={group.rate * 100}
                  size="xs"
                  mt={2}
                  color={group.rate < 0.5 ? 'orange' : 'blue'}
                  aria-label={`${nameOf(group.group)} match rate`}
                />
              </Table.Th>
              <Table.Td ta="right">{`${group.matched} of ${group.participants}`}</Table.Td>
              <Table.Td ta="right">{percentText(group.rate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** A bar chart as a table: one row per bar, the count in words and a bar drawn to scale. */
function Bars({
  label,
  header,
  rows,
}: {
  label: string;
  header: [string, string];
  rows: { name: string; count: number }[];
}) {
  const max = Math.max(0, ...rows.map((row) => row.count));
  return (
    <Table verticalSpacing={2} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={110}>
            {header[0]}
          </Table.Th>
          <Table.Th scope="col" ta="right" w={80}>
            {header[1]}
          </Table.Th>
          <Table.Th scope="col" aria-hidden />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.name}>
            <Table.Td>{row.name}</Table.Td>
            <Table.Td ta="right">{row.count}</Table.Td>
            <Table.Td aria-hidden>
              <Box
                h={12}
                w={`${barPercent(row.count, max)}%`}
                miw={row.count > 0 ? 2 : 0}
                bg="blue.5"
                style={{ borderRadius: 2 }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
