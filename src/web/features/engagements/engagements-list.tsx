import { Alert, Anchor, Badge, EmptyState, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { CoachingEngagementRole, CoachingEngagementSummary } from '../../../contract/index.js';
import { PageLoader } from '../../ui/page-loader';
import { NavigationGate } from '../matching/requests-parts';
import { errorMessage } from '../people/server-errors';
import { dateRange, engagementStatusColors, engagementStatusLabels, goalsLine, rolesLine } from './engagement-view';
import { myEngagementsQuery } from './engagements-api';

/** `/engagements`: the coach's engagements, and any others the user takes part in. */
export function EngagementsPage() {
  return (
    <NavigationGate path="/engagements">
      <EngagementsListPage
        title="My engagements"
        emptyTitle="No coaching engagements yet"
        emptyText="When a coaching program pairs you with a leader, the engagement appears here: goals, the three-way agreement and its progress."
      />
    </NavigationGate>
  );
}

/** `/team`: the engagements of the leaders the signed-in manager manages; goals and progress, read only. */
export function TeamPage() {
  return (
    <NavigationGate path="/team">
      <EngagementsListPage
        title="My team"
        role="manager"
        sectionTitle="Coaching in your team"
        emptyTitle="No one in your team is being coached"
        emptyText="When someone you manage starts a coaching engagement, it appears here. You confirm their goals with them and their coach, and follow their progress."
      />
    </NavigationGate>
  );
}

/** The coaching engagements of the programs the signed-in user sponsors: a part of `/dashboard`. */
export function SponsoredEngagements() {
  return (
    <EngagementsList
      role="sponsor"
      sectionTitle="Coaching engagements you sponsor"
      emptyTitle="No coaching engagements in your programs yet"
      emptyText="When a program you sponsor pairs coaches with leaders, the engagements appear here with their status."
    />
  );
}

function EngagementsListPage({ title, ...list }: { title: string } & EngagementsListProps) {
  useDocumentTitle(`${title} · Tandem`);
  return (
    <Stack gap="xl" maw={1080}>
      <Title order={1}>{title}</Title>
      <EngagementsList {...list} />
    </Stack>
  );
}

type EngagementsListProps = {
  role?: CoachingEngagementRole;
  sectionTitle?: string;
  emptyTitle: string;
  emptyText: string;
};

/** The engagements in which the user holds `role` (all of theirs without one), or why there are none. */
function EngagementsList({ role, sectionTitle, emptyTitle, emptyText }: EngagementsListProps) {
  const list = useQuery(myEngagementsQuery());
  if (list.isPending) return <PageLoader label="Loading the engagements" />;
  if (list.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load the engagements" role="alert">
        {errorMessage(list.error)}
      </Alert>
    );
  }
  const items = role === undefined ? list.data.items : list.data.items.filter((item) => item.myRoles.includes(role));
  return items.length === 0 ? (
    <Paper withBorder radius="md" p="xl" component="section" aria-label={emptyTitle}>
      <EmptyState>
        <EmptyState.Title order={2}>{emptyTitle}</EmptyState.Title>
        <EmptyState.Description>{emptyText}</EmptyState.Description>
      </EmptyState>
    </Paper>
  ) : (
    <Stack gap="sm" component="section" aria-label={sectionTitle ?? 'Coaching engagements'}>
      {sectionTitle !== undefined && (
        <Title order={2} size="h3">
          {sectionTitle}
        </Title>
      )}
      <EngagementsTable engagements={items} label={sectionTitle ?? 'Coaching engagements'} />
    </Stack>
  );
}

/** The "My coaching" section of `/development`: the engagements in which the user is the leader. */
export function MyCoachingSection() {
  const list = useQuery(myEngagementsQuery());
  if (list.isPending) return null;
  if (list.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load your coaching" role="alert">
        {errorMessage(list.error)}
      </Alert>
    );
  }
  const items = list.data.items.filter((item) => item.myRoles.includes('leader'));
  // Most participants are not coached; an empty section would only be noise.
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="My coaching">
      <Stack gap="sm">
        <Title order={2} size="h3">
          My coaching
        </Title>
        <EngagementsTable engagements={items} label="My coaching" />
      </Stack>
    </Paper>
  );
}

/** One row per engagement; the leader's name opens it. */
export function EngagementsTable({
  engagements,
  label,
}: {
  engagements: readonly CoachingEngagementSummary[];
  label: string;
}) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Leader</Table.Th>
            <Table.Th scope="col">Coach</Table.Th>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Goals</Table.Th>
            <Table.Th scope="col">Your role</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {engagements.map((engagement) => (
            <Table.Tr key={engagement.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/engagements/$engagementId" params={{ engagementId: engagement.id }} />
                  )}
                  fw={600}
                  aria-label={`Coaching of ${engagement.leader.name} by ${engagement.coach.name}`}
                >
                  {engagement.leader.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{engagement.coach.name}</Table.Td>
              <Table.Td>{engagement.program.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={engagementStatusColors[engagement.status]}>
                  {engagementStatusLabels[engagement.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{dateRange(engagement.startDate, engagement.endDate)}</Table.Td>
              <Table.Td>
                <Text size="sm">{goalsLine(engagement)}</Text>
              </Table.Td>
              <Table.Td>{rolesLine(engagement.myRoles)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
