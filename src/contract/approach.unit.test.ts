import { describe, expect, it } from 'vitest';
// The contract may not import the domain, so this test is the one place that holds them together.
// eslint-disable-next-line no-restricted-imports
import * as domain from '../domain/approach/index.js';
// eslint-disable-next-line no-restricted-imports
import { isCompetencyKey } from '../domain/competencies/index.js';
import { ApproachRecommendationOutput, DevelopmentNeedInput, approaches, needKinds, urgencies } from './approach.js';

const validNeed = { kinds: ['succession'], timeHorizonMonths: 18 };

function failedFields(input: unknown): string[] {
  const result = DevelopmentNeedInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the approach contract stays in step with the domain', () => {
  it('has the same need kinds, urgencies and approaches', () => {
    expect(needKinds).toEqual(domain.needKinds);
    expect(urgencies).toEqual(domain.urgencies);
    expect(approaches).toEqual(domain.approaches);
  });

  it('accepts exactly the competency keys the domain accepts', () => {
    const samples = [
      'decision_making',
      'communication_active_listening',
      'ab',
      'a',
      'a'.repeat(60),
      'a'.repeat(61),
      'board_storytelling2',
      'Decision_making',
      'decision-making',
      '_decision',
      'decision_',
      'decision__making',
      '2fast',
      'decision making',
      '',
    ];
    for (const key of samples) {
      const acceptedByContract = failedFields({ ...validNeed, competencies: [key] }).length === 0;
      expect(acceptedByContract, key).toBe(isCompetencyKey(key));
    }
  });

  it('describes what the domain recommends', () => {
    const input = DevelopmentNeedInput.parse({ kinds: ['executive_transition', 'succession'], timeHorizonMonths: 9 });
    const recommendation = domain.recommendApproach(input, { tier: 'senior_leader', isHighPotential: true });
    expect(ApproachRecommendationOutput.parse(recommendation)).toEqual(recommendation);
  });
});

describe('DevelopmentNeedInput', () => {
  it('fills in the defaults', () => {
    expect(DevelopmentNeedInput.parse(validNeed)).toEqual({
      kinds: ['succession'],
      urgency: 'normal',
      timeHorizonMonths: 18,
      mustMeasureOutcomes: false,
      competencies: [],
    });
  });

  it('names the field of bad input', () => {
    expect(failedFields({ ...validNeed, kinds: [] })).toEqual(['kinds']);
    expect(failedFields({ ...validNeed, kinds: ['therapy'] })).toEqual(['kinds.0']);
    expect(failedFields({ ...validNeed, kinds: ['succession', 'succession'] })).toEqual(['kinds']);
    expect(failedFields({ ...validNeed, urgency: 'yesterday' })).toEqual(['urgency']);
    expect(failedFields({ ...validNeed, timeHorizonMonths: 0 })).toEqual(['timeHorizonMonths']);
    expect(failedFields({ ...validNeed, timeHorizonMonths: 121 })).toEqual(['timeHorizonMonths']);
    expect(failedFields({ ...validNeed, timeHorizonMonths: 1.5 })).toEqual(['timeHorizonMonths']);
    expect(failedFields({ kinds: ['succession'] })).toEqual(['timeHorizonMonths']);
    expect(failedFields({ ...validNeed, mustMeasureOutcomes: 'yes' })).toEqual(['mustMeasureOutcomes']);
    expect(failedFields({ ...validNeed, competencies: ['Decision Making'] })).toEqual(['competencies.0']);
  });

  it('takes at most 20 competencies', () => {
    const keys = Array.from({ length: 21 }, (_, index) => `skill_${index}`);
    expect(failedFields({ ...validNeed, competencies: keys.slice(0, 20) })).toEqual([]);
    expect(failedFields({ ...validNeed, competencies: keys })).toEqual(['competencies']);
  });

  it('accepts the edges of the horizon', () => {
    expect(failedFields({ ...validNeed, timeHorizonMonths: 1 })).toEqual([]);
    expect(failedFields({ ...validNeed, timeHorizonMonths: 120 })).toEqual([]);
  });
});

describe('ApproachRecommendationOutput', () => {
  it('refuses a recommendation without rules or with an unknown approach', () => {
    const rule = { id: 'succession', title: 'Succession', explanation: 'Why.', favours: 'mentoring' };
    expect(
      ApproachRecommendationOutput.safeParse({ approach: 'mentoring', rules: [], targetCompetencies: [] }).success,
    ).toBe(false);
    expect(
      ApproachRecommendationOutput.safeParse({ approach: 'therapy', rules: [rule], targetCompetencies: [] }).success,
    ).toBe(false);
    expect(
      ApproachRecommendationOutput.safeParse({ approach: 'mentoring', rules: [rule], targetCompetencies: [] }).success,
    ).toBe(true);
  });

  it('drops fields that are not part of the contract', () => {
    const rule = {
      id: 'succession',
      title: 'Succession',
      explanation: 'Why.',
      favours: 'mentoring',
      applies: 'secret',
    };
    const parsed = ApproachRecommendationOutput.parse({ approach: 'mentoring', rules: [rule], targetCompetencies: [] });
    expect(parsed.rules[0]).not.toHaveProperty('applies');
  });
});
