import { describe, expect, it } from 'vitest';
import { MatchingSettings, matchingCoachingFactors, matchingMentoringFactors } from '../../../contract/matching.js';
import { coachingFactors, mentoringFactors } from '../../../domain/matching/score/index.js';
import { defaultMatchingSettings, readMatchingSettings, toScoringSettings } from './matching.settings.js';

describe('matching contract and domain', () => {
  it('name the same scoring factors', () => {
    expect([...matchingMentoringFactors]).toEqual([...mentoringFactors]);
    expect([...matchingCoachingFactors]).toEqual([...coachingFactors]);
  });
});

describe('matching settings', () => {
  it('fill every field a program never set with its default, and the defaults pass the contract', () => {
    expect(MatchingSettings.parse(defaultMatchingSettings)).toEqual(defaultMatchingSettings);
    expect(readMatchingSettings({})).toEqual(defaultMatchingSettings);
    expect(readMatchingSettings({ objective: 'max-score' })).toEqual({
      ...defaultMatchingSettings,
      objective: 'max-score',
    });
  });

  it('fall back field by field when a stored value no longer fits', () => {
    const read = readMatchingSettings({ objective: 'most-pairs', maxTimeZoneDifferenceHours: 5, unknown: true });
    expect(read.objective).toBe(defaultMatchingSettings.objective);
    expect(read.maxTimeZoneDifferenceHours).toBe(5);
    expect(read).not.toHaveProperty('unknown');
  });

  it('keep weights saved before a factor existed, giving the new factor its default', () => {
    const saved = { complementaryFit: 50, seniorityGap: 0, functionFit: 0, timeZoneOverlap: 0, sharedLanguage: 0 };
    const read = readMatchingSettings({ mentoringWeights: { ...saved, preferences: 7 } });
    expect(read.mentoringWeights).toEqual({
      ...saved,
      preferences: 7,
      profileFit: defaultMatchingSettings.mentoringWeights.profileFit,
    });
  });

  it('become the hard rules and choices that scoring uses', () => {
    const scoring = toScoringSettings(
      {
        ...defaultMatchingSettings,
        excludeSameManagerPeers: true,
        mustPairs: [{ participantPersonId: 'p1', partnerPersonId: 'm1' }],
        neverPairs: [{ participantPersonId: 'p2', partnerPersonId: 'm2' }],
        menteeChoices: [{ personId: 'p3', choices: ['m3', 'm1'] }],
      },
      'coaching',
      new Map([['decision_making', 'Decision making']]),
      new Set(['p4→m4' as const]),
    );
    expect(scoring.kind).toBe('coaching');
    expect(scoring.mentoring.rules.reportingLine.excludeSameManagerPeers).toBe(true);
    expect(scoring.mentoring.rules.mustPairs.get('p1')).toBe('m1');
    expect(scoring.mentoring.rules.neverPairs.has('p2→m2')).toBe(true);
    expect(scoring.mentoring.rules.previousPairs.has('p4→m4')).toBe(true);
    expect(scoring.mentoring.menteeChoices.get('p3')).toEqual(['m3', 'm1']);
  });
});
