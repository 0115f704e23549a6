export * from './propose.js';
export * from './warnings.js';
