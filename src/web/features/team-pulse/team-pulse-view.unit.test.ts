import { describe, expect, it } from 'vitest';
import {
  dateAfterDays,
  leaderScoreText,
  myScoreText,
  pulsePrivacySentence,
  quarterOf,
  responsesOf,
  shownTrend,
  startProblems,
  trendPositions,
  valueY,
  type TeamPulseItem,
} from './team-pulse-view';

const item = (quarter: string, patch: Partial<TeamPulseItem> = {}): TeamPulseItem => ({
  surveyId: '0b7e1f0e-1c1a-4d55-9a35-4b4a2f5a7c11',
  quarter,
  status: 'closed',
  closesOn: '2026-12-15',
  minimumResponses: 5,
  invited: 8,
  responses: 6,
  score: 3.96,
  isShown: true,
  ...patch,
});

describe('defaults of a new survey', () => {
  it('finds the quarter of a date', () => {
    expect(quarterOf(new Date(2026, 0, 1))).toBe('2026-Q1');
    expect(quarterOf(new Date(2026, 2, 31))).toBe('2026-Q1');
    expect(quarterOf(new Date(2026, 3, 1))).toBe('2026-Q2');
    expect(quarterOf(new Date(2026, 11, 31))).toBe('2026-Q4');
  });
  it('counts days across months and years', () => {
    expect(dateAfterDays(new Date(2026, 10, 20), 14)).toBe('2026-12-04');
    expect(dateAfterDays(new Date(2026, 11, 25), 14)).toBe('2027-01-08');
    expect(dateAfterDays(new Date(2028, 1, 20), 9)).toBe('2028-02-29');
  });
});

describe('startProblems', () => {
  const valid = { quarter: '2026-Q4', closesOn: '2026-12-04', minimumResponses: 5 };
  it('lets a complete form go', () => {
    expect(startProblems(valid, '2026-11-20')).toEqual({});
    expect(startProblems({ ...valid, closesOn: '2026-11-20' }, '2026-11-20')).toEqual({});
  });
  it('names each field to fix', () => {
    expect(startProblems({ quarter: 'Q4 2026', closesOn: '', minimumResponses: 4 }, '2026-11-20')).toEqual({
      quarter: 'Write the quarter like 2026-Q4.',
      closesOn: 'Choose the last day to answer.',
      minimumResponses: 'Must be a whole number from 5 to 50.',
    });
    expect(startProblems({ ...valid, closesOn: '2026-11-19' }, '2026-11-20').closesOn).toBe(
      'The last day to answer cannot be in the past.',
    );
    expect(startProblems({ ...valid, minimumResponses: '' }, '2026-11-20').minimumResponses).toBeDefined();
    expect(startProblems({ ...valid, minimumResponses: 5.5 }, '2026-11-20').minimumResponses).toBeDefined();
    expect(startProblems({ ...valid, minimumResponses: 51 }, '2026-11-20').minimumResponses).toBeDefined();
  });
});

describe('scores and their absence', () => {
  it('shows an admin the score, or why there is none', () => {
    const open = { status: 'open', minimumResponses: 5 } as const;
    const closed = { status: 'closed', minimumResponses: 6 } as const;
    expect(leaderScoreText({ score: 4.25, isShown: true, responses: 7 }, closed)).toBe('4.3');
    expect(leaderScoreText({ score: null, isShown: false, responses: 7 }, open)).toBe('Shown after close');
    expect(leaderScoreText({ score: null, isShown: false, responses: 3 }, closed)).toBe(
      'Not enough responses (3 of 6)',
    );
  });
  it('tells a leader the same, in their words', () => {
    expect(myScoreText(item('2026-Q3'))).toBe('4.0');
    expect(myScoreText(item('2026-Q4', { status: 'open', score: null, isShown: false }))).toBe(
      'Shown after close (answers until 15 Dec 2026)',
    );
    expect(myScoreText(item('2026-Q2', { responses: 2, score: null, isShown: false }))).toBe(
      'Not enough responses (2 of 5): no score, to keep answers anonymous',
    );
  });
  it('writes responses of invited', () => {
    expect(responsesOf(3, 7)).toBe('3 of 7');
  });
});

describe('trend', () => {
  it('keeps the shown scores, oldest first', () => {
    const items = [
      item('2026-Q4', { status: 'open', score: null, isShown: false }),
      item('2026-Q3', { score: 4.1 }),
      item('2026-Q2', { score: null, isShown: false }),
      item('2025-Q4', { score: 3.5 }),
    ];
    expect(shownTrend(items)).toEqual([
      { quarter: '2025-Q4', score: 3.5 },
      { quarter: '2026-Q3', score: 4.1 },
    ]);
  });
  it('spreads points across the plot, the lowest value at the bottom', () => {
    const frame = { width: 500, height: 200, left: 40, right: 20, top: 10, bottom: 30, min: 1, max: 5 };
    expect(trendPositions([1, 3, 5], frame)).toEqual([
      { x: 40, y: 170 },
      { x: 260, y: 90 },
      { x: 480, y: 10 },
    ]);
    expect(trendPositions([9], frame)).toEqual([{ x: 260, y: 10 }]);
    expect(valueY(0, frame)).toBe(170);
  });
});

describe('pulsePrivacySentence', () => {
  it('names the leader and the minimum', () => {
    const sentence = pulsePrivacySentence('Grace Hopper', 5);
    expect(sentence).toContain('never be changed once sent');
    expect(sentence).toContain('Grace Hopper sees only the team’s average');
    expect(sentence).toContain('at least 5 people answered');
  });
});
