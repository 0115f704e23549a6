export * from './errors.js';
export * from './greedy.js';
export * from './parse.js';
export { solveAssignment } from './solve.js';
export * from './types.js';
export * from './verify.js';
