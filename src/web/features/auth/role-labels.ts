import type { Role } from '../../../contract/index.js';

/** How each role is named on screen. */
export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  coach: 'Coach',
  mentor: 'Mentor',
  participant: 'Participant',
  sponsor: 'Sponsor',
  manager: 'Manager',
};
