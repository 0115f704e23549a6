export const tierRanks = {
  individual_contributor: 0,
  frontline_manager: 1,
  middle_manager: 2,
  senior_leader: 3,
  executive: 4,
} as const;

export type Tier = keyof typeof tierRanks;

/** A person as matching sees them: only what scoring and the hard rules need. */
export type MatchingPerson = {
  id: string;
  name: string;
  tier: Tier;
  function: string;
  industries: string[];
  yearsOfExperience: number | null;
  timeZone: string;
  languages: string[];
  /** Competency keys the person wants to build. */
  developmentCompetencies: string[];
  /** Skills and competencies with a level from 1 to 5. */
  skills: { skill: string; level: number }[];
  /** Managers above the person, nearest first (empty at the top). */
  reportingChain: string[];
  /** Their behavioural self-profile: a mean per dimension on a 1–`points` scale; absent or null when not filled in. */
  behaviouralProfile?: BehaviouralProfileMeans | null;
};

export type BehaviouralProfileMeans = { points: number; means: Record<string, number | null> };

/** A coach as matching sees them. */
export type MatchingCoach = {
  id: string;
  name: string;
  timeZone: string;
  languages: string[];
  /** Competency keys the coach specialises in. */
  specialties: string[];
  /** Tiers of the leaders the coach works with. */
  clientTiers: Tier[];
};
