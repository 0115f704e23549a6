export { calendarFeedRoute, registerSessionRoutes } from './sessions.routes.js';
