export { registerBehaviouralProfileRoutes } from './behavioural-profiles.routes.js';
export { collectBehaviouralProfile, deleteBehaviouralProfileOf } from './behavioural-profiles.personal-data.js';
