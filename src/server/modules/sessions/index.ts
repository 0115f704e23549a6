export { calendarFeedRoute, registerSessionRoutes } from './sessions.routes.js';
export { findSessionPeople } from './sessions.repo.js';
