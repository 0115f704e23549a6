export { registerWeeklyGoalRoutes } from './weekly-goals.routes.js';
