export * from './ics.js';
export * from './templates.js';
export * from './weekly-goals.js';
