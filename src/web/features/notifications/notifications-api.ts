import { queryOptions } from '@tanstack/react-query';
import type { Notification, NotificationPage, NotificationsRead } from '../../../contract/index.js';
import { apiGet, apiPost } from '../../api/client';

export const notificationsKey = ['notifications'] as const;

/** The latest notifications and the unread count; refreshed every minute while the app is open. */
export function latestNotificationsQuery() {
  return queryOptions({
    queryKey: [...notificationsKey, 'latest'],
    queryFn: ({ signal }) => apiGet<NotificationPage>('/api/notifications?pageSize=10', signal),
    refetchInterval: 60_000,
  });
}

export function markNotificationRead(notificationId: string): Promise<Notification> {
  return apiPost<Notification>(`/api/notifications/${encodeURIComponent(notificationId)}/read`);
}

export function markAllNotificationsRead(): Promise<NotificationsRead> {
  return apiPost<NotificationsRead>('/api/notifications/read-all');
}
