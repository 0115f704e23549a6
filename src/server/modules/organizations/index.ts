export { countOrganizations, type OrganizationRow } from './organizations.repo.js';
export { createOrganization, getOrganization, getOrganizationByName } from './organizations.service.js';
