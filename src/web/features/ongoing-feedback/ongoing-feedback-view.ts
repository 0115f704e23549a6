// Words and checks for the feedback exchange, kudos and session prompt pages; no React here.
import type { FeedbackPrompt, FeedbackRequestStatus } from '../../../contract/ongoing-feedback.js';

export const requestStatusLabels: Record<FeedbackRequestStatus, string> = {
  open: 'Waiting for an answer',
  answered: 'Answered',
  declined: 'Declined',
};

export const requestStatusColors: Record<FeedbackRequestStatus, string> = {
  open: 'blue',
  answered: 'teal',
  declined: 'gray',
};

/** Pages a list of `total` items takes; at least one. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** "1 request", "2 requests": a count with its noun. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * The participant's week before a session's question, in a sentence.
 * @example promptCountsSentence({ sought: 2, given: 1 }) // 'In the seven days before the question: 2 requests for feedback sent and 1 piece of feedback given.'
 */
export function promptCountsSentence(counts: FeedbackPrompt['counts']): string {
  const sought = countOf(counts.sought, 'request for feedback', 'requests for feedback');
  const given = countOf(counts.given, 'piece of feedback', 'pieces of feedback');
  return `In the seven days before the question: ${sought} sent and ${given} given.`;
}

/** A text erased on request shows as such, not as an empty box. */
export function shownText(text: string): string {
  return text === '' ? 'The words were removed at the writer’s or recipient’s request.' : text;
}

export type AskField = 'askedPersonId' | 'competencyKey' | 'question';
export type FeedbackField = 'aboutPersonId' | 'competencyKey' | 'text';
export type KudosField = 'toPersonId' | 'message' | 'competencyKey';

export const maxQuestionLength = 1000;
export const maxFeedbackLength = 4000;
export const maxKudosLength = 1000;
export const maxPromptAnswerLength = 2000;

/** What the ask form is missing, by field, before it is sent. */
export function askProblems(input: {
  askedPersonId: string | null;
  competencyKey: string | null;
  question: string;
}): Partial<Record<AskField, string>> {
  const problems: Partial<Record<AskField, string>> = {};
  if (input.askedPersonId === null) problems.askedPersonId = 'Choose whom to ask.';
  if (input.competencyKey === null) problems.competencyKey = 'Choose the competency you want feedback on.';
  if (input.question.trim().length > maxQuestionLength) {
    problems.question = `Keep the question to ${maxQuestionLength} characters.`;
  }
  return problems;
}

/** What a feedback form is missing, by field, before it is sent. */
export function feedbackProblems(input: {
  aboutPersonId: string | null;
  competencyKey: string | null;
  text: string;
}): Partial<Record<FeedbackField, string>> {
  const problems: Partial<Record<FeedbackField, string>> = {};
  if (input.aboutPersonId === null) problems.aboutPersonId = 'Choose whom the feedback is for.';
  if (input.competencyKey === null) problems.competencyKey = 'Choose the competency it is about.';
  const length = input.text.trim().length;
  if (length === 0) problems.text = 'Write your feedback.';
  else if (length > maxFeedbackLength) problems.text = `Keep your feedback to ${maxFeedbackLength} characters.`;
  return problems;
}

/** What the kudos form is missing, by field, before it is sent. */
export function kudosProblems(input: {
  toPersonId: string | null;
  message: string;
}): Partial<Record<KudosField, string>> {
  const problems: Partial<Record<KudosField, string>> = {};
  if (input.toPersonId === null) problems.toPersonId = 'Choose whom the kudos are for.';
  const length = input.message.trim().length;
  if (length === 0) problems.message = 'Write what you want to thank them for.';
  else if (length > maxKudosLength) problems.message = `Keep the message to ${maxKudosLength} characters.`;
  return problems;
}
