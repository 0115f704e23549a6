export {
  createDemoOrganization,
  demoOrganizationName,
  demoPassword,
  isDatabaseEmpty,
  type DemoSummary,
} from './demo.service.js';
