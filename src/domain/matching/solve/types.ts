/** What the solver optimises: the total score, or first the number of mentees matched and then the score. */
export type MatchingObjective = 'max-score' | 'max-participation';

export type AssignmentMentee = { id: string };

/** A mentor and how many mentees they can take at once (a non-negative integer; 0 takes nobody). */
export type AssignmentMentor = { id: string; capacity: number };

/** A mentee–mentor pair that is allowed, with its score. Only listed pairs can be assigned. */
export type CandidatePair = { mentee: string; mentor: string; score: number };

export type AssignmentProblem = {
  mentees: readonly AssignmentMentee[];
  mentors: readonly AssignmentMentor[];
  pairs: readonly CandidatePair[];
  /** Defaults to `max-score`. */
  objective?: MatchingObjective;
};

export type Assignment = { mentee: string; mentor: string; score: number };

/**
 * Proof of optimality by LP duality, checkable without trusting the solver (see `verifyCertificate`).
 * With weights w = score + participationBonus on every listed pair, the prices satisfy
 * u ≥ 0, v ≥ 0 and u[mentee] + v[mentor] ≥ w on every pair, so no assignment can weigh more than
 * dualObjective = Σ u + Σ capacity · v; the assignment found weighs exactly that much.
 */
export type OptimalityCertificate = {
  /** u, aligned with `problem.mentees` (same order, same length). */
  menteePrices: number[];
  /** v, aligned with `problem.mentors` (same order, same length). */
  mentorPrices: number[];
  /** Σ u + Σ capacity · v, in the weights w. */
  dualObjective: number;
  /**
   * Added to every score to make the weights w. 0 for `max-score`. For `max-participation` it is
   * larger than any difference in total score two assignments can have, so one more matched
   * mentee always outweighs any score: the certificate then proves the lexicographic optimum
   * (most mentees matched, then the highest total score among those).
   */
  participationBonus: number;
};

export type AssignmentResult = {
  /** In the order of `problem.mentees`. */
  assignments: Assignment[];
  /** Ids of the mentees left without a mentor, in the order of `problem.mentees`. */
  unmatched: string[];
  /** Sum of the assigned pairs' scores (the original scores, without any participation bonus). */
  totalScore: number;
  optimal: true;
  certificate: OptimalityCertificate;
};

export type CertificateCheck = { valid: boolean; reason?: string };
