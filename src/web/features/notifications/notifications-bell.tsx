import { ActionIcon, Anchor, Button, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Notification } from '../../../contract/index.js';
import {
  latestNotificationsQuery,
  markAllNotificationsRead,
  markNotificationRead,
  notificationsKey,
} from './notifications-api';

/** The header's bell: the unread count, and a list of the latest notifications to read. */
export function NotificationsBell() {
  const [isOpen, { toggle, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const latest = useQuery(latestNotificationsQuery());
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationsKey });
  const markRead = useMutation({ mutationFn: markNotificationRead, onSuccess: refresh });
  const markAll = useMutation({ mutationFn: markAllNotificationsRead, onSuccess: refresh });
  const unreadCount = latest.data?.unreadCount ?? 0;
  const label = unreadCount === 0 ? 'Notifications' : `Notifications, ${unreadCount} unread`;

  return (
    <Popover opened={isOpen} onChange={(opened) => (opened ? undefined : close())} position="bottom-end" width={340}>
      <Popover.Target>
        <Indicator label={unreadCount} size={18} disabled={unreadCount === 0} offset={4}>
          <ActionIcon variant="default" size="lg" aria-label={label} aria-expanded={isOpen} onClick={toggle}>
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>Notifications</Text>
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={unreadCount === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            Mark all read
          </Button>
        </Group>
        {latest.isError && <Text c="red">Could not load notifications.</Text>}
        {latest.data?.items.length === 0 && <Text c="dimmed">Nothing yet.</Text>}
        <ScrollArea.Autosize mah={400}>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {latest.data?.items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                onOpen={() => {
                  if (notification.readAt === null) markRead.mutate(notification.id);
                  close();
                }}
                onMarkRead={() => markRead.mutate(notification.id)}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationItem(props: { notification: Notification; onOpen: () => void; onMarkRead: () => void }) {
  const { notification } = props;
  const isUnread = notification.readAt === null;
  return (
    <li>
      <Stack gap={2}>
        {notification.link === null ? (
          <Text fw={isUnread ? 700 : 400}>{notification.title}</Text>
        ) : (
          <Anchor component={Link} to={notification.link} fw={isUnread ? 700 : 400} onClick={props.onOpen}>
            {notification.title}
          </Anchor>
        )}
        <Text size="sm">{notification.body}</Text>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {new Date(notification.createdAt).toLocaleString()}
          </Text>
          {isUnread && (
            <Button variant="subtle" size="compact-xs" onClick={props.onMarkRead}>
              Mark read
            </Button>
          )}
        </Group>
      </Stack>
    </li>
  );
}

function BellIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
