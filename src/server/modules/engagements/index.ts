export { registerCoachingRoutes } from './coaching.routes.js';
export { registerRelationshipRoutes } from './relationships.routes.js';
