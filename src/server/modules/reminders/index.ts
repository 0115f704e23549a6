export { registerReminderJobs, reminderJobNames } from './reminders.jobs.js';
export {
  checkRelationshipHealth,
  sendProgressCheckReminders,
  sendSessionReminders,
  sendWeeklyGoalPrompts,
  type HealthRun,
  type ReminderDeps,
  type ReminderRun,
} from './reminders.service.js';
