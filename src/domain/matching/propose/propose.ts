import {
  checkHardRules,
  coachingScore,
  isPairAllowed,
  mentoringScore,
  scoreCoachingPair,
  scoreMentoringPair,
  tierRanks,
  type CoachingFactor,
  type MatchingCoach,
  type MatchingPerson,
  type MentoringSettings,
  type PairScore,
  type Tier,
} from '../score/index.js';
import { solveAssignment, type CandidatePair, type MatchingObjective } from '../solve/index.js';
import { pairWarnings } from './warnings.js';

export type MatchingKind = 'mentoring' | 'coaching';

/** A mentor or coach on offer, with the places they have left in this run. */
export type Partner = { person: MatchingPerson; capacity: number };

/** Everything a run needs to score pairs: the program's settings and the competency labels. */
export type ScoringSettings = {
  kind: MatchingKind;
  mentoring: MentoringSettings;
  coachingWeights: Record<CoachingFactor, number>;
};

export type ScoredPair = {
  participantId: string;
  partnerId: string;
  score: PairScore<string>;
  warnings: string[];
};

export type PairCheck = { isAllowed: true; pair: ScoredPair } | { isAllowed: false; blockedBy: string[] };

/**
 * A coach as coaching scores them, read from their directory entry: they specialise in the
 * competencies they rate 4 or 5, and coach leaders up to one tier above their own.
 */
export function asCoach(person: MatchingPerson): MatchingCoach {
  const rank = tierRanks[person.tier];
  return {
    id: person.id,
    name: person.name,
    timeZone: person.timeZone,
    languages: person.languages,
    specialties: person.skills.filter((skill) => skill.level >= 4).map((skill) => skill.skill),
    clientTiers: (Object.keys(tierRanks) as Tier[]).filter((tier) => tierRanks[tier] <= rank + 1),
  };
}

/** Scores one pair under the program's settings, or names the hard rules that forbid it. */
export function checkPair(
  participant: MatchingPerson,
  partner: MatchingPerson,
  settings: ScoringSettings,
  at: Date,
): PairCheck {
  let score: PairScore<string>;
  if (settings.kind === 'mentoring') {
    const verdict = scoreMentoringPair(participant, partner, settings.mentoring, at);
    if (!verdict.isAllowed) return verdict;
    score = verdict.score;
  } else {
    // Coaches are people of the directory too: the same hard rules keep them out of one's own line.
    const blockedBy = checkHardRules(participant, partner, settings.mentoring.rules, at);
    if (blockedBy.length) return { isAllowed: false, blockedBy };
    score = scoreCoachingPair(
      participant,
      asCoach(partner),
      settings.coachingWeights,
      settings.mentoring.competencyLabels,
      at,
    );
  }
  return {
    isAllowed: true,
    pair: { participantId: participant.id, partnerId: partner.id, score, warnings: pairWarnings(score, settings) },
  };
}

export type ProposeInput = {
  settings: ScoringSettings;
  objective: MatchingObjective;
  /** The participants still to match (locked ones left out by the caller). */
  participants: MatchingPerson[];
  /** Mentors or coaches, with the places they have left after locked pairs and earlier matches. */
  partners: Partner[];
  at: Date;
};

export type Unmatched = { participantId: string; reason: string };

/** The pair's 0–100 score without its breakdown, or null when a hard rule forbids it. */
function quickScore(
  participant: MatchingPerson,
  partner: MatchingPerson,
  coach: MatchingCoach | undefined,
  settings: ScoringSettings,
  at: Date,
) {
  if (coach === undefined) return mentoringScore(participant, partner, settings.mentoring, at);
  if (!isPairAllowed(participant, partner, settings.mentoring.rules, at)) return null;
  return coachingScore(participant, coach, settings.coachingWeights, at);
}

export type Proposal = {
  pairs: ScoredPair[];
  unmatched: Unmatched[];
  totalScore: number;
  /** Allowed pairs the solver chose among. */
  candidatePairs: number;
};

function mostCommon(reasons: string[]): string[] {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([reason]) => reason);
}

/**
 * Scores every participant against every partner with places left, and solves for the optimal
 * assignment under the objective. Says in words why anyone is left unmatched.
 */
export function proposeMatches(input: ProposeInput): Proposal {
  const { settings, at } = input;
  const partnerWord = settings.kind === 'mentoring' ? 'mentor' : 'coach';
  const open = input.partners.filter((partner) => partner.capacity > 0);
  const candidates: CandidatePair[] = [];
  const blockedReasons = new Map<string, string[]>();
  const partnerPeople = new Map(open.map((partner) => [partner.person.id, partner.person]));
  // A coach's profile is read from their directory entry once, not once per pair.
  const coaches = new Map(
    settings.kind === 'coaching' ? open.map((partner) => [partner.person.id, asCoach(partner.person)]) : [],
  );
  for (const participant of input.participants) {
    let blocked: string[] | null = null;
    for (const partner of open) {
      const score = quickScore(participant, partner.person, coaches.get(partner.person.id), settings, at);
      if (score !== null) {
        candidates.push({ mentee: participant.id, mentor: partner.person.id, score });
        continue;
      }
      // The words for why are only worked out for someone left with no allowed partner at all.
      (blocked ??= []).push(partner.person.id);
    }
    if (blocked !== null && blocked.length === open.length) {
      blockedReasons.set(
        participant.id,
        blocked.flatMap((id) => checkHardRules(participant, partnerPeople.get(id)!, settings.mentoring.rules, at)),
      );
    }
  }

  const result = solveAssignment({
    mentees: input.participants.map((participant) => ({ id: participant.id })),
    mentors: open.map((partner) => ({ id: partner.person.id, capacity: partner.capacity })),
    pairs: candidates,
    objective: input.objective,
  });

  const hasCandidate = new Set(candidates.map((pair) => pair.mentee));
  const unmatched = result.unmatched.map((participantId): Unmatched => {
    if (open.length === 0) return { participantId, reason: `No ${partnerWord} has a place left.` };
    if (!hasCandidate.has(participantId)) {
      const rules = mostCommon(blockedReasons.get(participantId) ?? []).slice(0, 2);
      return {
        participantId,
        reason: `No ${partnerWord} with a place left is allowed${rules.length ? `: ${rules.join('; ')}` : ''}.`,
      };
    }
    return {
      participantId,
      reason:
        input.objective === 'max-score'
          ? `Leaving them out gave a higher total score; try the max-participation objective.`
          : `Every allowed ${partnerWord}'s places went to others.`,
    };
  });
  // Only the chosen pairs are explained: a large cohort has millions of candidates.
  const people = new Map(input.participants.map((person) => [person.id, person]));
  const pairs = result.assignments.map((assignment) => {
    const check = checkPair(people.get(assignment.mentee)!, partnerPeople.get(assignment.mentor)!, settings, at);
    if (!check.isAllowed) throw new Error('A chosen pair stopped being allowed while it was scored again.');
    return check.pair;
  });
  return {
    pairs,
    unmatched,
    totalScore: result.totalScore,
    candidatePairs: candidates.length,
  };
}
