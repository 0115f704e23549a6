export * from './anonymity.js';
export * from './errors.js';
export * from './instrument.js';
export * from './instruments/index.js';
export * from './profile.js';
export * from './pulse.js';
export * from './report.js';
