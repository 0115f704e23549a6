export * from './fairness.js';
