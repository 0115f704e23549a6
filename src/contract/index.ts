export * from './auth.js';
export * from './health.js';
export * from './problem.js';
export * from './roles.js';
