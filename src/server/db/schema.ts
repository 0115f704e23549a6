// Every table, for Drizzle's relational queries and drizzle-kit.
export { auditEvents } from '../modules/audit/audit.table.js';
export { loginSessions } from '../modules/auth/auth.table.js';
export { organizations } from '../modules/organizations/organizations.table.js';
export { people } from '../modules/people/people.table.js';
export { users } from '../modules/users/users.table.js';
