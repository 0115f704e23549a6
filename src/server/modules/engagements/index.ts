export { registerCoachingRoutes } from './coaching.routes.js';
export { registerRelationshipRoutes } from './relationships.routes.js';
export { isGuideOf } from './guides.repo.js';
