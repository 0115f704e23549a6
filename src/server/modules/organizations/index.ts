export { countOrganizations, type OrganizationRow } from './organizations.repo.js';
export { registerOrganizationRoutes } from './organizations.routes.js';
export {
  changeOrganizationSettings,
  createOrganization,
  getOrganization,
  getOrganizationByName,
  getOrganizationSettings,
} from './organizations.service.js';
