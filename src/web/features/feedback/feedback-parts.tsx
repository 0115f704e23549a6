import { Badge, Paper, Stack, Table, Text, Timeline, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FeedbackCycle, FeedbackCycleStatus } from '../../../contract/assessments.js';
import {
  cycleStatusColors,
  cycleStatusLabels,
  cycleTimeline,
  groupLabels,
  groupNominees,
  nominationGroups,
  orderedCounts,
  raterTotals,
  timelineIndex,
  type GroupCount,
  type Nominee,
} from './feedback-view';

export function CycleStatusBadge({ status }: { status: FeedbackCycleStatus }) {
  return (
    <Badge variant="light" color={cycleStatusColors[status]} style={{ flexShrink: 0, minWidth: 'max-content' }}>
      {cycleStatusLabels[status]}
    </Badge>
  );
}

/** A titled panel of a page; `id` lets the heading name the section. */
export function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
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

/** Where the cycle stands among its four steps. */
export function CycleTimeline({ cycle }: { cycle: FeedbackCycle }) {
  const steps = cycleTimeline(cycle);
  const active = timelineIndex(cycle.status);
  return (
    <Timeline active={active} bulletSize={18} lineWidth={2} aria-label="Steps of the cycle">
      {steps.map((step, index) => (
        <Timeline.Item
          key={step.key}
          title={
            <Text fw={index === active ? 700 : 500}>
              {step.title}
              {index === active ? <VisuallyHidden component="span"> (current step)</VisuallyHidden> : null}
            </Text>
          }
        >
          <Text size="sm" c="dimmed">
            {step.detail}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** Invitations and answers per group: numbers only, never who answered. */
export function CountsTable({ counts, label }: { counts: readonly GroupCount[]; label: string }) {
  const rows = orderedCounts(counts);
  const totals = raterTotals(counts);
  if (rows.length === 0) return <Text c="dimmed">Nobody has been invited yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table aria-label={label} maw={520}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Group</Table.Th>
            <Table.Th scope="col" ta="right">
              Invited
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Answered
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((count) => (
            <Table.Tr key={count.group}>
              <Table.Th scope="row" fw={400}>
                {groupLabels[count.group]}
              </Table.Th>
              <Table.Td ta="right">{count.invited}</Table.Td>
              <Table.Td ta="right">{count.answered}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">All raters</Table.Th>
            <Table.Th ta="right">{totals.invited}</Table.Th>
            <Table.Th ta="right">{totals.answered}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The nominees by group, read only. */
export function NomineesByGroup({ nominees }: { nominees: readonly Nominee[] }) {
  const grouped = groupNominees(nominees);
  return (
    <Stack gap="md">
      {nominationGroups.map((group) => (
        <Stack key={group} gap={4} component="section" aria-label={groupLabels[group]}>
          <Title order={3} size="h5">
            {`${groupLabels[group]} (${grouped[group].length})`}
          </Title>
          {grouped[group].length === 0 ? (
            <Text size="sm" c="dimmed">
              Nobody in this group.
            </Text>
          ) : (
            <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {grouped[group].map((nominee) => (
                <li key={nominee.personId}>
                  <Text size="sm">
                    <Text span fw={600} size="sm">
                      {nominee.name}
                    </Text>
                    {nominee.title === '' ? '' : `, ${nominee.title}`}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
