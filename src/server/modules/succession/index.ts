export {
  endSuccessionOf,
  insertPosition,
  insertReadiness,
  insertSuccessor,
  listReadinessOf,
} from './succession.repo.js';
export { registerSuccessionRoutes } from './succession.routes.js';
