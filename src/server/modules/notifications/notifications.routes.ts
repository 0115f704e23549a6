import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  Notification,
  NotificationPage,
  NotificationParams,
  NotificationQuery,
  NotificationsRead,
} from '../../../contract/notifications.js';
import { Problem } from '../../../contract/problem.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../deps.js';
import { authorize } from '../../http/policy.js';
import { listNotifications, readAllNotifications, readNotification } from './notifications.service.js';

const tags = ['notifications'];

export function registerNotificationRoutes(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Your notifications, newest first, with the number still unread',
        querystring: NotificationQuery,
        response: { 200: NotificationPage, 400: Problem, 401: Problem },
      },
    },
    async (request) => listNotifications(deps.db, authorize(request.actor, 'me.read'), request.query),
  );
  routes.post(
    '/api/notifications/:notificationId/read',
    {
      schema: {
        tags,
        summary: 'Mark one of your notifications read',
        params: NotificationParams,
        response: { 200: Notification, 401: Problem, 404: Problem },
      },
    },
    async (request) => readNotification(deps, authorize(request.actor, 'me.read'), request.params.notificationId),
  );
  routes.post(
    '/api/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all your notifications read',
        response: { 200: NotificationsRead, 401: Problem },
      },
    },
    async (request) => readAllNotifications(deps, authorize(request.actor, 'me.read')),
  );
}
