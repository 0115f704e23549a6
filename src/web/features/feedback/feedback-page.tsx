import {
  Alert,
  Anchor,
  Badge,
  EmptyState,
  Group,
  List,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { FeedbackCycle } from '../../../contract/assessments.js';
import { PageLoader } from '../../ui/page-loader';
import { formatCalendarDate, formatInstant } from '../engagements/engagement-view';
import { errorMessage } from '../people/server-errors';
import { myCyclesPageSize, myCyclesQuery } from './feedback-api';
import { CycleStatusBadge } from './feedback-parts';
import { nextStep, partitionCycles, phaseLabels, raterTotals, ratersLine } from './feedback-view';

/** `/feedback`: the signed-in user's 360s, those waiting for their approval, and for an admin every cycle. */
export function FeedbackPage() {
  useDocumentTitle('360 feedback · Tandem');
  const [page, setPage] = useState(1);
  const list = useQuery(myCyclesQuery(page));

  if (list.isPending) return <PageLoader label="Loading your 360 feedback" />;
  if (list.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load your 360 feedback" role="alert">
        {errorMessage(list.error)}
      </Alert>
    );
  }
  const { mine, toApprove, approved, organization } = partitionCycles(list.data.items);
  const pages = Math.ceil(list.data.total / myCyclesPageSize);

  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap={4}>
        <Title order={1}>360 feedback</Title>
        <Text c="dimmed">Feedback on your leadership from the people around you, next to your own view.</Text>
      </Stack>
      {list.data.total === 0 ? (
        <EmptyFeedback />
      ) : (
        <>
          {toApprove.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="feedback-to-approve">
              <Title order={2} size="h3" id="feedback-to-approve">
                Waiting for your approval
              </Title>
              <Text size="sm" c="dimmed">
                Someone you manage chose who to ask for feedback. Check the list, then approve it or send it back.
              </Text>
              <ApproverTable cycles={toApprove} label="Waiting for your approval" />
            </Stack>
          )}
          {mine.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="feedback-mine">
              <Title order={2} size="h3" id="feedback-mine">
                Your 360s
              </Title>
              <ParticipantTable cycles={mine} />
            </Stack>
          )}
          {approved.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="feedback-approved">
              <Title order={2} size="h3" id="feedback-approved">
                Other 360s you approve
              </Title>
              <ApproverTable cycles={approved} label="Other 360s you approve" />
            </Stack>
          )}
          {organization.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="feedback-organization">
              <Title order={2} size="h3" id="feedback-organization">
                All 360s in the organization
              </Title>
              <Text size="sm" c="dimmed">
                As an administrator you see each cycle’s progress in numbers. Who was asked and what they said stay with
                the participant.
              </Text>
              <OrganizationTable cycles={organization} />
            </Stack>
          )}
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': `${control} page of 360s` })}
              getItemProps={(item) => ({ 'aria-label': `360s page ${item}` })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function EmptyFeedback() {
  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="feedback-empty">
      <EmptyState>
        <EmptyState.Title order={2} id="feedback-empty">
          No 360 feedback yet
        </EmptyState.Title>
        <EmptyState.Description>
          A 360 gathers feedback on how you lead from all around you: your manager, your peers, the people who report to
          you and others who see your work, next to your own rating of yourself.
        </EmptyState.Description>
        <List size="sm" spacing={4} ta="left" maw={560} mx="auto" mt="sm" aria-label="How a 360 works">
          <List.Item>When your program starts a 360 for you, you choose whom to ask.</List.Item>
          <List.Item>Your manager approves the list, and everyone gets a personal link by email.</List.Item>
          <List.Item>
            Answers stay anonymous: a group’s answers are shown only once enough people in it have answered.
          </List.Item>
          <List.Item>Your report shows where others see you as you see yourself, and where they do not.</List.Item>
        </List>
        <EmptyState.Description mt="sm">
          Cycles you take part in, or that wait for your approval as a manager, appear here.
        </EmptyState.Description>
      </EmptyState>
    </Paper>
  );
}

function CycleLink({ cycle, children, label }: { cycle: FeedbackCycle; children: string; label: string }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/feedback/$cycleId" params={{ cycleId: cycle.id }} />}
      fw={600}
      aria-label={label}
    >
      {children}
    </Anchor>
  );
}

function ParticipantTable({ cycles }: { cycles: readonly FeedbackCycle[] }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped aria-label="Your 360s">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col">Phase</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Closes on</Table.Th>
            <Table.Th scope="col">Raters</Table.Th>
            <Table.Th scope="col">Next</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycles.map((cycle) => (
            <Table.Tr key={cycle.id}>
              <Table.Td>
                <CycleLink cycle={cycle} label={`Your 360 in ${cycle.program.name}, ${phaseLabels[cycle.phase]}`}>
                  {cycle.program.name}
                </CycleLink>
              </Table.Td>
              <Table.Td>{phaseLabels[cycle.phase]}</Table.Td>
              <Table.Td>
                <CycleStatusBadge status={cycle.status} />
              </Table.Td>
              <Table.Td>{formatCalendarDate(cycle.closesOn)}</Table.Td>
              <Table.Td>
                <Text size="sm">{ratersLine(cycle)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {cycle.isReportReady ? (
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/feedback/$cycleId/report" params={{ cycleId: cycle.id }} />
                      )}
                      size="sm"
                      aria-label={`Report of your 360 in ${cycle.program.name}, ${phaseLabels[cycle.phase]}`}
                    >
                      Open the report
                    </Anchor>
                  ) : (
                    <Text size="sm">{nextStep(cycle)}</Text>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ApproverTable({ cycles, label }: { cycles: readonly FeedbackCycle[]; label: string }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Participant</Table.Th>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col">Phase</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Raters</Table.Th>
            <Table.Th scope="col">Sent for approval</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycles.map((cycle) => (
            <Table.Tr key={cycle.id}>
              <Table.Td>
                <CycleLink cycle={cycle} label={`360 of ${cycle.participant.name}, ${phaseLabels[cycle.phase]}`}>
                  {cycle.participant.name}
                </CycleLink>
              </Table.Td>
              <Table.Td>{cycle.program.name}</Table.Td>
              <Table.Td>{phaseLabels[cycle.phase]}</Table.Td>
              <Table.Td>
                <CycleStatusBadge status={cycle.status} />
              </Table.Td>
              <Table.Td>
                {cycle.nominees === null ? '–' : cycle.nominees.filter((n) => n.group !== 'self').length}
              </Table.Td>
              <Table.Td>{cycle.submittedAt === null ? '–' : formatInstant(cycle.submittedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every cycle of the organization, for an admin: progress as numbers only. */
export function OrganizationTable({
  cycles,
  label = 'All 360s in the organization',
  showProgram = true,
}: {
  cycles: readonly FeedbackCycle[];
  label?: string;
  showProgram?: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Participant</Table.Th>
            {showProgram && <Table.Th scope="col">Program</Table.Th>}
            <Table.Th scope="col">Phase</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Closes on</Table.Th>
            <Table.Th scope="col" ta="right">
              Answered
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycles.map((cycle) => {
            const totals = raterTotals(cycle.counts);
            return (
              <Table.Tr key={cycle.id}>
                <Table.Td>
                  <CycleLink cycle={cycle} label={`360 of ${cycle.participant.name}, ${phaseLabels[cycle.phase]}`}>
                    {cycle.participant.name}
                  </CycleLink>
                </Table.Td>
                {showProgram && <Table.Td>{cycle.program.name}</Table.Td>}
                <Table.Td>{phaseLabels[cycle.phase]}</Table.Td>
                <Table.Td>
                  <CycleStatusBadge status={cycle.status} />
                </Table.Td>
                <Table.Td>{formatCalendarDate(cycle.closesOn)}</Table.Td>
                <Table.Td ta="right">
                  {totals.invited === 0 ? (
                    <Text size="sm" c="dimmed">
                      Not invited yet
                    </Text>
                  ) : (
                    `${totals.answered} of ${totals.invited}`
                  )}
                  {cycle.isReportReady && (
                    <Badge ml="xs" variant="light" color="teal" size="sm">
                      Report ready
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
