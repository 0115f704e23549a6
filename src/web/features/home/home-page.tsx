import { Badge, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { roleLabels } from '../auth/role-labels';
import { useSession } from '../auth/use-session';
import { MyDataSection } from '../privacy/my-data-section';

export function HomePage() {
  useDocumentTitle('Home · Tandem');
  const { user, organization } = useSession();

  return (
    <Stack gap="xl" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{`Welcome, ${user.displayName}`}</Title>
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          Organization
        </Text>
        <Text size="xl" fw={600}>
          {organization.name}
        </Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="home-roles">
        <Title order={2} size="h4" id="home-roles">
          Your roles
        </Title>
        {user.roles.length === 0 ? (
          <Text c="dimmed">You have no roles yet. An administrator of your organization can give you one.</Text>
        ) : (
          <Group gap="xs">
            {user.roles.map((role) => (
              <Badge key={role} variant="light" size="lg">
                {roleLabels[role]}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>

      <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="home-next">
        <EmptyState>
          <EmptyState.Title order={2} id="home-next">
            Nothing needs you yet
          </EmptyState.Title>
          <EmptyState.Description>
            When you take part in a coaching or mentoring program, your engagements, sessions and goals will appear
            here.
          </EmptyState.Description>
        </EmptyState>
      </Paper>

      <MyDataSection />
    </Stack>
  );
}
