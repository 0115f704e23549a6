export { registerApproachRoutes } from './approach.routes.js';
