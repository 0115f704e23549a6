export { registerOngoingFeedbackRoutes } from './ongoing-feedback.routes.js';
export { countFeedbackHabits } from './ongoing-feedback.repo.js';
export {
  clearOngoingFeedbackTextsOf,
  collectOngoingFeedback,
  withholdOngoingFeedbackTexts,
} from './ongoing-feedback.personal-data.js';
