export { registerCompetencyRoutes } from './competencies.routes.js';
export { listCompetencies } from './competencies.service.js';
