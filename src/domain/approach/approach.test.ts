import { describe, expect, it } from 'vitest';
import { defaultCompetencies } from '../competencies/index.js';
import { approachRules, leaderTiers, needKinds, recommendApproach, urgencies } from './index.js';
import type { DevelopmentNeed, LeaderProfile, NeedKind } from './index.js';

// A neutral baseline: a six-month horizon with nothing to measure triggers no horizon rule,
// and a middle manager who is not flagged high-potential triggers no leader rule.
function need(kinds: NeedKind[], overrides: Partial<DevelopmentNeed> = {}): DevelopmentNeed {
  return { kinds, urgency: 'normal', timeHorizonMonths: 6, mustMeasureOutcomes: false, competencies: [], ...overrides };
}
const manager: LeaderProfile = { tier: 'middle_manager', isHighPotential: false };
const seniorLeader: LeaderProfile = { tier: 'senior_leader', isHighPotential: false };

function firedIds(developmentNeed: DevelopmentNeed, leader: LeaderProfile = manager): string[] {
  return recommendApproach(developmentNeed, leader).rules.map((rule) => rule.id);
}

describe('the rule table', () => {
  it('has unique, kebab-case ids', () => {
    const ids = approachRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('explains every rule in one or two sentences', () => {
    for (const rule of approachRules) {
      const sentences = rule.explanation.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 0);
      expect(sentences.length, rule.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, rule.id).toBeLessThanOrEqual(2);
      expect(rule.title.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('implies only competencies from the default vocabulary', () => {
    const keys = new Set<string>(defaultCompetencies.map((competency) => competency.key));
    for (const rule of approachRules) {
      for (const key of rule.impliedCompetencies) expect(keys.has(key), `${rule.id}: ${key}`).toBe(true);
    }
  });

  it('has a rule for every kind of need', () => {
    for (const kind of needKinds) {
      expect(firedIds(need([kind])), kind).not.toContain('no-clear-signal-default');
    }
  });
});

describe('coaching rules', () => {
  it('coaches a specific, measurable performance gap', () => {
    const recommendation = recommendApproach(need(['specific_measurable_gap']), manager);
    expect(recommendation.approach).toBe('coaching');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['specific-performance-gap']);
  });

  it('coaches a role transition', () => {
    const recommendation = recommendApproach(need(['role_transition']), manager);
    expect(recommendation.approach).toBe('coaching');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['role-transition']);
  });

  it('coaches a high-stakes transition', () => {
    const recommendation = recommendApproach(need(['high_stakes_transition']), manager);
    expect(recommendation.approach).toBe('coaching');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['high-stakes-transition']);
  });

  it('treats an executive transition below senior tiers as high-stakes coaching, not the C-suite rule', () => {
    for (const tier of ['middle_manager', 'frontline_manager', 'individual_contributor'] as const) {
      const recommendation = recommendApproach(need(['executive_transition']), { tier, isHighPotential: false });
      expect(recommendation.approach, tier).toBe('coaching');
      expect(recommendation.rules.map((rule) => rule.id)).toEqual(['high-stakes-transition']);
    }
  });

  it('coaches a particular skill to build', () => {
    const recommendation = recommendApproach(need(['skill_to_build']), manager);
    expect(recommendation.approach).toBe('coaching');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['targeted-skill']);
  });

  it('leans coaching when outcomes must be measured within twelve months', () => {
    const recommendation = recommendApproach(
      need(['skill_to_build'], { mustMeasureOutcomes: true, timeHorizonMonths: 12 }),
      manager,
    );
    expect(recommendation.approach).toBe('coaching');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['targeted-skill', 'measured-change-in-set-time']);
  });

  it('adds coaching to a mentoring need when outcomes must be measured within the year', () => {
    const recommendation = recommendApproach(
      need(['knowledge_transfer'], { mustMeasureOutcomes: true, timeHorizonMonths: 6 }),
      manager,
    );
    expect(recommendation.approach).toBe('both');
    expect(recommendation.rules.map((rule) => rule.id)).toContain('measured-change-in-set-time');
  });

  it('does not call measured change beyond twelve months coaching territory', () => {
    expect(firedIds(need(['skill_to_build'], { mustMeasureOutcomes: true, timeHorizonMonths: 13 }))).toEqual([
      'targeted-skill',
    ]);
    expect(firedIds(need(['skill_to_build'], { mustMeasureOutcomes: false, timeHorizonMonths: 12 }))).toEqual([
      'targeted-skill',
    ]);
  });
});

describe('mentoring rules', () => {
  const cases = [
    ['high_potential_grooming', 'high-potential-grooming'],
    ['knowledge_transfer', 'knowledge-transfer'],
    ['cultural_integration', 'cultural-integration'],
    ['succession', 'succession'],
    ['long_term_career_perspective', 'long-term-career-perspective'],
  ] as const;

  for (const [kind, ruleId] of cases) {
    it(`mentors a need for ${kind}`, () => {
      const recommendation = recommendApproach(need([kind]), manager);
      expect(recommendation.approach).toBe('mentoring');
      expect(recommendation.rules.map((rule) => rule.id)).toEqual([ruleId]);
    });
  }

  it('leans mentoring for a high-potential leader with a horizon past a year', () => {
    const highPotential: LeaderProfile = { tier: 'frontline_manager', isHighPotential: true };
    const recommendation = recommendApproach(
      need(['cultural_integration'], { timeHorizonMonths: 18, mustMeasureOutcomes: true }),
      highPotential,
    );
    expect(recommendation.approach).toBe('mentoring');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['cultural-integration', 'high-potential-pipeline']);
    expect(firedIds(need(['cultural_integration'], { timeHorizonMonths: 12 }), highPotential)).not.toContain(
      'high-potential-pipeline',
    );
    expect(
      firedIds(need(['cultural_integration'], { timeHorizonMonths: 18, mustMeasureOutcomes: true }), manager),
    ).not.toContain('high-potential-pipeline');
  });

  it('leans mentoring for a horizon past a year with nothing to measure', () => {
    const recommendation = recommendApproach(need(['knowledge_transfer'], { timeHorizonMonths: 24 }), manager);
    expect(recommendation.approach).toBe('mentoring');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['knowledge-transfer', 'long-horizon-without-metrics']);
  });

  it('does not lean mentoring on a twelve-month horizon or when outcomes must be measured', () => {
    expect(firedIds(need(['knowledge_transfer'], { timeHorizonMonths: 12 }))).toEqual(['knowledge-transfer']);
    expect(firedIds(need(['knowledge_transfer'], { timeHorizonMonths: 24, mustMeasureOutcomes: true }))).toEqual([
      'knowledge-transfer',
    ]);
  });

  it('turns a long, unmeasured horizon on a coaching need into both', () => {
    const recommendation = recommendApproach(need(['skill_to_build'], { timeHorizonMonths: 36 }), manager);
    expect(recommendation.approach).toBe('both');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual([
      'targeted-skill',
      'long-horizon-without-metrics',
      'near-term-and-long-term',
    ]);
  });
});

describe('combinations', () => {
  it('gives a senior leader preparing for a C-suite transition both', () => {
    const recommendation = recommendApproach(need(['executive_transition']), seniorLeader);
    expect(recommendation.approach).toBe('both');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['high-stakes-transition', 'c-suite-transition']);
    expect(recommendation.rules[1]?.favours).toBe('both');
  });

  it('gives an executive moving into a top role both', () => {
    const recommendation = recommendApproach(need(['executive_transition']), {
      tier: 'executive',
      isHighPotential: false,
    });
    expect(recommendation.approach).toBe('both');
    expect(recommendation.rules.map((rule) => rule.id)).toContain('c-suite-transition');
  });

  it('coaches an urgent gap on its own, with no guard needed', () => {
    const recommendation = recommendApproach(need(['specific_measurable_gap'], { urgency: 'urgent' }), manager);
    expect(recommendation.approach).toBe('coaching');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['specific-performance-gap']);
  });

  it('gives an urgent gap with high-potential grooming both, never mentoring', () => {
    const recommendation = recommendApproach(
      need(['high_potential_grooming', 'specific_measurable_gap'], { urgency: 'urgent' }),
      { tier: 'middle_manager', isHighPotential: true },
    );
    expect(recommendation.approach).toBe('both');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual([
      'specific-performance-gap',
      'high-potential-grooming',
      'near-term-and-long-term',
    ]);
  });

  it('mentors knowledge transfer alone', () => {
    expect(recommendApproach(need(['knowledge_transfer']), manager).approach).toBe('mentoring');
  });

  it('gives mixed coaching and mentoring signals both, and says why', () => {
    const recommendation = recommendApproach(need(['succession', 'role_transition']), manager);
    expect(recommendation.approach).toBe('both');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual([
      'role-transition',
      'succession',
      'near-term-and-long-term',
    ]);
  });

  it('does not repeat the combination rule when the C-suite rule already explains both', () => {
    expect(firedIds(need(['executive_transition']), seniorLeader)).not.toContain('near-term-and-long-term');
  });

  it('adds a coach to an urgent need that would otherwise get a mentor alone', () => {
    const recommendation = recommendApproach(need(['knowledge_transfer'], { urgency: 'urgent' }), manager);
    expect(recommendation.approach).toBe('both');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual([
      'knowledge-transfer',
      'urgent-need-never-mentor-alone',
      'near-term-and-long-term',
    ]);
  });

  it('leaves a non-urgent mentoring need to the mentor', () => {
    for (const urgency of ['low', 'normal'] as const) {
      expect(firedIds(need(['succession'], { urgency }))).toEqual(['succession']);
    }
  });

  it('never leaves an urgent need to a mentor alone, and never fires contradicting rules, across every input', () => {
    const kindSets = Array.from({ length: 2 ** needKinds.length }, (_, mask) =>
      needKinds.filter((_kind, index) => (mask & (1 << index)) !== 0),
    );
    const ruleOrder = approachRules.map((rule) => rule.id);
    // Collect the broken cases instead of asserting each one: 49,152 inputs stay fast, and a failure lists them.
    const broken: string[] = [];
    for (const kinds of kindSets) {
      for (const urgency of urgencies) {
        for (const timeHorizonMonths of [6, 24]) {
          for (const mustMeasureOutcomes of [false, true]) {
            for (const tier of ['senior_leader', 'middle_manager'] as const) {
              for (const isHighPotential of [false, true]) {
                const developmentNeed = need(kinds, { urgency, timeHorizonMonths, mustMeasureOutcomes });
                const { approach, rules } = recommendApproach(developmentNeed, { tier, isHighPotential });
                const favoured = new Set(rules.map((rule) => rule.favours));
                const positions = rules.map((rule) => ruleOrder.indexOf(rule.id));
                const problems = [
                  rules.length === 0 && 'no rule fired',
                  urgency === 'urgent' && approach === 'mentoring' && 'urgent need left to a mentor alone',
                  approach !== 'both' && (favoured.size !== 1 || !favoured.has(approach)) && 'contradicting rules',
                  positions.some((position, index) => index > 0 && position <= (positions[index - 1] ?? -1)) &&
                    'rules out of table order',
                ].filter((problem) => problem !== false);
                if (problems.length > 0) {
                  broken.push(`${problems.join(', ')}: ${JSON.stringify({ developmentNeed, tier, isHighPotential })}`);
                }
              }
            }
          }
        }
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
  });
});

describe('the default', () => {
  it('fires when nothing else does, so the rules are never empty', () => {
    const recommendation = recommendApproach(need([]), manager);
    expect(recommendation.approach).toBe('coaching');
    expect(recommendation.rules.map((rule) => rule.id)).toEqual(['no-clear-signal-default']);
  });

  it('does not fire when another rule did', () => {
    expect(firedIds(need(['succession']))).not.toContain('no-clear-signal-default');
    expect(firedIds(need([], { timeHorizonMonths: 24 }))).toEqual(['long-horizon-without-metrics']);
  });
});

describe('the fired rules', () => {
  it('come out in table order whatever order the kinds were given in', () => {
    const forward = recommendApproach(need(['specific_measurable_gap', 'succession', 'cultural_integration']), manager);
    const backward = recommendApproach(
      need(['cultural_integration', 'succession', 'specific_measurable_gap']),
      manager,
    );
    expect(forward.rules.map((rule) => rule.id)).toEqual([
      'specific-performance-gap',
      'cultural-integration',
      'succession',
      'near-term-and-long-term',
    ]);
    expect(backward).toEqual(forward);
  });

  it('carry the title, explanation and favoured approach of their rule, and nothing else', () => {
    const [fired] = recommendApproach(need(['succession']), manager).rules;
    const rule = approachRules.find((candidate) => candidate.id === 'succession');
    expect(fired).toEqual({
      id: 'succession',
      title: rule?.title,
      explanation: rule?.explanation,
      favours: 'mentoring',
    });
  });

  it('fire once even when a kind is listed twice', () => {
    expect(firedIds(need(['succession', 'succession']))).toEqual(['succession']);
  });

  it('leave every leader tier with an answer', () => {
    for (const tier of leaderTiers) {
      expect(recommendApproach(need(['role_transition']), { tier, isHighPotential: false }).approach).toBe('coaching');
    }
  });
});

describe('target competencies', () => {
  it('are the need’s own competencies, de-duplicated, in the order given', () => {
    const recommendation = recommendApproach(
      need(['skill_to_build'], {
        competencies: ['conflict_management', 'decision_making', 'conflict_management', 'board_storytelling'],
      }),
      manager,
    );
    expect(recommendation.targetCompetencies).toEqual(['conflict_management', 'decision_making', 'board_storytelling']);
  });

  it('are not invented for a skill to build or a gap that names none', () => {
    expect(recommendApproach(need(['skill_to_build', 'specific_measurable_gap']), manager).targetCompetencies).toEqual(
      [],
    );
  });

  it('come from the transition rules when the need names none', () => {
    expect(recommendApproach(need(['high_stakes_transition']), manager).targetCompetencies).toEqual([
      'decision_making',
    ]);
    expect(recommendApproach(need(['executive_transition']), seniorLeader).targetCompetencies).toEqual([
      'decision_making',
      'executive_presence',
      'strategic_thinking',
    ]);
  });

  it('stay the named ones when the need names any, even for a C-suite transition', () => {
    expect(
      recommendApproach(need(['executive_transition'], { competencies: ['coaching_others'] }), seniorLeader)
        .targetCompetencies,
    ).toEqual(['coaching_others']);
  });
});
