export { registerProgramRoutes } from './programs.routes.js';
