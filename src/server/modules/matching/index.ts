export { registerMatchingRoutes } from './matching.routes.js';
