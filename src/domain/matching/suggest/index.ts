export * from './suggest.js';
