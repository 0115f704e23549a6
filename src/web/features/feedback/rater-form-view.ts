import type { InstrumentDocument, RaterForm } from '../../../contract/assessments.js';

// The rater's form without React: which questions, how many are answered, what is sent.

export type Answers = RaterForm['answers'];
export type Item = InstrumentDocument['items'][number];
export type LikertItem = Extract<Item, { kind: 'likert' }>;

/** Comments longer than this are refused (instrumentLimits.commentLength). */
export const maximumCommentLength = 2000;

/**
 * The questions in the instrument's order, which is the order raters see them: a shipped 360
 * interleaves its scales on purpose, so that raters judge each statement on its own.
 * Rated statements carry their number among the statements ("3 of 35").
 */
export function formQuestions(instrument: Pick<InstrumentDocument, 'items'>): { item: Item; number: number | null }[] {
  let number = 0;
  return instrument.items.map((item) => ({ item, number: item.kind === 'likert' ? ++number : null }));
}

/** The answer options of a statement: one per point, low to high, labelled by the instrument. */
export function likertOptions(likert: InstrumentDocument['likert']): { value: string; label: string }[] {
  return Array.from({ length: likert.points }, (_, index) => ({
    value: String(index + 1),
    label: likert.labels[index] ?? String(index + 1),
  }));
}

/** How many statements have a rating, of how many. */
export function answeredStatements(
  instrument: Pick<InstrumentDocument, 'items'>,
  answers: Answers,
): { answered: number; total: number } {
  const statements = instrument.items.filter((item) => item.kind === 'likert');
  const answered = statements.filter((item) => typeof answers[item.key] === 'number').length;
  return { answered, total: statements.length };
}

/**
 * The answers as the API takes them: every question of the instrument, a rating as its point,
 * a comment trimmed, and anything blank as null (skipped). Keys the instrument lacks are dropped.
 *
 * @example toAnswers(instrument, { listens: 4, keep_doing: '  ' }) // { listens: 4, keep_doing: null, ... }
 */
export function toAnswers(instrument: Pick<InstrumentDocument, 'items'>, answers: Answers): Answers {
  const result: Answers = {};
  for (const item of instrument.items) {
    const value = answers[item.key];
    if (item.kind === 'likert') result[item.key] = typeof value === 'number' ? value : null;
    else result[item.key] = typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  }
  return result;
}

/** Whether the draft differs from what was saved, blanks and spacing aside. */
export function isAnswersChanged(
  instrument: Pick<InstrumentDocument, 'items'>,
  saved: Answers,
  draft: Answers,
): boolean {
  const before = toAnswers(instrument, saved);
  const after = toAnswers(instrument, draft);
  return instrument.items.some((item) => before[item.key] !== after[item.key]);
}

/** "3 statements are unanswered: they count as skipped." or null when all are answered. */
export function unansweredNote(counts: { answered: number; total: number }): string | null {
  const left = counts.total - counts.answered;
  if (left <= 0) return null;
  return left === 1
    ? '1 statement is unanswered: it counts as skipped.'
    : `${left} statements are unanswered: they count as skipped.`;
}
