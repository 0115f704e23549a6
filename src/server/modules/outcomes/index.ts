export { registerOutcomeRoutes } from './outcomes.routes.js';
