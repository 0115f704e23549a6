import { describe, expect, it } from 'vitest';
import { AssessmentInputError, profileSimilarity } from './index.js';

describe('profileSimilarity', () => {
  it('is 1 for identical profiles and 0 for profiles at opposite ends of every scale', () => {
    const profile = { openness: 4.2, conscientiousness: 2, extraversion: 3 };
    expect(profileSimilarity(profile, { ...profile }, 5)).toBe(1);
    expect(profileSimilarity({ openness: 1, extraversion: 5 }, { openness: 5, extraversion: 1 }, 5)).toBe(0);
  });

  it('is one minus the mean absolute difference as a share of the scale range', () => {
    expect(profileSimilarity({ openness: 4, extraversion: 2 }, { openness: 5, extraversion: 2 }, 5)).toBe(0.875);
    expect(profileSimilarity({ openness: 1 }, { openness: 4 }, 7)).toBe(0.5);
  });

  it('compares only the dimensions both profiles have', () => {
    const a = { openness: 3, conscientiousness: null, extraversion: 1 };
    const b = { openness: 3, conscientiousness: 5, agreeableness: 1 };
    expect(profileSimilarity(a, b, 5)).toBe(1);
    expect(profileSimilarity(b, a, 5)).toBe(1);
  });

  it('is null when the profiles share no dimension', () => {
    expect(profileSimilarity({ openness: 3 }, { extraversion: 3 }, 5)).toBeNull();
    expect(profileSimilarity({ openness: null }, { openness: 3 }, 5)).toBeNull();
    expect(profileSimilarity({}, {}, 5)).toBeNull();
    expect(profileSimilarity({ constructor: 3 }, {}, 5)).toBeNull();
  });

  it('refuses values off the scale and a scale of fewer than two points', () => {
    expect(() => profileSimilarity({ openness: 6 }, { openness: 3 }, 5)).toThrow(AssessmentInputError);
    expect(() => profileSimilarity({ openness: 3 }, { openness: 0.5 }, 5)).toThrow(
      'b.openness: must be a number from 1 to 5',
    );
    expect(() => profileSimilarity({ openness: 1 }, { openness: 1 }, 1)).toThrow('points');
  });
});
