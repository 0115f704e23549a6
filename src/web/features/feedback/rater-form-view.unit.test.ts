import { describe, expect, it } from 'vitest';
import {
  answeredStatements,
  formQuestions,
  isAnswersChanged,
  likertOptions,
  toAnswers,
  unansweredNote,
} from './rater-form-view';

const instrument = {
  items: [
    { kind: 'likert' as const, key: 'listens', text: 'Listens.', scaleKey: 'communication', isReverseKeyed: false },
    { kind: 'likert' as const, key: 'decides', text: 'Decides.', scaleKey: 'decisions', isReverseKeyed: false },
    {
      kind: 'likert' as const,
      key: 'interrupts',
      text: 'Interrupts.',
      scaleKey: 'communication',
      isReverseKeyed: true,
    },
    { kind: 'comment' as const, key: 'keep_doing', text: 'What should they keep doing?' },
  ],
};

describe('rater form', () => {
  it('keeps the instrument’s order and numbers the statements only', () => {
    expect(formQuestions(instrument).map(({ item, number }) => [item.key, number])).toEqual([
      ['listens', 1],
      ['decides', 2],
      ['interrupts', 3],
      ['keep_doing', null],
    ]);
  });

  it('labels each point by the instrument, falling back to the number', () => {
    expect(likertOptions({ points: 4, labels: ['Never', 'Rarely', 'Often'] })).toEqual([
      { value: '1', label: 'Never' },
      { value: '2', label: 'Rarely' },
      { value: '3', label: 'Often' },
      { value: '4', label: '4' },
    ]);
  });

  it('counts rated statements', () => {
    expect(answeredStatements(instrument, { listens: 4, decides: null, keep_doing: 'x' })).toEqual({
      answered: 1,
      total: 3,
    });
    expect(unansweredNote({ answered: 1, total: 3 })).toBe('2 statements are unanswered: they count as skipped.');
    expect(unansweredNote({ answered: 2, total: 3 })).toBe('1 statement is unanswered: it counts as skipped.');
    expect(unansweredNote({ answered: 3, total: 3 })).toBeNull();
  });

  it('sends every question, blanks as skipped, comments trimmed, unknown keys dropped', () => {
    expect(toAnswers(instrument, { listens: 4, keep_doing: '  Listening  ', stray: 2 })).toEqual({
      listens: 4,
      decides: null,
      interrupts: null,
      keep_doing: 'Listening',
    });
    expect(toAnswers(instrument, { keep_doing: '   ' }).keep_doing).toBeNull();
  });

  it('sees a change in what would be sent, not in spacing', () => {
    const saved = { listens: 4, keep_doing: 'Listening' };
    expect(isAnswersChanged(instrument, saved, { ...saved, keep_doing: 'Listening ' })).toBe(false);
    expect(isAnswersChanged(instrument, saved, { ...saved, listens: 5 })).toBe(true);
    expect(isAnswersChanged(instrument, saved, { ...saved, listens: null })).toBe(true);
  });
});
