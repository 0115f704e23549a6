// From a successor's gap to action: which of the position's competencies they still lack, the
// development need that gap describes, and the programs that fit it.
import type { Approach, DevelopmentNeed, LeaderTier } from '../approach/index.js';
import type { Readiness } from './bench.js';

/** A directory level from 4 (strong) up counts as having the competency, as for coaches' specialties. */
export const strengthLevel = 4;

export type CompetencyStanding = { competency: string; level: number | null; isGap: boolean };

/** Each competency the position needs, with the successor's directory level and whether it is a gap. */
export function competencyGap(
  required: readonly string[],
  skills: readonly { skill: string; level: number }[],
): CompetencyStanding[] {
  return required.map((competency) => {
    const level = skills.find((skill) => skill.skill === competency)?.level ?? null;
    return { competency, level, isGap: level === null || level < strengthLevel };
  });
}

const horizonMonths: Record<Readiness, number> = { ready_now: 6, ready_1_2_years: 18, ready_3_plus_years: 36 };

/**
 * The development need a succession gap describes, for the approach rules: succession, skills to
 * build when there are gaps, grooming for a high potential; urgent when the position is critical
 * and its incumbent likely to leave.
 */
export function successionNeed(input: {
  gaps: readonly string[];
  readiness: Readiness;
  isHighPotential: boolean;
  criticality: 'critical' | 'high' | 'medium' | 'low';
  leavingRisk: 'high' | 'medium' | 'low';
}): DevelopmentNeed {
  const kinds: DevelopmentNeed['kinds'][number][] = ['succession'];
  if (input.gaps.length > 0) kinds.push('skill_to_build');
  if (input.isHighPotential) kinds.push('high_potential_grooming');
  const isUrgent = input.leavingRisk === 'high' && (input.criticality === 'critical' || input.criticality === 'high');
  return {
    kinds,
    urgency: isUrgent ? 'urgent' : 'normal',
    timeHorizonMonths: horizonMonths[input.readiness],
    mustMeasureOutcomes: true,
    competencies: [...input.gaps],
  };
}

export type ProgramOption = {
  id: string;
  type: 'coaching' | 'mentoring' | 'blended';
  targetTiers: readonly LeaderTier[];
  status: string;
};

const typesFor: Record<Approach, ProgramOption['type'][]> = {
  coaching: ['coaching', 'blended'],
  mentoring: ['mentoring', 'blended'],
  both: ['blended'],
};

/**
 * Programs a successor could join for this approach: open to enrollment (draft or enrolling), of a
 * type that gives the approach, aimed at the person's tier; a blended program first when both are
 * recommended, then the one of exactly the recommended type.
 */
export function fittingPrograms<P extends ProgramOption>(
  programs: readonly P[],
  approach: Approach,
  tier: LeaderTier,
): P[] {
  const types = typesFor[approach];
  return programs
    .filter((program) => (program.status === 'draft' || program.status === 'enrolling') && types.includes(program.type))
    .filter((program) => program.targetTiers.includes(tier))
    .sort((a, b) => types.indexOf(a.type) - types.indexOf(b.type));
}
