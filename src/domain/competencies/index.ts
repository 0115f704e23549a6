export * from './competencies.js';
