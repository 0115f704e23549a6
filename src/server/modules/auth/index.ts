export { authenticate, type AuthDeps } from './auth.service.js';
export { loginPath, registerAuthRoutes } from './auth.routes.js';
