export { createMailer, type Mailer, type OutgoingEmail } from './notifications.mailer.js';
export { registerNotificationJobs } from './notifications.jobs.js';
export {
  maxEmailAttempts,
  queueEmail,
  queueTestEmail,
  sendDueEmails,
  type NewEmail,
  type OutboxRun,
} from './notifications.outbox.js';
export { registerNotificationRoutes } from './notifications.routes.js';
export { notify, type NewNotification } from './notifications.service.js';
