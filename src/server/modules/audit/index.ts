export { recordAuditEvent, type AuditEvent } from './audit.repo.js';
