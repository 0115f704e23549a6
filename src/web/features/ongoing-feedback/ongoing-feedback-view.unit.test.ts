import { describe, expect, it } from 'vitest';
import {
  askProblems,
  feedbackProblems,
  kudosProblems,
  pageCount,
  promptCountsSentence,
  shownText,
} from './ongoing-feedback-view.js';

describe('the feedback exchange’s words and checks', () => {
  it('counts pages, one at least', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
  });

  it('says the participant’s week in a sentence, singular and plural', () => {
    expect(promptCountsSentence({ sought: 2, given: 1 })).toBe(
      'In the seven days before the question: 2 requests for feedback sent and 1 piece of feedback given.',
    );
    expect(promptCountsSentence({ sought: 1, given: 0 })).toBe(
      'In the seven days before the question: 1 request for feedback sent and 0 pieces of feedback given.',
    );
  });

  it('shows removed words as removed', () => {
    expect(shownText('Well done')).toBe('Well done');
    expect(shownText('')).toMatch(/removed/);
  });

  it('names what each form is missing, by field', () => {
    expect(askProblems({ askedPersonId: null, competencyKey: null, question: '' })).toEqual({
      askedPersonId: 'Choose whom to ask.',
      competencyKey: 'Choose the competency you want feedback on.',
    });
    expect(askProblems({ askedPersonId: 'p', competencyKey: 'c', question: 'x'.repeat(1001) })).toEqual({
      question: 'Keep the question to 1000 characters.',
    });
    expect(feedbackProblems({ aboutPersonId: 'p', competencyKey: 'c', text: '   ' })).toEqual({
      text: 'Write your feedback.',
    });
    expect(feedbackProblems({ aboutPersonId: 'p', competencyKey: 'c', text: 'Clear' })).toEqual({});
    expect(kudosProblems({ toPersonId: null, message: 'Thanks' })).toEqual({
      toPersonId: 'Choose whom the kudos are for.',
    });
    expect(kudosProblems({ toPersonId: 'p', message: 'x'.repeat(1001) })).toEqual({
      message: 'Keep the message to 1000 characters.',
    });
  });
});
