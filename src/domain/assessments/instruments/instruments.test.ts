import { describe, expect, it } from 'vitest';
import { defaultCompetencies } from '../../competencies/index.js';
import { parseInstrument, type Instrument, type LikertItem } from '../instrument.js';
import { behaviouralProfile, engagementPulse, leadership360, shippedInstruments } from './index.js';

const likertItems = (instrument: Instrument, scaleKey: string): LikertItem[] =>
  instrument.items.filter((item): item is LikertItem => item.kind === 'likert' && item.scaleKey === scaleKey);

const commentItems = (instrument: Instrument) => instrument.items.filter((item) => item.kind === 'comment');

describe('shipped instruments', () => {
  it('each pass parseInstrument unchanged', () => {
    expect(shippedInstruments.map((instrument) => instrument.key)).toEqual([
      'leadership_360',
      'behavioural_profile',
      'engagement_pulse',
    ]);
    for (const instrument of shippedInstruments) {
      expect(parseInstrument(instrument), instrument.key).toEqual({ instrument });
    }
  });

  it('are version 1 with a five-point scale', () => {
    for (const instrument of shippedInstruments) {
      expect(instrument.version, instrument.key).toBe(1);
      expect(instrument.likert.points, instrument.key).toBe(5);
    }
  });

  it('never repeat a statement within an instrument', () => {
    for (const instrument of shippedInstruments) {
      const texts = instrument.items.map((item) => item.text.toLowerCase());
      expect(new Set(texts).size, instrument.key).toBe(texts.length);
    }
  });
});

describe('leadership360', () => {
  it('rates the seven default competencies, one scale each', () => {
    expect(leadership360.kind).toBe('leadership_360');
    expect(leadership360.scales).toEqual(
      defaultCompetencies.map(({ key, label, description }) => ({ key, label, description, competencyKey: key })),
    );
  });

  it('has about five statements per competency, at least one of them reverse-keyed', () => {
    for (const competency of defaultCompetencies) {
      const items = likertItems(leadership360, competency.key);
      expect(items.length, competency.key).toBeGreaterThanOrEqual(4);
      expect(items.length, competency.key).toBeLessThanOrEqual(6);
      expect(
        items.some((item) => item.isReverseKeyed),
        competency.key,
      ).toBe(true);
      expect(
        items.some((item) => !item.isReverseKeyed),
        competency.key,
      ).toBe(true);
    }
  });

  it('describes the person being rated, not the rater', () => {
    for (const item of leadership360.items.filter((entry) => entry.kind === 'likert')) {
      expect(item.text, item.key).not.toMatch(/\b(I|me|my)\b/);
    }
  });

  it('asks what to keep doing and what one thing to change, after the statements', () => {
    expect(commentItems(leadership360).map((item) => item.key)).toEqual(['keep_doing', 'one_change']);
    expect(leadership360.items.slice(-2).every((item) => item.kind === 'comment')).toBe(true);
  });

  it('does not put two statements of one competency next to each other', () => {
    const scaleKeys = leadership360.items.flatMap((item) => (item.kind === 'likert' ? [item.scaleKey] : []));
    scaleKeys.forEach((key, index) => expect(key, `item ${index}`).not.toBe(scaleKeys[index - 1]));
  });
});

describe('behaviouralProfile', () => {
  it('measures the five broad factors', () => {
    expect(behaviouralProfile.kind).toBe('behavioural_profile');
    expect(behaviouralProfile.scales.map((scale) => scale.key)).toEqual([
      'openness',
      'conscientiousness',
      'extraversion',
      'agreeableness',
      'emotional_stability',
    ]);
    expect(behaviouralProfile.scales.every((scale) => scale.competencyKey === null)).toBe(true);
  });

  it('has four to six statements per factor, keyed both ways', () => {
    for (const scale of behaviouralProfile.scales) {
      const items = likertItems(behaviouralProfile, scale.key);
      expect(items.length, scale.key).toBeGreaterThanOrEqual(4);
      expect(items.length, scale.key).toBeLessThanOrEqual(6);
      expect(
        items.some((item) => item.isReverseKeyed),
        scale.key,
      ).toBe(true);
      expect(
        items.some((item) => !item.isReverseKeyed),
        scale.key,
      ).toBe(true);
    }
  });

  it('is written in the first person', () => {
    for (const item of behaviouralProfile.items) expect(item.text, item.key).toMatch(/\b(I|me|my)\b/i);
  });
});

describe('engagementPulse', () => {
  it('scores one engagement scale from six to eight statements and asks one open question', () => {
    expect(engagementPulse.kind).toBe('engagement_pulse');
    expect(engagementPulse.scales.map((scale) => scale.key)).toEqual(['engagement']);
    const items = likertItems(engagementPulse, 'engagement');
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.length).toBeLessThanOrEqual(8);
    expect(commentItems(engagementPulse)).toHaveLength(1);
  });
});
