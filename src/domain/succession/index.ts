export * from './bench.js';
export * from './gap.js';
export * from './nine-box.js';
