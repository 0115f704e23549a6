export * from './auth.js';
export * from './health.js';
export * from './problem.js';
export * from './roles.js';
export * from './people.js';
export * from './approach.js';
export * from './competencies.js';
export * from './programs.js';
