export * from './candidates.js';
export * from './hard-rules.js';
export * from './score.js';
export * from './time-zones.js';
