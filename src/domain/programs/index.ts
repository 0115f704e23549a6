export * from './design.js';
export * from './lifecycle.js';
