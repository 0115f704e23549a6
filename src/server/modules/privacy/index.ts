export { registerPrivacyJobs, retentionCron } from './privacy.jobs.js';
export { registerPrivacyRoutes } from './privacy.routes.js';
export {
  applySessionNoteRetention,
  erasePerson,
  exportOwnPersonalData,
  exportPersonalData,
  type RetentionRun,
} from './privacy.service.js';
export { listSessionsPastRetention, retentionCutoff } from './privacy.retention.js';
