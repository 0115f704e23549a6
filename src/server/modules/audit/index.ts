export { recordAuditEvent, type AuditEvent } from './audit.repo.js';
export { recordDenial } from './audit.denials.js';
