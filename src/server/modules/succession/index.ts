export {
  endSuccessionOf,
  insertPosition,
  insertReadiness,
  insertSuccessor,
  listReadinessOfProgram,
} from './succession.repo.js';
export { registerSuccessionRoutes } from './succession.routes.js';
