export { createJobRunner, type JobHandler, type JobLogger, type JobRunner, type JobSchedule } from './runner.js';
