import { describe, expect, it } from 'vitest';
import type { InstrumentDocument } from '../../../contract/assessments.js';
import {
  completedLine,
  notFilledInSentence,
  remainingNote,
  scoreText,
  unratedErrors,
  unratedMessage,
} from './behavioural-profile-view';

const items: InstrumentDocument['items'] = [
  { kind: 'likert', key: 'plans_the_week', text: 'I plan my week.', scaleKey: 'c', isReverseKeyed: false },
  { kind: 'likert', key: 'leaves_tasks_late', text: 'I leave tasks late.', scaleKey: 'c', isReverseKeyed: true },
  { kind: 'comment', key: 'anything_else', text: 'Anything else?' },
];

describe('unratedErrors', () => {
  it('names every statement without a rating as the server would, and never a comment', () => {
    expect(unratedErrors({ items }, { plans_the_week: 4, anything_else: null })).toEqual({
      'answers.leaves_tasks_late': unratedMessage,
    });
    expect(unratedErrors({ items }, { plans_the_week: 4, leaves_tasks_late: 1 })).toEqual({});
  });
  it('counts a cleared or blank answer as missing', () => {
    expect(Object.keys(unratedErrors({ items }, { plans_the_week: null, leaves_tasks_late: '' }))).toEqual([
      'answers.plans_the_week',
      'answers.leaves_tasks_late',
    ]);
  });
});

describe('words', () => {
  it('says how many statements are left', () => {
    expect(remainingNote({ answered: 25, total: 25 })).toBeNull();
    expect(remainingNote({ answered: 24, total: 25 })).toBe('1 statement still needs an answer.');
    expect(remainingNote({ answered: 20, total: 25 })).toBe('5 statements still need an answer.');
  });
  it('writes a mean on its scale, or that there is none', () => {
    expect(scoreText(3.44, 5)).toBe('3.4 of 5');
    expect(scoreText(5, 5)).toBe('5.0 of 5');
    expect(scoreText(null, 5)).toBe('Not answered');
  });
  it('dates the profile and names whoever has none', () => {
    expect(completedLine('2026-03-04T14:05:00Z')).toMatch(/^Filled in 4 Mar 2026, \d\d:\d\d$/);
    expect(notFilledInSentence('Ada Lovelace')).toBe('Ada Lovelace has not filled in a behavioural profile yet.');
  });
});
