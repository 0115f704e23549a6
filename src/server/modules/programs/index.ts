export { registerProgramRoutes } from './programs.routes.js';
export {
  findProgram,
  insertEnrollments,
  insertProgram,
  replaceOutcomes,
  updateProgramRow,
  type ProgramRow,
} from './programs.repo.js';
