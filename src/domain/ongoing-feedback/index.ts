export { feedbackPromptWindow } from './prompt-window.js';
