import { Alert, Anchor, AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useSession, useSignOut } from '../features/auth/use-session';
import { NotificationsBell } from '../features/notifications/notifications-bell';
import { SkipLink } from '../ui/skip-link';
import { navigationFor } from './navigation';

const mainId = 'main';
const navigationId = 'main-navigation';

/** The signed-in layout: header, role-dependent navbar, and the page. */
export function Shell() {
  const { user, organization } = useSession();
  const [isNavigationOpen, navigationToggle] = useDisclosure(false);
  const pathname = useLocation({ select: (location) => location.pathname });
  const navigate = useNavigate();
  const signOut = useSignOut();
  const entries = navigationFor(user);

  function handleSignOut() {
    signOut.mutate(undefined, {
      onSuccess: () => void navigate({ to: '/login', replace: true }),
    });
  }

  return (
    <>
      <SkipLink targetId={mainId}>Skip to main content</SkipLink>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isNavigationOpen } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="md" wrap="nowrap" miw={0}>
              <Burger
                opened={isNavigationOpen}
                onClick={navigationToggle.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label="Navigation"
                aria-expanded={isNavigationOpen}
                aria-controls={navigationId}
              />
              <Anchor component={Link} to="/" fw={700} fz="xl" underline="never">
                Tandem
              </Anchor>
              <Text c="dimmed" truncate visibleFrom="xs">
                {organization.name}
              </Text>
            </Group>
            <Group gap="md" wrap="nowrap" miw={0}>
              <NotificationsBell />
              <Text truncate visibleFrom="xs">
                {user.displayName}
              </Text>
              <Button variant="default" size="sm" onClick={handleSignOut} loading={signOut.isPending}>
                Sign out
              </Button>
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id={navigationId} aria-label="Main" p="sm">
          {entries.map((entry) => {
            // Home would otherwise match every path as its prefix.
            const isExact = entry.to === '/';
            return (
              <NavLink
                key={entry.to}
                component={Link}
                to={entry.to}
                activeOptions={{ exact: isExact }}
                label={entry.label}
                active={isActivePath(pathname, entry.to, isExact)}
                onClick={navigationToggle.close}
              />
            );
          })}
        </AppShell.Navbar>

        <AppShell.Main id={mainId} tabIndex={-1}>
          {signOut.error !== null && (
            <Alert color="red" variant="light" mb="md" title="Could not sign out">
              {signOut.error.message} Try again.
            </Alert>
          )}
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}

function isActivePath(pathname: string, path: string, isExact: boolean): boolean {
  if (isExact) return pathname === path;
  return pathname === path || pathname.startsWith(`${path}/`);
}
