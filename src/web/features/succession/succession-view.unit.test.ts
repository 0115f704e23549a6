import { describe, expect, it } from 'vitest';
import { coverSentence, draftOf, isAtRisk, shareLabel, toPositionInput, trendSeries } from './succession-view';

describe('succession view', () => {
  it('says the cover in words and as a share', () => {
    expect(coverSentence({ positions: 5, covered: 3 })).toBe('3 of 5 key positions have a successor ready now.');
    expect(coverSentence({ positions: 1, covered: 0 })).toBe('0 of 1 key position has a successor ready now.');
    expect(coverSentence({ positions: 0, covered: 0 })).toBe('No key positions yet.');
    expect(shareLabel(0.6)).toBe('60%');
    expect(shareLabel(null)).toBe('—');
  });

  it('turns the trend into month labels and percentages, with gaps where there was nothing', () => {
    expect(
      trendSeries([
        { date: '2025-12-31', positions: 0, covered: 0, share: null },
        { date: '2026-01-31', positions: 3, covered: 1, share: 1 / 3 },
      ]),
    ).toEqual({ labels: ['Dec 2025', 'Jan 2026'], values: [null, 33.3] });
  });

  it('flags an uncovered critical position whose incumbent may leave', () => {
    const bench = { readyNow: 0, readySoon: 1, later: 0, isUncovered: true };
    expect(isAtRisk({ bench, incumbentLeavingRisk: 'high', criticality: 'critical' })).toBe(true);
    expect(isAtRisk({ bench, incumbentLeavingRisk: 'low', criticality: 'critical' })).toBe(false);
    expect(
      isAtRisk({
        bench: { ...bench, readyNow: 1, isUncovered: false },
        incumbentLeavingRisk: 'high',
        criticality: 'high',
      }),
    ).toBe(false);
  });

  it('checks the title before sending and sends the incumbent as an id', () => {
    expect(toPositionInput({ ...draftOf(null), title: '  ' }).errors).toEqual({ title: 'Give the position a title.' });
    expect(
      toPositionInput({
        ...draftOf(null),
        title: ' CFO ',
        incumbent: { id: 'p1', name: 'Ann' },
        requiredCompetencies: ['x'],
      }).body,
    ).toEqual({
      title: 'CFO',
      incumbentPersonId: 'p1',
      criticality: 'high',
      incumbentLeavingRisk: 'medium',
      requiredCompetencies: ['x'],
    });
  });
});
