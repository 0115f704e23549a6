export * from './agreement.js';
export * from './coaching-lifecycle.js';
export * from './dates.js';
export * from './health.js';
export * from './mentoring-lifecycle.js';
export * from './progress.js';
