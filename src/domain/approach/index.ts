export * from './approach.js';
export { approachRules } from './rules.js';
export type { ApproachRule, RuleContext } from './rules.js';
