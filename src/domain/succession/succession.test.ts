import { describe, expect, it } from 'vitest';
import { recommendApproach } from '../approach/index.js';
import {
  benchOfPosition,
  benchTrend,
  competencyGap,
  fittingPrograms,
  monthEnds,
  nineBox,
  successionNeed,
  type ProgramOption,
} from './index.js';

describe('benchOfPosition', () => {
  it('counts successors by readiness and flags a position with nobody ready now', () => {
    expect(benchOfPosition(['ready_1_2_years', 'ready_3_plus_years', 'ready_1_2_years'])).toEqual({
      readyNow: 0,
      readySoon: 2,
      later: 1,
      isUncovered: true,
    });
    expect(benchOfPosition(['ready_now']).isUncovered).toBe(false);
    expect(benchOfPosition([]).isUncovered).toBe(true);
  });
});

describe('benchTrend', () => {
  const positions = [
    { id: 'cfo', createdOn: '2026-01-10', archivedOn: null },
    { id: 'coo', createdOn: '2026-03-01', archivedOn: '2026-06-15' },
  ];
  const successors = [
    { positionId: 'cfo', personId: 'ann', addedOn: '2026-01-10', removedOn: null },
    { positionId: 'coo', personId: 'ben', addedOn: '2026-03-01', removedOn: '2026-05-01' },
  ];
  const marks = [
    { positionId: 'cfo', personId: 'ann', readiness: 'ready_1_2_years' as const, assessedOn: '2026-01-10' },
    { positionId: 'coo', personId: 'ben', readiness: 'ready_now' as const, assessedOn: '2026-03-01' },
    { positionId: 'cfo', personId: 'ann', readiness: 'ready_now' as const, assessedOn: '2026-04-20' },
  ];

  it('reads each date as it stood then: positions open, successors named, latest readiness', () => {
    const trend = benchTrend(positions, successors, marks, [
      '2025-12-31',
      '2026-01-31',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
    expect(trend).toEqual([
      { date: '2025-12-31', positions: 0, covered: 0, share: null },
      { date: '2026-01-31', positions: 1, covered: 0, share: 0 },
      { date: '2026-03-31', positions: 2, covered: 1, share: 0.5 },
      { date: '2026-04-30', positions: 2, covered: 2, share: 1 },
      // Ben left the COO bench on 1 May; the COO position was archived mid-June.
      { date: '2026-05-31', positions: 2, covered: 1, share: 0.5 },
      { date: '2026-06-30', positions: 1, covered: 1, share: 1 },
    ]);
  });

  it('lets the later of two marks on the same day win', () => {
    const sameDay = [
      { positionId: 'cfo', personId: 'ann', readiness: 'ready_now' as const, assessedOn: '2026-02-01' },
      { positionId: 'cfo', personId: 'ann', readiness: 'ready_3_plus_years' as const, assessedOn: '2026-02-01' },
    ];
    expect(benchTrend(positions, successors, sameDay, ['2026-02-01'])[0]!.covered).toBe(0);
  });
});

describe('monthEnds', () => {
  it('gives the last day of each month, today for the current one, across a year boundary', () => {
    expect(monthEnds('2026-02-14', 4)).toEqual(['2025-11-30', '2025-12-31', '2026-01-31', '2026-02-14']);
    expect(monthEnds('2024-03-05', 2)).toEqual(['2024-02-29', '2024-03-05']);
  });
});

describe('nineBox', () => {
  it('puts each rated person in their cell, high potential first, and keeps the unrated apart', () => {
    const people = [
      { id: 'a', performanceRating: 3, potentialRating: 3 },
      { id: 'b', performanceRating: 1, potentialRating: 1 },
      { id: 'c', performanceRating: null, potentialRating: 2 },
    ];
    const { cells, unrated } = nineBox(people);
    expect(cells).toHaveLength(9);
    expect(cells[0]).toMatchObject({ performance: 1, potential: 3, name: 'Rough diamond' });
    expect(cells.find((cell) => cell.name === 'Future leader')!.people.map((p) => p.id)).toEqual(['a']);
    expect(cells.find((cell) => cell.name === 'Talent risk')!.people.map((p) => p.id)).toEqual(['b']);
    expect(unrated.map((p) => p.id)).toEqual(['c']);
    expect(new Set(cells.map((cell) => cell.name)).size).toBe(9);
  });
});

describe('from a gap to action', () => {
  it('counts a competency below level 4, or missing, as a gap', () => {
    expect(
      competencyGap(
        ['strategic_thinking', 'decision_making', 'executive_presence'],
        [
          { skill: 'strategic_thinking', level: 4 },
          { skill: 'decision_making', level: 3 },
        ],
      ),
    ).toEqual([
      { competency: 'strategic_thinking', level: 4, isGap: false },
      { competency: 'decision_making', level: 3, isGap: true },
      { competency: 'executive_presence', level: null, isGap: true },
    ]);
  });

  it('describes the gap as a succession need the approach rules can answer', () => {
    const need = successionNeed({
      gaps: ['decision_making'],
      readiness: 'ready_1_2_years',
      isHighPotential: true,
      criticality: 'critical',
      leavingRisk: 'high',
    });
    expect(need).toEqual({
      kinds: ['succession', 'skill_to_build', 'high_potential_grooming'],
      urgency: 'urgent',
      timeHorizonMonths: 18,
      mustMeasureOutcomes: true,
      competencies: ['decision_making'],
    });
    const recommendation = recommendApproach(need, { tier: 'middle_manager', isHighPotential: true });
    expect(recommendation.rules.length).toBeGreaterThan(0);
    expect(recommendation.targetCompetencies).toEqual(['decision_making']);
    const calm = successionNeed({
      gaps: [],
      readiness: 'ready_3_plus_years',
      isHighPotential: false,
      criticality: 'low',
      leavingRisk: 'high',
    });
    expect(calm).toMatchObject({ kinds: ['succession'], urgency: 'normal', timeHorizonMonths: 36 });
  });

  it('offers open programs of a fitting type for the tier, exact type first', () => {
    const programs: (ProgramOption & { name: string })[] = [
      { id: '1', name: 'Blended', type: 'blended', targetTiers: ['middle_manager'], status: 'enrolling' },
      { id: '2', name: 'Coaching', type: 'coaching', targetTiers: ['middle_manager'], status: 'draft' },
      { id: '3', name: 'Running', type: 'coaching', targetTiers: ['middle_manager'], status: 'running' },
      { id: '4', name: 'Other tier', type: 'coaching', targetTiers: ['executive'], status: 'enrolling' },
      { id: '5', name: 'Mentoring', type: 'mentoring', targetTiers: ['middle_manager'], status: 'enrolling' },
    ];
    expect(fittingPrograms(programs, 'coaching', 'middle_manager').map((p) => p.name)).toEqual(['Coaching', 'Blended']);
    expect(fittingPrograms(programs, 'both', 'middle_manager').map((p) => p.name)).toEqual(['Blended']);
    expect(fittingPrograms(programs, 'mentoring', 'executive')).toEqual([]);
  });
});
