export { registerCompetencyRoutes } from './competencies.routes.js';
